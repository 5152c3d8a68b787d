"""Edits of a footnote's text in the real window: a "Footnote 1" row after the provisions,
reached with N, decided with A, named in the inspector, exported with Ctrl+E (the tracked
DOCX then has the revisions inside its footnote)."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

sys.path.insert(0, str(Path(__file__).parents[1] / "docxio"))
from footnote_text_fixtures import BOTH, OLD, footnote_text_files  # noqa: E402

from editor.core.changes import ChangeKind, footnote_key  # noqa: E402
from editor.core.model import DecisionState, View  # noqa: E402
from editor.docxio import read_document  # noqa: E402
from editor.store import Session  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


@pytest.fixture
def window(fresh_window, qtbot, tmp_path: Path):
    files = footnote_text_files(tmp_path)
    path = tmp_path / "notes.synoptic"
    session = Session.create(path, user="tester")
    for name, role in (("base", "base"), ("ARB/1A1/1", "proposals"), ("EUR/2A1/1", "proposals"),
                       ("IAP/3A1/1", "proposals")):
        session.add_document(files[name].name, files[name].read_bytes(), role)
    session.close()
    with qtbot.waitSignal(fresh_window.sessions.deskReady, timeout=30_000):
        fresh_window.sessions.open_session(path)
    return fresh_window


def test_footnote_edits_are_decided_and_exported_from_the_window(
        window, qtbot, tmp_path, monkeypatch, output):
    desk = window.desk
    assert desk is not None and window.review.number == "101"
    table = window.view.table
    assert table is not None
    row = table.rows[-1]
    assert (row.provision_key, row.label) == (footnote_key("101", "1"), "Footnote 1")
    qtbot.waitUntil(lambda: window.view.grid.hasFocus())
    decided = []
    for _ in range(2):  # ARB and EUR's edit (one change), then IAP's
        press(qtbot, window, Qt.Key.Key_N)
        current = window.view.current_change
        assert desk.change(current).kind is ChangeKind.FOOTNOTE
        assert window.view.grid.currentIndex().row() == len(table.rows) - 1
        assert window.inspector.kind.text() == "footnote text"
        press(qtbot, window, Qt.Key.Key_A)
        assert desk.state(current) is DecisionState.ACCEPTED
        decided.append(current)
    assert len(set(decided)) == 2
    consolidated = window.view.table.rows[-1].cells[-1]
    assert "".join(s.text for s in consolidated.segments if s.kind.value != "delete") == BOTH
    window.grab().save(str(output / "footnote_text.png"))

    target = tmp_path / "Res101-tracked.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _t, _s, f: (str(target), f))
    with qtbot.waitSignal(window.exports.finished, timeout=60_000):
        press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.last_error == ""
    [fn] = read_document(target).footnotes
    assert (fn.text(View.ORIGINAL).strip(), fn.text(View.PROPOSED).strip()) == (OLD, BOTH)
    with zipfile.ZipFile(target) as z:
        assert "<w:ins " in z.read("word/footnotes.xml").decode("utf-8")


def test_footnote_row_and_kind_in_french(window, french):
    shown = window.review.translated(window.desk.table("101"))
    assert shown.rows[-1].label == "Note 1"
    assert window.inspector.kind_name(ChangeKind.FOOTNOTE) == "texte de note de bas de page"
    french.use("en")
    assert window.review.translated(window.desk.table("101")).rows[-1].label == "Footnote 1"
