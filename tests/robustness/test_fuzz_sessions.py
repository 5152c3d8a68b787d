"""Fuzzing session files: a damaged or foreign file is refused with a `SessionError` naming it,
left byte-identical with nothing beside it, and never hangs; a file that is accepted can be
used (read, and written when opened for writing) without any other exception.

Inputs: a real session (documents, changes, decisions, audit, settings) with flipped bytes,
truncated, its schema or values tampered with through SQL, and random SQLite databases.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from functools import cache
from pathlib import Path

import pytest
from fuzzing import SAMPLES, corpus, fuzz_settings, watchdog
from hypothesis import given
from hypothesis import strategies as st

from editor.core.errors import SessionError
from editor.core.model import DecisionState
from editor.store import Session
from editor.store.schema import APPLICATION_ID, SCHEMA_VERSION

STATES = list(DecisionState)


@cache
def real_session() -> bytes:
    """The bytes of a session as the application leaves it, built once."""
    folder = Path(__import__("tempfile").mkdtemp(prefix="synoptic-fuzz-"))
    path = folder / "real.synoptic"
    try:
        with Session.create(path, user="drafter", clock=lambda: "2026-05-01T10:00:00.000Z") as s:
            for sample in SAMPLES[:2]:
                s.add_document(sample.name, sample.read_bytes()[:6_000], "proposals")
            s.set_changes(
                {"id": f"101:{i}:mod", "resolution": "101", "old": "é" * i, "new": "ü", "sources": ["ARB/79A3/1"]}
                for i in range(30)
            )
            for i in range(80):
                custom = "texte révisé « ok »" * (i % 7) if i % 3 == 0 else None
                s.decide(f"101:{i % 30}:mod", STATES[i % 3], custom_text=custom, note=f"n{i}")
            s.set_setting("view", {"columns": ["ARB", "EUR"], "zoom": 1.25})
        return path.read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def try_open(path: Path, read_only: bool) -> None:
    """The property, for one file."""
    before = path.read_bytes()
    siblings = set(path.parent.iterdir())
    with watchdog():
        try:
            session = Session.open(path, user="colleague", read_only=read_only)
        except SessionError as err:
            message = str(err)
            assert message.startswith(f"{path.name}: ") and "\n" not in message, message
            assert path.read_bytes() == before, "a refused file was modified"
            left = set(path.parent.iterdir()) - siblings
            if read_only:  # SQLite's read-only WAL connections leave these, empty
                left = {p for p in left if not (p.name.endswith(("-wal", "-shm")) and _small(p))}
            assert not left, f"a refused file left {sorted(p.name for p in left)} beside it"
            return
        with session:
            use(session)


def _small(path: Path) -> bool:
    return path.stat().st_size <= (32 * 1024 if path.name.endswith("-shm") else 0)


def use(session: Session) -> None:
    """What the application does with a session it opened; only SessionError may escape."""
    try:
        decisions = session.decisions()
        log = session.log()
        for doc in session.documents():
            session.document_content(doc.id)
        session.changes()
        session.setting("view")
        if not session.read_only:
            session.decide("101:1:mod", DecisionState.ACCEPTED, custom_text="é")
            assert session.decision("101:1:mod") is not None
            assert len(session.log()) == len(log) + 1
            assert len(session.decisions()) >= len(decisions)
    except SessionError as err:
        assert str(err).startswith(f"{session.path.name}: ")


def fresh(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> Path:
    path = tmp_path_factory.mktemp("session") / "fuzzed.synoptic"
    path.write_bytes(data)
    return path


# --- byte-level damage ------------------------------------------------------------------


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(real_session())
    op = draw(st.sampled_from(["flip", "flip header", "truncate", "zero page", "shuffle pages"]))
    page = 4096
    if op == "truncate":
        return bytes(data[: draw(st.integers(0, len(data) - 1))])
    if op == "zero page":
        at = draw(st.integers(0, len(data) // page - 1)) * page
        data[at : at + page] = bytes(page)
        return bytes(data)
    if op == "shuffle pages":
        a, b = (draw(st.integers(1, len(data) // page - 1)) * page for _ in range(2))
        data[a : a + page], data[b : b + page] = data[b : b + page], data[a : a + page]
        return bytes(data)
    limit = 100 if op == "flip header" else len(data)
    for _ in range(draw(st.integers(1, 30))):
        at = draw(st.integers(0, limit - 1))
        data[at] = draw(st.integers(0, 255))
    return bytes(data)


@fuzz_settings(150)
@given(data=damaged(), read_only=st.booleans())
def test_damaged_sessions(tmp_path_factory: pytest.TempPathFactory, data: bytes, read_only: bool) -> None:
    try_open(fresh(tmp_path_factory, data), read_only)


# --- tampering through SQL ------------------------------------------------------------------

TABLES = ["meta", "documents", "changes", "decisions", "audit", "settings"]
ODD_VALUES = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True),
    st.binary(max_size=20),
    st.text(max_size=20),
    st.sampled_from(["accepted", "pending", "rejected", "[1,", "{}", "null", "[\"ARB\"]"]),
)


@st.composite
def tampering(draw: st.DrawFn) -> list[tuple[str, tuple[object, ...]]]:
    table = draw(st.sampled_from(TABLES))
    column = draw(st.sampled_from(["target", "state", "custom_text", "sources", "value", "content",
                                   "id", "seq", "position", "name", "author", "time"]))
    statements = {
        "drop table": (f"DROP TABLE {table}", ()),
        "drop column": (f"ALTER TABLE {table} DROP COLUMN {column}", ()),
        "add column": (f"ALTER TABLE {table} ADD COLUMN extra TEXT DEFAULT 'x'", ()),
        "rename table": (f"ALTER TABLE {table} RENAME TO {table}_old", ()),
        "extra table": ("CREATE TABLE payload (x)", ()),
        "view": (f"CREATE VIEW v AS SELECT * FROM {table}", ()),
        "trigger": (f"CREATE TRIGGER t AFTER INSERT ON {table} BEGIN SELECT 1; END", ()),
        "index": (f"CREATE INDEX ix ON {table} (rowid)", ()),
        "application id": (f"PRAGMA application_id = {draw(st.integers(-(2**31), 2**31 - 1))}", ()),
        "user version": (f"PRAGMA user_version = {draw(st.sampled_from([0, 1, SCHEMA_VERSION, 3, -1, 99]))}", ()),
        "value": (f"UPDATE {table} SET {column} = ?", (draw(ODD_VALUES),)),
        "row": (f"INSERT INTO {table} ({column}) VALUES (?)", (draw(ODD_VALUES),)),
        "delete": (f"DELETE FROM {table}", ()),
        "journal": (f"PRAGMA journal_mode = {draw(st.sampled_from(['DELETE', 'WAL', 'TRUNCATE']))}", ()),
    }
    names = draw(st.lists(st.sampled_from(sorted(statements)), min_size=1, max_size=3))
    return [statements[n] for n in names]


@fuzz_settings(150)
@given(statements=tampering(), read_only=st.booleans())
def test_tampered_sessions(
    tmp_path_factory: pytest.TempPathFactory,
    statements: list[tuple[str, tuple[object, ...]]],
    read_only: bool,
) -> None:
    path = fresh(tmp_path_factory, real_session())
    conn = sqlite3.connect(path, isolation_level=None)
    for sql, args in statements:
        with contextlib.suppress(sqlite3.DatabaseError):  # not allowed here: file unchanged
            conn.execute(sql, args)
    conn.close()
    try_open(path, read_only)


# --- foreign databases ----------------------------------------------------------------------

IDENTIFIERS = st.sampled_from(TABLES + ["t", "x y", "documents2"])


@st.composite
def foreign_database(draw: st.DrawFn) -> list[tuple[str, tuple[object, ...]]]:
    statements: list[tuple[str, tuple[object, ...]]] = []
    for table in draw(st.lists(IDENTIFIERS, unique=True, max_size=6)):
        columns = draw(st.lists(st.sampled_from(["key", "value", "target", "state", "id", "seq",
                                                 "content", "sources", "z"]), unique=True, min_size=1, max_size=5))
        statements.append((f"CREATE TABLE [{table}] ({', '.join(columns)})", ()))
        for _ in range(draw(st.integers(0, 3))):
            values = tuple(draw(ODD_VALUES) for _ in columns)
            statements.append((f"INSERT INTO [{table}] VALUES ({', '.join('?' * len(columns))})", values))
    if draw(st.booleans()):
        statements.append((f"PRAGMA application_id = {APPLICATION_ID}", ()))
    if draw(st.booleans()):
        statements.append(("ANALYZE", ()))  # SQLite's own sqlite_stat1 table
    statements.append((f"PRAGMA user_version = {draw(st.sampled_from([0, 1, 2, 7]))}", ()))
    return statements


@fuzz_settings(100)
@given(statements=foreign_database(), read_only=st.booleans())
def test_random_sqlite_databases(
    tmp_path_factory: pytest.TempPathFactory,
    statements: list[tuple[str, tuple[object, ...]]],
    read_only: bool,
) -> None:
    path = tmp_path_factory.mktemp("foreign") / "other.synoptic"
    conn = sqlite3.connect(path, isolation_level=None)
    for sql, args in statements:
        conn.execute(sql, args)
    conn.close()
    try_open(path, read_only)


@fuzz_settings(100)
@given(tail=st.binary(max_size=8_192), read_only=st.booleans())
def test_sqlite_header_then_garbage(
    tmp_path_factory: pytest.TempPathFactory, tail: bytes, read_only: bool
) -> None:
    try_open(fresh(tmp_path_factory, b"SQLite format 3\x00" + tail), read_only)


# --- regression corpus ------------------------------------------------------------------------

REPLAY = corpus(".synoptic")


def test_corpus_is_not_empty() -> None:
    assert REPLAY


@pytest.mark.parametrize("path", REPLAY, ids=lambda p: p.name)
@pytest.mark.parametrize("read_only", [False, True])
def test_corpus_replay(tmp_path: Path, path: Path, read_only: bool) -> None:
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    try_open(copy, read_only)
