"""Dialogs: the conflict picker (alternatives side by side, combined text) and the editor
of a consolidated provision's wording."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.app.synoptic_table import Cell, SegmentKind
from editor.core.changes import Change


def cell_html(cell: Cell, only: str = "", colour: str = "") -> str:
    """A cell as HTML: deletions struck, insertions underlined (only change `only` when set),
    both in `colour` (the source's) when given."""
    inserted, deleted = colour or "#1f5fbf", colour or "#c62828"
    parts = []
    for s in cell.segments:
        text = escape(s.text)
        if s.kind is SegmentKind.SAME or (only and s.change_id != only):
            parts.append("" if s.kind is SegmentKind.INSERT and only else text)
        elif s.kind is SegmentKind.INSERT:
            parts.append(f'<u style="color:{inserted}">{text}</u>')
        else:
            parts.append(f'<s style="color:{deleted}">{text}</s>')
    direction = ' dir="rtl"' if cell.right_to_left else ""
    return f"<p{direction}>{''.join(parts)}</p>"


def applied(base_text: str, change: Change) -> str:
    """The provision's text with only `change` applied."""
    if change.adds_provision:
        return change.new
    if change.removes_provision:
        return ""
    return base_text[:change.start] + change.new + base_text[change.end:]


@dataclass(frozen=True)
class ConflictChoice:
    change_id: str  # the alternative chosen, "" for the combined text
    combined: str | None  # the drafter's own wording, None when an alternative is chosen


class ConflictDialog(QDialog):
    """Each conflicting change in its own column, in its source's colour; choose one (click,
    or the digit keys 1, 2...), or write a combined text (typing selects it)."""

    def __init__(self, base_text: str, changes: list[Change], cells: dict[str, Cell],
                 parent: QWidget | None = None, colours: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve the conflict"))
        self._base = base_text
        self._changes = changes
        grid = QGridLayout()
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        self.views: list[QTextBrowser] = []
        colours = colours or {}
        for col, change in enumerate(changes):
            button = QRadioButton(f"{col + 1}  " + ", ".join(change.sources))
            colour = colours.get(change.id, "")
            if colour:
                button.setStyleSheet(f"color: {colour}; font-weight: bold")
            self.group.addButton(button, col)
            self.buttons.append(button)
            view = QTextBrowser()
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes buttons -> text -> OK
            view.setHtml(cell_html(cells.get(change.id, Cell()), change.id, colour))
            self.views.append(view)
            grid.addWidget(button, 0, col)
            grid.addWidget(view, 1, col)
        self.combined_choice = QRadioButton(
            f"{len(changes) + 1}  " + self.tr("Combined text (edit below)"))
        self.group.addButton(self.combined_choice, len(changes))
        self.editor = QPlainTextEdit(base_text)
        self.editor.setTabChangesFocus(True)  # Tab leaves the text for the OK button
        self.group.idClicked.connect(self._chosen)
        self.editor.textChanged.connect(self._edited)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These changes cannot all be applied. Choose one "
                                        "(keys 1, 2…) or write a combined text:")))
        layout.addLayout(grid)
        layout.addWidget(self.combined_choice)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self._filling = False
        if self.buttons:
            self.buttons[0].setChecked(True)
            self._chosen(0)
        self.resize(900, 500)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        index = event.key() - Qt.Key.Key_1
        if event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                 Qt.KeyboardModifier.KeypadModifier) and (
                0 <= index <= len(self._changes)):
            if index < len(self._changes):
                self.buttons[index].setChecked(True)
                self.buttons[index].setFocus()
                self._chosen(index)
            else:
                self.combined_choice.setChecked(True)
                self.editor.setFocus()
            return
        super().keyPressEvent(event)

    def _chosen(self, index: int) -> None:
        if index < len(self._changes):
            self._filling = True
            self.editor.setPlainText(applied(self._base, self._changes[index]))
            self._filling = False

    def _edited(self) -> None:
        if not self._filling:
            self.combined_choice.setChecked(True)

    def choice(self) -> ConflictChoice:
        index = self.group.checkedId()
        if 0 <= index < len(self._changes):
            return ConflictChoice(self._changes[index].id, None)
        return ConflictChoice("", self.editor.toPlainText())


class ProvisionDialog(QDialog):
    """The drafter's own wording for a consolidated provision."""

    def __init__(self, label: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the consolidated provision {0}").format(label))
        self.editor = QPlainTextEdit(text)
        self.editor.setTabChangesFocus(True)  # Tab, then Enter: done without the mouse
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(700, 300)

    def text(self) -> str:
        return self.editor.toPlainText()
