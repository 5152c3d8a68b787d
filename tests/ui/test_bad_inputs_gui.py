"""Every kind of bad input, imported into an open session through the real window: each is
refused with a dialog naming the file, and the editor stays usable with nothing lost."""

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

FIXTURES = Path(__file__).resolve().parents[1] / "docxio" / "docxio_fixtures.py"
spec = importlib.util.spec_from_file_location("docxio_fixtures", FIXTURES)
assert spec and spec.loader
fixtures = importlib.util.module_from_spec(spec)
sys.modules.setdefault("docxio_fixtures", fixtures)
spec.loader.exec_module(fixtures)


def key(window, k):
    QTest.keyClick(window.view.grid, k)


# The offscreen platform cannot size native dialogs; every other Qt warning still fails.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_every_bad_input_is_refused_and_the_editor_stays_usable(window, qtbot, tmp_path):
    key(window, Qt.Key.Key_N)
    key(window, Qt.Key.Key_A)
    decided_before = window.desk.counts().decided
    documents_before = [d.sha256 for d in window.desk.session.documents()]
    assert decided_before == 1
    folder = tmp_path / "bad"
    folder.mkdir()
    unknown = folder / "notes.txt"
    unknown.write_bytes("décide\n".encode("cp1252"))  # not UTF-8: unknown encoding
    bad_files = [build(folder) for build, _ in fixtures.BAD_INPUTS.values()] + [unknown]
    for bad in bad_files:
        with qtbot.waitSignal(window.sessions.failed, timeout=20_000):
            window.sessions.import_files([bad])
        assert bad.name in window.last_error, (bad.name, window.last_error)
        box = QApplication.activeModalWidget()  # the delegate reads it and presses Escape
        assert isinstance(box, QMessageBox)
        QTest.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
        qtbot.waitUntil(window.isActiveWindow, timeout=5_000)  # keys go back to the view
    # nothing stored, nothing decided lost, the editor still decides
    assert [d.sha256 for d in window.desk.session.documents()] == documents_before
    assert window.desk.counts().decided == decided_before
    key(window, Qt.Key.Key_N)
    key(window, Qt.Key.Key_R)
    assert window.desk.counts().decided == decided_before + 1
    # and the session file still opens and reads
    path = window.desk.session.path
    window.sessions.close_session()
    from editor.app.desk import read_session
    from editor.store import Session
    with Session.open(path, user="check", read_only=True) as session:
        assert len(session.decisions()) == decided_before + 1
        read_session(session)  # every stored document still reads
