"""Session store: decisions, documents, audit log, settings, save-as, locking, round trip."""

import itertools
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.errors import SessionError
from editor.core.model import DecisionState
from editor.store import Session, schema
from editor.store.lock import lock_path


def ticking_clock():
    counter = itertools.count()
    return lambda: f"2026-11-23T10:00:{next(counter):02d}.000Z"


@pytest.fixture
def session(tmp_path: Path):
    s = Session.create(tmp_path / "s.synoptic", user="alice", clock=ticking_clock())
    yield s
    s.close()


def test_decisions_are_recorded_with_author_time_and_note(session: Session) -> None:
    d = session.decide("c1", DecisionState.ACCEPTED, note="agreed in DT/3")
    # tick 0 went to the session's creation time
    assert (d.author, d.time, d.note) == ("alice", "2026-11-23T10:00:01.000Z", "agreed in DT/3")
    session.decide("c1", DecisionState.REJECTED)
    assert session.decision("c1").state is DecisionState.REJECTED
    assert [e.decision.state for e in session.log("c1")] == [
        DecisionState.ACCEPTED,
        DecisionState.REJECTED,
    ]


def test_custom_text_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "s.synoptic"
    with Session.create(path, user="bob") as s:
        s.decide("conflict:7", DecisionState.ACCEPTED, custom_text="texte [convenu]")
    with Session.open(path, user="bob") as s:
        assert s.decision("conflict:7").custom_text == "texte [convenu]"


def test_documents_are_stored_by_content_once(session: Session) -> None:
    a = session.add_document("base-res101.docx", b"PK\x03\x04 base", "base")
    again = session.add_document("copy.docx", b"PK\x03\x04 base", "base")
    assert a.id == again.id and len(session.documents()) == 1
    assert session.document_content(a.id) == b"PK\x03\x04 base"
    assert len(a.sha256) == 64


def test_changes_snapshot_keeps_order_and_sources(session: Session) -> None:
    rows = [
        {"id": "b", "resolution": "101", "kind": "text", "sources": ["ARB/79A3/1", "EUR/12A1/1"]},
        {"id": "a", "resolution": "101", "kind": "insert", "sources": ["IAP/34A2/1"]},
    ]
    session.set_changes(rows)
    assert [(c["id"], c["sources"]) for c in session.changes()] == [
        ("b", ["ARB/79A3/1", "EUR/12A1/1"]),
        ("a", ["IAP/34A2/1"]),
    ]


def test_settings_round_trip(session: Session) -> None:
    session.set_setting("columns.hidden", ["IAP"])
    assert session.setting("columns.hidden") == ["IAP"]
    assert session.setting("missing", 3) == 3


def test_second_writer_is_refused_and_read_only_works(tmp_path: Path) -> None:
    path = tmp_path / "s.synoptic"
    with Session.create(path, user="alice") as first:
        first.decide("c1", DecisionState.ACCEPTED)
        with pytest.raises(SessionError, match=r"s\.synoptic: already open in another Synoptic \(user alice"):
            Session.open(path, user="bob")
        with Session.open(path, user="bob", read_only=True) as viewer:
            assert viewer.decision("c1").state is DecisionState.ACCEPTED
            with pytest.raises(SessionError, match="read-only"):
                viewer.decide("c1", DecisionState.REJECTED)
    assert not lock_path(path).exists()
    Session.open(path, user="bob").close()  # free again once closed


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "s.synoptic"
    path.write_bytes(b"precious")
    with pytest.raises(SessionError, match="already exists"):
        Session.create(path, user="a")
    assert path.read_bytes() == b"precious"


def test_save_as_copies_everything_and_continues_in_the_copy(tmp_path: Path) -> None:
    with Session.create(tmp_path / "a.synoptic", user="alice") as s:
        s.add_document("p.docx", b"doc", "proposals")
        s.decide("c1", DecisionState.ACCEPTED)
        s.save_as(tmp_path / "b.synoptic")
        s.decide("c2", DecisionState.REJECTED)  # goes to the copy
        assert s.path.name == "b.synoptic"
    with Session.open(tmp_path / "b.synoptic", user="x") as b:
        assert set(b.decisions()) == {"c1", "c2"} and b.documents()[0].name == "p.docx"
    with Session.open(tmp_path / "a.synoptic", user="x") as a:
        assert set(a.decisions()) == {"c1"}
    assert not list(tmp_path.glob("*.tmp"))


def test_save_as_replaces_an_existing_file_whole(tmp_path: Path) -> None:
    (tmp_path / "b.synoptic").write_bytes(b"old content")
    with Session.create(tmp_path / "a.synoptic", user="alice") as s:
        s.decide("c1", DecisionState.ACCEPTED)
        s.save_as(tmp_path / "b.synoptic")
    with Session.open(tmp_path / "b.synoptic", user="x") as b:
        assert b.decision("c1") is not None


def downgrade(path: Path, version: int) -> None:
    """Make `path` look as a Synoptic of session format `version` left it."""
    conn = sqlite3.connect(path)
    for name in sorted(schema.TABLES):
        if schema.SINCE.get(name, 1) > version:
            conn.execute(f"DROP TABLE [{name}]")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_older_schema_is_migrated_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.synoptic"
    with Session.create(path, user="a") as s:
        s.decide("c1", DecisionState.ACCEPTED)
    downgrade(path, 1)
    with pytest.raises(SessionError, match="older session format: open it for writing once"):
        Session.open(path, user="a", read_only=True)
    with Session.open(path, user="a") as s:
        assert s.changes() == [] and s.decision("c1") is not None
        assert s.cached(["k"]) == {}
        s.set_cached({"k": b"entry"})
        assert s.cached(["k"]) == {"k": b"entry"}
    assert user_version(path) == schema.SCHEMA_VERSION == 3


def test_a_version_2_file_is_read_as_it_is_and_upgraded_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "v2.synoptic"
    with Session.create(path, user="a") as s:
        s.add_document("base.docx", b"PK base", "base")
        s.set_changes([{"id": "101:1", "resolution": "101"}])
        s.decide("101:1", DecisionState.ACCEPTED)
    downgrade(path, 2)
    before = path.read_bytes()
    with Session.open(path, user="b", read_only=True) as s:  # a colleague's file, as it is
        assert s.version == 2
        assert s.decision("101:1") is not None and len(s.changes()) == 1
        assert s.document_content(s.documents()[0].id) == b"PK base"
        assert s.cached(["anything"]) == {}  # no cache in a v2 file: the documents are read
    assert path.read_bytes() == before
    with Session.open(path, user="a") as s:
        assert s.version == schema.SCHEMA_VERSION
        s.set_cached({"k": b"entry"})
    assert user_version(path) == schema.SCHEMA_VERSION
    with Session.open(path, user="a", read_only=True) as s:
        assert s.cached(["k"]) == {"k": b"entry"}
        assert s.decision("101:1") is not None


def test_cache_entries_are_replaced_and_pruned(session: Session) -> None:
    session.set_cached({"a": b"1", "b": b"2", "c": b"3"})
    assert session.cached(["a", "b", "c", "d"]) == {"a": b"1", "b": b"2", "c": b"3"}
    session.set_cached({"a": b"new"}, keep=["b"])  # c is no longer needed
    assert session.cached(["a", "b", "c"]) == {"a": b"new", "b": b"2"}
    many = {f"k{i}": bytes([i % 256]) for i in range(1200)}  # more than one query's worth
    session.set_cached(many)
    assert session.cached([*many, "a"]) == many


def test_a_read_only_session_keeps_no_cache(tmp_path: Path) -> None:
    path = tmp_path / "ro.synoptic"
    Session.create(path, user="a").close()
    with Session.open(path, user="b", read_only=True) as s, \
            pytest.raises(SessionError, match="opened read-only"):
        s.set_cached({"k": b"entry"})


def test_a_batch_of_decisions_is_one_upsert_each_and_logged_in_order(session: Session) -> None:
    items = [(f"101:{i}", DecisionState.ACCEPTED, None, "") for i in range(3000)]
    session.decide_many(items)
    session.decide_many([("101:5", DecisionState.REJECTED, "mine", "n"), ("101:7", DecisionState.PENDING, None, "")],
                        origin="undo")
    decisions = session.decisions()
    assert len(decisions) == 3000
    assert (decisions["101:5"].state, decisions["101:5"].custom_text, decisions["101:5"].note) == (
        DecisionState.REJECTED, "mine", "n")
    assert decisions["101:7"].state is DecisionState.PENDING and decisions["101:7"].author == "alice"
    log = session.log()
    assert len(log) == 3002 and [e.seq for e in log] == sorted(e.seq for e in log)
    assert [(e.decision.target, e.origin) for e in log[-2:]] == [("101:5", "undo"), ("101:7", "undo")]
    assert [e.decision.target for e in log[:3]] == ["101:0", "101:1", "101:2"]


decision_lists = st.lists(
    st.tuples(
        st.text(min_size=1, max_size=12),
        st.sampled_from(list(DecisionState)),
        st.one_of(st.none(), st.text(max_size=40)),
        st.text(max_size=20),
    ),
    max_size=25,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(decisions=decision_lists)
def test_save_reopen_round_trip(tmp_path_factory: pytest.TempPathFactory, decisions) -> None:
    path = tmp_path_factory.mktemp("rt") / "s.synoptic"
    with Session.create(path, user="u") as s:
        for target, state, text, note in decisions:
            s.decide(target, state, custom_text=text, note=note)
        before = s.decisions()
        log_before = s.log()
    with Session.open(path, user="u") as s:
        assert s.decisions() == before
        assert s.log() == log_before
    expected = {}
    for target, state, text, note in decisions:
        expected[target] = (state, text, note)
    assert {t: (d.state, d.custom_text, d.note) for t, d in before.items()} == expected


def test_the_drafters_marking_is_stored_and_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "m.synoptic"
    with Session.create(path, user="u") as s:
        doc = s.add_document("IAP.docx", b"PK fake", "proposals")
        other = s.add_document("EUR.docx", b"PK other", "proposals")
        assert doc.marking == ""
        assert s.set_marking(doc.id, "none").marking == "none"
        with pytest.raises(ValueError):
            s.set_marking(doc.id, "bold")
        with pytest.raises(KeyError):
            s.set_marking(9999, "tracked")
    with Session.open(path, user="u") as s:
        assert {d.name: d.marking for d in s.documents()} == {"IAP.docx": "none", "EUR.docx": ""}
        s.set_marking(doc.id, "")  # back to detection
        assert s.documents()[0].marking == ""
        assert s.document_content(other.id) == b"PK other"
    with Session.open(path, user="u", read_only=True) as s, pytest.raises(SessionError):
        s.set_marking(doc.id, "tracked")
