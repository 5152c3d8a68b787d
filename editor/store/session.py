"""A consolidation session in one SQLite file: documents, changes, decisions, audit log.

Never lose a decision: every `decide` is its own committed transaction (WAL, synchronous
FULL) before it returns, and the audit log is append-only, so a killed process keeps every
decision the user saw confirmed. The file is self-contained (the documents' bytes are in
it), so a colleague can open it without the originals.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from editor.core.errors import SessionError
from editor.core.model import Decision, DecisionState
from editor.store import schema
from editor.store.lock import SessionLock


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


MARKINGS = ("", "tracked", "formatting", "none")


@dataclass(frozen=True)
class StoredDocument:
    id: int
    name: str
    role: str  # "base" or "proposals"
    sha256: str
    marking: str  # "" = detect; else "tracked" / "formatting" / "none"
    added_at: str


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    decision: Decision
    origin: str


def _decision(row: Mapping[str, Any]) -> Decision:
    return Decision(
        target=row["target"],
        state=DecisionState(row["state"]),
        custom_text=row["custom_text"],
        author=row["author"] or "",
        time=row["time"] or "",
        note=row["note"] or "",
    )


class Session:
    """An open session file. Use `Session.create` / `Session.open`; close it when done."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        user: str,
        read_only: bool,
        lock: SessionLock | None,
        clock: Callable[[], str],
        version: int = schema.SCHEMA_VERSION,
    ) -> None:
        self.path = path
        self.version = version  # older only when opened read-only (see schema.READABLE_FROM)
        self.user = user
        self.read_only = read_only
        self._conn = conn
        self._db = Database(conn)
        self._lock = lock
        self._clock = clock

    # --- opening ---------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: str | Path, *, user: str, clock: Callable[[], str] = utc_now
    ) -> Session:
        path = Path(path)
        if path.exists():
            raise SessionError(path, "a file of that name already exists", code="session-exists")
        lock = SessionLock(path, user)
        try:
            conn = _durable(_connect(path, read_only=False))
            schema.create(Database(conn))
            with Database(conn).atomic() as db:
                db["meta"].insert({"key": "created_at", "value": clock()})  # type: ignore[union-attr]
                db["meta"].insert({"key": "created_by", "value": user})  # type: ignore[union-attr]
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, user=user, read_only=False, lock=lock, clock=clock)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        user: str,
        read_only: bool = False,
        clock: Callable[[], str] = utc_now,
    ) -> Session:
        """Open an existing session, refusing anything that is not one of ours.

        Opening for writing takes the lock; a session open elsewhere raises SessionError
        (the caller may then offer `read_only=True`).
        """
        path = Path(path)
        schema.sniff(path)
        lock = None if read_only else SessionLock(path, user)
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(path, read_only=read_only)
            version = schema.check(conn, path)
            if not read_only:
                _durable(conn)
            if version < schema.SCHEMA_VERSION:
                if not read_only:
                    schema.migrate(Database(conn), from_version=version)
                    version = schema.SCHEMA_VERSION
                elif version < schema.READABLE_FROM:
                    raise SessionError(
                        path, "an older session format: open it for writing once to upgrade",
                        code="session-old-format")
        except BaseException as err:
            # closed now, not when collected: an open connection keeps -wal/-shm files
            # beside a file we refuse (and keeps it locked on Windows)
            if conn is not None:
                # a failed statement held by the traceback would keep the connection
                # (a "zombie") open past close()
                traceback.clear_frames(err.__traceback__)
                conn.close()
            if lock:
                lock.release()
            if isinstance(err, sqlite3.DatabaseError):
                raise schema.corrupted(path, err) from err
            raise
        return cls(path, conn, user=user, read_only=read_only, lock=lock, clock=clock,
                   version=version)

    def close(self) -> None:
        self._conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- documents -------------------------------------------------------------------

    def add_document(self, name: str, content: bytes, role: str, marking: str = "") -> StoredDocument:
        if role not in ("base", "proposals"):
            raise ValueError(f"role must be 'base' or 'proposals', not {role!r}")
        digest = hashlib.sha256(content).hexdigest()
        with self._writing() as db:
            existing = list(db["documents"].rows_where("sha256 = ?", [digest]))
            if existing:
                return self._document(existing[0])
            row = {
                "name": name,
                "role": role,
                "sha256": digest,
                "content": content,
                "marking": marking,
                "added_at": self._clock(),
            }
            doc_id = db["documents"].insert(row).last_pk  # type: ignore[union-attr]
        return self._document({**row, "id": doc_id})

    def documents(self) -> tuple[StoredDocument, ...]:
        rows = self._db.query(
            "SELECT id, name, role, sha256, marking, added_at FROM documents ORDER BY id"
        )
        return tuple(self._document(r) for r in rows)

    def set_marking(self, doc_id: int, marking: str) -> StoredDocument:
        """How the document's revisions are read: "" = detect, or "tracked" / "formatting"
        / "none" (the drafter's choice when the detection is wrong)."""
        if marking not in MARKINGS:
            raise ValueError(f"marking must be one of {MARKINGS}, not {marking!r}")
        with self._writing() as db:
            rows = list(db["documents"].rows_where("id = ?", [doc_id]))
            if not rows:
                raise KeyError(doc_id)
            db.execute("UPDATE documents SET marking = ? WHERE id = ?", [marking, doc_id])
        return self._document({**rows[0], "marking": marking})

    def document_content(self, doc_id: int) -> bytes:
        row = self._conn.execute("SELECT content FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return bytes(row[0])

    @staticmethod
    def _document(row: Mapping[str, Any]) -> StoredDocument:
        return StoredDocument(
            id=int(row["id"]),
            name=row["name"],
            role=row["role"],
            sha256=row["sha256"],
            marking=row["marking"] or "",
            added_at=row["added_at"],
        )

    # --- changes snapshot ------------------------------------------------------------

    def set_changes(self, changes: Iterable[Mapping[str, Any]]) -> None:
        """Replace the stored snapshot of computed changes (id, resolution, kind, ...).

        An id given twice is stored once, as first given: a change is decided by its id, so
        a second entry could only be the same change again (routing never gives one)."""
        first: dict[str, Mapping[str, Any]] = {}
        for c in changes:
            first.setdefault(c["id"], c)
        rows = [
            (c["id"], c.get("resolution", ""), c.get("kind", ""), c.get("provision", ""),
             c.get("old", ""), c.get("new", ""), json.dumps(list(c.get("sources", ()))), i)
            for i, c in enumerate(first.values())
        ]
        with self._writing():
            # mostly the snapshot stored last time: then not written again (nor fsynced)
            if self._conn.execute(_SNAPSHOT).fetchall() == rows:
                return
            self._conn.execute("DELETE FROM changes")
            self._conn.executemany(
                "INSERT INTO changes (id, resolution, kind, provision, old, new, sources, "
                "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def changes(self) -> list[dict[str, Any]]:
        rows = self._db.query("SELECT * FROM changes ORDER BY position")
        return [{**r, "sources": json.loads(r["sources"])} for r in rows]

    # --- decisions -------------------------------------------------------------------

    def decide(
        self,
        target: str,
        state: DecisionState,
        *,
        custom_text: str | None = None,
        note: str = "",
        origin: str = "user",
    ) -> Decision:
        """Record a decision; it is committed to disk when this returns."""
        return self.decide_many([(target, state, custom_text, note)], origin=origin)[0]

    def decide_many(
        self,
        items: Iterable[tuple[str, DecisionState, str | None, str]],
        *,
        origin: str = "batch",
    ) -> list[Decision]:
        """Several decisions (target, state, custom_text, note) in one transaction."""
        time = self._clock()
        decisions = [
            Decision(target, DecisionState(state), custom_text, self.user, time, note)
            for target, state, custom_text, note in items
        ]
        rows = [(d.target, d.state.value, d.custom_text, d.author, d.time, d.note)
                for d in decisions]
        # one statement per table for the whole batch (30,000 accepts at once stay quick),
        # in one transaction committed before this returns
        with self._writing():
            self._conn.executemany(
                "INSERT INTO decisions (target, state, custom_text, author, time, note) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (target) DO UPDATE SET "
                "state = excluded.state, custom_text = excluded.custom_text, "
                "author = excluded.author, time = excluded.time, note = excluded.note", rows)
            self._conn.executemany(
                "INSERT INTO audit (target, state, custom_text, author, time, note, origin) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", [(*row, origin) for row in rows])
        return decisions

    def decision(self, target: str) -> Decision | None:
        rows = list(self._db["decisions"].rows_where("target = ?", [target]))
        return _decision(rows[0]) if rows else None

    def decisions(self) -> dict[str, Decision]:
        return {r["target"]: _decision(r) for r in self._db["decisions"].rows}

    def log(self, target: str | None = None) -> tuple[AuditEntry, ...]:
        where, args = ("WHERE target = ?", [target]) if target else ("", [])
        rows = self._db.query(f"SELECT * FROM audit {where} ORDER BY seq", args)
        return tuple(AuditEntry(int(r["seq"]), _decision(r), r["origin"]) for r in rows)

    # --- parse cache -----------------------------------------------------------------

    def cached(self, keys: Iterable[str]) -> dict[str, bytes]:
        """The cache entries (see `schema.TABLES["cache"]`) of `keys` this file holds.

        What comes back is whatever the file says: the caller checks it before use."""
        if self.version < schema.SINCE["cache"]:
            return {}
        wanted = list(dict.fromkeys(keys))
        out: dict[str, bytes] = {}
        try:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                marks = ", ".join("?" * len(chunk))
                for key, data in self._conn.execute(
                        f"SELECT key, data FROM cache WHERE key IN ({marks})", chunk):
                    out[key] = bytes(data)
        except sqlite3.DatabaseError as err:
            raise schema.corrupted(self.path, err) from err
        return out

    def set_cached(self, entries: Mapping[str, bytes], keep: Iterable[str] = ()) -> None:
        """Store `entries` and drop every other entry whose key is not in `keep`: the cache
        holds what the documents need now, nothing stale."""
        kept = {*keep, *entries}
        with self._writing():
            stale = [k for (k,) in self._conn.execute("SELECT key FROM cache") if k not in kept]
            self._conn.executemany("DELETE FROM cache WHERE key = ?", [(k,) for k in stale])
            self._conn.executemany("INSERT OR REPLACE INTO cache (key, data) VALUES (?, ?)",
                                   list(entries.items()))

    # --- settings --------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self._writing() as db:
            db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")  # type: ignore[union-attr]

    # --- saving ----------------------------------------------------------------------

    def save_as(self, target: str | Path) -> None:
        """Write a copy to `target` atomically, then continue working in it.

        The copy is complete in a temporary file next to the target before it is renamed
        over it, so a crash leaves either the old target or the new one, never half.
        """
        target = Path(target).resolve()
        if target == self.path.resolve():
            return
        new_lock = None if self.read_only else SessionLock(target, self.user)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            tmp.unlink(missing_ok=True)
            self._conn.execute("VACUUM INTO ?", (str(tmp),))
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        except BaseException:
            tmp.unlink(missing_ok=True)
            if new_lock:
                new_lock.release()
            raise
        self.close()
        self.path = target
        self._conn = _connect(target, read_only=self.read_only)
        if not self.read_only:
            _durable(self._conn)
        self._db = Database(self._conn)
        self._lock = new_lock

    @contextmanager
    def _writing(self) -> Iterator[Database]:
        if self.read_only:
            raise SessionError(self.path, "opened read-only: nothing can be changed",
                               code="session-read-only")
        try:
            with self._db.atomic() as db:
                yield db
        except sqlite3.DatabaseError as err:
            if getattr(err, "sqlite_errorname", "") in _OUR_DATA:
                # A key or a value our own data got wrong (a bug, not damage): rolled back,
                # and not called a corrupted file, which would send the drafter to a backup.
                detail = " ".join(str(err).split())
                raise SessionError(
                    self.path, f"could not be saved ({detail}): an error in Synoptic, the "
                               "file is not damaged", code="session-write-refused",
                    params={"detail": detail}) from err
            # Damage quick_check did not see at opening, or a failing disk: the change is
            # rolled back and reported, never half-written nor silently dropped.
            raise schema.corrupted(self.path, err) from err


# constraints only our own rows can break (a trigger or a check is not in our schema)
_OUR_DATA = frozenset({"SQLITE_CONSTRAINT_PRIMARYKEY", "SQLITE_CONSTRAINT_UNIQUE",
                       "SQLITE_CONSTRAINT_NOTNULL"})


_SNAPSHOT = ("SELECT id, resolution, kind, provision, old, new, sources, position FROM changes "
             "ORDER BY position")


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)  # autocommit; atomic() opens BEGIN
    # A colleague's file is data: functions in its schema must never run.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA busy_timeout = 2000")
    return conn


def _durable(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Switch a checked, writable session to WAL with a full sync at every commit."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":  # pragma: no cover - directories cannot be fsynced on Windows
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
