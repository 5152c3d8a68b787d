"""The project's own error types: every expected failure is one of these.

A message always names the file and the problem in one line, so the CLI can print it
and the GUI can show it in a dialog without a traceback.

An error about a file may also carry a `code` (a short stable identifier such as
"legacy-doc" or "session-locked") and its `params` (strings named by the code): the GUI
words the problem in the drafter's language from them, while `problem` and `str(err)`
stay English for the CLI, the logs and any code it does not know.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def _one_line(text: str) -> str:
    """Messages are one line even when they quote a crafted name or a library's text."""
    return " ".join(text.split())


class SynopticError(Exception):
    """Base of every error the project expects and reports to the user."""


class FileError(SynopticError):
    """A problem with one file: its path, the problem in English, and its code and params."""

    def __init__(self, path: str | Path, problem: str, *, code: str = "",
                 params: Mapping[str, str] | None = None) -> None:
        self.path = str(path)
        self.problem = _one_line(problem)
        self.code = code
        self.params = {k: _one_line(str(v)) for k, v in (params or {}).items()}
        super().__init__(f"{self.name}: {self.problem}")

    @property
    def name(self) -> str:
        """The file's name as messages show it (one line, no folder)."""
        return _one_line(Path(self.path).name)

    def __reduce__(self) -> tuple[object, ...]:
        # keyword-only fields: the default (cls, self.args) would lose them, or fail
        return (_rebuilt, (type(self), self.path, self.problem, self.code, self.params))


def _rebuilt(cls: type[FileError], path: str, problem: str, code: str,
             params: dict[str, str]) -> FileError:
    return cls(path, problem, code=code, params=params)


class InputError(FileError):
    """A file the user gave cannot be read: corrupt, wrong kind, too big, unsafe."""


class SessionError(FileError):
    """A session file cannot be opened or written (foreign, newer, locked, corrupt)."""


class ConsolidationError(SynopticError):
    """The decisions cannot be applied as asked (for example accepted changes conflict)."""
