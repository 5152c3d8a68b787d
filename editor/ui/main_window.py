"""The main window: the synoptic view in the middle, the navigator on the left, the
inspector on the right, menus, find bar and status bar. It only assembles and wires: the
work is done by `Sessions` (files), `Review` (showing, moving, deciding), `Deciding`
(undoable decisions) and `Exports`."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor.app.desk import Desk
from editor.ui.actions import build_menus
from editor.ui.colleagues import Colleagues
from editor.ui.deciding import Deciding
from editor.ui.documents import DocumentsDialog
from editor.ui.exports import Exports
from editor.ui.find_bar import FindBar
from editor.ui.inspector import Inspector
from editor.ui.navigator import Navigator
from editor.ui.progress import ProgressPanel
from editor.ui.review import Review
from editor.ui.sessions import Sessions
from editor.ui.synoptic_view import SynopticView

# What may be dropped as a document: Word's and the kinds a drafter mistakes for it. The
# reader goes by the content, so a DOCX named .doc is read, and what it cannot read (a real
# .doc, a PDF) is refused with the reason: a drop never does nothing without a word.
DOCUMENT_SUFFIXES = (".docx", ".docm", ".dotx", ".doc", ".rtf", ".odt", ".pdf", ".txt")


class Welcome(QWidget):
    """What the window shows with no session open: the ways to start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("<h2>Synoptic</h2><p>Consolidate ITU resolutions from the "
                               "regional proposals.</p>"))
        self.sample = QPushButton(self.tr("Open the sample session (Res. 101, 102, 139, "
                                          "172, 177, 179)"))
        self.new = QPushButton(self.tr("New session…"))
        self.open = QPushButton(self.tr("Open session…"))
        hint = QLabel(self.tr("or drop a session (.synoptic) or Word documents (.docx) here"))
        hint.setEnabled(False)  # greyed: a hint, not an action
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        buttons = QWidget()
        column = QVBoxLayout(buttons)
        for button in (self.sample, self.new, self.open):
            button.setMinimumHeight(32)
            column.addWidget(button)  # one column of buttons of the same width
        layout = QVBoxLayout(self)
        layout.addStretch(1)  # a little above the middle
        for w in (title, buttons, hint):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    languageChosen = Signal(str)  # noqa: N815

    def __init__(self, settings: QSettings, sessions: Sessions | None = None,
                 progress: ProgressPanel | None = None, deciding: Deciding | None = None
                 ) -> None:
        super().__init__()
        self.setWindowTitle("Synoptic")
        self.setAcceptDrops(True)
        self.settings = settings
        self.progress = progress or ProgressPanel()
        self.sessions = sessions or Sessions(settings, self.progress)
        self.view = SynopticView()
        self.find_bar = FindBar(self.view)
        self.navigator = Navigator()
        self.inspector = Inspector()
        # given by the editor, it outlives a window rebuilt in another language: undo stays
        self.deciding = deciding or Deciding(self)
        self.review = Review(self.view, self.navigator, self.inspector, self.deciding, self)
        self.exports = Exports(self)
        self.colleagues = Colleagues(self)
        self.documents_dialog: DocumentsDialog | None = None
        self.welcome = Welcome()
        self.counts = QLabel()
        self.last_error = ""
        self._layout()
        self.actions_ = build_menus(self)
        self.toolbar = self._toolbar()
        self._restore_layout()
        self._wire()
        self.show_desk(self.sessions.desk)

    def _layout(self) -> None:
        work = QWidget()
        box = QVBoxLayout(work)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.find_bar)
        box.addWidget(self.view)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(work)
        self.setCentralWidget(self.stack)
        self.docks: list[QDockWidget] = []
        for widget, title, area in (
            (self.navigator, self.tr("Resolutions"), Qt.DockWidgetArea.LeftDockWidgetArea),
            (self.inspector, self.tr("Inspector"), Qt.DockWidgetArea.RightDockWidgetArea),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(widget.__class__.__name__.lower())  # same in every language
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks.append(dock)
        self._hidden_for_welcome: list[QWidget] = []
        self.statusBar().addWidget(self.counts, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.resize(1400, 860)

    def _toolbar(self) -> QToolBar:
        """Buttons for what the keys do: accept, reject, move between changes and conflicts."""
        bar = self.addToolBar(self.tr("Decide"))
        bar.setObjectName("decide")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        a = self.actions_
        bar.addActions([a.accept, a.reject])
        bar.addSeparator()
        bar.addActions([a.previous, a.next, a.next_conflict, a.resolve, a.edit_text])
        return bar

    def _wire(self) -> None:
        self.sessions.deskReady.connect(self.show_desk)
        self.sessions.renamed.connect(self._title)
        self.sessions.failed.connect(self.show_error)
        self.sessions.locked.connect(self.show_locked)
        self.sessions.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Cancelled"), 8000))
        self.deciding.failed.connect(self.show_error)
        self.exports.failed.connect(self.show_error)
        self.colleagues.failed.connect(self.show_error)
        self.navigator.draftBaseChosen.connect(
            lambda draft, into: self.sessions.consolidate_drafts(draft, into or None))
        self.review.statusChanged.connect(self.counts.setText)
        self.review.notice.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.welcome.sample.clicked.connect(self.sessions.open_sample)
        self.welcome.new.clicked.connect(self.actions_.new.trigger)
        self.welcome.open.clicked.connect(self.actions_.open.trigger)

    # --- state -----------------------------------------------------------------------

    @property
    def desk(self) -> Desk | None:
        return self.sessions.desk

    def _title(self, *_path: str) -> None:
        desk = self.sessions.desk
        if desk is None:
            return
        name = desk.session.path.name
        if desk.session.read_only:  # nothing can be changed: the title says so
            name = self.tr("{0} — read-only").format(name)
        self.setWindowTitle(f"Synoptic — {name}")

    def show_desk(self, desk: Desk | None) -> None:
        self.stack.setCurrentIndex(0 if desk is None else 1)
        self._welcome_only(desk is None)
        self.review.show_desk(desk)
        if desk is not None:
            self._title()
            self.view.grid.setFocus()
        else:
            self.setWindowTitle("Synoptic")
            self.welcome.sample.setFocus()  # Space opens the sample: no mouse needed
        self.actions_.refresh_enabled()

    def _welcome_only(self, welcome: bool) -> None:
        """With no session the docks and the toolbar would be empty and disabled: hidden,
        then shown again as they were (a dock the drafter closed stays closed)."""
        if welcome and not self._hidden_for_welcome:
            self._hidden_for_welcome = [w for w in (*self.docks, self.toolbar)
                                        if w.isVisibleTo(self)]
            for w in self._hidden_for_welcome:
                w.hide()
        elif not welcome:
            for w in self._hidden_for_welcome:
                w.show()
            self._hidden_for_welcome = []

    def show_error(self, message: str) -> QMessageBox:
        """A dialog naming the file and the problem; window-modal, never blocking a thread.
        A message's first line says what could not be done, in bold, the rest how."""
        self.last_error = message
        headline, _, detail = message.partition("\n")
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Synoptic"),
                          f"<b>{escape(headline, quote=False)}</b>",
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        if detail:
            box.setInformativeText(escape(detail, quote=False))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._back_to_work)
        box.open()
        return box

    def show_locked(self, path: str, message: str) -> None:
        """The session is open in another Synoptic: the error, and a button to open it
        read-only (what the message advises)."""
        box = self.show_error(message)
        read_only = box.addButton(self.tr("Open read-only"),
                                  QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(read_only)  # Enter does what the message advises
        read_only.clicked.connect(lambda: self.sessions.open_session(path, read_only=True))

    def _back_to_work(self) -> None:
        """After a message, the keys (A, R, N...) go to the synoptic view again."""
        self.activateWindow()
        self.view.grid.setFocus()

    def show_documents(self) -> None:
        """The documents and how their revision marks are read; a changed choice reads
        them again (off the UI thread, with progress and cancel)."""
        desk = self.desk
        if desk is None:
            return
        self.documents_dialog = dialog = DocumentsDialog(desk.session.documents(),
                                                         desk.markings, self)
        dialog.accepted.connect(lambda: self.sessions.set_markings(dialog.changed()))
        dialog.open()

    # --- drag and drop -----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(Path(u.toLocalFile()).suffix.lower() in (*DOCUMENT_SUFFIXES, ".synoptic")
               for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        sessions = [p for p in paths if p.suffix.lower() == ".synoptic"]
        documents = [p for p in paths if p.suffix.lower() in DOCUMENT_SUFFIXES]
        if sessions:
            self.sessions.open_session(sessions[0])
        elif documents:
            self.sessions.import_files(documents)
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.remember_layout()
        super().closeEvent(event)

    def remember_layout(self) -> None:
        """Keep the window's size and place and its docks and toolbar as the drafter left
        them (as shown with a session: the welcome screen's hiding is not a choice)."""
        hidden = list(self._hidden_for_welcome)
        for w in hidden:
            w.show()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        for w in hidden:
            w.hide()

    def _restore_layout(self) -> None:
        geometry, state = self.settings.value("geometry"), self.settings.value("windowState")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if not (isinstance(state, QByteArray) and self.restoreState(state)):
            # First start: the synoptic columns get the room, the docks what they need.
            self.resizeDocks(self.docks, [250, 230], Qt.Orientation.Horizontal)
