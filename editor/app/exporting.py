"""Exporting one resolution to DOCX: clean, with tracked changes, or as a synoptic table.

`export_job` gathers on the caller's thread what the export needs from the session (the
base document's bytes, the decisions); `run_export` does the work and may run on a worker
thread: it never touches the session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from editor.app.desk import Desk
from editor.core.errors import ConsolidationError
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


def export_job(desk: Desk, number: str, kind: str, path: Path) -> ExportJob:
    if kind not in KINDS:
        raise ValueError(f"unknown export kind {kind!r}")
    dossier = desk.dossier(number)
    if dossier is None:
        raise ConsolidationError(f"no resolution {number} in this session")
    return ExportJob(kind, dossier, dict(desk.decisions), desk.base_content(number), path)


def run_export(job: ExportJob, progress: Callable[[int, int, str], bool] | None = None) -> Path:
    from editor.app import export_backend  # the engine's export, wired in one place

    if progress is not None:
        progress(0, 2, job.path.name)
    data = export_backend.render(job.kind, job.dossier, job.decisions, job.base)
    tmp = job.path.with_name(f".{job.path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(job.path)  # never a half-written file under the name asked for
    if progress is not None:
        progress(2, 2, job.path.name)
    return job.path
