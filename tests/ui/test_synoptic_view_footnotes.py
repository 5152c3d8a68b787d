"""Footnote references in the synoptic view: a superscript mark, struck or underlined with
the words of its change, the footnote's text as the mark's tool tip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip

from editor.app.synoptic_table import (
    Cell,
    Column,
    ColumnRole,
    Row,
    Segment,
    SegmentKind,
    SynopticTable,
)
from editor.ui.synoptic_view import SynopticView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

SUPER = QTextCharFormat.VerticalAlignment.AlignSuperScript
WORDS = "d'étudier les incidences de l'internet et à l'internet de demain"
BASE_NOTE = "Par exemple la manifestation pluridisciplinaire (kaléidoscope) de l'UIT."
NEW_NOTE = "Au sens du Programme de développement durable à l'horizon 2030."


def footnote_table() -> SynopticTable:
    arb = ("ARB/79A3/1",)
    columns = (Column("base", "Base", ColumnRole.BASE),
               Column("ARB/79A3/1", "MOD ARB/79A3/1", ColumnRole.PROPOSAL, "ARB"),
               Column("consolidated", "Consolidated", ColumnRole.CONSOLIDATED))
    base = Cell((Segment(WORDS), Segment("", footnote="1", footnote_text=BASE_NOTE),
                 Segment(";")))
    proposal = Cell((Segment(WORDS),
                     Segment("", SegmentKind.DELETE, arb, "c1", "1", BASE_NOTE),
                     Segment(" durable", SegmentKind.INSERT, arb, "c1"),
                     Segment("", SegmentKind.INSERT, arb, "c1", "2", NEW_NOTE),
                     Segment(";")))
    rows = (Row("101:27", "e)", (base, proposal, base), ("c1",)),)
    return SynopticTable("101", "Résolution 101", columns, rows, {}, ("ARB",))


@pytest.fixture
def view(qtbot):
    v = SynopticView()
    qtbot.addWidget(v)
    v.resize(1000, 400)
    v.show()
    qtbot.waitExposed(v)
    v.set_table(footnote_table())
    return v


def marks(doc: QTextDocument) -> list[tuple[str, bool, bool, str]]:
    """(text, struck, underlined, tool tip) of every superscript piece of `doc`."""
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            f = it.fragment()
            fmt = f.charFormat()
            if fmt.verticalAlignment() == SUPER:
                out.append((f.text(), fmt.fontStrikeOut(), fmt.fontUnderline(), fmt.toolTip()))
            it += 1
        block = block.next()
    return out


def test_references_are_superscript_marks_struck_or_underlined_with_their_change(view):
    assert marks(view.delegate.document(0, 0, 300)) == [("1", False, False, f"1\u2002{BASE_NOTE}")]
    assert marks(view.delegate.document(0, 1, 300)) == [
        ("1", True, False, f"1\u2002{BASE_NOTE}"), ("2", False, True, f"2\u2002{NEW_NOTE}")]
    doc = view.delegate.document(0, 1, 300)
    assert doc.toPlainText() == f"{WORDS}1 durable2;"
    assert view.model.cell(view.model.index(0, 1)).text == f"{WORDS} durable;"  # Find, a11y


def mark_point(doc: QTextDocument, mark: str) -> QPointF:
    """The middle of the superscript `mark` in the laid-out `doc`."""
    found = doc.find(mark, QTextCursor(doc))
    while not found.isNull() and found.charFormat().verticalAlignment() != SUPER:
        found = doc.find(mark, found)
    assert not found.isNull(), mark
    block = found.block()
    line = block.layout().lineForTextPosition(found.selectionStart() - block.position())
    left = line.cursorToX(found.selectionStart() - block.position())[0]
    right = line.cursorToX(found.selectionEnd() - block.position())[0]
    origin = doc.documentLayout().blockBoundingRect(block).topLeft()
    return origin + QPointF((left + right) / 2, line.y() + line.height() / 2)


def test_hovering_a_mark_shows_the_footnote_text(view, qtbot):
    width = view.grid.columnWidth(1)
    doc = view.delegate.document(0, 1, width)
    at = mark_point(doc, "2").toPoint()
    assert view.delegate.tooltip_at(0, 1, at) == f"2\u2002{NEW_NOTE}"
    assert view.delegate.tooltip_at(0, 1, QPoint(6, 6)) == ""  # on the words: no tip
    viewport = view.grid.viewport()
    pos = view.grid.visualRect(view.model.index(0, 1)).topLeft() + at
    event = QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: QToolTip.text() == f"2\u2002{NEW_NOTE}")


def test_the_painted_row_shows_the_marks(view, output):
    view.grab().toImage().save(str(output / "synoptic_view_footnotes.png"))
