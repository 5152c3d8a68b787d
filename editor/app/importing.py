"""Checking a document before it enters a session: a file that cannot be read and parsed is
refused with its name and the problem, and never stored (a stored document is read again at
every opening, so one bad file would make the whole session unopenable).

A document that would repeat what the session already holds (`Loaded`) is refused too,
naming the document that holds it: the same file again, another file of the same name, a
second base for a resolution (a resolution has one base), proposals whose ids are already
loaded (their changes would be counted twice).
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from editor.app.reading import Parsed, read_text
from editor.core.errors import InputError
from editor.core.model import ProposalsDocument, Resolution
from editor.core.routing import number_key

SHOWN_IDS = 3  # proposal ids named in a message; then "…"


class Checked(NamedTuple):
    name: str
    content: bytes
    role: str  # "base" or "proposals"


@dataclass
class Loaded:
    """What a session holds, by document name: their contents (sha256), the resolution of
    each base (by `number_key`: its number as written, the document) and each proposal id."""

    contents: dict[str, str] = field(default_factory=dict)  # sha256 -> document
    bases: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (number, doc)
    proposals: dict[str, str] = field(default_factory=dict)  # proposal id -> document

    @classmethod
    def of(cls, documents: Iterable[tuple[str, str]],
           base_files: Mapping[str, str] | None = None,
           proposal_files: Mapping[str, str] | None = None) -> Loaded:
        """From the session's (name, sha256) and what reading it found (`Reading.base_files`
        and `Reading.proposal_files`; None when it has not been read)."""
        return cls({sha: name for name, sha in documents},
                   {number_key(n): (n, doc) for n, doc in (base_files or {}).items()},
                   dict(proposal_files or {}))

    def check(self, path: str | Path, parsed: Parsed, content: bytes | None = None) -> None:
        """Refuse `parsed` (read from `path`) when it repeats what is loaded; with the
        `content` to be stored, refuse the same content or name too (a session finds its
        documents by name)."""
        if content is not None:
            same = self.contents.get(hashlib.sha256(content).hexdigest())
            if same is not None:
                raise InputError(path, f"already in the session (as {same})",
                                 code="already-loaded", params={"loaded": same})
        if isinstance(parsed, Resolution):
            held = self.bases.get(number_key(parsed.number))
            if held is not None:
                raise base_loaded(path, parsed.number, held[1])
        else:
            self._check_ids(path, parsed)
        if content is not None and Path(path).name in self.contents.values():
            raise InputError(path, "another document of that name is already in the session: "
                                   "rename the file to import it", code="name-loaded")

    def _check_ids(self, path: str | Path, parsed: ProposalsDocument) -> None:
        repeated = [p.id for p in parsed.proposals if p.id and p.id in self.proposals]
        if repeated:
            holder = self.proposals[repeated[0]]
            ids = [i for i in dict.fromkeys(repeated) if self.proposals[i] == holder]
            shown = ", ".join(ids[:SHOWN_IDS]) + (", …" if len(ids) > SHOWN_IDS else "")
            raise InputError(path, f"proposals {shown} are already loaded from {holder}",
                             code="proposals-loaded", params={"ids": shown, "loaded": holder})

    def add(self, path: str | Path, parsed: Parsed, content: bytes | None = None) -> None:
        name = Path(path).name
        if content is not None:
            self.contents.setdefault(hashlib.sha256(content).hexdigest(), name)
        if isinstance(parsed, Resolution):
            self.bases.setdefault(number_key(parsed.number), (parsed.number, name))
        else:
            for p in parsed.proposals:
                if p.id:
                    self.proposals.setdefault(p.id, name)


def base_loaded(path: str | Path, number: str, loaded: str) -> InputError:
    """The error for a base of Res. `number` when document `loaded` holds its base."""
    return InputError(path, f"Res. {number} is already loaded from {loaded} (a resolution "
                            "has one base)",
                      code="base-loaded", params={"number": number, "loaded": loaded})


def check_document(path: str | Path, role: str = "", loaded: Loaded | None = None) -> Checked:
    """Read and parse `path`; its role guessed from its content when not given.

    Raises the reader's InputError (naming the file) for anything that would not open, and
    one for a document repeating what `loaded` holds; `loaded` then holds it too (a batch
    of files is checked against each other as well).
    """
    from editor.core.structure import parse_base, parse_proposals
    from editor.docxio.safety import check_file, unreadable

    path = Path(path)
    check_file(path)
    try:
        content = path.read_bytes()
    except OSError as err:
        raise unreadable(path, err) from err
    with tempfile.TemporaryDirectory(prefix="synoptic-import-") as tmp:
        document = read_text((path.name, role, "", content), tmp)  # read once, parsed twice
    parts = parse_proposals(document)  # what the role is guessed from, or checked against
    if not role:
        role = "proposals" if parts.proposals else "base"
    parsed: Parsed
    if role == "base":  # a base must hold a resolution, and not proposals
        require_no_proposals(path, parts)
        parsed = parse_base(document)
    else:
        require_proposals(path, parts)
        parsed = parts
    if loaded is not None:
        loaded.check(path, parsed, content)
        loaded.add(path, parsed, content)
    return Checked(path.name, content, role)


def require_no_proposals(path: str | Path, parsed: Parsed) -> None:
    """Refuse, naming the file, a proposals document given as a base: its marked-up text
    would become the resolution's base, and the real base then be refused as a second one."""
    if isinstance(parsed, ProposalsDocument) and parsed.proposals:
        ids = [f"{p.action.value} {p.id}" for p in parsed.proposals]
        shown = ", ".join(ids[:SHOWN_IDS]) + (", …" if len(ids) > SHOWN_IDS else "")
        raise InputError(path, f"it holds proposals ({shown}): import it as proposals",
                         code="proposals-as-base", params={"ids": shown})


def require_proposals(path: str | Path, document: ProposalsDocument) -> None:
    """Refuse, naming the file, a document given as proposals in which no proposal was
    found, or none whose target resolution was found: without one it would sit in the
    session and change nothing, silently."""
    if not document.proposals:
        raise InputError(path, "no proposal found in it (no MOD, ADD, SUP or NOC line with "
                               "a proposal id such as ARB/79A3/1): is it a base resolution?",
                         code="no-proposals")
    if not any(p.target for p in document.proposals):
        first = f"{document.proposals[0].action.value} {document.proposals[0].id}"
        raise InputError(path, f"no proposal in it has a target resolution ({first}: no "
                               "line like 'RÉSOLUTION 101' under it)",
                         code="no-targets", params={"proposal": first})


def refuse_repeats(bases: Sequence[tuple[str, Resolution]],
                   documents: Sequence[tuple[str, ProposalsDocument]]) -> None:
    """Refuse, naming the file, the first base or proposals document (path, parsed) that
    repeats one given before it."""
    loaded = Loaded()
    given: list[tuple[str, Parsed]] = [*bases, *documents]
    for path, parsed in given:
        loaded.check(path, parsed)
        loaded.add(path, parsed)
