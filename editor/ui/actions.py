"""The menus and keyboard shortcuts of the main window."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from editor.core.model import DecisionState
from editor.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

SESSION_FILTER = "Synoptic sessions (*.synoptic)"
DOCUMENT_FILTER = "Word documents (*.docx);;Text files (*.txt)"


class Actions:
    """Every action of the window, by name (tests trigger them like a user would)."""

    new: QAction
    open: QAction
    undo: QAction
    redo: QAction
    accept: QAction
    reject: QAction
    next: QAction
    previous: QAction
    resolve: QAction
    next_conflict: QAction
    edit_text: QAction
    find: QAction

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.needs_desk: list[QAction] = []

    def make(self, name: str, text: str, slot: Callable[[], object],
             key: QKeySequence | QKeySequence.StandardKey | str | None = None,
             desk: bool = False) -> QAction:
        action = QAction(text, self.window)
        if key is not None:
            action.setShortcut(QKeySequence(key) if isinstance(key, str) else key)
        action.triggered.connect(lambda _=False: slot())
        self.window.addAction(action)  # shortcuts work whichever widget has the focus
        setattr(self, name, action)
        if desk:
            self.needs_desk.append(action)
        return action

    def refresh_enabled(self) -> None:
        has_desk = self.window.desk is not None
        for action in self.needs_desk:
            action.setEnabled(has_desk)


def build_menus(w: MainWindow) -> Actions:
    a = Actions(w)
    tr = w.tr
    bar = w.menuBar()
    review = w.review
    accept, reject = DecisionState.ACCEPTED, DecisionState.REJECTED

    file = bar.addMenu(tr("&File"))
    file.addAction(a.make("new", tr("&New session…"), lambda: _ask_save(w, w.sessions.new_session),
                          QKeySequence.StandardKey.New))
    file.addAction(a.make("open", tr("&Open session…"), lambda: _ask_open(w),
                          QKeySequence.StandardKey.Open))
    recent = file.addMenu(tr("Open &recent"))
    recent.aboutToShow.connect(lambda: _fill_recent(w, recent))
    file.addAction(a.make("sample", tr("Open &sample session"), w.sessions.open_sample))
    file.addAction(a.make("save_as", tr("Save session &as…"),
                          lambda: _ask_save(w, w.sessions.save_as),
                          QKeySequence.StandardKey.SaveAs, desk=True))
    file.addSeparator()
    file.addAction(a.make("import_base", tr("Import &base resolution…"),
                          lambda: _ask_import(w, "base"), desk=True))
    file.addAction(a.make("import_proposals", tr("Import &proposals…"),
                          lambda: _ask_import(w, "proposals"), desk=True))
    export = file.addMenu(tr("&Export"))
    for kind, text, key in (("tracked", tr("Tracked changes DOCX…"), "Ctrl+E"),
                            ("clean", tr("Clean DOCX…"), "Ctrl+Shift+E"),
                            ("synoptic", tr("Synoptic table DOCX…"), "Ctrl+Shift+T")):
        export.addAction(a.make(f"export_{kind}", text, partial(w.exports.export, kind), key,
                                desk=True))
    file.addSeparator()
    file.addAction(a.make("quit", tr("&Quit"), w.close, QKeySequence.StandardKey.Quit))

    edit = bar.addMenu(tr("&Edit"))
    undo = w.deciding.stack.createUndoAction(w, tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = w.deciding.stack.createRedoAction(w, tr("&Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    a.undo, a.redo = undo, redo
    w.addAction(undo)
    w.addAction(redo)
    edit.addActions([undo, redo])
    edit.addSeparator()
    edit.addAction(a.make("find", tr("&Find…"), w.find_bar.open_bar, QKeySequence.StandardKey.Find))
    edit.addAction(a.make("find_next", tr("Find next"), lambda: w.find_bar.step(1),
                          QKeySequence.StandardKey.FindNext))
    edit.addAction(a.make("find_previous", tr("Find previous"), lambda: w.find_bar.step(-1),
                          QKeySequence.StandardKey.FindPrevious))

    decide = bar.addMenu(tr("&Decide"))
    decide.addAction(a.make("accept", tr("&Accept change"),
                            lambda: review.decide_current(accept), "A", desk=True))
    decide.addAction(a.make("reject", tr("&Reject change"),
                            lambda: review.decide_current(reject), "R", desk=True))
    decide.addAction(a.make("next", tr("&Next pending change"),
                            lambda: review.next_pending(1), "N", desk=True))
    decide.addAction(a.make("previous", tr("&Previous pending change"),
                            lambda: review.next_pending(-1), "P", desk=True))
    decide.addAction(a.make("next_conflict", tr("Next &conflict"), review.next_conflict, "C",
                            desk=True))
    decide.addAction(a.make("resolve", tr("Resolve conflict…"), review.resolve_conflict,
                            "Ctrl+K", desk=True))
    decide.addAction(a.make("edit_text", tr("&Edit consolidated text…"), review.edit_provision,
                            "F2", desk=True))
    decide.addSeparator()
    batch = decide.addMenu(tr("&Batch"))
    batch.aboutToShow.connect(lambda: _refill(batch, lambda: review.batch_menu(batch)))

    view = bar.addMenu(tr("&View"))
    view.addActions([w.view.zoom_in_action, w.view.zoom_out_action, w.view.collapse_action])
    columns = view.addMenu(tr("Columns"))
    columns.aboutToShow.connect(
        lambda: _refill(columns, lambda: columns.addActions(w.view.column_menu().actions())))
    language = view.addMenu(tr("&Language"))
    for code, name in LANGUAGES.items():
        language.addAction(a.make(f"language_{code}", name,
                                  partial(w.languageChosen.emit, code)))
    a.refresh_enabled()
    return a


def _refill(menu: QMenu, fill: Callable[[], None]) -> None:
    menu.clear()
    fill()


def _ask_open(w: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(w, w.tr("Open session"), "", SESSION_FILTER)
    if path:
        w.sessions.open_session(path)


def _ask_save(w: MainWindow, then: Callable[[str], None]) -> None:
    path, _ = QFileDialog.getSaveFileName(w, w.tr("Session file"), "", SESSION_FILTER)
    if path:
        then(path)


def _ask_import(w: MainWindow, role: str) -> None:
    paths, _ = QFileDialog.getOpenFileNames(w, w.tr("Import documents"), "", DOCUMENT_FILTER)
    if paths:
        w.sessions.import_files(paths, role)


def _fill_recent(w: MainWindow, menu: QMenu) -> None:
    menu.clear()
    for path in w.sessions.recent():
        menu.addAction(path, partial(w.sessions.open_session, path))
    if menu.isEmpty():
        menu.addAction(w.tr("(none)")).setEnabled(False)
