"""The menus and keyboard shortcuts of the main window."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from editor.core.model import DecisionState
from editor.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow


class Actions(QObject):
    """Every action of the window, by name (tests trigger them like a user would), and the
    menus holding them. A QObject so that its texts have their own translation context."""

    new: QAction
    open: QAction
    open_read_only: QAction
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
        super().__init__(window)
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

    def build(self) -> None:
        bar = self.window.menuBar()
        self._file(bar.addMenu(self.tr("&File")))
        self._edit(bar.addMenu(self.tr("&Edit")))
        self._decide(bar.addMenu(self.tr("&Decide")))
        self._view(bar.addMenu(self.tr("&View")))
        self.refresh_enabled()

    def _file(self, file: QMenu) -> None:
        w, make = self.window, self.make
        file.addAction(make("new", self.tr("&New session…"),
                            lambda: self._ask_save(w.sessions.new_session),
                            QKeySequence.StandardKey.New))
        file.addAction(make("open", self.tr("&Open session…"), self._ask_open,
                            QKeySequence.StandardKey.Open))
        file.addAction(make("open_read_only", self.tr("Open session read-on&ly…"),
                            lambda: self._ask_open(read_only=True)))
        recent = file.addMenu(self.tr("Open &recent"))
        recent.aboutToShow.connect(lambda: self._fill_recent(recent))
        file.addAction(make("sample", self.tr("Open &sample session"), w.sessions.open_sample))
        file.addAction(make("save_as", self.tr("Save session &as…"),
                            lambda: self._ask_save(w.sessions.save_as),
                            QKeySequence.StandardKey.SaveAs, desk=True))
        file.addSeparator()
        file.addAction(make("import_base", self.tr("Import &base resolution…"),
                            lambda: self._ask_import("base"), desk=True))
        file.addAction(make("import_proposals", self.tr("Import &proposals…"),
                            lambda: self._ask_import("proposals"), desk=True))
        file.addAction(make("documents", self.tr("&Documents and revision marks…"),
                            w.show_documents, desk=True))
        file.addAction(make("import_decisions", self.tr("Import a &colleague's decisions…"),
                            w.colleagues.ask, desk=True))
        export = file.addMenu(self.tr("&Export"))
        for kind, text, key in (("tracked", self.tr("Tracked changes DOCX…"), "Ctrl+E"),
                                ("clean", self.tr("Clean DOCX…"), "Ctrl+Shift+E"),
                                ("synoptic", self.tr("Synoptic table DOCX…"), "Ctrl+Shift+T")):
            export.addAction(make(f"export_{kind}", text, partial(w.exports.export, kind), key,
                                  desk=True))
        file.addSeparator()
        file.addAction(make("quit", self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit))

    def _edit(self, edit: QMenu) -> None:
        w, make = self.window, self.make
        undo = w.deciding.stack.createUndoAction(w, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = w.deciding.stack.createRedoAction(w, self.tr("&Redo"))
        # Ctrl+Y as well as the system's own (Ctrl+Shift+Z on Linux): what delegates know
        keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        redo.setShortcuts(list({k.toString(): k for k in keys}.values()))  # once each
        self.undo, self.redo = undo, redo
        w.addAction(undo)
        w.addAction(redo)
        edit.addActions([undo, redo])
        edit.addSeparator()
        edit.addAction(make("find", self.tr("&Find…"), w.find_bar.open_bar,
                            QKeySequence.StandardKey.Find))
        edit.addAction(make("find_next", self.tr("Find next"), lambda: w.find_bar.step(1),
                            QKeySequence.StandardKey.FindNext))
        edit.addAction(make("find_previous", self.tr("Find previous"),
                            lambda: w.find_bar.step(-1), QKeySequence.StandardKey.FindPrevious))

    def _decide(self, decide: QMenu) -> None:
        make, review = self.make, self.window.review
        accept, reject = DecisionState.ACCEPTED, DecisionState.REJECTED
        decide.addAction(make("accept", self.tr("&Accept change"),
                              lambda: review.decide_current(accept), "A", desk=True))
        decide.addAction(make("reject", self.tr("&Reject change"),
                              lambda: review.decide_current(reject), "R", desk=True))
        decide.addAction(make("next", self.tr("&Next pending change"),
                              lambda: review.next_pending(1), "N", desk=True))
        decide.addAction(make("previous", self.tr("&Previous pending change"),
                              lambda: review.next_pending(-1), "P", desk=True))
        decide.addAction(make("next_conflict", self.tr("Next &conflict"), review.next_conflict,
                              "C", desk=True))
        decide.addAction(make("resolve", self.tr("Resolve conflict…"), review.resolve_conflict,
                              "Ctrl+K", desk=True))
        decide.addAction(make("edit_text", self.tr("&Edit consolidated text…"),
                              review.edit_provision, "F2", desk=True))
        decide.addSeparator()
        batch = decide.addMenu(self.tr("&Batch"))
        batch.aboutToShow.connect(lambda: _refill(batch, lambda: review.batch_menu(batch)))

    def _view(self, view: QMenu) -> None:
        w = self.window
        view.addActions([w.view.zoom_in_action, w.view.zoom_out_action, w.view.collapse_action])
        columns = view.addMenu(self.tr("Columns"))
        columns.aboutToShow.connect(
            lambda: _refill(columns, lambda: columns.addActions(w.view.column_menu().actions())))
        language = view.addMenu(self.tr("&Language"))
        for code, name in LANGUAGES.items():  # each language in its own name
            language.addAction(self.make(f"language_{code}", name,
                                         partial(w.languageChosen.emit, code)))

    # --- file dialogs ------------------------------------------------------------------

    def session_filter(self) -> str:
        return self.tr("Synoptic sessions (*.synoptic)")

    def document_filter(self) -> str:
        # All files too: a DOCX saved as .doc is read all the same, and what is not read
        # (a real .doc, a PDF) is refused with the reason, not hidden from the drafter.
        return self.tr("Word documents (*.docx);;Text files (*.txt);;All files (*)")

    def _ask_open(self, read_only: bool = False) -> None:
        title = self.tr("Open session read-only") if read_only else self.tr("Open session")
        path, _ = QFileDialog.getOpenFileName(self.window, title, "", self.session_filter())
        if path:
            self.window.sessions.open_session(path, read_only=read_only)

    def _ask_save(self, then: Callable[[str], None]) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Session file"), "",
                                              self.session_filter())
        if path:
            then(path)

    def _ask_import(self, role: str) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import documents"), "",
                                                self.document_filter())
        if paths:
            self.window.sessions.import_files(paths, role)

    def _fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        for path in self.window.sessions.recent():
            menu.addAction(path, partial(self.window.sessions.open_session, path))
        if menu.isEmpty():
            menu.addAction(self.tr("(none)")).setEnabled(False)


def build_menus(w: MainWindow) -> Actions:
    a = Actions(w)
    a.build()
    return a


def _refill(menu: QMenu, fill: Callable[[], None]) -> None:
    menu.clear()
    fill()
