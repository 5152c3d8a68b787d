"""Starting the desktop editor: the application, its settings, language and window.

`run(session, sample=False, smoke=False)`: with `smoke`, the sample session is opened in
the real main window (offscreen when there is no display), rendered once, and the time it
took is printed; the exit code says whether it worked.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from editor.ui.i18n import Languages, system_language
from editor.ui.main_window import MainWindow
from editor.ui.progress import ProgressPanel
from editor.ui.sessions import Sessions

ORGANISATION, NAME = "Synoptic", "Synoptic"


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
        self.window = self._window()

    def _window(self) -> MainWindow:
        window = MainWindow(self.settings, self.sessions, self.progress)
        window.languageChosen.connect(self.switch_language)
        return window

    def switch_language(self, code: str) -> None:
        if not self.languages.use(code):
            self.window.show_error(f"synoptic_{code}.qm: translation not found")
            return
        self.settings.setValue("language", code)
        old = self.window
        geometry = old.saveGeometry()
        self.progress.setParent(None)  # survives the old window, goes to the new one
        self.sessions.deskReady.disconnect(old.show_desk)
        self.window = self._window()
        self.window.restoreGeometry(geometry)
        self.window.show()
        old.deleteLater()
        old.hide()


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(NAME)
    return app


def run(session: str | None = None, *, sample: bool = False, smoke: bool = False) -> int:
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
        editor.sessions.open_session(session)
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
