"""The rows of a combined text for a conflict between inserted provisions, in the real window
on the sample session (Res. 179, after décide 3: ARB inserts three items, EUR one):
selecting one shows the conflict in the inspector (never the change selected before), and
F2 or Ctrl+K there opens the conflict picker on that text, to rewrite it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor.core.merge import Conflict
from editor.ui.dialogs import ConflictDialog, typed

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier
ANCHOR = "179:38"  # décide 3
LINES = ["que les groupes régionaux se concertent;",
         "que le Secrétariat publie un rapport annuel;",
         "que le Conseil examine ce rapport;"]


def conflict(window) -> Conflict:
    [k] = [k for k in window.desk.dossier("179").conflicts if k.provision == ANCHOR]
    return k


def picker(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> ConflictDialog:
    qtbot.waitUntil(window.isActiveWindow)  # back from a dialog closed before
    qtbot.keyClick(window.view.grid, key, modifier)
    dialog = window.review.dialog
    assert isinstance(dialog, ConflictDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def write(qtbot, dialog: ConflictDialog, lines: list[str]) -> None:
    dialog.editor.setPlainText("\n".join(lines))
    assert dialog.combined_choice.isChecked()
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()


def combined_rows(window, k: Conflict) -> list[int]:
    return [i for i, r in enumerate(window.view.table.rows) if f"+{k.id}:" in r.provision_key]


def click_row(qtbot, window, row: int, column: int = 0) -> None:
    """A click in the row's base cell (empty: no change's words there)."""
    grid = window.view.grid
    index = window.view.model.index(row, column)
    grid.scrollTo(index)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton,
                     pos=grid.visualRect(index).center())


@pytest.fixture
def combined(window, qtbot) -> Conflict:
    """Res. 179 shown, a combined text of three lines written in the picker (Ctrl+K on one
    of ARB's items)."""
    k = conflict(window)
    window.review.show_resolution("179")
    window.view.select_change(k.changes[0])
    write(qtbot, picker(qtbot, window, Qt.Key.Key_K, CTRL), LINES)
    assert window.desk.decisions[k.id].custom_text == "\n".join(LINES)
    assert len(combined_rows(window, k)) == 3
    return k


def test_selecting_a_line_shows_the_conflict_not_the_change_before(window, qtbot, combined):
    k, inspector = combined, window.inspector
    other = next(c.id for c in window.desk.dossier("179").changes
                 if c.id not in k.changes and not c.adds_provision)
    window.view.select_change(other)
    assert inspector.target == other
    rows = combined_rows(window, k)
    assert [window.view.table.rows[i].label for i in rows] == ["4", "5", "6"]
    click_row(qtbot, window, rows[1])
    assert window.view.grid.currentIndex().row() == rows[1]
    assert window.view.current_change == k.id and inspector.target == k.id
    assert inspector.isEnabled()
    assert inspector.proposals.text() == "ARB/79A3/6, EUR/12A1/2"
    assert inspector.text.text() == "«" + "\n".join(LINES) + "»"
    assert inspector.state.text() == "accepted, own wording"
    assert inspector.conflict.isVisibleTo(inspector)
    assert inspector.conflict.text() == "Conflict between ARB/79A3/6, EUR/12A1/2 (resolved)"
    # the conflict's own history: the combined text written in the picker
    entries = window.desk.log(k.id)
    assert len(entries) == 1 and inspector.history.count() == 1
    assert inspector.history.item(0).text().startswith(
        "conflict: accepted, own wording (individually)\n")
    # a note goes on the conflict, and the inspector stays on it after the change
    inspector.note.setText("vu avec ARB et EUR")
    qtbot.keyClick(inspector.note, Qt.Key.Key_Return)
    assert window.desk.decisions[k.id].note == "vu avec ARB et EUR"
    assert window.desk.decisions[k.id].custom_text == "\n".join(LINES)
    assert inspector.target == k.id and inspector.history.count() == 2
    # back on a change: the inspector follows
    window.view.select_change(other)
    assert inspector.target == other and not inspector.text.text().startswith("«que les")


def test_f2_on_a_line_opens_the_picker_on_the_combined_text(window, qtbot, combined):
    k = combined
    rows = combined_rows(window, k)
    click_row(qtbot, window, rows[0], column=len(window.view.table.columns) - 1)
    assert window.view.current_change == k.id
    dialog = picker(qtbot, window, Qt.Key.Key_F2)
    assert dialog.choices.conflict.id == k.id
    assert typed(dialog.editor) == "\n".join(LINES) and dialog.combined_choice.isChecked()
    write(qtbot, dialog, [LINES[2], LINES[0]])
    assert window.desk.decisions[k.id].custom_text == f"{LINES[2]}\n{LINES[0]}"
    rows = combined_rows(window, k)
    assert [window.view.table.rows[i].label for i in rows] == ["4", "5"]
    texts = ["".join(s.text for s in window.view.table.rows[i].cells[-1].segments)
             for i in rows]
    assert texts == [LINES[2], LINES[0]]
    # Ctrl+K there too, on the text as it now is; undo brings the three lines back
    click_row(qtbot, window, rows[1])
    dialog = picker(qtbot, window, Qt.Key.Key_K, CTRL)
    assert dialog.choices.conflict.id == k.id
    assert typed(dialog.editor) == f"{LINES[2]}\n{LINES[0]}"
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    window.actions_.undo.trigger()
    assert window.desk.decisions[k.id].custom_text == "\n".join(LINES)
    assert len(combined_rows(window, k)) == 3


def test_f2_on_a_proposals_item_still_does_nothing(window, qtbot, combined):
    """Only the combined text's rows open the picker with F2: an item a proposal inserts
    is the proposal's wording, never the drafter's."""
    k = combined
    theirs = [i for i, r in enumerate(window.view.table.rows)
              if r.provision_key.partition("+")[2] in k.changes]
    assert len(theirs) == 4
    click_row(qtbot, window, theirs[0])
    assert window.view.current_change in k.changes
    assert window.inspector.target == window.view.current_change
    window.review.dialog = None
    qtbot.keyClick(window.view.grid, Qt.Key.Key_F2)
    assert window.review.dialog is None
