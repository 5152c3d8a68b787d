"""Each interaction of the editor through its real widgets: menus and their shortcuts,
toolbar buttons, the context menu as it pops up, the navigator clicked, the find bar typed
into, dialogs driven by keys, the progress panel's Cancel button, error dialogs shown."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from editor.app.samples import SAMPLES
from editor.core.consolidate import consolidate
from editor.core.model import DecisionState, View
from editor.core.structure import parse_base
from editor.docxio import read_document
from editor.store import Session
from editor.ui import palette

# The offscreen platform cannot grab the keyboard for a popup menu nor raise it: it says so.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "grabbing the keyboard",
                                       r"support raise\(\)")

ACCEPTED, REJECTED, PENDING = (DecisionState.ACCEPTED, DecisionState.REJECTED,
                               DecisionState.PENDING)
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def key(qtbot, w, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(w.view.grid, k, modifier)


def error_box(window) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "no error dialog shown"
    return boxes[-1]


def save_dialog(monkeypatch, path: Path, asked: list[str] | None = None) -> None:
    def answer(_parent, _title, suggested, file_filter):
        if asked is not None:
            asked.append(suggested)
        return str(path), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)


def popup_menu(window, qtbot, row: int, column: int) -> QMenu:
    """Right-click on a cell: the context menu as the drafter sees it."""
    grid = window.view.grid
    rect = grid.visualRect(window.view.model.index(row, column))
    pos = rect.center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, grid.viewport().mapToGlobal(pos))
    QApplication.sendEvent(grid.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def click_menu(qtbot, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


# --- sessions: open, save as, import, drop ------------------------------------------------


def test_open_and_save_as_through_their_shortcuts(window, qtbot, tmp_path, monkeypatch):
    key(qtbot, window, Qt.Key.Key_N)
    key(qtbot, window, Qt.Key.Key_A)
    decided = window.view.current_change
    target = tmp_path / "copy.synoptic"
    save_dialog(monkeypatch, target)
    key(qtbot, window, Qt.Key.Key_S, CTRL | SHIFT)
    assert target.exists()
    window.sessions.close_session()
    assert window.stack.currentIndex() == 0  # the first-start screen again
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a: (str(target), "Synoptic sessions (*.synoptic)"))
    with qtbot.waitSignal(window.sessions.deskReady, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
    assert window.desk.session.path == target
    assert window.desk.state(decided) is ACCEPTED
    assert window.windowTitle() == "Synoptic — copy.synoptic"


def test_import_proposals_from_the_menu(window, qtbot, monkeypatch):
    before = len(window.desk.session.documents())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *_a: ([str(SAMPLES / "ACP-27A4.docx")], ""))
    with qtbot.waitSignal(window.sessions.deskReady, timeout=30_000):
        window.actions_.import_proposals.trigger()
    docs = window.desk.session.documents()
    assert len(docs) == before + 1 and docs[-1].name == "ACP-27A4.docx"
    assert docs[-1].role == "proposals"


def test_drag_enter_accepts_documents_and_sessions_only(window, tmp_path):
    def entered(path: Path) -> bool:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        event.ignore()
        QApplication.sendEvent(window, event)
        return event.isAccepted()

    assert entered(SAMPLES / "EUR-12A1.docx")
    assert entered(tmp_path / "x.synoptic")
    assert not entered(tmp_path / "photo.png")


def test_dropping_a_session_file_opens_it(window, qtbot, tmp_path):
    other = tmp_path / "other.synoptic"
    window.sessions.save_as(other)
    window.sessions.close_session()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert QApplication.sendEvent(window, enter) and enter.isAccepted()  # a drag comes in
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.sessions.deskReady, timeout=30_000):
        assert QApplication.sendEvent(window, drop)  # and is dropped
    assert window.desk.session.path == other


# --- errors -----------------------------------------------------------------------------


def test_a_bad_docx_import_shows_a_dialog_naming_the_file(window, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "abîmé.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: ([str(bad)], ""))
    stored = len(window.desk.session.documents())
    with qtbot.waitSignal(window.sessions.failed, timeout=10_000):
        window.actions_.import_base.trigger()
    box = error_box(window)
    assert box.text() == "<b>The document could not be imported.</b>"  # what, then why
    assert len(window.desk.session.documents()) == stored  # refused before it is stored
    assert "abîmé.docx" in box.informativeText() and box.icon() is QMessageBox.Icon.Critical
    assert window.desk is not None  # the session is still open and usable
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_importing_a_base_as_proposals_says_no_proposal_was_found(window, qtbot, monkeypatch):
    from editor.app.samples import SAMPLES

    base = SAMPLES / "base-res139.docx"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: ([str(base)], ""))
    stored = len(window.desk.session.documents())
    with qtbot.waitSignal(window.sessions.failed, timeout=10_000):
        window.actions_.import_proposals.trigger()
    box = error_box(window)
    assert "base-res139.docx: no proposal found in it" in box.informativeText()
    assert len(window.desk.session.documents()) == stored
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_a_session_open_elsewhere_gives_a_dialog_naming_it(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "shared.synoptic"
    Session.create(path, user="colleague").close()
    elsewhere = Session.open(path, user="colleague")  # another Synoptic holds it
    try:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))
        with qtbot.waitSignal(window.sessions.locked, timeout=10_000):
            window.actions_.open.trigger()
        box = error_box(window)
        assert box.text() == "<b>The session could not be opened.</b>"
        assert "shared.synoptic" in box.informativeText()
        assert "already open" in box.informativeText()
        assert window.desk is not None and window.desk.session.path != path
    finally:
        elsewhere.close()


# --- loading: progress and cancel ---------------------------------------------------------


def test_loading_shows_progress_and_cancel_stops_it(qtbot, tmp_path, settings):
    from editor.ui.main_window import MainWindow
    from editor.ui.progress import ProgressPanel
    from editor.ui.sessions import Sessions

    progress = ProgressPanel()
    sessions = Sessions(settings, progress, data_dir=tmp_path)
    window = MainWindow(settings, sessions, progress)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.actions_.sample.trigger()
    assert progress.isVisible() and progress.what.text() == "Reading documents"
    with qtbot.waitSignal(sessions.cancelled, timeout=30_000):
        qtbot.mouseClick(progress.cancel, Qt.MouseButton.LeftButton)
    assert not progress.isVisible() and sessions.desk is None and sessions.session is None
    assert window.stack.currentIndex() == 0
    assert window.statusBar().currentMessage() == "Cancelled"
    # nothing is left locked: the same file opens again
    with qtbot.waitSignal(sessions.deskReady, timeout=30_000):
        window.actions_.sample.trigger()
    assert sessions.desk is not None
    sessions.close_session()


def test_progress_counts_the_documents_read(window, qtbot):
    seen: list[tuple[int, int]] = []
    window.progress.bar.valueChanged.connect(
        lambda v: seen.append((v, window.progress.bar.maximum())))
    with qtbot.waitSignal(window.sessions.deskReady, timeout=30_000):
        window.sessions.reload()
    documents = len(window.desk.session.documents())
    assert seen and seen[-1] == (documents, documents)


# --- deciding: toolbar, context menu, batches, navigator, text ---------------------------


def test_toolbar_buttons_accept_and_reject(window, qtbot):
    desk = window.desk
    button = window.toolbar.widgetForAction
    qtbot.mouseClick(button(window.actions_.next), Qt.MouseButton.LeftButton)
    first = window.view.current_change
    qtbot.mouseClick(button(window.actions_.accept), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(window.actions_.next), Qt.MouseButton.LeftButton)
    second = window.view.current_change
    qtbot.mouseClick(button(window.actions_.reject), Qt.MouseButton.LeftButton)
    assert (desk.state(first), desk.state(second)) == (ACCEPTED, REJECTED)
    qtbot.mouseClick(button(window.actions_.previous), Qt.MouseButton.LeftButton)
    # the pending change before them (the one shown first), or round to the last one
    assert window.view.current_change not in (first, second)
    assert desk.state(window.view.current_change) is PENDING


def test_the_context_menu_accepts_the_change_clicked(window, qtbot):
    table = window.view.table
    row = next(i for i, r in enumerate(table.rows) if r.change_ids and not r.conflict)
    menu = popup_menu(window, qtbot, row, 1)
    change = window.view.current_change
    assert change in table.rows[row].change_ids
    click_menu(qtbot, menu, "Reject")
    assert window.desk.state(change) is REJECTED
    assert window.desk.session.decision(change).state is REJECTED


def test_batch_from_the_context_menu_per_source_call_and_resolution(window, qtbot):
    desk = window.desk
    nav = window.navigator
    decide = next(nav.topLevelItem(0).child(i) for i in range(nav.topLevelItem(0).childCount())
                  if nav.topLevelItem(0).child(i).text(0) == "décide")
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(decide).center())
    row = window.view.grid.currentIndex().row()
    menu = popup_menu(window, qtbot, row, 0)
    reject_all = next(a for a in menu.actions() if a.text() == "Reject all…").menu()
    next(a for a in reject_all.actions() if a.text() == "in this call").trigger()
    menu.close()
    call = desk.ids_of_call("101", window.review.current_call())
    assert call and all(desk.state(c) is REJECTED for c in call)

    menu = popup_menu(window, qtbot, row, 0)
    accept_all = next(a for a in menu.actions() if a.text() == "Accept all…").menu()
    next(a for a in accept_all.actions() if a.text() == "from every IAP proposal").trigger()
    menu.close()
    iap = desk.ids_of_source("101", "IAP")
    # the pending ones are accepted; those just rejected in the call stay rejected
    assert iap and all(desk.state(c) is (REJECTED if c in call else ACCEPTED) for c in iap)

    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert all(desk.state(c) is PENDING for c in call + iap)
    batch = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Decide")
    batch = next(a.menu() for a in batch.actions() if a.text() == "&Batch")
    batch.aboutToShow.emit()  # filled when opened
    accept_all = next(a for a in batch.actions() if a.text() == "Accept all…").menu()
    next(a for a in accept_all.actions() if a.text() == "in this resolution").trigger()
    # everything accepted but both sides of the two conflicts: left for the picker
    dossier = desk.dossier("101")
    members = {c for k in dossier.conflicts for c in k.changes}
    assert {c.id for c in desk.decidable(dossier) if desk.state(c.id) is PENDING} == members
    assert desk.counts("101").conflicts == 2
    assert window.statusBar().currentMessage() == (
        f"{len(members)} changes in conflict left pending: choose in the conflict picker "
        "(Ctrl+K)")


def test_the_navigator_jumps_to_a_call_and_to_another_resolution(window, qtbot):
    nav = window.navigator
    res = nav.topLevelItem(0)
    charge = next(res.child(i) for i in range(res.childCount())
                  if res.child(i).text(0).startswith("charge"))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(charge).center())
    key_ = charge.data(0, Qt.ItemDataRole.UserRole)[1]
    row = window.view.grid.currentIndex().row()
    assert window.view.table.rows[row].provision_key == key_
    assert window.view.grid.rowViewportPosition(row) >= 0  # scrolled to
    other = nav.topLevelItem(2)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(other).center())
    assert window.review.number == other.data(0, Qt.ItemDataRole.UserRole)[0]


def test_the_consolidated_text_edited_with_the_keyboard(window, qtbot):
    window.view.grid.setFocus()
    key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Down)  # the preamble
    row = window.view.grid.currentIndex().row()
    key(qtbot, window, Qt.Key.Key_F2)
    dialog = window.review.dialog
    qtbot.waitUntil(dialog.editor.hasFocus)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(dialog.editor, " [ed]")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Tab)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    key_ = window.view.table.rows[row].provision_key
    assert window.desk.decisions[key_].custom_text.endswith(" [ed]")
    assert window.view.table.rows[row].cells[-1].edited



def test_editing_an_edited_provision_starts_from_its_wording(window, qtbot):
    # The wording is tracked word by word against the base: F2 again must offer the
    # wording itself, not the struck base words run together with the new ones.
    window.view.grid.setFocus()
    key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Down)
    row = window.view.grid.currentIndex().row()
    key_ = window.view.table.rows[row].provision_key
    base = window.view.table.rows[row].cells[0].text
    wording = base.replace(base.split()[0], "Nouveaux", 1)  # a word replaced: struck + new
    assert wording != base
    window.deciding.custom_text(key_, wording)
    key(qtbot, window, Qt.Key.Key_F2)
    dialog = window.review.dialog
    assert dialog.text() == wording
    dialog.reject()


# --- find --------------------------------------------------------------------------------


def test_find_next_and_previous_with_highlighting(window, qtbot):
    key(qtbot, window, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "Internet")
    total = int(bar.count.text().split()[0])
    assert total > 3
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.count.text() == f"2 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, SHIFT)
    assert bar.count.text() == f"1 of {total}"
    index = window.view.grid.currentIndex()
    doc = window.view.delegate.document(index.row(), index.column(), 400)
    found = doc.find("Internet")
    assert not found.isNull()
    assert found.charFormat().background().color() == palette.FIND  # highlighted
    assert window.view.cell_background(index.row(), index.column(), False) is not None
    qtbot.mouseClick(bar.previous, Qt.MouseButton.LeftButton)
    assert bar.count.text() == f"{total} of {total}"  # wraps round


# --- undo / redo persisted, status bar ----------------------------------------------------


def test_undo_and_redo_survive_reopening_the_session(window, qtbot):
    desk = window.desk
    key(qtbot, window, Qt.Key.Key_N)
    first = window.view.current_change
    key(qtbot, window, Qt.Key.Key_A)
    key(qtbot, window, Qt.Key.Key_N)
    second = window.view.current_change
    key(qtbot, window, Qt.Key.Key_R)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # second back to pending
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # first back to pending
    key(qtbot, window, Qt.Key.Key_Y, CTRL)  # first accepted again
    assert window.counts.text().startswith("1 of ")
    path = desk.session.path
    window.sessions.close_session()
    stored = Session.open(path, user="check", read_only=True)
    try:
        assert stored.decision(first).state is ACCEPTED
        assert stored.decision(second).state is PENDING
        assert [e.origin for e in stored.log(first)] == ["user", "undo", "redo"]
    finally:
        stored.close()


def test_the_status_bar_counts_decisions_and_conflicts(window, qtbot):
    total, conflicts = window.desk.counts().total, window.desk.counts().conflicts
    assert window.counts.text() == f"0 of {total} decided, {conflicts} conflicts"
    key(qtbot, window, Qt.Key.Key_C)
    key(qtbot, window, Qt.Key.Key_K, CTRL)
    dialog = window.review.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the first alternative
    decided = window.desk.counts().decided
    assert decided >= 2
    assert window.counts.text() == f"{decided} of {total} decided, {conflicts - 1} conflicts"


# --- exports: the three kinds from the menu ---------------------------------------------


@pytest.mark.parametrize("kind, shortcut", [("clean", (Qt.Key.Key_E, CTRL | SHIFT)),
                                            ("synoptic", (Qt.Key.Key_T, CTRL | SHIFT)),
                                            ("tracked", (Qt.Key.Key_E, CTRL))])
def test_each_export_from_its_shortcut(window, qtbot, tmp_path, monkeypatch, kind, shortcut):
    desk = window.desk
    dossier = desk.dossier("101")
    for k in dossier.conflicts:  # a coherent set of decisions: first alternative of each
        desk.decide([(k.changes[0], ACCEPTED, None, "")]
                    + [(c, REJECTED, None, "") for c in k.changes[1:]])
    members = {c for k in dossier.conflicts for c in k.changes}
    desk.decide([(c.id, ACCEPTED, None, "") for c in desk.decidable(dossier)
                 if c.id not in members])
    target = tmp_path / f"out-{kind}.docx"
    asked: list[str] = []
    save_dialog(monkeypatch, target, asked)
    with qtbot.waitSignal(window.exports.finished, timeout=60_000):
        key(qtbot, window, *shortcut)
    assert asked == [str(Path(desk.session.path).parent / f"Res101-{kind}.docx")]
    with zipfile.ZipFile(target) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    marks = re.findall(r"<w:(?:ins|del) ", xml)
    if kind == "synoptic":
        assert "ARB/79A3/1" in xml and "EUR/12A1/1" in xml
        return
    expected = consolidate(dossier.base, dossier.changes, desk.decisions).resolution
    back = parse_base(read_document(target))
    proposed = [" ".join(f"{p.label_text(View.PROPOSED)} {p.text(View.PROPOSED)}".split())
                for p in back.provisions if p.exists_in(View.PROPOSED)]
    assert proposed == [" ".join(f"{p.label_text(View.ORIGINAL)} {p.text(View.ORIGINAL)}"
                                 .split()) for p in expected.provisions]
    assert bool(marks) == (kind == "tracked")


def test_an_export_that_cannot_be_written_says_why(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "missing-folder" / "out.docx"
    save_dialog(monkeypatch, target)
    with qtbot.waitSignal(window.exports.failed, timeout=30_000):
        window.actions_.export_synoptic.trigger()
    box = error_box(window)
    assert box.text() == "<b>The export failed.</b>" and "out.docx" in box.informativeText()
    assert not target.exists()


def test_accept_all_fills_in_the_pending_and_keeps_what_was_rejected(window, qtbot):
    desk = window.desk
    eur = [c for c in desk.ids_of_source("101", "EUR")
           if not any(c in k.changes for k in desk.dossier("101").conflicts)]
    assert eur
    window.review.decide_source("EUR", REJECTED)
    assert all(desk.state(c) is REJECTED for c in eur)
    window.review.decide_resolution(ACCEPTED)
    assert all(desk.state(c) is REJECTED for c in eur)  # not overturned by the batch
    # EUR's side of each conflict was rejected, so ARB's is taken: nothing clashes or waits
    assert [c for c in desk.ids_of_resolution("101") if desk.state(c) is PENDING] == []
    assert window.statusBar().currentMessage() == ""


def test_own_wording_rejects_the_provisions_pending_changes_and_an_accept_says_so(
        window, qtbot):
    desk = window.desk
    d = desk.dossier("101")
    members = {x for k in d.conflicts for x in k.changes}
    change = next(c for c in d.changes if c.provision and not c.adds_provision
                  and c.id not in members and c.provision.endswith(":0"))  # the number line
    row = next(i for i, r in enumerate(window.view.table.rows)
               if r.provision_key == change.provision)
    window.view.grid.setFocus()
    window.view.grid.setCurrentIndex(window.view.model.index(row, 4))
    key(qtbot, window, Qt.Key.Key_F2)
    dialog = window.review.dialog
    dialog.editor.setPlainText("RÉSOLUTION 101 (RÉV. BUSAN, 2014)")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert desk.decisions[change.provision].custom_text == "RÉSOLUTION 101 (RÉV. BUSAN, 2014)"
    assert desk.state(change.id) is REJECTED  # left out of the wording: rejected with it
    window.deciding.decide([change.id], ACCEPTED)  # latest decision wins, and it is said
    assert desk.state(change.provision) is PENDING
    assert window.statusBar().currentMessage().startswith("1 own wording")  # plural: en.qm
    window.actions_.undo.trigger()
    assert desk.decisions[change.provision].custom_text is not None


def test_an_export_with_pending_changes_says_they_are_not_applied(window, qtbot, tmp_path):
    counts = window.desk.counts("101")
    pending = counts.total - counts.decided
    assert pending > 1
    with qtbot.waitSignal(window.exports.finished, timeout=60_000):
        window.exports.export("clean", tmp_path / "early.docx")
    assert window.statusBar().currentMessage().endswith(
        f"— {pending} changes still pending, not applied")


def test_next_pending_wraps_round_the_resolution_before_leaving_it(window, qtbot):
    desk = window.desk
    ids = desk.ids_of_resolution("101")
    first, rest = ids[0], ids[1:]
    desk.decide([(c, ACCEPTED, None, "") for c in rest[:-1]])
    window.view.select_change(rest[-1])  # the last change, and the first left pending
    key(qtbot, window, Qt.Key.Key_N)
    assert window.review.number == "101" and window.view.current_change == first
    assert window.statusBar().currentMessage() == (
        "Back to the first pending change of this resolution")

