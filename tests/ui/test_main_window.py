"""The main window on the sample session, driven through real widgets and keys."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from editor.core.model import DecisionState, View

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ACCEPTED, REJECTED, PENDING = (DecisionState.ACCEPTED, DecisionState.REJECTED,
                               DecisionState.PENDING)


def key(qtbot, w, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(w.view.grid, k, modifier)


def test_the_sample_opens_on_resolution_101_with_counts(window):
    desk = window.desk
    assert [d.number for d in desk.dossiers][:6] == ["101", "102", "139", "172", "177", "179"]
    assert window.navigator.topLevelItemCount() == len(desk.dossiers)
    first = window.navigator.topLevelItem(0).text(0)
    assert re.fullmatch(r"Res\. 101 — \d+ pending, \d+ conflicts", first)
    counts = desk.counts()
    assert window.counts.text() == (
        f"0 of {counts.total} decided, {counts.conflicts} conflicts")
    assert window.review.number == "101"
    assert [c.title for c in window.view.table.columns][0] == "Base"
    assert window.view.table.columns[-1].title == "Consolidated"


def test_keys_accept_reject_and_move_between_pending_changes(window, qtbot):
    desk = window.desk
    key(qtbot, window, Qt.Key.Key_N)
    first = window.view.current_change
    assert first and desk.state(first) is PENDING
    key(qtbot, window, Qt.Key.Key_A)
    assert desk.state(first) is ACCEPTED
    assert desk.session.decision(first).state is ACCEPTED  # in the store, not only in memory
    key(qtbot, window, Qt.Key.Key_N)
    second = window.view.current_change
    assert second != first
    key(qtbot, window, Qt.Key.Key_R)
    assert desk.state(second) is REJECTED
    assert window.counts.text().startswith("2 of ")
    key(qtbot, window, Qt.Key.Key_P)  # no pending change before: stays
    key(qtbot, window, Qt.Key.Key_N)
    assert desk.state(window.view.current_change) is PENDING


def test_undo_and_redo_are_new_decisions_in_the_log(window, qtbot):
    desk = window.desk
    key(qtbot, window, Qt.Key.Key_N)
    change = window.view.current_change
    key(qtbot, window, Qt.Key.Key_A)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.state(change) is PENDING
    window.actions_.redo.trigger()
    assert desk.state(change) is ACCEPTED
    assert [e.origin for e in desk.session.log(change)] == ["user", "undo", "redo"]
    assert [e.decision.state for e in desk.session.log(change)] == [ACCEPTED, PENDING, ACCEPTED]


def test_the_conflict_picker_chooses_one_alternative(window, qtbot):
    desk = window.desk
    before = desk.counts().conflicts
    key(qtbot, window, Qt.Key.Key_C)
    dossier = desk.dossier("101")
    conflict = next(k for k in dossier.conflicts if window.view.current_change in k.changes)
    key(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.review.dialog
    proposals = {s for c in conflict.changes for s in desk.change(c).sources}
    assert dialog.isVisible() and len(dialog.buttons) == len(proposals)  # one per proposal
    qtbot.mouseClick(dialog.buttons[1], Qt.MouseButton.LeftButton)
    dialog.accept()
    assert dialog.choice().index == 1
    chosen = dialog.choices.alternatives[1].accept
    assert set(chosen) & set(conflict.changes)
    assert all(desk.state(c) is ACCEPTED for c in chosen)
    assert all(desk.state(c) is REJECTED for c in conflict.changes if c not in chosen)
    assert desk.counts().conflicts == before - 1
    window.actions_.undo.trigger()  # one step undoes the whole choice
    assert all(desk.state(c) is PENDING for c in conflict.changes)


def test_a_combined_text_resolves_a_conflict(window, qtbot):
    desk = window.desk
    window.actions_.next_conflict.trigger()
    cid = window.view.current_change
    conflict = next(k for k in desk.dossier("101").conflicts if cid in k.changes)
    window.actions_.resolve.trigger()
    dialog = window.review.dialog
    dialog.editor.setPlainText("Texte combiné des deux propositions")
    assert dialog.combined_choice.isChecked()
    dialog.accept()
    assert desk.decisions[conflict.id].custom_text == "Texte combiné des deux propositions"
    assert desk.resolved(desk.dossier("101"), conflict.id)
    row = window.view.table.rows[window.view.table.row_of(cid)]
    assert "Texte combiné" in row.cells[-1].text and row.cells[-1].edited


def test_choosing_or_accepting_after_a_combined_text_withdraws_it(window, qtbot):
    """A wording replaces the provision whatever is accepted: a later accept must not be
    silently hidden by it (nor shown accepted while the export keeps the wording)."""
    from editor.core.consolidate import consolidate

    desk = window.desk
    window.actions_.next_conflict.trigger()
    cid = window.view.current_change
    dossier = desk.dossier("101")
    conflict = next(k for k in dossier.conflicts if cid in k.changes)
    window.actions_.resolve.trigger()
    window.review.dialog.editor.setPlainText("Texte combiné")
    window.review.dialog.accept()
    window.actions_.resolve.trigger()  # changes their mind: one of the alternatives
    dialog = window.review.dialog
    qtbot.mouseClick(dialog.buttons[0], Qt.MouseButton.LeftButton)
    dialog.accept()
    chosen = dialog.choices.alternatives[dialog.choice().index].accept[0]
    assert desk.state(chosen) is ACCEPTED
    assert desk.session.decision(conflict.id).custom_text is None
    texts = [t.provision.text(View.ORIGINAL)
             for t in consolidate(dossier.base, dossier.changes, desk.decisions).tracked]
    assert not any("Texte combiné" in t for t in texts)
    row = window.view.table.rows[window.view.table.row_of(cid)]
    assert not row.cells[-1].edited and "Texte combiné" not in row.cells[-1].text
    window.actions_.undo.trigger()  # one step: the wording is back
    assert desk.decisions[conflict.id].custom_text == "Texte combiné"
    assert all(desk.state(c) is REJECTED for c in conflict.changes)
    window.view.select_change(conflict.changes[-1])
    key(qtbot, window, Qt.Key.Key_A)  # a plain accept of one alternative: the same
    assert desk.state(conflict.changes[-1]) is ACCEPTED
    assert desk.decisions[conflict.id].custom_text is None
    window.actions_.undo.trigger()
    assert desk.decisions[conflict.id].custom_text == "Texte combiné"


def test_accepting_a_change_in_an_edited_provision_withdraws_the_wording(window, qtbot):
    desk = window.desk
    window.view.select_change(desk.ids_of_resolution("101")[0])
    change = desk.change(window.view.current_change)
    window.actions_.edit_text.trigger()
    window.review.dialog.editor.setPlainText("Ma rédaction")
    window.review.dialog.accept()
    assert desk.decisions[change.provision].custom_text == "Ma rédaction"
    key(qtbot, window, Qt.Key.Key_A)
    assert desk.state(change.id) is ACCEPTED
    assert desk.decisions[change.provision].custom_text is None


def test_batch_accept_of_one_source_is_one_undo_step(window, qtbot):
    desk = window.desk
    eur = desk.ids_of_source("101", "EUR")
    assert eur
    menu = window.review.context_menu()
    accept_all = next(a for a in menu.actions() if a.menu() and a.text().startswith("Accept"))
    action = next(a for a in accept_all.menu().actions() if a.text() == "from every EUR proposal")
    action.trigger()
    assert all(desk.state(c) is ACCEPTED for c in eur)
    assert not any(desk.state(c) is ACCEPTED for c in desk.ids_of_source("101", "ARB")
                   if c not in eur)
    window.actions_.undo.trigger()
    assert all(desk.state(c) is PENDING for c in eur)


def test_batch_reject_of_one_call(window, qtbot):
    desk = window.desk
    nav = window.navigator
    res = nav.topLevelItem(0)
    decide = next(res.child(i) for i in range(res.childCount()) if res.child(i).text(0) == "décide")
    nav.itemClicked.emit(decide, 0)
    call = window.review.current_call()
    ids = desk.ids_of_call("101", call)
    assert ids
    window.review.decide_call(REJECTED)
    assert all(desk.state(c) is REJECTED for c in ids)
    assert desk.counts("101").decided == len(ids)


def test_editing_the_consolidated_provision(window, qtbot):
    window.view.grid.selectRow(2)  # the preamble
    key(qtbot, window, Qt.Key.Key_F2)
    dialog = window.review.dialog
    assert "Conférence de plénipotentiaires" in dialog.editor.toPlainText()
    dialog.editor.setPlainText("La Conférence de plénipotentiaires (Busan, 2014),")
    dialog.accept()
    row = window.view.table.rows[2]
    assert row.cells[-1].edited
    assert window.desk.decisions[row.provision_key].custom_text.endswith("(Busan, 2014),")


def test_find_bar_searches_every_column(window, qtbot):
    key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "Busan")
    total = int(bar.count.text().split()[0])
    assert total >= 3  # the number line in each proposal column at least
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"1 of {total}"
    row = window.view.grid.currentIndex().row()
    assert "busan" in window.view.table.rows[row].cells[window.view.grid.currentIndex().column()].text.lower()
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_inspector_shows_proposal_reasons_history_and_keeps_a_note(window, qtbot):
    key(qtbot, window, Qt.Key.Key_N)
    change = window.desk.change(window.view.current_change)
    inspector = window.inspector
    assert inspector.proposals.text() == ", ".join(change.sources)
    assert inspector.reasons.text() != ""
    key(qtbot, window, Qt.Key.Key_A)
    assert inspector.history.count() == 1
    inspector.note.setText("vu avec le groupe ARB")
    qtbot.mouseClick(inspector.save_note, Qt.MouseButton.LeftButton)
    assert window.desk.session.decision(change.id).note == "vu avec le groupe ARB"
    assert window.desk.state(change.id) is ACCEPTED
    assert inspector.history.count() == 2


def test_navigator_jumps_to_another_resolution(window, qtbot):
    nav = window.navigator
    nav.itemClicked.emit(nav.topLevelItem(1), 0)
    assert window.review.number == "102"
    assert window.view.table.resolution == "102"


def test_a_bad_file_gives_a_dialog_naming_it_and_loses_nothing(window, qtbot, tmp_path):
    key(qtbot, window, Qt.Key.Key_N)
    key(qtbot, window, Qt.Key.Key_A)
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 this is not a zip")
    with qtbot.waitSignal(window.sessions.failed, timeout=10_000):
        window.sessions.import_files([bad])
    assert "broken.docx" in window.last_error
    assert window.desk.counts().decided == 1


def test_dropping_a_proposals_file_imports_it(window, qtbot):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from editor.app.samples import SAMPLES

    before = len(window.desk.session.documents())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(SAMPLES / "ACP-27A4.docx"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.sessions.deskReady, timeout=30_000):
        window.dropEvent(event)
    docs = window.desk.session.documents()
    assert len(docs) == before + 1 and docs[-1].role == "proposals"


def test_undo_history_survives_importing_a_document(window, qtbot):
    from editor.app.samples import SAMPLES

    key(qtbot, window, Qt.Key.Key_N)
    change = window.view.current_change
    key(qtbot, window, Qt.Key.Key_A)
    with qtbot.waitSignal(window.sessions.deskReady, timeout=30_000):
        window.sessions.import_files([SAMPLES / "ACP-27A4.docx"])
    desk = window.desk
    assert desk.state(change) is ACCEPTED
    assert window.actions_.undo.isEnabled()
    window.actions_.undo.trigger()
    assert desk.state(change) is PENDING
    assert desk.session.decision(change).state is PENDING


def test_opening_another_session_clears_the_undo_history(window, qtbot, tmp_path):
    key(qtbot, window, Qt.Key.Key_N)
    key(qtbot, window, Qt.Key.Key_A)
    assert window.actions_.undo.isEnabled()
    with qtbot.waitSignal(window.sessions.deskReady, timeout=30_000):
        window.sessions.new_session(tmp_path / "other.synoptic")
    assert not window.actions_.undo.isEnabled()


def test_save_as_and_recent_sessions(window, tmp_path):
    target = tmp_path / "kept"
    window.sessions.save_as(target)
    assert (tmp_path / "kept.synoptic").exists()
    assert window.sessions.recent()[0] == str(tmp_path / "kept.synoptic")
    assert window.windowTitle() == "Synoptic — kept.synoptic"  # where the work goes now


def test_ctrl_y_redoes_as_well(window, qtbot):
    key(qtbot, window, Qt.Key.Key_N)
    change = window.view.current_change
    key(qtbot, window, Qt.Key.Key_A)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.desk.state(change) is PENDING
    key(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.desk.state(change) is ACCEPTED


def test_the_window_comes_back_as_the_drafter_left_it(window, qtbot, tmp_path, settings):
    from editor.ui.main_window import MainWindow
    from editor.ui.progress import ProgressPanel
    from editor.ui.sessions import Sessions

    navigator, inspector = window.docks
    inspector.hide()  # closed by the drafter
    window.resize(780, 560)  # within the offscreen screen (800 x 600): not clamped
    window.close()  # saves size, place and docks
    again = MainWindow(settings, Sessions(settings, ProgressPanel(), data_dir=tmp_path),
                       ProgressPanel())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()
    assert [d.objectName() for d in again.docks] == ["navigator", "inspector"]
    # On the welcome screen every dock is hidden; with a session the inspector stays closed.
    with qtbot.waitSignal(again.sessions.deskReady, timeout=30_000):
        qtbot.mouseClick(again.welcome.sample, Qt.MouseButton.LeftButton)
    assert again.docks[0].isVisible() and not again.docks[1].isVisible()
    again.sessions.close_session()


def test_closing_on_the_welcome_screen_keeps_the_docks_for_next_time(fresh_window, qtbot,
                                                                      tmp_path, settings):
    from editor.ui.main_window import MainWindow
    from editor.ui.progress import ProgressPanel
    from editor.ui.sessions import Sessions

    assert not any(d.isVisible() for d in fresh_window.docks)  # welcome: hidden
    fresh_window.close()
    again = MainWindow(settings, Sessions(settings, ProgressPanel(), data_dir=tmp_path),
                       ProgressPanel())
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.sessions.deskReady, timeout=30_000):
        qtbot.mouseClick(again.welcome.sample, Qt.MouseButton.LeftButton)
    assert all(d.isVisible() for d in again.docks)
    again.sessions.close_session()


def test_a_long_title_never_widens_the_window_past_a_laptop_screen(window, qtbot):
    # Res. 172's title and legend on one line asked for 1,188 px: the window then grew past
    # a 1,366 px screen. The legend wraps instead.
    window.review.show_resolution("172")
    assert len(window.view.legend.text()) > 100
    assert window.view.minimumSizeHint().width() < 400
