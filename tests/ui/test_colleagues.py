"""File › Import a colleague's decisions…: the merge through the menu, the views refreshed,
the report dialog (counts, disagreements with authors), taking theirs on selected rows
(undoable, noted, in the log), and the errors in the usual dialog, in French too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from editor.app.samples import create_sample_session
from editor.core.model import DecisionState
from editor.store import Session
from editor.ui.colleagues import MergeReportDialog
from editor.ui.i18n import Languages

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ACCEPTED, REJECTED, PENDING = (DecisionState.ACCEPTED, DecisionState.REJECTED,
                               DecisionState.PENDING)


def open_dialog(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_args: (str(path), "Synoptic sessions (*.synoptic)"))


def error_box(window) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "no error dialog shown"
    return boxes[-1]


def colleague(tmp_path: Path, decisions: list[tuple[str, DecisionState, str | None]]) -> Path:
    """Bob's session on the same sample documents, with his decisions."""
    path = tmp_path / "bob.synoptic"
    with create_sample_session(path, "bob") as bob:
        for target, state, text in decisions:
            bob.decide(target, state, custom_text=text)
    return path


def test_importing_a_colleagues_decisions_refreshes_and_reports(
        window, qtbot, tmp_path, monkeypatch, output):
    desk = window.desk
    number = window.review.number
    ids = desk.ids_of_resolution(number)
    imported, agreed, differ, differ_text = ids[:4]
    window.deciding.decide([agreed], ACCEPTED)
    window.deciding.decide([differ, differ_text], REJECTED)
    pending_before = window.navigator.topLevelItem(0).text(0)
    status_before = window.counts.text()
    path = colleague(tmp_path, [(imported, ACCEPTED, None), (agreed, ACCEPTED, None),
                                (differ, ACCEPTED, None),
                                (differ_text, ACCEPTED, "le texte de Bob")])
    open_dialog(monkeypatch, path)
    window.actions_.import_decisions.trigger()

    dialog = window.colleagues.dialog
    assert isinstance(dialog, MergeReportDialog)
    qtbot.waitExposed(dialog)
    assert (dialog.imported.text(), dialog.agreed.text(), dialog.differing.text()) == (
        "1", "1", "2")
    # every view shows the imported decision: table, navigator counts, status bar
    assert desk.state(imported) is ACCEPTED
    assert window.view.table.state(imported) is ACCEPTED
    assert window.navigator.topLevelItem(0).text(0) != pending_before
    assert window.counts.text() != status_before
    # mine kept where we disagree; the list says who decided what
    assert desk.state(differ) is REJECTED
    assert dialog.table.rowCount() == 2
    row = {dialog.table.item(r, 0).text(): r for r in range(2)}
    cells = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(2)]
    assert all(c[1].startswith("rejected (") and "bob" not in c[1] for c in cells)
    assert all("bob" in c[2] for c in cells)
    assert any("own wording: “le texte de Bob”" in c[2] for c in cells)
    change = desk.change(differ)
    assert any(f"Res. {change.resolution} · {', '.join(change.sources)}" in t for t in row)
    dialog.grab().save(str(output / "merge_report.png"))
    # the merge is in the log
    assert [e.origin for e in desk.session.log(imported)] == ["merge:bob.synoptic"]

    # take theirs for one selected row, through the table and the button
    assert not dialog.take.isEnabled()
    first = dialog.table.visualItemRect(dialog.table.item(0, 0)).center()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert dialog.take.isEnabled()
    taken = dialog.disagreements[0]
    qtbot.mouseClick(dialog.take, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1 and dialog.differing.text() == "1"
    decision = desk.session.decision(taken.target)
    assert decision.state is ACCEPTED
    assert decision.custom_text == taken.theirs.custom_text
    assert decision.note == "taken from bob.synoptic (bob)"
    assert desk.session.log(taken.target)[-1].origin == "merge:bob.synoptic"
    left = dialog.disagreements[0].target
    assert desk.state(left) is REJECTED  # the row not selected keeps mine

    # taking theirs is undoable like any decision; the merge itself is not
    window.actions_.undo.trigger()
    assert desk.state(taken.target) is REJECTED
    assert desk.state(imported) is ACCEPTED
    dialog.close()


def test_a_session_on_other_documents_is_refused_in_the_error_dialog(
        window, qtbot, tmp_path, monkeypatch):
    other = tmp_path / "other.synoptic"
    with Session.create(other, user="bob") as s:
        s.add_document("autre.txt", "RÉSOLUTION 1 (Busan, 2014)\n".encode(), "base")
    before = dict(window.desk.session.decisions())
    open_dialog(monkeypatch, other)
    window.actions_.import_decisions.trigger()
    box = error_box(window)
    assert "The colleague's decisions could not be imported." in box.text()
    assert "other.synoptic: not the same documents: only in theirs ['autre.txt']" in (
        box.informativeText())
    assert window.colleagues.dialog is None
    assert window.desk.session.decisions() == before
    box.close()


@pytest.mark.parametrize("make, problem", [
    (lambda p: p.write_text("pas une session", encoding="utf-8"),
     "pas une session Synoptic (pas une base de données SQLite)"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE clients (nom TEXT)").connection.commit(),
     "pas une session Synoptic (base de données SQLite d'un autre programme)"),
])
def test_a_foreign_file_is_refused_in_french(window, qtbot, qapp, tmp_path, monkeypatch,
                                             make, problem):
    path = tmp_path / "étranger.synoptic"
    make(path)
    languages = Languages(qapp)
    assert languages.use("fr")
    try:
        open_dialog(monkeypatch, path)
        window.colleagues.import_decisions(path)
        box = error_box(window)
        assert "Les décisions du collègue n'ont pas pu être importées." in box.text()
        assert box.informativeText() == f"étranger.synoptic : {problem}"
        box.close()
    finally:
        languages.use("en")
