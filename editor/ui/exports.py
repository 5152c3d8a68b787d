"""Exporting the current resolution (clean, tracked, synoptic DOCX) off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from editor.app.exporting import Exported, ExportJob, export_job, run_export
from editor.ui.error_text import error_text
from editor.ui.workers import Task, start

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow


class Exports(QObject):
    finished = Signal(str)  # the file written
    failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None

    def export(self, kind: str, path: str | Path | None = None) -> None:
        desk, number = self.window.desk, self.window.review.number
        if desk is None or not number:
            return
        if path is None:
            # next to the session file, where the drafter keeps this work
            suggested = str(Path(desk.session.path).parent / f"Res{number}-{kind}.docx")
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"), suggested,
                                                  self.tr("Word documents (*.docx)"))
            if not path:
                return
        try:  # what the export needs is taken from the session here, on the UI thread
            job: ExportJob = export_job(desk, number, kind, Path(path))
        except Exception as err:  # noqa: BLE001 - shown, never a crash
            self.failed.emit(f"{self.export_failed()}\n{error_text(err)}")
            return
        counts = desk.counts(number)
        pending = counts.total - counts.decided  # not applied: the drafter is told
        task = Task(lambda progress: run_export(job, progress))
        task.signals.finished.connect(lambda exported: self._done(exported, pending))
        task.signals.failed.connect(lambda detail: self.failed.emit(
            f"{self.export_failed()}\n{detail}"))
        self.task = task
        self.window.progress.track(task, self.tr("Exporting"))
        start(task)

    def export_failed(self) -> str:
        return self.tr("The export failed.")

    def _done(self, exported: Exported, pending: int = 0) -> None:
        path = str(exported.path)
        message = self.tr("Exported to {0}").format(path)
        if pending:  # as the command line says on stderr
            message += " — " + self.tr("%n changes still pending, not applied", "", pending)
        self.window.statusBar().showMessage(message, 15_000)
        if exported.unplaced:  # written, but the drafter must know what is missing
            detail = self.tr("{0}: the changes to provisions {1} could not be placed in the base "
                             "file and are not in the export", "", len(exported.unplaced))
            self.failed.emit(self.tr("The export is incomplete.") + "\n" + detail.format(
                exported.path.name, ", ".join(exported.unplaced)))
        self.finished.emit(path)
