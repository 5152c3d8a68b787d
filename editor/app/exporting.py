"""Exporting one resolution to DOCX: clean, with tracked changes, or as a synoptic table.

`export_job` gathers on the caller's thread what the export needs from the session (the
base document's bytes, the decisions, the drafter's name; for a new draft, which has no
base document, the proposals documents it is written into); `run_export` does the work and
may run on a worker thread: it never touches the session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from editor.app.desk import Desk
from editor.core.errors import ConsolidationError, InputError
from editor.core.model import Decision
from editor.core.routing import Dossier

KINDS = ("clean", "tracked", "synoptic")


@dataclass(frozen=True)
class ExportJob:
    kind: str
    dossier: Dossier
    decisions: dict[str, Decision]
    base: bytes | None
    path: Path
    author: str = "Synoptic"  # of the drafter's own wording and relabelling
    base_name: str = "base.docx"
    drafts: tuple[tuple[str, bytes], ...] = ()  # (name, bytes): proposals holding a draft


@dataclass(frozen=True)
class Exported:
    path: Path
    unplaced: tuple[str, ...] = ()  # provisions whose changes could not be written


def export_job(desk: Desk, number: str, kind: str, path: Path) -> ExportJob:
    if kind not in KINDS:
        raise ValueError(f"unknown export kind {kind!r}")
    dossier = desk.dossier(number)
    if dossier is None:
        raise ConsolidationError(f"no resolution {number} in this session")
    base = desk.base_content(number)
    drafts = _draft_files(desk, dossier) if base is None and kind != "synoptic" else ()
    return ExportJob(kind, dossier, dict(desk.decisions), base, path,
                     desk.session.user or "Synoptic", desk.base_files.get(number, "base.docx"),
                     drafts)


def _draft_files(desk: Desk, dossier: Dossier) -> tuple[tuple[str, bytes], ...]:
    """The proposals documents a draft may be written into: those of its proposals first;
    every one for a draft chosen as the base of others (its own ADD is not among the
    dossier's proposals)."""
    own = {p.document for p in dossier.proposals}
    docs = [d for d in desk.session.documents()
            if d.role == "proposals" and (d.name in own or dossier.base is not None)]
    docs.sort(key=lambda d: d.name not in own)
    return tuple((d.name, desk.session.document_content(d.id)) for d in docs)


def run_export(job: ExportJob, progress: Callable[[int, int, str], bool] | None = None
               ) -> Exported:
    from editor.app import export_backend  # the engine's export, wired in one place

    if progress is not None:
        progress(0, 2, job.path.name)
    patched = export_backend.render(job.kind, job.dossier, job.decisions, job.base,
                                    job.author, job.base_name, job.drafts)
    tmp = job.path.with_name(f".{job.path.name}.tmp")
    try:
        tmp.write_bytes(patched.data)
        tmp.replace(job.path)  # never a half-written file under the name asked for
    except OSError as err:
        tmp.unlink(missing_ok=True)
        reason = str(err.strerror or err)
        raise InputError(job.path, f"cannot be written: {reason}", code="unwritable",
                         params={"reason": reason}) from None
    if progress is not None:
        progress(2, 2, job.path.name)
    return Exported(job.path, patched.unplaced)
