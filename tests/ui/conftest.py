"""Fixtures of the GUI tests: hand-made synoptic tables and the sample session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

OUTPUT = Path(__file__).resolve().parents[1] / "_output"



@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def output() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


@pytest.fixture
def fresh_window(qtbot, tmp_path: Path, settings: QSettings):
    """The real main window on its first-start screen (no session yet), shown and active."""
    from editor.ui.main_window import MainWindow
    from editor.ui.progress import ProgressPanel
    from editor.ui.sessions import Sessions

    progress = ProgressPanel()
    sessions = Sessions(settings, progress, data_dir=tmp_path)
    w = MainWindow(settings, sessions, progress)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    sessions.close_session()


@pytest.fixture
def window(qtbot, fresh_window):
    """The real main window with the sample session open, shown and active."""
    with qtbot.waitSignal(fresh_window.sessions.deskReady, timeout=30_000):
        qtbot.mouseClick(fresh_window.welcome.sample, Qt.MouseButton.LeftButton)
    return fresh_window


@pytest.fixture(scope="session")
def qapp_cls():
    """The tests run in the editor's own application class (it handles QFileOpenEvent)."""
    from editor.ui.app import SynopticApplication

    return SynopticApplication


@pytest.fixture
def french(qapp):
    """The editor's French translation installed for the test (English again after)."""
    from editor.ui.i18n import Languages

    languages = Languages(qapp)
    assert languages.use("fr")
    try:
        yield languages
    finally:
        languages.use("en")  # the application is shared with the other tests

