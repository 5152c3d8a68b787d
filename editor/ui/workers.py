"""Long operations (reading documents, exporting) on a QThreadPool, with progress and
cancel. The function runs on a worker thread; results come back as queued signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor.app.desk import Cancelled
from editor.core.errors import SynopticError
from editor.ui.error_text import error_text


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """Runs `work(progress)`; `progress(done, total, what)` returns False once cancelled."""

    def __init__(self, work: Callable[[Callable[[int, int, str], bool]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until a final signal arrives
        self.signals = TaskSignals()
        self._work = work
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def _progress(self, done: int, total: int, what: str) -> bool:
        self.signals.progress.emit(done, total, what)
        return not self._cancel

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except SynopticError as err:
            self.signals.failed.emit(error_text(err))
        except Exception as err:  # noqa: BLE001 - shown to the user, never a silent crash
            self.signals.failed.emit(f"unexpected error: {err!r}")
        else:
            if self._cancel:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


def start(task: Task, pool: QThreadPool | None = None) -> Task:
    (pool or QThreadPool.globalInstance()).start(task)
    return task
