"""In the real window: a document repeating what the session holds is refused with a dialog
naming it and the loaded document; a session that took a second base before opens with the
first and says which is not used; any dropped file is read or refused with its reason."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.app.samples import SAMPLES
from editor.core.model import DecisionState
from editor.store import Session

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def resaved(source: Path, target: Path) -> Path:
    """The same document with other bytes, as after a save in another program."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as out:
        for item in src.infolist():
            out.writestr(item.filename, src.read(item.filename))
    return target


def close_box(qtbot) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    QTest.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)


def titles(window) -> list[str]:
    nav = window.navigator
    return [nav.topLevelItem(i).text(0).split(" —")[0] for i in range(nav.topLevelItemCount())]


def drop(window, *paths: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_repeating_documents_are_refused_by_name(window, qtbot, tmp_path: Path) -> None:
    documents = [d.sha256 for d in window.desk.session.documents()]
    total = window.desk.counts().total
    cases = [
        (resaved(SAMPLES / "base-res101.docx", tmp_path / "base-101-bis.docx"), "base",
         "base-101-bis.docx: Res. 101 is already loaded from base-res101.docx (a resolution "
         "has one base)"),
        (resaved(SAMPLES / "ARB-79A3.docx", tmp_path / "ARB-copie.docx"), "",
         "ARB-copie.docx: proposals ARB/79A3/1, ARB/79A3/2, ARB/79A3/3, … are already loaded "
         "from ARB-79A3.docx"),
        (Path(shutil.copy(SAMPLES / "EUR-12A1.docx", tmp_path / "renamed.doc")), "proposals",
         "renamed.doc: already in the session (as EUR-12A1.docx)"),
    ]
    for path, role, detail in cases:
        with qtbot.waitSignal(window.sessions.failed, timeout=20_000):
            window.sessions.import_files([path], role)
        assert window.last_error == f"The document could not be imported.\n{detail}"
        close_box(qtbot)
    assert [d.sha256 for d in window.desk.session.documents()] == documents
    assert window.desk.counts().total == total
    assert titles(window).count("Res. 101") == 1


def test_a_session_with_two_bases_of_one_resolution_opens_and_says_which(
        fresh_window, qtbot, tmp_path: Path) -> None:
    second = resaved(SAMPLES / "base-res101.docx", tmp_path / "base-101-bis.docx")
    path = tmp_path / "two-bases.synoptic"
    with Session.create(path, user="tester") as s:
        for file, role in ((SAMPLES / "base-res101.docx", "base"), (second, "base"),
                           (SAMPLES / "ARB-79A3.docx", "proposals")):
            s.add_document(file.name, file.read_bytes(), role)
    sessions = fresh_window.sessions
    told: list[str] = []
    sessions.failed.connect(told.append)
    with qtbot.waitSignal(sessions.deskReady, timeout=30_000):
        sessions.open_session(path)
    qtbot.waitUntil(lambda: bool(told), timeout=5_000)
    assert told == ["A base document of this session is not used.\nbase-101-bis.docx: Res. 101 "
                    "is already loaded from base-res101.docx (a resolution has one base)"]
    close_box(qtbot)
    assert titles(fresh_window)[:1] == ["Res. 101"] and titles(fresh_window).count("Res. 101") == 1
    desk = fresh_window.desk
    change = desk.decidable(desk.dossiers[0])[0].id
    desk.decide([(change, DecisionState.ACCEPTED, None, "")])
    # read again (another import): not told twice
    with qtbot.waitSignal(sessions.deskReady, timeout=30_000):
        sessions.import_files([SAMPLES / "base-res102.docx"], "base")
    assert len(told) == 1 and titles(fresh_window)[:2] == ["Res. 101", "Res. 102"]
    sessions.close_session()
    with Session.open(path, user="tester", read_only=True) as again:
        decided = again.decision(change)
        assert decided is not None and decided.state is DecisionState.ACCEPTED
        assert len({c["id"] for c in again.changes()}) == len(again.changes()) > 10


def test_any_dropped_file_is_read_or_refused_with_its_reason(window, qtbot,
                                                              tmp_path: Path) -> None:
    before = len(window.desk.session.documents())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "Res101.doc"))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    window.dragEnterEvent(enter)
    assert enter.isAccepted()  # whatever its name says: the content decides
    docx_named_doc = Path(shutil.copy(SAMPLES / "ACP-27A4.docx", tmp_path / "ACP-27A4.doc"))
    with qtbot.waitSignal(window.sessions.deskReady, timeout=30_000):
        drop(window, docx_named_doc)
    assert [d.name for d in window.desk.session.documents()][before:] == ["ACP-27A4.doc"]
    pdf = tmp_path / "Res101.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    with qtbot.waitSignal(window.sessions.failed, timeout=20_000):
        drop(window, pdf)
    assert window.last_error.endswith("Res101.pdf: PDF file: open it in Word and save it as "
                                      ".docx")
    close_box(qtbot)


def test_one_refused_file_does_not_cancel_the_others(window, qtbot, tmp_path: Path) -> None:
    before = len(window.desk.session.documents())
    bad = resaved(SAMPLES / "base-res101.docx", tmp_path / "base-101-bis.docx")
    with qtbot.waitSignal(window.sessions.failed, timeout=20_000):
        window.sessions.import_files([SAMPLES / "ACP-27A4.docx", bad])
    qtbot.waitUntil(lambda: len(window.desk.session.documents()) == before + 1, timeout=20_000)
    assert window.desk.session.documents()[-1].name == "ACP-27A4.docx"
    assert window.last_error.splitlines() == [
        "Some documents could not be imported; the others were.",
        "base-101-bis.docx: Res. 101 is already loaded from base-res101.docx (a resolution "
        "has one base)"]
    close_box(qtbot)


def test_proposals_imported_as_a_base_are_refused_with_the_fix(window, qtbot) -> None:
    with qtbot.waitSignal(window.sessions.failed, timeout=20_000):
        window.sessions.import_files([SAMPLES / "ACP-27A4.docx"], "base")
    assert window.last_error == (
        "The document could not be imported.\nACP-27A4.docx: it holds proposals "
        "(MOD ACP/27A4/1): import it as proposals")
    close_box(qtbot)
