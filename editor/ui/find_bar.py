"""Find (Ctrl+F) across every column, with next / previous and highlighting: in the field,
Enter goes to the next hit and Shift+Enter to the previous one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from editor.ui.synoptic_view import SynopticView


class FindBar(QWidget):
    def __init__(self, view: SynopticView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in every column"))
        self.count = QLabel()
        self.previous = QToolButton()
        self.previous.setText("▲")
        self.previous.setToolTip(self.tr("Previous (Shift+Enter)"))
        self.next = QToolButton()
        self.next.setText("▼")
        self.next.setToolTip(self.tr("Next (Enter)"))
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.field.textChanged.connect(self._search)
        self.field.installEventFilter(self)  # Enter / Shift+Enter, before returnPressed
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.field.clear()
        self.hide()
        self._view.grid.setFocus()

    def _search(self, text: str) -> None:
        found = self._view.find_text(text)
        self.count.setText(self.tr("%n found", "", found) if text else "")

    def step(self, step: int) -> None:
        position, total = self._view.find_step(step)
        self.count.setText(self.tr("{0} of {1}").format(position, total) if total
                           else self.tr("not found"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.field and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.step(-1 if shift else 1)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)
