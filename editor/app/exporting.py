"""Exporting one resolution to DOCX: clean, with tracked changes, or as a synoptic table.

`export_job` gathers on the caller's thread what the export needs from the session (the
base document's bytes, the decisions, the drafter's name); `run_export` does the work and
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
    return ExportJob(kind, dossier, dict(desk.decisions), desk.base_content(number), path,
                     desk.session.user or "Synoptic", desk.base_files.get(number, "base.docx"))


def run_export(job: ExportJob, progress: Callable[[int, int, str], bool] | None = None
               ) -> Exported:
    from editor.app import export_backend  # the engine's export, wired in one place

    if progress is not None:
        progress(0, 2, job.path.name)
    patched = export_backend.render(job.kind, job.dossier, job.decisions, job.base,
                                    job.author, job.base_name)
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
