"""The DOCX bytes of an export, from the engine's consolidation and the DOCX writers.

`patched_docx` is the one way a base file becomes a clean or tracked export, and
`draft_docx` the one way a new draft (no base file) does: the CLI (`synoptic consolidate
--format docx`) and the GUI both call them. `render` is the GUI's entry: one resolution of
a session, its base given as the bytes stored in the session.

A draft is written into the proposals DOCX that holds it (`core.draft_plan`); a draft
chosen as the base of others is first written plain into its own proposals file, which is
then patched like any base, so its tracked export shows what the other drafts change.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from editor.core.changes import Change
from editor.core.consolidate import Consolidated, consolidate
from editor.core.errors import ConsolidationError
from editor.core.export_plan import plan_from_decisions
from editor.core.merge import Conflict
from editor.core.model import Action, Decision, Document, Proposal, Resolution
from editor.core.routing import Dossier

WORD_DATE = "%Y-%m-%dT%H:%M:%SZ"


class Patched(NamedTuple):
    data: bytes
    unplaced: tuple[str, ...]  # provision keys not found in the base file (not written)


def patched_docx(base_file: bytes, base_document: Document, base: Resolution,
                 result: Consolidated, decisions: Mapping[str, Decision], *, tracked: bool,
                 author: str = "Synoptic", now: datetime | None = None,
                 conflicts: Sequence[Conflict] = (), changes: Sequence[Change] = ()
                 ) -> Patched:
    """The base file with the consolidation applied (clean) or as tracked changes.

    Each tracked change is attributed to its proposals and dated by the decision that
    accepted it; a conflict's combined text to the proposals of the changes it combines
    (given `conflicts` and their `changes`); the drafter's own wording of a provision to
    `author`; what no decision dates, to `now`.
    """
    from editor.docxio.writer import write_docx

    date = (now or datetime.now(UTC)).strftime(WORD_DATE)
    plan = plan_from_decisions(result, base_document, base, decisions, author=author, date=date,
                               stand_for=_stand_for(conflicts, changes))
    return Patched(write_docx(base_file, plan, tracked=tracked, now=now), plan.unplaced)


def _stand_for(conflicts: Sequence[Conflict], changes: Sequence[Change]
               ) -> dict[str, tuple[str, ...]]:
    """Conflict id -> the proposals of the changes it combines."""
    sources = {c.id: c.sources for c in changes}
    return {k.id: tuple(dict.fromkeys(p for c in k.changes for p in sources.get(c, ())))
            for k in conflicts}


class DraftFile(NamedTuple):
    data: bytes  # the proposals DOCX
    document: Document  # as read
    proposal: Proposal  # the ADD of the draft in it


def find_draft(files: Sequence[tuple[str, bytes]], wanted: Callable[[Proposal], bool]
               ) -> DraftFile | None:
    """The first Word proposals document among `files` ((name, bytes)) holding a proposal
    `wanted`, read and parsed; text files have no Word package to write into."""
    from editor.core.structure import parse_proposals

    for name, data in files:
        if not data.startswith(b"PK"):
            continue
        document = read_base(data, name)
        found = next((p for p in parse_proposals(document).proposals
                      if p.resolution is not None and wanted(p)), None)
        if found is not None:
            return DraftFile(data, document, found)
    return None


def draft_docx(files: Sequence[tuple[str, bytes]], dossier: Dossier, result: Consolidated,
               decisions: Mapping[str, Decision], *, tracked: bool, author: str = "Synoptic",
               now: datetime | None = None) -> Patched:
    """The clean or tracked export of draft `dossier` (no base file), written into the
    proposals document among `files` ((name, bytes)) that holds it.

    Alone, the draft is all new: tracked, every paragraph is inserted by its proposals.
    Chosen as the base of other drafts, its own text is the base the tracked export marks
    their changes on."""
    from editor.core.draft_plan import draft_base_plan, draft_plan
    from editor.docxio.draft_writer import write_draft_docx

    if dossier.base is not None:  # a draft other drafts are consolidated into
        tag = dossier.number.strip().upper()
        found = find_draft(files, lambda p: p.action is Action.ADD
                           and p.target.strip().upper() == tag)
        if found is None or found.proposal.resolution is None:
            raise ConsolidationError(f"resolution {dossier.number} has no Word base file to "
                                     "patch; export it as a synoptic table")
        base_plan = draft_base_plan(dossier.base, found.document, found.proposal.resolution)
        base = write_draft_docx(found.data, base_plan, tracked=False, now=now)
        return patched_docx(base, read_base(base), dossier.base, result, decisions,
                            tracked=tracked, author=author, now=now,
                            conflicts=dossier.conflicts, changes=dossier.changes)
    if result.resolution is None:
        raise ConsolidationError(f"new draft {dossier.number} is not accepted, so it has no "
                                 "text to export yet: accept it first")
    ids = {s for c in dossier.changes if c.id in result.applied for s in c.sources}
    found = find_draft(files, lambda p: p.id in ids)
    if found is None or found.proposal.resolution is None:
        raise ConsolidationError(f"new draft {dossier.number}: no Word proposals document "
                                 "holds it; export it as a synoptic table")
    date = (now or datetime.now(UTC)).strftime(WORD_DATE)
    plan = draft_plan(result, found.document, found.proposal.resolution, decisions,
                      author=author, date=date,
                      stand_for=_stand_for(dossier.conflicts, dossier.changes))
    return Patched(write_draft_docx(found.data, plan, tracked=tracked, now=now), plan.unplaced)


def read_base(content: bytes, name: str = "base.docx") -> Document:
    """The base document read from its bytes (the reader wants a file)."""
    from editor.docxio import read_document

    with tempfile.TemporaryDirectory(prefix="synoptic-") as tmp:
        path = Path(tmp) / (Path(name).name or "base.docx")
        path.write_bytes(content)
        return read_document(path)


def render(kind: str, dossier: Dossier, decisions: Mapping[str, Decision],
           base: bytes | None, author: str = "Synoptic", base_name: str = "base.docx",
           drafts: Sequence[tuple[str, bytes]] = ()) -> Patched:
    """One resolution exported as `kind` ("clean", "tracked" or "synoptic"); a draft (no
    `base`) is written into its proposals document, one of `drafts` ((name, bytes))."""
    result = consolidate(dossier.base, dossier.changes, decisions)
    if kind == "synoptic":
        from editor.docxio.synoptic import SynopticDossier, write_synoptic

        # titled "Synoptic table" in the resolution's language, like its other words
        return Patched(write_synoptic(
            [SynopticDossier(result, dossier.changes, decisions, dossier.base)]), ())
    if kind not in ("clean", "tracked"):
        raise ValueError(f"unknown export kind {kind!r}")
    if base is None or dossier.base is None:
        return draft_docx(drafts, dossier, result, decisions, tracked=kind == "tracked",
                          author=author)
    if not base_name.lower().endswith(".docx"):
        raise ConsolidationError(f"{base_name}: a text base has no Word file to patch; "
                                 "export it as a synoptic table")
    return patched_docx(base, read_base(base, base_name), dossier.base, result, decisions,
                        tracked=kind == "tracked", author=author, conflicts=dossier.conflicts,
                        changes=dossier.changes)
