"""The sample's new draft EUR-1 in the real window: one row per provision with its label,
the ADD's column showing each provision inserted whatever the decision, the consolidated
column once accepted; N / A / R / F2 with the keyboard on its rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor.app.synoptic_table import SegmentKind
from editor.core.model import DecisionState

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LABELS = ["No.", "Title", "Preamble", "considérant", "a)", "b)", "reconnaissant", "",
          "décide", "1", "2", "charge le Secrétaire gé…", "", "invite les Etats Membre…", ""]


def test_the_draft_is_read_and_decided_row_by_row(window, qtbot, output):
    window.resize(1366, 768)
    window.navigator.resolutionChosen.emit("EUR-1")
    qtbot.waitUntil(lambda: window.review.number == "EUR-1")
    view, grid = window.view, window.view.grid
    [draft] = window.desk.ids_of_resolution("EUR-1")
    model = view.model
    headers = [model.headerData(i, Qt.Orientation.Vertical) for i in range(model.rowCount())]
    assert headers == LABELS
    texts = [r.cells[1].text for r in view.table.rows]
    assert texts[4].startswith("que l'Internet des objets (IoT)") and all(texts)
    assert all(not r.cells[2].segments for r in view.table.rows)  # pending: nothing yet

    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_N)
    assert view.current_change == draft and grid.currentIndex().row() == 0
    for _ in range(4):  # down to item a): still the draft
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.currentIndex().row() == 4 and view.current_change == draft
    qtbot.keyClick(grid, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: window.desk.state(draft) is DecisionState.ACCEPTED)
    rows = view.table.rows
    assert [r.cells[2].text for r in rows] == texts
    assert {s.kind for r in rows for s in r.cells[2].segments} == {SegmentKind.INSERT}
    assert [r.cells[1].text for r in rows] == texts  # the proposal column stays
    qtbot.wait(100)  # the rows measured again
    window.grab().save(str(output / "draft_rows.png"))

    qtbot.keyClick(grid, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.desk.state(draft) is DecisionState.REJECTED)
    assert all(not r.cells[2].segments for r in view.table.rows)
    assert [r.cells[1].text for r in view.table.rows] == texts
    qtbot.keyClick(grid, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: window.desk.state(draft) is DecisionState.ACCEPTED)

    # F2 on the title row: the drafter's own wording for that provision of the draft
    grid.setCurrentIndex(model.index(1, 2))
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    dialog = window.review.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.text() == texts[1]
    dialog.editor.setPlainText(texts[1] + " et des villes intelligentes")
    dialog.accept()
    qtbot.waitUntil(lambda: view.table.rows[1].cells[2].edited)
    assert view.table.rows[1].cells[2].text == texts[1] + " et des villes intelligentes"
    assert view.table.rows[1].cells[1].text == texts[1]


def test_own_wording_on_a_pending_draft_starts_from_the_draft(window, qtbot):
    window.navigator.resolutionChosen.emit("EUR-1")
    qtbot.waitUntil(lambda: window.review.number == "EUR-1")
    grid = window.view.grid
    [draft] = window.desk.ids_of_resolution("EUR-1")
    assert window.desk.state(draft) is DecisionState.PENDING
    title = next(i for i, r in enumerate(window.view.table.rows) if r.label == "Title")
    row = window.view.table.rows[title]
    assert not row.cells[-1].segments  # nothing consolidated yet to start from
    grid.setFocus()
    grid.setCurrentIndex(window.view.model.index(title, 1))
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    dialog = window.review.dialog
    assert row.cells[1].text and dialog.text() == row.cells[1].text  # the draft's, not empty
    dialog.reject()


def test_a_draft_hides_its_empty_base_column_and_gives_it_back(window, qtbot):
    grid = window.view.grid
    assert not grid.isColumnHidden(0)
    window.navigator.resolutionChosen.emit("EUR-1")
    qtbot.waitUntil(lambda: window.review.number == "EUR-1")
    assert grid.isColumnHidden(0)  # no base text: the room goes to the draft
    window.navigator.resolutionChosen.emit("101")
    qtbot.waitUntil(lambda: window.review.number == "101")
    assert not grid.isColumnHidden(0)
    window.view.set_column_visible(0, False)  # the drafter's own choice stays
    window.navigator.resolutionChosen.emit("EUR-1")
    qtbot.waitUntil(lambda: window.review.number == "EUR-1")
    window.navigator.resolutionChosen.emit("101")
    qtbot.waitUntil(lambda: window.review.number == "101")
    assert grid.isColumnHidden(0)
