"""Dialogs: the conflict picker (one alternative per proposal, or a combined text) and the
editor of a consolidated provision's wording."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor.app.alternatives import Alternative, ConflictChoices
from editor.app.synoptic_table import Cell, SegmentKind
from editor.ui import palette

KEYS = 9  # the digit keys 1..9 choose; further options by click or Tab
CONTEXT = 60  # characters of unchanged text kept on each side of a change (long lists)
FLOOR = 90  # pixels: the least a long alternative is given when they do not all fit


def shares(needs: list[int], room: int, floor: int) -> list[int]:
    """Heights for texts needing `needs` within `room`: all of each when they fit, else the
    short ones whole and the long ones an equal share of what is left (at least `floor`)."""
    out = list(needs)
    left = room
    order = sorted(range(len(needs)), key=needs.__getitem__)
    for k, i in enumerate(order):
        share = max(floor, left // (len(order) - k))
        if needs[i] > share:
            for j in order[k:]:
                out[j] = share
            break
        left -= needs[i]
    return out


def cell_html(cell: Cell, colour: str = "", label: str = "", context: int = 0) -> str:
    """A cell as an HTML paragraph: deletions struck, insertions underlined, both in
    `colour` (the source's) when given, after `label` in bold; unchanged stretches cut to
    `context` characters around the changes when set."""
    inserted, deleted = colour or "#1f5fbf", colour or "#c62828"
    segments = cell.segments
    parts = [f"<b>{escape(label)}</b>&nbsp;&nbsp;"] if label else []
    for i, s in enumerate(segments):
        text = s.text
        if s.kind is SegmentKind.SAME:
            if context and len(text) > 2 * context + 3:  # cut between words
                head = text[:context].rpartition(" ")[0] if i > 0 else ""
                tail = text[-context:].partition(" ")[2] if i < len(segments) - 1 else ""
                text = f"{head} … {tail}".strip()
            parts.append(escape(text))
        elif s.kind is SegmentKind.INSERT:
            parts.append(f'<u style="color:{inserted}">{escape(text)}</u>')
        else:
            parts.append(f'<s style="color:{deleted}">{escape(text)}</s>')
    direction = ' dir="rtl"' if cell.right_to_left else ""
    return f"<p{direction}>{''.join(parts)}</p>"


def typed(editor: QPlainTextEdit) -> str:
    """The editor's text as typed: `toPlainText` turns the no-break spaces of French
    typography ("protocole\u00a0;") into plain ones."""
    return editor.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


@dataclass(frozen=True)
class ConflictChoice:
    index: int  # the alternative chosen, -1 for the combined text
    combined: str | None  # the drafter's own wording, None when an alternative is chosen


class _Effects(QLabel):
    """What an alternative does; a click on it chooses it."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.clicked.emit()
        super().mousePressEvent(event)


class ConflictDialog(QDialog):
    """One alternative per proposal, stacked (scrolled when many or long) in its group's
    colour, each showing what it does to the provisions concerned on the current
    consolidated text; choose one (click, or the digit keys 1..9), or write a combined text:
    the provision's whole new wording, prefilled with the alternative chosen (typing
    selects it). Sized to fit the screen (a 1366x768 laptop included)."""

    def __init__(self, choices: ConflictChoices, number: str, titles: Mapping[str, str],
                 labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        """`number`: the resolution's; `titles`: proposal id -> its column title ("MOD
        ARB/79A3/1"); `labels`: row key -> the row's label in the table."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve the conflict"))
        self.choices = choices
        self._titles, self._labels, self._number = titles, labels, number
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        self.frames: list[QFrame] = []
        self.views: list[QScrollArea] = []  # each alternative's effects
        self._texts: list[QLabel] = []
        self._shared = (0, 0)  # the dialog's size the alternatives' heights were shared for
        self._colours: list[str] = []
        inner = QWidget()
        self._stack = QVBoxLayout(inner)
        self._boxes: list[QVBoxLayout] = []
        for i, alternative in enumerate(choices.alternatives):
            self._stack.addWidget(self._alternative(i, alternative))
        self._stack.addStretch(1)
        self.area = QScrollArea()
        self.area.setWidget(inner)
        self.area.setWidgetResizable(True)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab: buttons -> text -> OK
        n = len(choices.alternatives)
        self.combined_choice = QRadioButton(
            (f"{n + 1}  " if n < KEYS else "") + self.tr("Combined text (edit below)"))
        self.group.addButton(self.combined_choice, n)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)  # Tab leaves the text for the OK button
        self.editor.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wraps
        self.group.idToggled.connect(self._toggled)
        self.editor.textChanged.connect(self._edited)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These proposals cannot all be applied. Choose one (keys 1, 2…) "
                               "or write a combined text, the provision's whole new wording:")
                       if choices.combinable else
                       self.tr("These proposals cannot all be applied. Choose one "
                               "(keys 1, 2…):"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.combined_choice)
        layout.addWidget(self.editor)
        if not choices.combinable:  # a wording is one provision's: not a whole resolution's
            self.combined_choice.hide()
            self.editor.hide()
            why = QLabel(self.tr("A combined text replaces one provision: not possible when "
                                 "the whole resolution is at stake. To keep only some of these "
                                 "changes, choose the proposal, then reject in the table those "
                                 "you do not want."))
            why.setWordWrap(True)
            layout.addWidget(why)
        layout.addWidget(buttons)
        self._filling = False
        if self.buttons:
            self.buttons[0].setChecked(True)
        self._fit()

    def _alternative(self, i: int, alternative: Alternative) -> QFrame:
        colour = palette.change_colour(alternative.proposals).name()
        heading = ", ".join(self._titles.get(p, p) for p in alternative.proposals)
        if len(alternative.accept) > 1:
            heading += " — " + self.tr("%n changes", "", len(alternative.accept))
        button = QRadioButton((f"{i + 1}  " if i < KEYS else "") + heading)
        button.setStyleSheet(f"color: {colour}; font-weight: bold")
        self.group.addButton(button, i)
        self.buttons.append(button)
        effects = _Effects(self.effects_html(alternative, colour))
        effects.setWordWrap(True)
        effects.setTextFormat(Qt.TextFormat.RichText)
        effects.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        effects.clicked.connect(button.click)
        view = QScrollArea()  # a long alternative scrolls on its own: the others stay in view
        view.setWidget(effects)
        view.setWidgetResizable(True)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setStyleSheet("background: transparent")
        frame = QFrame()
        frame.setObjectName("alternative")
        box = QVBoxLayout(frame)
        box.setContentsMargins(10, 4, 6, 4)
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)  # only its words are clickable
        box.addWidget(view)
        self.views.append(view)
        self._boxes.append(box)
        self._texts.append(effects)
        self.frames.append(frame)
        self._colours.append(colour)
        self._highlight(i, False)
        return frame

    def effects_html(self, alternative: Alternative, colour: str) -> str:
        """What `alternative` does, provision by provision (the unchanged words cut short
        when it touches many)."""
        context = CONTEXT if len(alternative.effects) > 3 else 0
        parts = []
        for effect in alternative.effects:
            if effect.abrogated:
                who = ", ".join(self._titles.get(p, p) for p in alternative.proposals)
                text = self.tr("Suppress Resolution {0} ({1})").format(self._number, who)
                parts.append(f'<p style="color:{colour}"><s>{escape(text)}</s></p>')
            else:
                label = self._labels.get(effect.key, "")
                parts.append(cell_html(effect.cell, colour, label, context))
        return "".join(parts)

    def _fit(self) -> None:
        """As wide as reads well, as tall as the alternatives need, never past the screen:
        when they do not all fit, the short ones are shown whole and the long ones share
        the rest (each scrolled), so every alternative's heading stays in view."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        width = min(960, screen.width() - 40)
        rest = self.sizeHint().height() - self.area.sizeHint().height()
        needed = self._share(width, screen.height() - 60 - rest)
        self.resize(width, max(320, min(screen.height() - 60, rest + needed)))
        layout = self.layout()
        if layout is not None:  # laid out before it is first painted
            layout.activate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._shared != self.size().toTuple():  # wrapped anew, more or less room
            self._share(self.width(), self.area.height())
            self._shared = self.size().toTuple()

    def _share(self, width: int, room: int) -> int:
        """Give each alternative's text its height within `room` (see `_fit`); the height
        all the alternatives then take."""
        if not self.views:
            return 0
        text_width = width - 90  # the dialog's, the list's and the alternative's margins
        needs = [t.heightForWidth(text_width) + 4 for t in self._texts]
        for view, height in zip(self.views, needs, strict=True):
            view.setFixedHeight(height)
        overhead = 2 * self.area.frameWidth()  # headings, margins, spacing: measured now
        for box, frame in zip(self._boxes, self.frames, strict=True):
            box.invalidate()  # (a layout's cache is stale until the dialog is shown)
            overhead += frame.sizeHint().height()
        margins = self._stack.contentsMargins()
        overhead += (margins.top() + margins.bottom() + self._stack.spacing() * len(self.frames)
                     - sum(needs))
        heights = shares(needs, room - overhead, FLOOR)  # headings, margins: what is left
        for view, height, frame in zip(self.views, heights, self.frames, strict=True):
            view.setFixedHeight(height)
            frame.updateGeometry()  # its size in the list: now, not at the next event
        return sum(heights) + overhead

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        index = event.key() - Qt.Key.Key_1
        options = [*self.buttons, *([self.combined_choice] if self.choices.combinable
                                    else [])][:KEYS]
        if event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                 Qt.KeyboardModifier.KeypadModifier) and (
                0 <= index < len(options)):
            options[index].setChecked(True)
            if index < len(self.buttons):
                self.buttons[index].setFocus()
                self.area.ensureWidgetVisible(self.frames[index])
            else:
                self.editor.setFocus()
            return
        super().keyPressEvent(event)

    def _toggled(self, index: int, checked: bool) -> None:
        if index < len(self.frames):
            self._highlight(index, checked)
        if checked and index < len(self.choices.alternatives) and self.choices.combinable:
            self._filling = True
            self.editor.setPlainText(self.choices.alternatives[index].wording)
            self._filling = False

    def _highlight(self, index: int, chosen: bool) -> None:
        background = palette.SELECTED_ROW.name() if chosen else "transparent"
        self.frames[index].setStyleSheet(
            f"QFrame#alternative {{ border-left: 4px solid {self._colours[index]};"
            f" background: {background}; }}")

    def _edited(self) -> None:
        if not self._filling:
            self.combined_choice.setChecked(True)

    def choice(self) -> ConflictChoice:
        index = self.group.checkedId()
        if 0 <= index < len(self.choices.alternatives):
            return ConflictChoice(index, None)
        return ConflictChoice(-1, typed(self.editor))


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
        return typed(self.editor)
