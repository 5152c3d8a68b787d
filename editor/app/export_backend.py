"""The DOCX bytes of an export, from the engine's consolidation and the DOCX writers.

`patched_docx` is the one way a base file becomes a clean or tracked export: the CLI
(`synoptic consolidate --format docx`) and the GUI both call it. `render` is the GUI's
entry: one resolution of a session, its base given as the bytes stored in the session.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from editor.core.changes import Change
from editor.core.consolidate import Consolidated, consolidate
from editor.core.errors import ConsolidationError
from editor.core.export_plan import plan_from_decisions
from editor.core.merge import Conflict
from editor.core.model import Decision, Document, Resolution
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
    sources = {c.id: c.sources for c in changes}
    stand_for = {k.id: tuple(dict.fromkeys(p for c in k.changes for p in sources.get(c, ())))
                 for k in conflicts}
    plan = plan_from_decisions(result, base_document, base, decisions, author=author, date=date,
                               stand_for=stand_for)
    return Patched(write_docx(base_file, plan, tracked=tracked, now=now), plan.unplaced)


def read_base(content: bytes, name: str = "base.docx") -> Document:
    """The base document read from its bytes (the reader wants a file)."""
    from editor.docxio import read_document

    with tempfile.TemporaryDirectory(prefix="synoptic-") as tmp:
        path = Path(tmp) / (Path(name).name or "base.docx")
        path.write_bytes(content)
        return read_document(path)


def render(kind: str, dossier: Dossier, decisions: Mapping[str, Decision],
           base: bytes | None, author: str = "Synoptic", base_name: str = "base.docx") -> Patched:
    """One resolution exported as `kind` ("clean", "tracked" or "synoptic")."""
    result = consolidate(dossier.base, dossier.changes, decisions)
    if kind == "synoptic":
        from editor.docxio.synoptic import SynopticDossier, write_synoptic

        title = f"Resolution {dossier.number}"
        return Patched(write_synoptic(
            [SynopticDossier(result, dossier.changes, decisions, dossier.base)], title=title), ())
    if kind not in ("clean", "tracked"):
        raise ValueError(f"unknown export kind {kind!r}")
    if base is None or dossier.base is None:
        raise ConsolidationError(f"resolution {dossier.number} has no base document to patch; "
                                 "export it as a synoptic table")
    if not base_name.lower().endswith(".docx"):
        raise ConsolidationError(f"{base_name}: a text base has no Word file to patch; "
                                 "export it as a synoptic table")
    return patched_docx(base, read_base(base, base_name), dossier.base, result, decisions,
                        tracked=kind == "tracked", author=author, conflicts=dossier.conflicts,
                        changes=dossier.changes)
