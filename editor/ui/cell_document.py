"""A cell of the synoptic table as a QTextDocument: rich segments, laid out and painted
by the delegate. Each changed segment carries its change id as an anchor, so a click
finds the change with `documentLayout().anchorAt`. A footnote reference is its mark in
superscript, the footnote's text as its tool tip (`tooltip_at`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from editor.app.synoptic_table import Cell, ColumnRole, SegmentKind
from editor.core.model import DecisionState
from editor.ui import palette


@dataclass(frozen=True)
class Look:
    """Everything besides the cell that changes how it is drawn."""

    font: QFont
    role: ColumnRole
    selected_change: str = ""
    conflict_changes: frozenset[str] = frozenset()
    find: str = ""
    source: str = ""  # colour group of a proposal column ("ARB"); "" elsewhere


def build_document(cell: Cell, look: Look, states: dict[str, DecisionState]) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(look.font)
    doc.setDocumentMargin(4)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if cell.right_to_left:
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
    doc.setDefaultTextOption(option)
    cursor = QTextCursor(doc)
    if cell.right_to_left:  # the block, not only the option, decides alignment
        block = QTextBlockFormat()
        block.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        block.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        cursor.setBlockFormat(block)
    for seg in cell.segments:
        fmt = QTextCharFormat()
        if cell.edited:
            fmt.setFontItalic(True)
        if seg.kind is not SegmentKind.SAME:
            fmt.setForeground(palette.change_colour(seg.sources, look.source))
            if seg.kind is SegmentKind.INSERT:
                fmt.setFontUnderline(True)
            else:
                fmt.setFontStrikeOut(True)
        if seg.change_id:
            fmt.setAnchor(True)
            # Not setAnchorHref: in PySide6 6.12 it under-counts None and aborts the process.
            fmt.setProperty(QTextFormat.Property.AnchorHref, seg.change_id)
            _decorate(fmt, seg.change_id, look, states)
        if seg.footnote:
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
            fmt.setToolTip(f"{seg.footnote}\u2002{seg.footnote_text}".strip())
            cursor.insertText(seg.footnote, fmt)
            continue
        cursor.insertText(seg.text, fmt)
    if look.find:
        _highlight(doc, look.find)
    return doc


def tooltip_at(doc: QTextDocument, point: QPointF) -> str:
    """The tool tip of the text at `point` (a footnote mark's text), "" when none."""
    pos = doc.documentLayout().hitTest(point, Qt.HitTestAccuracy.ExactHit)
    if pos < 0:
        return ""
    cursor = QTextCursor(doc)
    cursor.setPosition(pos + 1)  # the format of the character after `pos`
    tip = cursor.charFormat().toolTip()
    if not tip and pos > 0:  # hit at the right half of a character: the one before
        cursor.setPosition(pos)
        tip = cursor.charFormat().toolTip()
    return tip


def _decorate(fmt: QTextCharFormat, change_id: str, look: Look,
              states: dict[str, DecisionState]) -> None:
    state = states.get(change_id, DecisionState.PENDING)
    if change_id == look.selected_change:
        fmt.setBackground(palette.SELECTED_CHANGE)
    elif look.role is ColumnRole.PROPOSAL and state is DecisionState.ACCEPTED:
        fmt.setBackground(palette.ACCEPTED)
    elif change_id in look.conflict_changes and state is DecisionState.PENDING:
        fmt.setBackground(palette.CONFLICT)
    if look.role is ColumnRole.PROPOSAL and state is DecisionState.REJECTED:
        fmt.setForeground(palette.REJECTED_TEXT)


def _highlight(doc: QTextDocument, term: str) -> None:
    fmt = QTextCharFormat()
    fmt.setBackground(palette.FIND)
    found = doc.find(term)
    while not found.isNull():
        found.mergeCharFormat(fmt)
        found = doc.find(term, found)
