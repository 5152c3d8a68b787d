"""The whole job with the keyboard only, on the real main window: open the sample session,
decide every change of Res. 101, resolve its conflicts, export the tracked DOCX, then check
the file (python-docx, our reader, the engine) and the session file reopened.

The only shortcut taken is the file dialog of the export (a monkeypatched
`QFileDialog.getSaveFileName` returning a path). Controllers are only read, never called.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from editor.app.alternatives import conflict_choices
from editor.core.consolidate import consolidate
from editor.core.model import DecisionState, Resolution, View
from editor.core.structure import parse_base
from editor.docxio import read_document
from editor.store import Session

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

COMBINED = "Texte combiné par le rédacteur à partir des deux propositions"
MARK = re.compile(r"<w:(?:ins|del) ([^>]*)>")


def lines(res: Resolution, view: View = View.ORIGINAL) -> list[str]:
    return [" ".join(f"{p.label_text(view)} {p.text(view)}".split()) for p in res.provisions
            if p.exists_in(view)]


def focused(window):
    return QApplication.focusWidget() or window


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(window), key, modifier)


def type_text(widget, text: str) -> None:
    """Type `text` key by key (QTest.keyClicks only knows ASCII; French needs more)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def test_a_drafter_consolidates_resolution_101_with_the_keyboard(
        fresh_window, qtbot, tmp_path, monkeypatch):
    window = fresh_window
    # --- open the sample from the first-start screen: its button has the focus -------
    assert window.welcome.sample.hasFocus()
    with qtbot.waitSignal(window.sessions.deskReady, timeout=30_000):
        press(qtbot, window, Qt.Key.Key_Space)
    desk = window.desk
    assert desk is not None and window.review.number == "101"
    qtbot.waitUntil(lambda: window.view.grid.hasFocus())
    dossier = desk.dossier("101")
    # decided in the picker: the conflicts' changes and what goes with them (a provision
    # a proposal inserts to replace the one it deletes)
    in_conflict = {c for k in dossier.conflicts
                   for c in conflict_choices(desk, dossier, k).changes}
    assert in_conflict > {c for k in dossier.conflicts for c in k.changes}
    assert len(dossier.conflicts) >= 2, "the sample has conflicts to resolve"
    single = [c.id for c in desk.decidable(dossier) if c.id not in in_conflict]

    # --- walk every change with N, accept or reject it with A / R -----------------------
    made: dict[str, DecisionState] = {}
    seen: list[str] = []
    while any(c not in made for c in single):
        press(qtbot, window, Qt.Key.Key_N)
        current = window.view.current_change
        assert window.review.number == "101" and current not in seen, "N went past a change"
        seen.append(current)
        if current in in_conflict:
            continue  # decided below, in the conflict picker
        reject = len(made) % 3 == 2
        press(qtbot, window, Qt.Key.Key_R if reject else Qt.Key.Key_A)
        made[current] = DecisionState.REJECTED if reject else DecisionState.ACCEPTED
        assert desk.state(current) is made[current]
        assert window.inspector.state.text() == made[current].value
    assert window.counts.text().startswith(f"{len(made)} of ")

    # --- the conflicts: C goes to one, Ctrl+K opens the picker --------------------------
    chosen: dict[str, tuple[str, ...]] = {}
    for n in range(len(dossier.conflicts)):
        press(qtbot, window, Qt.Key.Key_C)
        current = window.view.current_change
        here = next(k for k in dossier.conflicts if current in k.changes)
        assert not desk.resolved(dossier, here.id)
        press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        dialog = window.review.dialog
        qtbot.waitUntil(lambda d=dialog: d.isActiveWindow())
        alternatives = dialog.choices.alternatives  # one per proposal
        assert len(alternatives) == len({s for c in here.changes
                                         for s in desk.change(c).sources})
        if n == 0:  # the second proposal, by its number, then Enter
            press(qtbot, window, Qt.Key.Key_2)
            assert dialog.buttons[1].isChecked() and dialog.choice().index == 1
            pick = alternatives[1].accept  # all that proposal's changes in the conflict
            assert set(here.changes) & set(pick) and dialog.editor.toPlainText() != ""
            with qtbot.waitSignal(dialog.finished):
                press(qtbot, window, Qt.Key.Key_Return)
            chosen[here.id] = pick
            assert all(desk.state(c) is DecisionState.ACCEPTED for c in pick)
            assert all(desk.state(c) is DecisionState.REJECTED for c in here.changes
                       if c not in pick)
        else:  # the drafter's combined text: its number, select all, type, Tab, Enter
            press(qtbot, window, getattr(Qt.Key, f"Key_{len(alternatives) + 1}"))
            assert dialog.editor.hasFocus() and dialog.combined_choice.isChecked()
            press(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            type_text(focused(window), COMBINED)
            press(qtbot, window, Qt.Key.Key_Tab)
            assert not dialog.editor.hasFocus()
            with qtbot.waitSignal(dialog.finished):
                press(qtbot, window, Qt.Key.Key_Return)
            assert desk.decisions[here.id].custom_text == COMBINED
            assert all(desk.state(c) is DecisionState.REJECTED for c in here.changes)
        assert desk.resolved(dossier, here.id)
        qtbot.waitUntil(lambda: window.view.grid.hasFocus())  # the keyboard is back
    counts = desk.counts("101")
    assert counts.decided == counts.total and counts.conflicts == 0
    press(qtbot, window, Qt.Key.Key_C)  # nothing left to resolve: stays put

    # --- export the tracked DOCX with its shortcut ------------------------------------------
    target = tmp_path / "Res101-tracked.docx"
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(target), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(window.exports.finished, timeout=60_000) as done:
        press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    # offered next to the session file, where the drafter keeps this work
    assert asked == [str(Path(desk.session.path).parent / "Res101-tracked.docx")]
    assert done.args == [str(target)]
    assert window.last_error == ""  # nothing left out of the export
    assert str(target) in window.statusBar().currentMessage()

    # --- the file -------------------------------------------------------------------------
    assert docx.Document(str(target)).paragraphs  # Word's own library opens it
    expected = consolidate(dossier.base, dossier.changes, desk.decisions)
    back = parse_base(read_document(target))
    assert lines(back, View.PROPOSED) == lines(expected.resolution)
    assert lines(back, View.ORIGINAL) == lines(dossier.base)
    assert COMBINED in " ".join(lines(back, View.PROPOSED))
    with zipfile.ZipFile(target) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    marks = [dict(re.findall(r'w:(\w+)="([^"]*)"', m.group(1))) for m in MARK.finditer(xml)]
    assert marks
    proposal_ids = {p.id for p in dossier.proposals}
    times = {re.sub(r"\.\d+", "", d.time) for d in desk.decisions.values()}
    for attributes in marks:
        assert set(attributes["author"].split(", ")) <= proposal_ids, attributes
        assert attributes["date"] in times, attributes  # the time of a decision
    authors = {a for m in marks for a in m["author"].split(", ")}
    assert {p.split("/")[0] for p in authors} >= {"ARB", "EUR"}

    # --- the session file has every decision ----------------------------------------------
    path = desk.session.path
    window.sessions.close_session()
    reopened = Session.open(path, user="someone else", read_only=True)
    try:
        stored = reopened.decisions()
        for change, state in made.items():
            assert stored[change].state is state
        for conflict_id, pick in chosen.items():
            assert all(stored[c].state is DecisionState.ACCEPTED for c in pick)
            others = next(k for k in dossier.conflicts if k.id == conflict_id).changes
            assert all(stored[c].state is DecisionState.REJECTED for c in others if c not in pick)
        combined = [k for k in dossier.conflicts if k.id not in chosen]
        assert all(stored[k.id].custom_text == COMBINED for k in combined)
    finally:
        reopened.close()
