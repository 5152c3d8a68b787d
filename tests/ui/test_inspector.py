"""The inspector's history: every decision on the selected change, newest first, with time,
author, state, origin and note, kept up to date as the drafter decides, undoes and redoes."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from editor.core.model import DecisionState
from editor.ui.inspector import local_time
from editor.ui.sessions import user_name

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier
STATE = re.compile(r"^(.+) \((.+)\)$")
WHEN = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) · (.+)$")


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.view.grid, k, modifier)


def history(window) -> list[tuple[str, str, str, str, str]]:
    """(time, author, state, origin, note) of each line, as shown."""
    out = []
    for i in range(window.inspector.history.count()):
        state, when, *note = window.inspector.history.item(i).text().split("\n")
        s, w = STATE.match(state), WHEN.match(when)
        assert s and w, (state, when)
        out.append((*w.groups(), *s.groups(), note[0] if note else ""))
    return out


def test_history_lists_decide_undo_redo_and_note_newest_first(window, qtbot):
    key(qtbot, window, Qt.Key.Key_N)
    change = window.view.current_change
    assert history(window) == []  # nothing decided yet
    key(qtbot, window, Qt.Key.Key_A)
    assert window.view.current_change == change
    assert [(s, o) for _t, _a, s, o, _n in history(window)] == [("accepted", "individually")]
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [(s, o) for _t, _a, s, o, _n in history(window)] == [
        ("pending", "undone"), ("accepted", "individually")]
    key(qtbot, window, Qt.Key.Key_Y, CTRL)
    window.inspector.note.setText("vu avec ARB et EUR")
    qtbot.keyClick(window.inspector.note, Qt.Key.Key_Return)
    lines = history(window)
    assert [(s, o, n) for _t, _a, s, o, n in lines] == [
        ("accepted", "note edited", "« vu avec ARB et EUR »"), ("accepted", "redone", ""),
        ("pending", "undone", ""), ("accepted", "individually", "")]
    assert {a for _t, a, *_ in lines} == {user_name()}
    times = [t for t, *_ in lines]
    assert times == sorted(times, reverse=True)
    # the same story as the audit log, in the other order
    log = window.desk.log(change)
    assert [e.decision.state for e in log][::-1] == [
        DecisionState.ACCEPTED, DecisionState.ACCEPTED, DecisionState.PENDING,
        DecisionState.ACCEPTED]
    assert window.inspector.state.text() == "accepted"


def test_a_batch_decision_shows_as_such_and_another_change_has_its_own_history(window, qtbot):
    key(qtbot, window, Qt.Key.Key_N)
    first = window.view.current_change
    key(qtbot, window, Qt.Key.Key_R)
    window.review.decide_resolution(DecisionState.ACCEPTED)  # fills in the pending only
    assert [(s, o) for _t, _a, s, o, _n in history(window)] == [("rejected", "individually")]
    window.view.select_change(next(c for c in window.view.table.change_ids if c != first))
    assert [(s, o) for _t, _a, s, o, _n in history(window)] == [("accepted", "in a batch")]
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # the batch undone: that change is pending again
    assert [(s, o) for _t, _a, s, o, _n in history(window)] == [
        ("pending", "undone"), ("accepted", "in a batch")]


def test_a_combined_wording_shows_in_the_history_of_the_conflicting_changes(window, qtbot):
    key(qtbot, window, Qt.Key.Key_C)
    change = window.view.current_change
    window.actions_.resolve.trigger()
    dialog = window.review.dialog
    dialog.editor.setPlainText("le texte retenu par la commission")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    window.view.select_change(change)
    states = {(s, o) for _t, _a, s, o, _n in history(window)}
    assert states == {("conflict: accepted, own wording", "individually"),
                      ("rejected", "individually")}


def test_the_history_is_empty_and_disabled_without_a_change(window):
    window.inspector.show_change(window.desk, "")
    assert window.inspector.history.count() == 0 and not window.inspector.isEnabled()
    window.inspector.show_change(None, "anything")
    assert window.inspector.history.count() == 0


def test_local_time_reads_the_stored_utc_time():
    shown = local_time("2025-03-04T09:15:02.123Z")
    assert re.fullmatch(r"2025-03-0[345] \d\d:\d\d:02", shown)
    assert local_time("not a time") == "not a time"  # an odd session file, shown as it is


def test_a_suppression_shows_no_empty_quotes(window, qtbot):
    from editor.core.changes import ChangeKind

    desk = window.desk
    sup = next(c for d in desk.dossiers for c in d.changes if c.kind is ChangeKind.ABROGATE)
    window.inspector.show_change(desk, sup.id)
    assert window.inspector.kind.text() == "resolution abrogated"
    assert window.inspector.text.text() == "—"
    text = next(c for c in desk.dossier("101").changes if c.kind is ChangeKind.TEXT)
    window.inspector.show_change(desk, text.id)
    assert window.inspector.text.text() == f"«{text.old}» → «{text.new}»"
