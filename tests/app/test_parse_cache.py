"""A session keeps each document as parsed and the routing of them all: opening it again
gives exactly what reading, parsing and routing give, without doing it; a damaged, forged
or stale cache entry is only a miss."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import sys
import zlib
from pathlib import Path

import pytest

from editor.app import desk, parse_cache, reading
from editor.app.desk import (
    DRAFT_BASES,
    Cancelled,
    Reading,
    Stored,
    read_documents,
    read_session,
    routing_entry,
    store_reading,
    stored_documents,
)
from editor.app.samples import create_sample_session
from editor.core.model import Marking
from editor.store import Session

SECRET = b"s" * 32  # the drafter's own (editor.app.cache_secret)


def fresh(stored: list[Stored], draft_bases: dict[str, str] | None = None) -> Reading:
    """Read, parse and route every document, the cache ignored."""
    return read_documents([dataclasses.replace(d, cached=None) for d in stored], workers=1,
                          draft_bases=draft_bases)


def opened(session: Session) -> tuple[list[Stored], Reading]:
    """What the editor does on opening (`read_session`), the documents read kept."""
    stored = stored_documents(session, SECRET)
    draft_bases = session.setting(DRAFT_BASES, {})
    return stored, read_documents(stored, draft_bases=draft_bases,
                                  routed=routing_entry(session, stored, draft_bases))


def same(a: Reading, b: Reading) -> None:
    assert a.routing == b.routing  # dataclasses all the way down: bases, proposals, changes
    assert (a.base_files, a.markings, a.drafts, a.draft_bases) == (
        b.base_files, b.markings, b.drafts, b.draft_bases)


def refuse(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise AssertionError(f"{name} was called although the cache entry is good")

    monkeypatch.setattr(module, name, refused)


def no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    refuse(monkeypatch, reading, "read_source")
    refuse(monkeypatch, desk, "route")


@pytest.fixture
def cached_session(tmp_path: Path) -> Path:
    """The sample session, opened once by the editor (so its cache is written)."""
    path = tmp_path / "s.synoptic"
    with create_sample_session(path, "tester") as session:
        store_reading(session, read_session(session, secret=SECRET))
    return path


def entries(path: Path, routing: bool = False) -> dict[str, bytes]:
    """The documents' cache entries (with `routing`: the routing's only)."""
    conn = sqlite3.connect(path)
    try:
        found = {k: bytes(v) for k, v in conn.execute("SELECT key, data FROM cache")}
    finally:
        conn.close()
    return {k: v for k, v in found.items() if k.startswith("routing-") == routing}


def rewrite(path: Path, change: dict[str, bytes]) -> None:
    conn = sqlite3.connect(path)
    conn.executemany("UPDATE cache SET data = ? WHERE key = ?", [(v, k) for k, v in change.items()])
    conn.commit()
    conn.close()


def test_a_cached_session_opens_with_the_model_a_fresh_parse_gives(
        cached_session: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Session.open(cached_session, user="tester") as session:
        stored = stored_documents(session, SECRET)
        assert all(d.key and d.cached is not None for d in stored)
        assert set(entries(cached_session)) == {d.key for d in stored}
        assert len(entries(cached_session, routing=True)) == 1
        parsed = fresh(stored)
        no_reading(monkeypatch)
        _, reading_again = opened(session)
        same(reading_again, parsed)
        assert reading_again.cache == {}  # nothing new to store
        assert set(reading_again.keys) == set(parsed.keys) == {
            *(d.key for d in stored), *entries(cached_session, routing=True)}


def test_a_colleagues_entries_are_never_used_and_go_when_saved(
        cached_session: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The file's entries were written with SECRET: whatever they say (they could be forged
    # to show other words than the documents), another drafter never finds them.
    theirs = set(entries(cached_session)) | set(entries(cached_session, routing=True))
    mine = b"m" * 32
    with Session.open(cached_session, user="colleague") as session:
        stored = stored_documents(session, mine)
        assert all(d.key and d.cached is None for d in stored)
        assert routing_entry(session, stored, {}) is None
        again = read_session(session, secret=mine)  # read, parsed and routed in full
        same(again, fresh(stored))
        store_reading(session, again)
    kept = set(entries(cached_session)) | set(entries(cached_session, routing=True))
    assert kept and not kept & theirs
    with Session.open(cached_session, user="colleague") as session:
        no_reading(monkeypatch)  # from now on their own cache serves them
        same(read_session(session, secret=mine), again)


def test_without_a_secret_nothing_is_cached_or_read_from_the_cache(cached_session: Path) -> None:
    with Session.open(cached_session, user="tester") as session:
        stored = stored_documents(session)
        assert all(d.key == "" and d.cached is None for d in stored)
        assert read_session(session).cache == {}


def test_every_entry_unpacks_to_the_document_as_parsed(cached_session: Path) -> None:
    with Session.open(cached_session, user="tester", read_only=True) as session:
        stored = stored_documents(session, SECRET)
    sources = [(d.name, d.role, d.marking, d.content) for d in stored]
    parsed = reading.read_all(sources, workers=1)
    for d, read in zip(stored, parsed, strict=True):
        assert d.cached is not None
        assert parse_cache.unpack(d.cached, d.role) == (read.parsed, read.marking)
        assert d.cached == parse_cache.pack(read.parsed, read.marking)  # deterministic


def test_worker_processes_pack_what_this_process_packs(cached_session: Path) -> None:
    with Session.open(cached_session, user="tester", read_only=True) as session:
        stored = [dataclasses.replace(d, cached=None) for d in stored_documents(session, SECRET)]
    alone = read_documents(stored, workers=1)
    shared = read_documents(stored, workers=2)
    same(shared, alone)
    assert shared.cache == alone.cache and len(alone.cache) == len(stored) + 1  # + routing


BAD_ENTRIES = {
    "flipped bytes": lambda data: data[:20] + bytes([data[20] ^ 0xFF]) + data[21:],
    "truncated": lambda data: data[: len(data) // 2],
    "trailing data": lambda data: data + b"more",
    "empty": lambda data: b"",
    "not JSON": lambda data: zlib.compress(b"\x80 not json"),
    "other format": lambda data: zlib.compress(b'[2, "tracked", []]'),
    "unknown marking": lambda data: zlib.compress(b'[1, "bold", []]'),
    "wrong shape": lambda data: zlib.compress(json.dumps(
        json.loads(zlib.decompress(data))[:2] + [{"number": "101"}]).encode()),
    "nested too deeply": lambda data: zlib.compress(b"[1, \"none\", " + b"[" * 100_000
                                                    + b"]" * 100_000 + b"]"),
    "inflates too far": lambda data: zlib.compress(b" " * (parse_cache.MAX_INFLATED + 10), 9),
}


@pytest.mark.parametrize("damage", sorted(BAD_ENTRIES))
def test_a_damaged_entry_is_parsed_again_and_repaired(
        cached_session: Path, damage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    good = entries(cached_session)
    victim = sorted(good)[0]
    rewrite(cached_session, {victim: BAD_ENTRIES[damage](good[victim])})
    routing = entries(cached_session, routing=True)
    with Session.open(cached_session, user="tester") as session:
        stored, again = opened(session)
        same(again, fresh(stored))
        assert list(again.cache) == [victim]  # only that one was read again
        store_reading(session, again)
    assert entries(cached_session) == good  # and stored again as it should be
    assert entries(cached_session, routing=True) == routing


@pytest.mark.parametrize("damage", sorted(BAD_ENTRIES))
def test_a_damaged_routing_is_routed_again_and_repaired(
        cached_session: Path, damage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    good = entries(cached_session, routing=True)
    (key, data), = good.items()
    rewrite(cached_session, {key: BAD_ENTRIES[damage](data)})
    with Session.open(cached_session, user="tester") as session:
        parsed = fresh(stored_documents(session, SECRET))
        refuse(monkeypatch, reading, "read_source")  # the documents' entries are good
        _, again = opened(session)
        same(again, parsed)
        assert list(again.cache) == [key]
        store_reading(session, again)
    assert entries(cached_session, routing=True) == good


def forged_routing(data: bytes, edit: str) -> bytes:
    value = json.loads(zlib.decompress(data))
    dossier = next(d for d in value[2] if d[4])  # one with conflicts
    if edit == "proposal out of range":
        dossier[2][0] = [0, 999]
    elif edit == "document out of range":
        dossier[2][0] = [999, 0]
    elif edit == "negative position":
        dossier[2][0] = [-1, 0]
    elif edit == "base out of range":
        dossier[1] = ["base", 999]
    elif edit == "base of another kind":
        dossier[1] = ["pointer", 0]
    elif edit == "conflict on a missing change":
        dossier[4][0][3] = ["no such change"]
    elif edit == "the same change twice":
        dossier[3].append(dossier[3][0])
    elif edit == "a change of an unknown kind":
        dossier[3][0][2] = "rewrite-everything"
    elif edit == "waiting not a list":
        value[3] = {"0": 0}
    return zlib.compress(json.dumps(value).encode())


FORGERIES = ["proposal out of range", "document out of range", "negative position",
             "base out of range", "base of another kind", "conflict on a missing change",
             "the same change twice", "a change of an unknown kind", "waiting not a list"]


@pytest.mark.parametrize("edit", FORGERIES)
def test_a_forged_routing_is_refused(cached_session: Path, edit: str) -> None:
    (key, data), = entries(cached_session, routing=True).items()
    with Session.open(cached_session, user="tester", read_only=True) as session:
        stored = stored_documents(session, SECRET)
        parsed = fresh(stored)
    bases = [d.base for d in parsed.routing.dossiers if d.base is not None]
    documents = [reading.read_all([(s.name, s.role, s.marking, s.content)], cached=[s.cached])[0]
                 .parsed for s in stored if s.role == "proposals"]
    assert parse_cache.unpack_routing(data, bases, documents) == parsed.routing
    with pytest.raises(ValueError):
        parse_cache.unpack_routing(forged_routing(data, edit), bases, documents)


def test_another_choice_of_draft_bases_is_another_routing(cached_session: Path) -> None:
    with Session.open(cached_session, user="tester") as session:
        before = entries(cached_session, routing=True)
        session.set_setting(DRAFT_BASES, {"ARB-1": "EUR-1"})  # no such drafts: none applied
        stored, again = opened(session)
        assert again.draft_bases == {}
        (key,) = again.cache  # routed again under its own key
        assert key not in before and key.startswith("routing-")
        same(again, fresh(stored, {"ARB-1": "EUR-1"}))
        store_reading(session, again)
    assert set(entries(cached_session, routing=True)) == {key}  # the other one is dropped


def test_an_entry_for_other_documents_is_not_used(cached_session: Path) -> None:
    with Session.open(cached_session, user="tester", read_only=True) as session:
        stored = stored_documents(session, SECRET)
        routed = routing_entry(session, stored, {})
    assert routed is not None
    fewer = stored[1:]  # a base less: the entry would name documents by the wrong place
    again = read_documents(fewer, routed=routed)
    same(again, fresh(fewer))
    assert set(again.cache) == {parse_cache.routing_key([d.key for d in fewer], {})}


def test_an_entry_of_another_document_of_another_role_is_refused(cached_session: Path) -> None:
    with Session.open(cached_session, user="tester", read_only=True) as session:
        stored = stored_documents(session, SECRET)
    base = next(d for d in stored if d.role == "base")
    proposals = next(d for d in stored if d.role == "proposals")
    assert base.cached is not None and proposals.cached is not None
    with pytest.raises(ValueError):
        parse_cache.unpack(base.cached, "proposals")
    with pytest.raises(ValueError):
        parse_cache.unpack(proposals.cached, "base")


def test_another_reader_version_ignores_the_cache_and_drops_it(
        cached_session: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = entries(cached_session)
    monkeypatch.setattr(parse_cache, "READER_VERSION", "source-another-reader")
    with Session.open(cached_session, user="tester") as session:
        stored, again = opened(session)
        assert all(d.key not in old and d.cached is None for d in stored)
        same(again, fresh(stored))
        assert len(again.cache) == len(stored) + 1  # every document and the routing
        store_reading(session, again)
    assert set(entries(cached_session)) == {d.key for d in stored}  # the stale ones are gone
    assert len(entries(cached_session, routing=True)) == 1


def test_another_marking_is_another_entry(cached_session: Path) -> None:
    with Session.open(cached_session, user="tester") as session:
        doc = next(d for d in session.documents() if d.role == "proposals")
        before = {d.name: d.key for d in stored_documents(session, SECRET)}
        session.set_marking(doc.id, Marking.NONE.value)
        stored = stored_documents(session, SECRET)
        changed = next(d for d in stored if d.name == doc.name)
        assert changed.key != before[doc.name] and changed.cached is None
        assert all(d.cached is not None for d in stored if d.name != doc.name)
        again = read_documents(stored)
        assert again.markings[doc.name] == "none"
        same(again, fresh(stored))


def test_no_known_reader_version_caches_nothing(
        cached_session: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_cache, "READER_VERSION", None)
    before = entries(cached_session), entries(cached_session, routing=True)
    with Session.open(cached_session, user="tester") as session:
        stored, again = opened(session)
        assert all(d.key == "" and d.cached is None for d in stored)
        assert again.cache == {} and again.keys == ()
        store_reading(session, again)
    # left as they were, for the reader that wrote them
    assert (entries(cached_session), entries(cached_session, routing=True)) == before


def test_a_read_only_session_uses_the_cache(
        cached_session: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = cached_session.read_bytes()
    with Session.open(cached_session, user="colleague", read_only=True) as session:
        parsed = fresh(stored_documents(session, SECRET))
        no_reading(monkeypatch)
        same(opened(session)[1], parsed)
    assert cached_session.read_bytes() == before


def test_cancelling_while_unpacking(cached_session: Path) -> None:
    with Session.open(cached_session, user="tester", read_only=True) as session:
        stored = stored_documents(session, SECRET)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, _name: str) -> bool:
        seen.append((done, total))
        return done < 2

    with pytest.raises(Cancelled):
        read_documents(stored, progress)
    assert seen == [(0, len(stored)), (1, len(stored)), (2, len(stored))]


def test_progress_counts_unpacked_then_read_documents(cached_session: Path) -> None:
    with Session.open(cached_session, user="tester", read_only=True) as session:
        stored = stored_documents(session, SECRET)
    stored[3] = dataclasses.replace(stored[3], cached=None)
    seen: list[int] = []
    read_documents(stored, lambda done, _total, _name: seen.append(done) is None, workers=1)
    assert seen == sorted(seen) and seen[0] == 0 and seen[-1] == len(stored)


def test_the_version_covers_the_reader_and_the_parser() -> None:
    files = parse_cache._source_files()
    assert files is not None
    names = {name for name, _ in files}
    for module in ("editor.core/model.py", "editor.core/structure.py", "editor.core/serial.py",
                   "editor.docxio/reader.py", "editor.docxio/revisions.py",
                   "editor.app.reading", "editor.app.parse_cache"):
        assert module in names
    assert all(path.is_file() for _, path in files)
    assert parse_cache.reader_version() == parse_cache.READER_VERSION


def test_the_key_changes_with_every_input(monkeypatch: pytest.MonkeyPatch) -> None:
    base = ("ARB-79A3.docx", "proposals", "", b"PK content", SECRET)
    variants = [("EUR-12A1.docx", "proposals", "", b"PK content", SECRET),
                ("ARB-79A3.docx", "base", "", b"PK content", SECRET),
                ("ARB-79A3.docx", "proposals", "none", b"PK content", SECRET),
                ("ARB-79A3.docx", "proposals", "", b"PK content!", SECRET),
                ("ARB-79A3.docx", "proposals", "", b"PK content", b"t" * 32)]
    key = parse_cache.key(*base)
    assert len(key) == 64 and key == parse_cache.key(*base)
    assert len({key, *(parse_cache.key(*v) for v in variants)}) == 6
    assert parse_cache.key(*base[:4], b"") == ""  # no secret: nothing cached
    monkeypatch.setattr(parse_cache, "READER_VERSION", "source-other")
    assert parse_cache.key(*base) != key


def test_a_bundle_is_versioned_by_its_executable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    executable = tmp_path / "synoptic"
    executable.write_bytes(b"bootloader + bytecode v1")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    first = parse_cache.reader_version()
    assert first is not None and first.startswith("bundle-")
    executable.write_bytes(b"bootloader + bytecode v2")
    second = parse_cache.reader_version()
    assert second not in (first, None)
    (tmp_path / "synoptic.pkg").write_bytes(b"bytecode archive beside the bootloader")
    assert parse_cache.reader_version() not in (first, second, None)
    executable.unlink()
    assert parse_cache.reader_version() is None


def test_without_sources_nothing_is_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_cache, "_source_files", lambda: None)
    assert parse_cache.reader_version() is None
