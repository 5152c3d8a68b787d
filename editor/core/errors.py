"""The project's own error types: every expected failure is one of these.

A message always names the file and the problem in one line, so the CLI can print it
and the GUI can show it in a dialog without a traceback.
"""

from __future__ import annotations

from pathlib import Path


def _one_line(text: str) -> str:
    """Messages are one line even when they quote a crafted name or a library's text."""
    return " ".join(text.split())


class SynopticError(Exception):
    """Base of every error the project expects and reports to the user."""


class InputError(SynopticError):
    """A file the user gave cannot be read: corrupt, wrong kind, too big, unsafe."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = _one_line(problem)
        super().__init__(f"{_one_line(Path(self.path).name)}: {self.problem}")


class SessionError(SynopticError):
    """A session file cannot be opened or written (foreign, newer, locked, corrupt)."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = _one_line(problem)
        super().__init__(f"{_one_line(Path(self.path).name)}: {self.problem}")


class ConsolidationError(SynopticError):
    """The decisions cannot be applied as asked (for example accepted changes conflict)."""
