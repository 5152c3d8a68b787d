"""A session file from someone else is data: every kind of foreign file is refused clearly."""

import sqlite3
import zipfile
from pathlib import Path

import pytest

from editor.core.errors import SessionError
from editor.core.model import DecisionState
from editor.store import Session
from editor.store.schema import APPLICATION_ID


def make_session(path: Path) -> Path:
    with Session.create(path, user="a") as s:
        s.decide("c1", DecisionState.ACCEPTED)
    return path


def tamper(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_docx_is_not_a_session(tmp_path: Path) -> None:
    path = tmp_path / "prop.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(SessionError, match=r"prop\.docx: not a Synoptic session \(not an SQLite"):
        Session.open(path, user="u")


def test_random_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    tamper(path, "CREATE TABLE t (x)")
    with pytest.raises(SessionError, match="SQLite database of another program"):
        Session.open(path, user="u")


def test_newer_version_is_refused(tmp_path: Path) -> None:
    path = make_session(tmp_path / "new.synoptic")
    tamper(path, "PRAGMA user_version = 99")
    with pytest.raises(SessionError, match="newer Synoptic .*format 99"):
        Session.open(path, user="u")


@pytest.mark.parametrize("read_only", [False, True])
def test_a_cache_table_in_an_older_format_is_refused(tmp_path: Path, read_only: bool) -> None:
    path = make_session(tmp_path / "mixed.synoptic")
    tamper(path, "PRAGMA user_version = 2")  # v2 had no cache: this one is not what it says
    with pytest.raises(SessionError, match="unexpected content.*table cache"):
        Session.open(path, user="u", read_only=read_only)


def test_trigger_smuggled_in_is_refused(tmp_path: Path) -> None:
    path = make_session(tmp_path / "evil.synoptic")
    tamper(
        path,
        "CREATE TRIGGER t AFTER INSERT ON decisions BEGIN DELETE FROM audit; END",
    )
    with pytest.raises(SessionError, match="unexpected content.*trigger t"):
        Session.open(path, user="u")


def test_view_and_extra_table_are_refused(tmp_path: Path) -> None:
    path = make_session(tmp_path / "odd.synoptic")
    tamper(path, "CREATE VIEW v AS SELECT 1", "CREATE TABLE extra (x)")
    with pytest.raises(SessionError, match="table extra.*view v|view v.*table extra"):
        Session.open(path, user="u")


def test_missing_column_is_refused(tmp_path: Path) -> None:
    path = make_session(tmp_path / "cols.synoptic")
    tamper(path, "ALTER TABLE decisions DROP COLUMN note")
    with pytest.raises(SessionError, match="decisions lacks columns: note"):
        Session.open(path, user="u")


def test_corrupted_file_is_refused(tmp_path: Path) -> None:
    path = make_session(tmp_path / "bad.synoptic")
    data = bytearray(path.read_bytes())
    for i in range(200, len(data), 97):  # scribble over the pages, keep the header
        data[i] = (data[i] + 91) % 256
    path.write_bytes(bytes(data))
    with pytest.raises(SessionError, match=r"bad\.synoptic: .*corrupted|bad\.synoptic: not a Synoptic"):
        Session.open(path, user="u")


def test_truncated_header_and_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.synoptic"
    empty.write_bytes(b"")
    with pytest.raises(SessionError, match="not an SQLite database"):
        Session.open(empty, user="u")
    with pytest.raises(SessionError, match="no such session file"):
        Session.open(tmp_path / "nope.synoptic", user="u")


def test_application_id_is_ours(tmp_path: Path) -> None:
    path = make_session(tmp_path / "s.synoptic")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_refused_file_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    tamper(path, "CREATE TABLE t (x)")
    before = path.read_bytes()
    with pytest.raises(SessionError):
        Session.open(path, user="u")
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".*lock"))


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        # Regressions (fuzzing): a flipped byte inside a record passed the integrity check,
        # then reading the decisions raised sqlite3.OperationalError (bad UTF-8).
        (
            "UPDATE decisions SET custom_text = CAST(X'78FF78' AS TEXT)",
            "unreadable values in decisions",
        ),
        ("UPDATE audit SET time = CAST(X'32C3' AS TEXT)", "unreadable values in audit"),
        ("UPDATE decisions SET note = X'00'", r"bad values in decisions\.note"),
        (
            "INSERT INTO changes (id, sources, position) VALUES ('x', '[\"ARB', 0)",
            "unreadable values in changes",
        ),
        ("INSERT INTO settings VALUES ('k', 'not json')", "unreadable values in settings"),
        ("INSERT INTO cache VALUES ('k', 'text, not a blob')", r"bad values in cache\.data"),
        ("INSERT INTO cache VALUES (X'6B', X'00')", r"bad values in cache\.key"),
    ],
)
def test_damaged_values_are_refused_on_opening(tmp_path: Path, sql: str, problem: str) -> None:
    path = make_session(tmp_path / "damaged.synoptic")
    tamper(path, sql)
    before = path.read_bytes()
    message = rf"damaged\.synoptic: the session file is corrupted \({problem}"
    with pytest.raises(SessionError, match=message):
        Session.open(path, user="u")
    assert path.read_bytes() == before


def test_refused_file_leaves_nothing_beside_it(tmp_path: Path) -> None:
    # Regression (fuzzing): the connection to a refused file stayed open until collected,
    # leaving -wal and -shm files next to a truncated WAL-mode session. (A read-only
    # connection always leaves them, empty: SQLite's behaviour, for good files too.)
    path = tmp_path / "cut.synoptic"
    path.write_bytes(b"SQLite format 3\x00\x10\x00\x02\x02")
    with pytest.raises(SessionError, match=r"cut\.synoptic: the session file is corrupted"):
        Session.open(path, user="u")
    assert [p.name for p in tmp_path.iterdir()] == ["cut.synoptic"]
    assert path.read_bytes() == b"SQLite format 3\x00\x10\x00\x02\x02"


def test_damaged_schema_is_refused_on_one_line(tmp_path: Path) -> None:
    # Regression (fuzzing): SQLite's message quoted the damaged schema, newlines included,
    # and the SessionError carried it: several lines for the CLI and the GUI's dialog.
    path = make_session(tmp_path / "schema.synoptic")
    tamper(
        path,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = 'CREATE TABLE audit (\n  [seq] INTEGER,\n  \"target TEXT\n)'"
        " WHERE name = 'audit'",
    )
    with pytest.raises(SessionError, match=r"schema\.synoptic: the session file is corrupted") as caught:
        Session.open(path, user="u")
    assert "\n" not in str(caught.value)
    assert "malformed database schema (audit)" in str(caught.value)


def test_damage_found_while_writing_is_a_session_error(tmp_path: Path) -> None:
    path = make_session(tmp_path / "late.synoptic")
    with Session.open(path, user="u") as s:
        # the audit insert fails after the decision row was written in the same transaction
        # (a trigger added behind the open session's back, as damage would be found late)
        tamper(path, "CREATE TRIGGER broken BEFORE INSERT ON audit BEGIN "
                     "SELECT RAISE(ABORT, 'database disk image is malformed'); END")
        with pytest.raises(SessionError, match=r"late\.synoptic: the session file is corrupted"):
            s.decide("c2", DecisionState.REJECTED)
        tamper(path, "DROP TRIGGER broken")
        assert s.decision("c2") is None  # rolled back whole: no decision without its log entry
        s.set_changes([{"id": "c0"}])
        tamper(path, "CREATE TRIGGER broken BEFORE INSERT ON changes BEGIN "
                     "SELECT RAISE(ABORT, 'disk I/O error'); END")
        with pytest.raises(SessionError, match=r"late\.synoptic: the session file is corrupted"):
            s.set_changes([{"id": "c1"}, {"id": "c2"}])
        assert [c["id"] for c in s.changes()] == ["c0"]  # the old snapshot stays whole
