"""Session file schema: creation, migrations and the checks run before trusting a file.

A session file comes from a colleague by e-mail: it is data, never code. Before anything is
read, `check` makes sure it is a Synoptic session of a version we understand, with exactly
our tables and nothing that could run (no triggers, no views).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from editor.core.errors import SessionError

# "SYNO" as a big-endian 32-bit integer: marks the file as ours in the SQLite header.
APPLICATION_ID = 0x53594E4F
SCHEMA_VERSION = 3
READABLE_FROM = 2  # older files open read-only as they are (v3 only adds the cache)
SQLITE_HEADER = b"SQLite format 3\x00"

TABLES: dict[str, dict[str, type]] = {
    "meta": {"key": str, "value": str},
    "documents": {
        "id": int,
        "name": str,
        "role": str,  # "base" or "proposals"
        "sha256": str,
        "content": bytes,
        "marking": str,  # the user's override of revision detection, "" = auto
        "added_at": str,
    },
    "changes": {
        "id": str,
        "resolution": str,
        "kind": str,
        "provision": str,
        "old": str,
        "new": str,
        "sources": str,  # JSON list of proposal ids
        "position": int,
    },
    "decisions": {
        "target": str,
        "state": str,
        "custom_text": str,
        "author": str,
        "time": str,
        "note": str,
    },
    "audit": {
        "seq": int,
        "target": str,
        "state": str,
        "custom_text": str,
        "author": str,
        "time": str,
        "note": str,
        "origin": str,  # "user", "batch", "undo", "redo", "merge:<file>"
    },
    "settings": {"key": str, "value": str},
    # v3: what opening computes (each document as parsed, the routing of them all), so that
    # opening again need not; `key` hashes its inputs and the code's version, `data` is
    # compressed JSON checked whole when read (`editor.app.parse_cache`)
    "cache": {"key": str, "data": bytes},
}
PRIMARY_KEYS = {
    "meta": "key",
    "documents": "id",
    "changes": "id",
    "decisions": "target",
    "audit": "seq",
    "settings": "key",
    "cache": "key",
}
SINCE = {"changes": 2, "cache": 3}  # tables added after v1, by the version adding them


def _create_v1(db: Database) -> None:
    for name in ("meta", "documents", "decisions", "audit", "settings"):
        columns = dict(TABLES[name])
        db[name].create(columns, pk=PRIMARY_KEYS[name])  # type: ignore[union-attr]
    db["audit"].create_index(["target"])  # type: ignore[union-attr]


def _migrate_v1_to_v2(db: Database) -> None:
    # v2 keeps a snapshot of the computed changes, so `session show` needs no recompute.
    db["changes"].create(dict(TABLES["changes"]), pk="id")  # type: ignore[union-attr]


def _migrate_v2_to_v3(db: Database) -> None:
    db["cache"].create(dict(TABLES["cache"]), pk="key")  # type: ignore[union-attr]


MIGRATIONS: dict[int, Callable[[Database], None]] = {1: _migrate_v1_to_v2, 2: _migrate_v2_to_v3}


def tables_of(version: int) -> set[str]:
    """The tables a session file of `version` holds."""
    return {name for name in TABLES if SINCE.get(name, 1) <= version}


def create(db: Database) -> None:
    """Lay out a new, empty session at the current schema version."""
    with db.atomic():
        _create_v1(db)
        migrate(db, from_version=1)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def migrate(db: Database, from_version: int) -> None:
    """Apply every migration from `from_version` up to SCHEMA_VERSION, in one transaction."""
    with db.atomic():
        version = from_version
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](db)
            version += 1
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def corrupted(path: Path, err: Exception) -> SessionError:
    """The error for a file SQLite cannot read, on one line (its message may quote the
    damaged schema, newlines included, or a damaged value pages long)."""
    detail = " ".join(str(err).split())
    if len(detail) > 120:
        detail = detail[:119] + "…"
    return damaged(path, detail)


def damaged(path: Path, detail: str) -> SessionError:
    return SessionError(path, f"the session file is corrupted ({detail})",
                        code="session-corrupted", params={"detail": detail})


def sniff(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLite opens it."""
    if not path.exists():
        raise SessionError(path, "no such session file", code="session-missing")
    if not path.is_file():
        raise SessionError(path, "not a file", code="session-not-file")
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise SessionError(path, "not a Synoptic session (not an SQLite database)",
                           code="session-not-sqlite")


def check(conn: sqlite3.Connection, path: Path) -> int:
    """Validate an opened file; return its schema version (maybe older than ours)."""
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise damaged(path, "integrity check failed")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as err:
        raise corrupted(path, err) from err
    if app_id != APPLICATION_ID:
        raise SessionError(path, "not a Synoptic session (an SQLite database of another program)",
                           code="session-foreign")
    if version > SCHEMA_VERSION:
        raise SessionError(
            path,
            f"made by a newer Synoptic (session format {version}, this one reads up to "
            f"{SCHEMA_VERSION}): update Synoptic to open it",
            code="session-newer",
            params={"version": str(version), "supported": str(SCHEMA_VERSION)},
        )
    if version < 1:
        raise SessionError(path, "not a Synoptic session (no format version)",
                           code="session-no-version")
    expected = tables_of(version)
    tables = {name for kind, name, _ in objects if kind == "table"}
    foreign = [f"{kind} {name}" for kind, name, _ in objects if kind in ("trigger", "view")]
    foreign += [f"table {name}" for name in tables - expected if not name.startswith("sqlite_")]
    if foreign:
        listed = ", ".join(sorted(foreign))
        raise SessionError(path, f"unexpected content in session file: {listed}",
                           code="session-unexpected", params={"found": listed})
    if missing := expected - tables:
        listed = ", ".join(sorted(missing))
        raise SessionError(path, f"session file is missing tables: {listed}",
                           code="session-missing-tables", params={"tables": listed})
    for table in sorted(expected):
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}
        if lacking := set(TABLES[table]) - columns:
            names = ", ".join(sorted(lacking))
            raise SessionError(path, f"session file table {table} lacks columns: {names}",
                               code="session-missing-columns",
                               params={"table": table, "columns": names})
    _check_values(conn, path, expected)
    states = {"pending", "accepted", "rejected"}
    for table in ("decisions", "audit"):
        found = {row[0] for row in conn.execute(f"SELECT DISTINCT state FROM {table}")}
        if bad := found - states:
            listed = str(sorted(bad))
            raise SessionError(path, f"session file has unknown decision states: {listed}",
                               code="session-unknown-states", params={"states": listed})
    return int(version)


_SQL_TYPES = {str: "'text', 'null'", bytes: "'blob'", int: "'integer'"}
_JSON_COLUMNS = {"changes": "sources", "settings": "value"}


def _check_values(conn: sqlite3.Connection, path: Path, tables: set[str]) -> None:
    """Every value of the type the session code reads it as.

    A flipped byte inside a record passes SQLite's integrity check yet may break the UTF-8
    of a text, the type of a value or a JSON column: refused here, not when first read.
    """
    for table in sorted(tables):
        for column, kind in TABLES[table].items():
            sql = f"SELECT 1 FROM [{table}] WHERE typeof([{column}]) NOT IN ({_SQL_TYPES[kind]})"
            if conn.execute(sql + " LIMIT 1").fetchone():
                raise damaged(path, f"bad values in {table}.{column}")
        texts = [c for c, kind in TABLES[table].items() if kind is str]
        columns = ", ".join(f"[{c}]" for c in texts)
        try:
            for _ in conn.execute(f"SELECT {columns} FROM [{table}]"):  # decodes every text
                pass
            if table in _JSON_COLUMNS:  # each distinct value once (sources lists repeat)
                query = f"SELECT DISTINCT [{_JSON_COLUMNS[table]}] FROM [{table}]"
                for (value,) in conn.execute(query):
                    json.loads(value)
        except (sqlite3.DatabaseError, ValueError, TypeError) as err:
            # not the error's text: it quotes the damaged value, maybe pages long
            raise damaged(path, f"unreadable values in {table}") from err
