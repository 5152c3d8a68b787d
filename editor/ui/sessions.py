"""Opening, creating, saving sessions and importing documents; reading happens on a
worker thread, the session file itself is only touched on the UI thread (SQLite)."""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal

from editor.app.cache_secret import cache_secret
from editor.app.desk import (
    DRAFT_BASES,
    Desk,
    Reading,
    read_documents,
    routing_entry,
    store_reading,
    stored_documents,
)
from editor.app.importing import Loaded, base_loaded, check_document
from editor.app.samples import create_sample_session
from editor.core.errors import SessionError, SynopticError
from editor.store import Session
from editor.ui.error_text import LOCKED, error_text
from editor.ui.progress import ProgressPanel
from editor.ui.workers import Task, start

MAX_RECENT = 8
SUFFIX = ".synoptic"


def user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user database entry (containers)
        return "drafter"


class Sessions(QObject):
    deskReady = Signal(object)  # noqa: N815 - the new Desk (or None once closed)
    failed = Signal(str)  # "what could not be done\nthe file and the problem"
    cancelled = Signal()  # a long operation was cancelled by the drafter
    # another Synoptic holds the session: (its path, the message as `failed` words it),
    # so that the drafter can be offered to open it read-only
    locked = Signal(str, str)
    renamed = Signal(str)  # the open session's file after Save as

    def __init__(self, settings: QSettings, progress: ProgressPanel,
                 parent: QObject | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.progress = progress
        self.desk: Desk | None = None
        self._session: Session | None = None
        self._reading: Reading | None = None  # what reading the session found, for imports
        self._told: set[str] = set()  # bases set aside the drafter was told about
        self._task: Task | None = None
        self._data_dir = data_dir
        self._secret: bytes | None = None  # read on first use

    # --- opening ---------------------------------------------------------------------

    def new_session(self, path: str | Path) -> None:
        self._guard(lambda: self._load(Session.create(_with_suffix(path), user=user_name())),
                    self.tr("The session could not be created."))

    def open_session(self, path: str | Path, read_only: bool = False) -> None:
        headline = self.tr("The session could not be opened.")
        try:
            session = Session.open(path, user=user_name(), read_only=read_only)
        except SynopticError as err:
            if isinstance(err, SessionError) and err.code in LOCKED:
                self.locked.emit(str(path), f"{headline}\n{error_text(err)}")
            else:
                self._fail(headline, error_text(err))
            return
        self._guard(lambda: self._load(session), headline)

    def data_dir(self) -> Path:
        """The drafter's own folder: sample sessions, the parse cache's secret."""
        return self._data_dir or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation))

    def cache_secret(self) -> bytes:
        if self._secret is None:
            self._secret = cache_secret(self.data_dir())
        return self._secret

    def open_sample(self) -> None:
        folder = self.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"sample-{datetime.now():%Y%m%d-%H%M%S-%f}{SUFFIX}"
        self._guard(lambda: self._load(create_sample_session(path, user_name())),
                    self.tr("The sample session could not be opened."))

    def save_as(self, path: str | Path) -> None:
        if self._session is not None:
            session = self._session
            self._guard(lambda: session.save_as(_with_suffix(path)),
                        self.tr("The session could not be saved."))
            self._remember(session.path)
            self.renamed.emit(str(session.path))  # the work goes on in the new file

    def close_session(self) -> None:
        if self._task is not None:
            self._task.cancel()
        if self._session is not None:
            self._session.close()
        self._session = None
        self._reading = None
        self.desk = None
        self.deskReady.emit(None)

    @property
    def session(self) -> Session | None:
        return self._session

    def _guard(self, action: object, headline: str) -> None:
        try:
            action()  # type: ignore[operator]
        except SynopticError as err:
            self._fail(headline, error_text(err))

    def _fail(self, headline: str, detail: str) -> None:
        """What could not be done, then the file and the problem, in the drafter's language
        (the core's English for a problem `error_text` cannot word)."""
        self.failed.emit(f"{headline}\n{detail}")

    def _load(self, session: Session) -> None:
        if self._session is not None and self._session is not session:
            self.close_session()
        self._session = session
        self._reading = None
        self._told = set()
        self._remember(session.path)
        self.reload()

    def reload(self) -> None:
        """Read the session's documents again (off the UI thread), then show them."""
        session = self._session
        if session is None:
            return
        stored = stored_documents(session, self.cache_secret())
        draft_bases = session.setting(DRAFT_BASES, {})
        routed = routing_entry(session, stored, draft_bases)
        task = Task(lambda progress: read_documents(stored, progress, draft_bases=draft_bases,
                                                    routed=routed))
        task.signals.finished.connect(lambda reading: self._ready(session, reading))
        reading = self.tr("The documents could not be read.")
        task.signals.failed.connect(lambda detail: self._fail(reading, detail))
        task.signals.cancelled.connect(lambda: self._cancelled(session))
        self._track(task, self.tr("Reading documents"))

    def _ready(self, session: Session, reading: Reading) -> None:
        if session is not self._session:  # closed or replaced meanwhile
            return
        if not session.read_only:
            self._guard(lambda: store_reading(session, reading),
                        self.tr("The session could not be updated."))
        self._reading = reading
        self.desk = Desk(session, reading)
        self.deskReady.emit(self.desk)
        self._tell_set_aside(reading.set_aside)

    def _tell_set_aside(self, set_aside: Sequence[tuple[str, str, str]]) -> None:
        """A session holding two bases of one resolution (imported before such a base was
        refused) opens with the first; the drafter is told once which one is not used."""
        new = [item for item in set_aside if item[0] not in self._told]
        if not new:
            return
        self._told.update(name for name, _, _ in new)
        self._fail(self.tr("A base document of this session is not used."),
                   "\n".join(error_text(base_loaded(name, number, used))
                             for name, number, used in new))

    def _cancelled(self, session: Session) -> None:
        """Reading was cancelled: a session never shown is closed (its lock released);
        one already shown stays as it was."""
        if session is self._session and (self.desk is None or self.desk.session is not session):
            session.close()
            self._session = None
            self.desk = None
            self.deskReady.emit(None)
        self.cancelled.emit()

    def _track(self, task: Task, title: str) -> None:
        self._task = task
        self.progress.track(task, title)
        start(task)

    # --- importing -------------------------------------------------------------------

    def import_files(self, paths: Sequence[str | Path], role: str = "") -> None:
        """Add documents to the session: "base", "proposals", or "" to look at each."""
        if self._session is None:
            self.failed.emit(self.tr("Open or create a session first, then import documents."))
            return
        files = [Path(p) for p in paths]
        loaded = self.loaded()

        def work(progress: object) -> tuple[list[tuple[str, bytes, str]], list[str]]:
            out, refused = [], []
            for i, f in enumerate(files):
                if not progress(i, len(files), f.name):  # type: ignore[operator]
                    from editor.app.desk import Cancelled

                    raise Cancelled()
                try:
                    checked = check_document(f, role, loaded)  # refused here, never stored
                except SynopticError as err:  # the others still go in; this one is named
                    refused.append(error_text(err))
                    continue
                out.append((checked.name, checked.content, checked.role))
            return out, refused

        task = Task(work)
        task.signals.finished.connect(lambda result: self._add(*result))
        task.signals.failed.connect(lambda detail: self._fail(self.importing_failed(), detail))
        self._track(task, self.tr("Importing"))

    def _add(self, items: list[tuple[str, bytes, str]], refused: Sequence[str] = ()) -> None:
        session = self._session
        if session is None:
            return
        for name, content, role in items:
            self._guard(lambda n=name, c=content, r=role: session.add_document(n, c, r),
                        self.importing_failed())
        if items:
            self.reload()
        if refused:
            headline = self.tr("Some documents could not be imported; the others were.") \
                if items else self.importing_failed()
            self._fail(headline, "\n".join(refused))

    def loaded(self) -> Loaded:
        """What the open session holds, to refuse a document repeating it (its documents;
        their resolutions and proposal ids once it has been read)."""
        session = self._session
        if session is None:
            return Loaded()
        reading = self._reading if self.desk is not None and self.desk.session is session \
            else None
        return Loaded.of(((d.name, d.sha256) for d in session.documents()),
                         reading.base_files if reading else None,
                         reading.proposal_files if reading else None)

    def importing_failed(self) -> str:
        return self.tr("The document could not be imported.")

    # --- how documents are read ------------------------------------------------------

    def set_markings(self, markings: dict[int, str]) -> None:
        """Store how each document's revisions are read (id -> "" to detect, "tracked",
        "formatting", "none"), then read and route them again; decisions are kept."""
        session = self._session
        if session is None or not markings:
            return
        for doc_id, marking in markings.items():
            self._guard(lambda i=doc_id, m=marking: session.set_marking(i, m),
                        self.tr("The session could not be updated."))
        self.reload()

    def consolidate_drafts(self, draft: str, into: str | None) -> None:
        """Make new draft `into` the base of draft `draft` (None: apart again), then route
        the proposals again."""
        session = self._session
        if session is None:
            return
        chosen = dict(session.setting(DRAFT_BASES, {}) or {})
        if into is None:
            chosen.pop(draft, None)
        else:
            chosen[draft] = into
        self._guard(lambda: session.set_setting(DRAFT_BASES, chosen),
                    self.tr("The session could not be updated."))
        self.reload()

    # --- recent sessions ---------------------------------------------------------------

    def recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        items = [value] if isinstance(value, str) else list(value or []) if isinstance(
            value, list | tuple) else []
        return [p for p in items if Path(p).exists()]

    def _remember(self, path: Path) -> None:
        items = [str(path), *(p for p in self.recent() if p != str(path))]
        self.settings.setValue("recent", items[:MAX_RECENT])


def _with_suffix(path: str | Path) -> Path:
    path = Path(path)
    return path if path.suffix else path.with_suffix(SUFFIX)
