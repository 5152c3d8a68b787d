"""Starting the desktop editor: the application, its settings, language and window.

`run(session, read_only=False, sample=False, smoke=False)`: with `smoke`, the sample
session is opened in the real main window (offscreen when there is no display), rendered
once, and the time it took is printed; the exit code says whether it worked.

The application carries the names QSettings files its settings under, the window icon and
the desktop file name (Wayland and the task bars match the window to `synoptic.desktop`).
On macOS a double-clicked .synoptic file arrives as a QFileOpenEvent, not on the command
line: the editor opens that session.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from editor.resources import resource_path
from editor.ui.deciding import Deciding
from editor.ui.i18n import Languages, system_language
from editor.ui.main_window import MainWindow
from editor.ui.progress import ProgressPanel
from editor.ui.sessions import Sessions

ORGANISATION, NAME, DESKTOP_FILE = "Synoptic", "Synoptic", "synoptic"
SESSION_SUFFIX = ".synoptic"


def icon() -> QIcon:
    return QIcon(str(resource_path("synoptic.svg")))


def brand(app: QApplication) -> None:
    """Names (where QSettings keeps the settings), icon and desktop file of the application."""
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(NAME)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(icon())


class SynopticApplication(QApplication):
    """The application; it says which file the system asked it to open (macOS sends a
    QFileOpenEvent to the application when a .synoptic file is double-clicked in the Finder
    or dropped on the Dock icon). Overriding `event` rather than filtering events: an
    application-wide filter would run Python for every event of every widget."""

    fileOpenRequested = Signal(str)  # noqa: N815

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.fileOpenRequested.emit(event.file())
            return True
        return super().event(event)


class Editor:
    """The running editor: one window at a time, rebuilt when the language changes."""

    def __init__(self, app: QApplication, settings: QSettings,
                 data_dir: Path | None = None) -> None:
        self.app = app
        self.settings = settings
        self.languages = Languages(app)
        self.languages.use(str(settings.value("language", system_language())))
        self.progress = ProgressPanel()
        self.sessions = Sessions(settings, self.progress, data_dir=data_dir)
        self.deciding = Deciding()  # the undo history, kept when the window is rebuilt
        self.window = self._window()
        if isinstance(app, SynopticApplication):
            app.fileOpenRequested.connect(self.open_file)

    def open_file(self, path: str) -> None:
        """A session file is opened; a document is imported into the open session."""
        if Path(path).suffix.lower() == SESSION_SUFFIX:
            self.sessions.open_session(path)
        else:
            self.sessions.import_files([path])

    def close(self) -> None:
        """Stop listening to the application (it outlives the editor in the tests)."""
        if isinstance(self.app, SynopticApplication):
            self.app.fileOpenRequested.disconnect(self.open_file)

    def _window(self) -> MainWindow:
        window = MainWindow(self.settings, self.sessions, self.progress, self.deciding)
        window.languageChosen.connect(self.switch_language)
        return window

    def switch_language(self, code: str) -> None:
        if not self.languages.use(code):
            self.window.show_error(QCoreApplication.translate(
                "Editor", "{0}: translation not found").format(f"synoptic_{code}.qm"))
            return
        self.settings.setValue("language", code)
        old = self.window
        old.remember_layout()  # the new window comes back with the same size and docks
        self.progress.setParent(None)  # survives the old window, goes to the new one
        self.sessions.deskReady.disconnect(old.show_desk)
        self.window = self._window()
        self.window.show()
        old.deleteLater()
        old.hide()


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = SynopticApplication(sys.argv[:1])
    brand(app)
    return app


def run(session: str | None = None, *, read_only: bool = False, sample: bool = False,
        smoke: bool = False) -> int:
    if smoke and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    app = application()
    settings = QSettings()
    editor = Editor(app, settings)
    window = editor.window
    window.show()
    if smoke:
        return _smoke(editor, started)
    if session:
        editor.sessions.open_session(session, read_only=read_only)
    elif sample:
        editor.sessions.open_sample()
    return app.exec()


def _smoke(editor: Editor, started: float) -> int:
    """Open the sample, wait until it is shown, render the window, report the time."""
    loop = QEventLoop()
    outcome: list[str] = []
    def finish(result: str) -> None:
        outcome.append(result)
        loop.quit()

    editor.sessions.deskReady.connect(lambda desk: finish("ok" if desk else "none"))
    editor.sessions.failed.connect(finish)
    QTimer.singleShot(60_000, loop.quit)
    editor.sessions.open_sample()
    if not outcome:
        loop.exec()
    window = editor.window
    image = window.grab()
    elapsed = time.perf_counter() - started
    desk = editor.sessions.desk
    if outcome != ["ok"] or desk is None or image.isNull():
        print(f"smoke: FAILED ({outcome[0] if outcome else 'timed out'})", file=sys.stderr)
        return 1
    counts = desk.counts()
    print(f"smoke: sample session opened and rendered in {elapsed * 1000:.0f} ms "
          f"({len(desk.dossiers)} resolutions, {counts.total} changes, "
          f"{counts.conflicts} conflicts)")
    editor.sessions.close_session()
    window.close()
    return 0
