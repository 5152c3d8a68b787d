"""The editor as started by `synoptic gui`: language switch, smoke run, export, screenshots."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_switching_to_french_rebuilds_the_window_and_keeps_the_session(qtbot, settings, tmp_path):
    from editor.ui.app import Editor

    editor = Editor(QApplication.instance(), settings, data_dir=tmp_path)
    qtbot.addWidget(editor.window)
    editor.window.show()
    with qtbot.waitSignal(editor.sessions.deskReady, timeout=30_000):
        editor.sessions.open_sample()
    desk = editor.sessions.desk
    editor.window.actions_.language_fr.trigger()
    french = editor.window
    qtbot.addWidget(french)
    assert french.menuBar().actions()[0].text() == "&Fichier"
    assert french.desk is desk and french.review.number == "101"
    assert french.counts.text().startswith("0 sur ")
    assert settings.value("language") == "fr"
    french.actions_.language_en.trigger()
    assert editor.window.menuBar().actions()[0].text() == "&File"
    editor.sessions.close_session()
    editor.close()


def test_the_editor_starts_in_the_language_chosen_before(qtbot, settings, tmp_path, output):
    from editor.ui.app import Editor

    settings.setValue("language", "fr")
    editor = Editor(QApplication.instance(), settings, data_dir=tmp_path)
    try:
        window = editor.window
        qtbot.addWidget(window)
        window.resize(1500, 900)
        window.show()
        assert window.welcome.sample.text().startswith("Ouvrir")
        assert not any(d.isVisible() for d in window.docks)  # nothing to show in them yet
        qtbot.wait(50)
        window.grab().save(str(output / "first_start.png"))
        with qtbot.waitSignal(editor.sessions.deskReady, timeout=30_000):
            qtbot.keyClick(window.welcome.sample, Qt.Key.Key_Space)
        assert window.counts.text().startswith("0 sur ")
        assert all(d.isVisible() for d in window.docks)
        qtbot.wait(100)
        for k in (Qt.Key.Key_C, Qt.Key.Key_A):  # a conflict, one side accepted: its history
            qtbot.keyClick(window.view.grid, k)
        qtbot.wait(50)
        window.grab().save(str(output / "french_ui.png"))
        assert window.inspector.history.count() == 1
        bad = tmp_path / "Res101-Busan.doc"  # a legacy Word file: refused, with the fix
        bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
        with qtbot.waitSignal(editor.sessions.failed, timeout=10_000):
            window.sessions.import_files([bad])
        box = window.findChildren(QMessageBox)[-1]
        qtbot.waitExposed(box)
        assert box.text() == "<b>Le document n'a pas pu être importé.</b>"
        assert box.informativeText() == (
            "Res101-Busan.doc : ancien fichier Word binaire .doc (Word 97-2003) : "
            "enregistrez-le au format .docx")
        english = {"legacy", "binary", "file", "save", "it", "as"}  # the core's problem
        assert not english & set(re.findall(r"\w+", box.informativeText()))
        box.grab().save(str(output / "error_dialog.png"))
        box.close()
        for name in ("first_start", "french_ui", "error_dialog"):
            assert (output / f"{name}.png").stat().st_size > 5_000
    finally:
        editor.sessions.close_session()
        editor.close()
        editor.languages.use("en")  # the application is shared with the other tests


def test_synoptic_gui_smoke_opens_the_sample_offscreen(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "editor", "gui", "--smoke"], env=env,
                          capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert "smoke: sample session opened and rendered in" in done.stdout
    assert "resolutions" in done.stdout


def test_synoptic_export_runs_off_the_ui_thread_and_writes_a_docx(window, qtbot, tmp_path):
    target = tmp_path / "res101-synoptic.docx"
    with qtbot.waitSignal(window.exports.finished, timeout=30_000) as done:
        window.exports.export("synoptic", target)
    assert done.args == [str(target)]
    with zipfile.ZipFile(target) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "ARB/79A3/1" in xml and "GUADALAJARA" in xml


def test_screenshots_of_the_main_states(window, qtbot, output):
    window.resize(1500, 900)
    qtbot.wait(100)  # let the columns settle and the rows be measured again
    ctrl = Qt.KeyboardModifier.ControlModifier
    for k, modifier in ((Qt.Key.Key_N, None), (Qt.Key.Key_R, None), (Qt.Key.Key_N, None),
                        (Qt.Key.Key_A, None), (Qt.Key.Key_N, None), (Qt.Key.Key_A, None),
                        (Qt.Key.Key_Z, ctrl), (Qt.Key.Key_Y, ctrl)):  # the last one's history
        qtbot.keyClick(window.view.grid, k, modifier or Qt.KeyboardModifier.NoModifier)
    qtbot.wait(50)
    assert window.inspector.history.count() == 3
    window.grab().save(str(output / "main_window.png"))
    qtbot.keyClick(window.view.grid, Qt.Key.Key_C)
    qtbot.wait(50)
    window.grab().save(str(output / "conflict_selected.png"))
    window.actions_.resolve.trigger()
    window.review.dialog.grab().save(str(output / "conflict_picker.png"))
    window.review.dialog.reject()
    window.actions_.find.trigger()
    qtbot.keyClicks(window.find_bar.field, "Internet")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    qtbot.wait(50)
    window.grab().save(str(output / "find.png"))
    for name in ("main_window", "conflict_selected", "conflict_picker", "find"):
        assert (output / f"{name}.png").stat().st_size > 10_000
