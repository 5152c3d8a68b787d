"""The application around the window: names, icon, desktop file, and the files the system
asks it to open (macOS: QFileOpenEvent)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFileOpenEvent, QGuiApplication

from editor.app.samples import create_sample_session
from editor.ui.app import Editor, SynopticApplication, brand, icon

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_the_application_has_its_names_icon_and_desktop_file(qapp):
    name, organisation = qapp.applicationName(), qapp.organizationName()
    try:
        brand(qapp)
        assert (qapp.applicationName(), qapp.organizationName()) == ("Synoptic", "Synoptic")
        assert QGuiApplication.desktopFileName() == "synoptic"
        assert not icon().pixmap(64, 64).isNull()  # the SVG is found and drawn
        assert not qapp.windowIcon().isNull()
        assert "Synoptic" in QSettings().fileName()  # where the settings go
    finally:
        qapp.setApplicationName(name)
        qapp.setOrganizationName(organisation)


@pytest.fixture
def editor(qapp, qtbot, settings, tmp_path):
    editor = Editor(qapp, settings, data_dir=tmp_path)
    qtbot.addWidget(editor.window)
    yield editor
    editor.sessions.close_session()
    editor.close()


def test_a_session_file_opened_by_the_system_is_opened(qapp, qtbot, editor, tmp_path):
    assert isinstance(qapp, SynopticApplication)
    path = tmp_path / "geneva.synoptic"
    create_sample_session(path, "tester").close()
    with qtbot.waitSignal(editor.sessions.deskReady, timeout=30_000) as ready:
        QCoreApplication.postEvent(qapp, QFileOpenEvent(str(path)))
    assert ready.args[0] is editor.sessions.desk
    assert editor.sessions.session.path == path
    assert [d.number for d in editor.window.desk.dossiers][:2] == ["101", "102"]


def test_a_document_opened_by_the_system_is_imported_into_the_open_session(
        qapp, qtbot, editor, tmp_path):
    from editor.app.samples import SAMPLES
    from editor.store import Session

    path = tmp_path / "empty.synoptic"
    Session.create(path, user="tester").close()
    editor.open_file(str(path))
    qtbot.waitUntil(lambda: editor.sessions.desk is not None, timeout=30_000)
    with qtbot.waitSignal(editor.sessions.deskReady, timeout=30_000):
        QCoreApplication.postEvent(qapp, QFileOpenEvent(str(SAMPLES / "base-res101.docx")))
    assert [d.name for d in editor.sessions.session.documents()] == ["base-res101.docx"]


def test_a_closed_editor_no_longer_listens(qapp, qtbot, settings, tmp_path):
    other = Editor(qapp, settings, data_dir=tmp_path)
    qtbot.addWidget(other.window)
    other.close()
    path = tmp_path / "x.synoptic"
    create_sample_session(path, "tester").close()
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(path)))
    qtbot.wait(50)
    assert other.sessions.session is None
