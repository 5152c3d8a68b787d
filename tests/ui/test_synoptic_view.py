"""The synoptic view on hand-made tables: painting, heights, selection, collapse, zoom, find."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from ui_tables import hand_table

from editor.core.model import DecisionState
from editor.ui.synoptic_view import SynopticView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def view(qtbot):
    v = SynopticView()
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    v.set_table(hand_table())
    return v


def test_rows_wrap_to_the_height_of_their_text(view):
    one_line = view.fontMetrics().lineSpacing()
    heights = [view.grid.rowHeight(i) for i in range(view.model.rowCount())]
    assert all(h > 2 * one_line for h in heights[:-1])  # the long French text wraps
    assert heights[-1] < 2 * one_line + 12  # the short Arabic line does not


def test_wider_columns_make_rows_shorter(view, qtbot):
    before = view.grid.rowHeight(0)
    view.resize(1800, 700)
    qtbot.waitUntil(lambda: view.grid.rowHeight(0) < before)


def test_click_on_a_change_selects_it(view, qtbot):
    target = ""
    for x in range(0, view.grid.columnWidth(1), 3):  # find the struck "décide" in ARB
        index = view.model.index(2, 1)
        rect = view.grid.visualRect(index)
        doc = view.delegate.document(2, 1, rect.width())
        anchor = doc.documentLayout().anchorAt(QPoint(x, 10).toPointF())
        if anchor:
            target = anchor
            with qtbot.waitSignal(view.changeSelected) as signal:
                qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton,
                                 pos=rect.topLeft() + QPoint(x, 10))
            break
    assert target == "a2"
    assert signal.args == ["a2"]
    assert view.current_change == "a2"


def test_arrow_keys_walk_through_changes(view, qtbot):
    view.grid.setFocus()
    assert view.current_change == "a0"  # the first row is current, so is its first change
    seen = []
    for _ in range(4):
        qtbot.keyClick(view.grid, Qt.Key.Key_Right)
        seen.append(view.current_change)
    assert seen == ["a2", "e2", "a4", "a4"]  # stays on the last one
    qtbot.keyClick(view.grid, Qt.Key.Key_Left)
    assert view.current_change == "e2"
    assert view.grid.currentIndex().row() == 2


def test_collapse_hides_unchanged_provisions(view):
    view.collapse_action.trigger()
    hidden = [i for i in range(view.model.rowCount()) if view.grid.isRowHidden(i)]
    assert hidden == [1, 3, 5, 6]
    view.collapse_action.trigger()
    assert not any(view.grid.isRowHidden(i) for i in range(view.model.rowCount()))


def test_hidden_columns_stay_hidden_and_rows_refit(view):
    menu = view.column_menu()
    arb = next(a for a in menu.actions() if a.text() == "MOD ARB/79A3/1")
    arb.setChecked(False)
    assert view.grid.isColumnHidden(1)
    assert view.grid.rowHeight(0) > 0


def test_zoom_makes_text_bigger(view):
    before = view.grid.rowHeight(0)
    view.zoom_in_action.trigger()
    view.zoom_in_action.trigger()
    assert view.zoom_level == 2
    assert view.grid.rowHeight(0) > before
    view.zoom_out_action.trigger()
    view.zoom_out_action.trigger()
    assert view.grid.rowHeight(0) == before


def test_find_counts_cells_and_moves_between_them(view):
    assert view.find_text("RÉSOUT") == 3  # case-insensitive, in the ARB column of rows 0, 2, 4
    assert view.find_step(1) == (1, 3)
    assert view.grid.currentIndex().row() == 0
    assert view.find_step(-1) == (3, 3)
    assert view.grid.currentIndex().row() == 4
    assert view.find_text("nowhere") == 0


def test_decision_states_update_only_the_rows_concerned(view):
    changed = view.model.set_table(hand_table(states={"a2": DecisionState.ACCEPTED}))
    assert changed == [2]


def test_arabic_cell_is_laid_out_right_to_left(view):
    last = view.model.rowCount() - 1
    doc = view.delegate.document(last, 0, 300)
    assert doc.defaultTextOption().textDirection() is Qt.LayoutDirection.RightToLeft


def test_painting_draws_strikes_colours_and_conflicts(view, output):
    image = view.grab().toImage()
    image.save(str(output / "synoptic_view_hand_table.png"))
    def pixel(row, column):
        rect = view.grid.visualRect(view.model.index(row, column))
        return image.pixelColor(view.grid.viewport().mapTo(view, rect.bottomRight() - QPoint(4, 4)))

    conflict, plain = pixel(2, 3), pixel(1, 3)
    assert conflict.red() > 240 and conflict.blue() < 200  # the orange conflict background
    assert (plain.red(), plain.green(), plain.blue()) == (255, 255, 255)
    r = view.grid.visualRect(view.model.index(0, 1))
    top_left = view.grid.viewport().mapTo(view, r.topLeft())
    inks = [image.pixelColor(top_left.x() + x, top_left.y() + y)
            for x in range(0, r.width(), 1) for y in range(0, 24)]
    assert any(c.green() > c.red() + 60 and c.green() > c.blue() + 40 for c in inks)  # ARB green


def shared_table():
    """One change that ARB and EUR both ask for (merged), accepted: shown in all columns."""
    from editor.app.synoptic_table import Cell, Row, Segment, SegmentKind, SynopticTable

    table = hand_table(rows=1)
    both = ("ARB/79A3/1", "EUR/12A1/1")
    cell = Cell((Segment("0. "), Segment("décide", SegmentKind.DELETE, both, "s"),
                 Segment("résout", SegmentKind.INSERT, both, "s")))
    only_arb = Cell((Segment("résout", SegmentKind.INSERT, ("ARB/79A3/1",), "s"),))
    rows = (Row("1:0", "0)", (Cell((Segment("0. décide"),)), cell, cell, cell), ("s",)),
            Row("1:1", "1)", (Cell(), only_arb, Cell(), only_arb), ("s",)))
    return SynopticTable("1", "Résolution 1", table.columns, rows,
                         {"s": DecisionState.ACCEPTED}, ("ARB", "EUR"))


def ink(view, row, column, text):
    from PySide6.QtGui import QTextCursor

    doc = view.delegate.document(row, column, 300)
    found = doc.find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(doc)
    cursor.setPosition(found.selectionEnd())
    return cursor.charFormat().foreground().color().name()


def test_a_shared_change_takes_each_proposal_columns_own_colour(view):
    from editor.ui import palette

    view.set_table(shared_table())
    arb, eur = palette.source_colour("ARB").name(), palette.source_colour("EUR").name()
    assert arb != eur
    assert ink(view, 0, 1, "résout") == ink(view, 0, 1, "décide") == arb
    assert ink(view, 0, 2, "résout") == ink(view, 0, 2, "décide") == eur
    # consolidated: several groups ask for it -> the neutral colour, one group -> its own
    assert ink(view, 0, 3, "résout") == palette.SEVERAL.name()
    assert ink(view, 1, 3, "résout") == arb
    assert "several groups" in view.legend.text()


def test_the_shared_change_is_painted_green_then_blue(view, output):
    view.set_table(shared_table())
    image = view.grab().toImage()
    image.save(str(output / "synoptic_view_shared_change.png"))

    def inks(column):
        r = view.grid.visualRect(view.model.index(0, column))
        at = view.grid.viewport().mapTo(view, r.topLeft())
        return [image.pixelColor(at.x() + x, at.y() + y)
                for x in range(r.width()) for y in range(min(r.height(), 30))]

    assert any(c.green() > c.red() + 60 and c.green() > c.blue() + 40 for c in inks(1))
    assert not any(c.blue() > c.red() + 80 and c.blue() > c.green() + 60 for c in inks(1))
    assert any(c.blue() > c.red() + 80 and c.blue() > c.green() + 60 for c in inks(2))
    assert not any(c.green() > c.red() + 60 and c.green() > c.blue() + 40 for c in inks(2))
