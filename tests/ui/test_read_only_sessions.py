"""A session another Synoptic holds: File › Open session read-only…, the "Open read-only"
button of the locked-session dialog, `synoptic gui --read-only FILE`; the title says
read-only and a decision is refused with the reason, nothing changed. The holder's words
(user, process, host) in the drafter's language; the keys back in the table after the
report of a colleague's decisions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from editor.app.samples import create_sample_session
from editor.cli import build_parser, main
from editor.core.errors import SessionError
from editor.core.model import DecisionState
from editor.store import Session
from editor.store.lock import SessionLock, lock_path
from editor.ui.error_text import error_text, problem_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def held(tmp_path: Path):
    """The sample session, open for writing in "another Synoptic" (user colleague)."""
    path = tmp_path / "geneva.synoptic"
    holder = create_sample_session(path, "colleague")
    try:
        yield path, holder
    finally:
        holder.close()


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))


def message_box(window) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "no dialog shown"
    return boxes[-1]


# --- File › Open session read-only… ----------------------------------------------------


def test_the_menu_opens_a_held_session_read_only_and_a_decision_is_refused(
        fresh_window, qtbot, held, monkeypatch):
    window = fresh_window
    path, holder = held
    theirs = holder.decisions()
    choose_file(monkeypatch, path)
    with qtbot.waitSignal(window.sessions.deskReady, timeout=30_000):
        window.actions_.open_read_only.trigger()
    desk = window.desk
    assert desk is not None and desk.session.read_only and desk.session.path == path
    assert window.windowTitle() == "Synoptic — geneva.synoptic — read-only"
    assert lock_path(path).exists()  # the colleague's lock is untouched

    # A: accept the selected change, as the drafter would with the keyboard
    target = desk.ids_of_resolution(window.review.number)[0]
    assert target not in theirs and desk.state(target) is DecisionState.PENDING
    window.view.select_change(target)
    shown = window.view.table.state(target)
    with qtbot.waitSignal(window.deciding.failed, timeout=5_000):
        qtbot.keyClick(window.view.grid, Qt.Key.Key_A)
    box = message_box(window)
    assert box.text() == "<b>The decision could not be saved.</b>"
    assert box.informativeText() == "geneva.synoptic: opened read-only: nothing can be changed"
    # nothing changed: not the file, not what the window shows
    assert desk.state(target) is DecisionState.PENDING
    assert window.view.table.state(target) is shown
    assert holder.decisions() == theirs and holder.decision(target) is None
    assert not window.actions_.undo.isEnabled()  # a refused decision leaves no undo step
    with Session.open(path, user="check", read_only=True) as stored:
        assert stored.decision(target) is None and not stored.log(target)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_a_session_nobody_holds_opens_read_only_too(fresh_window, qtbot, tmp_path,
                                                    monkeypatch):
    path = tmp_path / "archive.synoptic"
    create_sample_session(path, "me").close()
    choose_file(monkeypatch, path)
    with qtbot.waitSignal(fresh_window.sessions.deskReady, timeout=30_000):
        fresh_window.actions_.open_read_only.trigger()
    assert fresh_window.desk.session.read_only
    assert fresh_window.windowTitle().endswith("— read-only")
    assert not lock_path(path).exists()  # a reader takes no lock: a writer may come
    SessionLock(path, user="writer").release()


# --- the locked-session dialog ---------------------------------------------------------


def test_the_locked_dialog_opens_the_session_read_only(fresh_window, qtbot, held,
                                                       monkeypatch):
    window = fresh_window
    path, _holder = held
    choose_file(monkeypatch, path)
    with qtbot.waitSignal(window.sessions.locked, timeout=10_000) as signal:
        window.actions_.open.trigger()
    assert signal.args[0] == str(path)
    box = message_box(window)
    assert box.text() == "<b>The session could not be opened.</b>"
    assert re.fullmatch(r"geneva\.synoptic: already open in another Synoptic \(user "
                        r"colleague, process \d+ on .+\); open it read-only",
                        box.informativeText())
    assert window.desk is None  # not opened for writing behind the drafter's back
    button = next(b for b in box.buttons() if b.text() == "Open read-only")
    assert box.defaultButton() is button
    with qtbot.waitSignal(window.sessions.deskReady, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.desk is not None and window.desk.session.read_only
    assert window.desk.session.path == path
    assert window.windowTitle() == "Synoptic — geneva.synoptic — read-only"
    qtbot.waitUntil(lambda: not any(b.isVisible() for b in window.findChildren(QMessageBox)))
    assert QApplication.focusWidget() is window.view.grid


def test_other_errors_have_no_read_only_button(fresh_window, qtbot, tmp_path):
    window = fresh_window
    with qtbot.waitSignal(window.sessions.failed, timeout=10_000):
        window.sessions.open_session(tmp_path / "nowhere.synoptic")
    box = message_box(window)
    assert [b.text() for b in box.buttons()] == ["OK"]
    qtbot.keyClick(box, Qt.Key.Key_Escape)


# --- synoptic gui --read-only FILE -------------------------------------------------------


@pytest.fixture
def started(monkeypatch):
    """What `synoptic gui` hands the editor, without starting it."""
    calls: list[tuple[str | None, dict[str, bool]]] = []

    def run(session: str | None = None, **options: bool) -> int:
        calls.append((session, options))
        return 0

    monkeypatch.setattr("editor.ui.app.run", run)
    return calls


def test_gui_read_only_opens_the_file_read_only(started):
    args = build_parser().parse_args(["gui", "--read-only", "geneva.synoptic"])
    assert (args.session, args.read_only) == ("geneva.synoptic", True)
    assert main(["gui", "geneva.synoptic", "--read-only"]) == 0
    assert main(["gui", "geneva.synoptic"]) == 0
    assert started == [
        ("geneva.synoptic", {"read_only": True, "sample": False, "smoke": False}),
        ("geneva.synoptic", {"read_only": False, "sample": False, "smoke": False})]


def test_gui_read_only_needs_a_file_and_synoptic_alone_still_starts(started, capsys):
    assert main(["gui", "--read-only"]) == 2
    assert "--read-only needs a session file" in capsys.readouterr().err
    assert main([]) == 0  # no command: the editor, writable
    assert started == [(None, {"read_only": False, "sample": False, "smoke": False})]


# --- who holds it, in the drafter's language --------------------------------------------


def refused(path: Path) -> SessionError:
    with pytest.raises(SessionError) as caught:
        Session.open(path, user="bob")
    return caught.value


ENGLISH = {"user", "process", "on", "unknown", "already", "open", "another", "read", "only"}


def test_the_holder_is_worded_in_french(french, held):
    path, _holder = held
    err = refused(path)
    assert err.code == "session-locked"
    assert set(err.params) == {"user", "pid", "host"} and err.params["user"] == "colleague"
    # the CLI's English is as it was
    assert re.fullmatch(r"geneva\.synoptic: already open in another Synoptic \(user "
                        r"colleague, process \d+ on .+\); open it read-only", str(err))
    problem = problem_text(err)
    assert problem.startswith("déjà ouverte dans un autre Synoptic (utilisateur colleague, "
                              f"processus {err.params['pid']} sur ")
    quoted = {w for v in err.params.values() for w in re.findall(r"[^\W\d_]+", v)}
    left = set(re.findall(r"[^\W\d_]+", problem)) - quoted
    assert not left & ENGLISH, f"{problem!r} keeps {left & ENGLISH}"


def test_an_unreadable_holder_is_worded_in_french_too(french, held):
    path, _holder = held
    lock_path(path).write_text("{not json", encoding="utf-8")  # being written, say
    err = refused(path)
    assert err.code == "session-locked-unknown" and err.params == {}
    assert str(err) == ("geneva.synoptic: already open in another Synoptic (unknown "
                        "process); open it read-only")
    problem = problem_text(err)
    assert problem != err.problem
    assert not set(re.findall(r"[^\W\d_]+", problem)) & ENGLISH, problem


def test_in_english_the_dialog_reads_the_cli_words(qapp, held):
    path, _holder = held
    err = refused(path)
    assert error_text(err) == str(err)
    lock_path(path).write_text("", encoding="utf-8")
    err = refused(path)  # an empty lock file: the parts unknown, "?"
    assert "(user ?, process ? on ?)" in error_text(err) == str(err)


# --- the keys after the report of a colleague's decisions --------------------------------


def test_the_keys_go_back_to_the_table_after_the_merge_report(window, qtbot, tmp_path,
                                                              monkeypatch):
    desk = window.desk
    target = desk.ids_of_resolution(window.review.number)[0]
    bob = tmp_path / "bob.synoptic"
    with create_sample_session(bob, "bob") as session:
        session.decide(target, DecisionState.REJECTED)
    choose_file(monkeypatch, bob)
    window.actions_.import_decisions.trigger()
    dialog = window.colleagues.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Close
    qtbot.waitUntil(lambda: window.colleagues.dialog is None)
    assert QApplication.focusWidget() is window.view.grid
    # and the keys decide again: A accepts the selected change
    selected = window.view.current_change
    assert selected and desk.state(selected) is not DecisionState.ACCEPTED
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)
    assert desk.state(selected) is DecisionState.ACCEPTED
