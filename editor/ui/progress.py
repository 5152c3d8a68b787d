"""The status-bar progress of a running task, with its cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from editor.ui.workers import Task


class ProgressPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(200)
        self.cancel = QPushButton(self.tr("Cancel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.what)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.cancel.clicked.connect(self._cancel)
        self._tasks: list[Task] = []
        self.hide()

    def track(self, task: Task, title: str) -> None:
        self._tasks.append(task)
        self.what.setText(title)
        self.bar.setRange(0, 0)
        self.show()
        task.signals.progress.connect(self._progress)
        for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            signal.connect(lambda *_, task=task: self._done(task))

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def _progress(self, done: int, total: int, what: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if what:
            self.bar.setFormat(f"%v/%m {what}")

    def _cancel(self) -> None:
        for task in self._tasks:
            task.cancel()

    def _done(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        if not self._tasks:
            self.hide()
