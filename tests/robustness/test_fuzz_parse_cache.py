"""Fuzzing a session's cache entries: whatever a colleague's file holds in place of a
document's parse or of the routing, unpacking it gives a model of the right classes or
`ValueError` (then the document is read again) — never another exception, never a hang.

Inputs: the real entries of the sample session with one node of their JSON replaced by
another value (any JSON, or a node taken from elsewhere in the entry), raw bytes, and the
cache table of a real session file tampered with through SQL (then the session opens with
what reading its documents gives, or is refused with a SessionError naming it).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import tempfile
import zlib
from functools import cache
from pathlib import Path
from typing import Any

from fuzzing import fuzz_settings, watchdog
from hypothesis import given
from hypothesis import strategies as st

from editor.app import parse_cache
from editor.app.desk import Reading, Stored, read_documents, read_session, store_reading
from editor.app.samples import sample_files
from editor.core.errors import SessionError
from editor.core.model import ProposalsDocument, Resolution
from editor.core.routing import Routing
from editor.store import Session

SECRET = b"s" * 32  # the drafter's own (editor.app.cache_secret)


@cache
def real() -> tuple[list[Stored], list[Any], list[Any], bytes]:
    """The sample documents with their entries, their bases and proposals documents, and the
    routing's entry."""
    stored = [Stored(f.name, role, "", f.read_bytes(), parse_cache.key(f.name, role, "",
                                                                        f.read_bytes(), SECRET))
              for f, role in sample_files()]
    reading = read_documents(stored, workers=1)
    entries = [reading.cache[s.key] for s in stored]
    parsed = [parse_cache.unpack(e, s.role)[0] for e, s in zip(entries, stored, strict=True)]
    (routing_key,) = set(reading.cache) - {s.key for s in stored}
    stored = [Stored(s.name, s.role, s.marking, s.content, s.key, e)
              for s, e in zip(stored, entries, strict=True)]
    return (stored, [p for p in parsed if isinstance(p, Resolution)],
            [p for p in parsed if isinstance(p, ProposalsDocument)], reading.cache[routing_key])


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 10**20) | st.floats(allow_nan=False)
    | st.text(max_size=8) | st.sampled_from(["insert", "base", "text", "routing", "tracked"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner,
                                                                 max_size=2),
    max_leaves=12)


def nodes(value: Any, path: tuple[int, ...] = ()) -> list[tuple[int, ...]]:
    out = [path]
    if isinstance(value, list):
        for i, v in enumerate(value):
            out += nodes(v, (*path, i))
    return out


def replaced(value: Any, path: tuple[int, ...], new: Any) -> Any:
    if not path:
        return new
    copy = list(value)
    copy[path[0]] = replaced(value[path[0]], path[1:], new)
    return copy


def at(value: Any, path: tuple[int, ...]) -> Any:
    for i in path:
        value = value[i]
    return value


@st.composite
def mutated(draw: st.DrawFn, entry: bytes) -> bytes:
    value = json.loads(zlib.decompress(entry))
    where = nodes(value)
    for _ in range(draw(st.integers(1, 3))):
        target = where[draw(st.integers(0, len(where) - 1))]
        if draw(st.booleans()):
            new = draw(JSON)
        else:  # a node of the right kind from elsewhere: the hardest to tell apart
            new = at(value, where[draw(st.integers(0, len(where) - 1))])
        value = replaced(value, target, new)
        where = nodes(value)
    return zlib.compress(json.dumps(value).encode())


@st.composite
def document_entries(draw: st.DrawFn) -> tuple[bytes, str]:
    stored = real()[0]
    doc = stored[draw(st.integers(0, len(stored) - 1))]
    assert doc.cached is not None
    return draw(mutated(doc.cached)), draw(st.sampled_from([doc.role, "base", "proposals"]))


@fuzz_settings(150)
@given(entry=document_entries())
def test_mutated_document_entries(entry: tuple[bytes, str]) -> None:
    data, role = entry
    with watchdog():
        try:
            parsed, marking = parse_cache.unpack(data, role)
        except ValueError:
            return
    assert isinstance(parsed, Resolution if role == "base" else ProposalsDocument)


@fuzz_settings(100)
@given(data=st.data())
def test_mutated_routing_entries(data: st.DataObject) -> None:
    _, bases, documents, entry = real()
    forged = data.draw(mutated(entry))
    with watchdog():
        try:
            routing = parse_cache.unpack_routing(forged, bases, documents)
        except ValueError:
            return
    assert isinstance(routing, Routing)
    for d in routing.dossiers:  # what it refers to is what was read
        assert d.base is None or any(d.base is b for b in bases) or isinstance(d.base, Resolution)
        assert all(any(p is q for doc in documents for q in doc.proposals) for p in d.proposals)
        ids = {c.id for c in d.changes}
        assert all(x in ids for k in d.conflicts for x in k.changes)


@fuzz_settings(100)
@given(data=st.binary(max_size=300), role=st.sampled_from(["base", "proposals"]))
def test_raw_bytes(data: bytes, role: str) -> None:
    for candidate in (data, zlib.compress(data)):
        with contextlib.suppress(ValueError):
            parse_cache.unpack(candidate, role)
        with contextlib.suppress(ValueError):
            parse_cache.unpack_routing(candidate, real()[1], real()[2])


def test_a_mutated_entry_in_a_session_is_read_again() -> None:
    stored, *_ = real()
    base_entry = next(s.cached for s in stored if s.role == "base")
    broken = [Stored(s.name, s.role, s.marking, s.content, s.key,
                     base_entry if s.role == "proposals" else s.cached) for s in stored]
    again = read_documents(broken, workers=1)
    fresh = read_documents([Stored(s.name, s.role, s.marking, s.content) for s in stored],
                           workers=1)
    assert again.routing == fresh.routing
    assert {k for k in again.cache if not k.startswith("routing-")} == {
        s.key for s in stored if s.role == "proposals"}


# --- the cache table of a real session, tampered with through SQL ---------------------------

ODD = st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1), st.floats(), st.text(max_size=10),
                st.binary(max_size=40), st.sampled_from([b"", b"x\x9c", "routing-", "[1]"]))


@cache
def small_session() -> tuple[bytes, Reading]:
    """A session of one base and its proposals document, opened once (cache written), and
    what reading it gives."""
    files = [f for f in sample_files() if f[0].name in ("base-res101.docx", "ARB-79A3.docx")]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.synoptic"
        with Session.create(path, user="a") as session:
            for f, role in files:
                session.add_document(f.name, f.read_bytes(), role)
            reading = read_session(session, secret=SECRET)
            store_reading(session, reading)
        return path.read_bytes(), reading


@st.composite
def cache_tampering(draw: st.DrawFn) -> list[tuple[str, tuple[object, ...]]]:
    statements = {
        "data": ("UPDATE cache SET data = ? WHERE rowid = ?", (draw(ODD), draw(st.integers(1, 4)))),
        "key": ("UPDATE cache SET key = ? WHERE rowid = ?", (draw(ODD), draw(st.integers(1, 4)))),
        "swap": ("UPDATE cache SET data = (SELECT data FROM cache WHERE rowid = ?) WHERE rowid = ?",
                 (draw(st.integers(1, 4)), draw(st.integers(1, 4)))),
        "row": ("INSERT INTO cache VALUES (?, ?)", (draw(ODD), draw(ODD))),
        "delete": ("DELETE FROM cache WHERE rowid = ?", (draw(st.integers(1, 4)),)),
        "drop": ("DROP TABLE cache", ()),
        "column": ("ALTER TABLE cache ADD COLUMN extra", ()),
        "version": ("PRAGMA user_version = 2", ()),
    }
    names = draw(st.lists(st.sampled_from(sorted(statements)), min_size=1, max_size=3))
    return [statements[n] for n in names]


@fuzz_settings(60)
@given(statements=cache_tampering(), read_only=st.booleans())
def test_tampered_cache_tables(statements: list[tuple[str, tuple[object, ...]]],
                               read_only: bool) -> None:
    data, expected = small_session()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.synoptic"
        path.write_bytes(data)
        conn = sqlite3.connect(path, isolation_level=None)
        for sql, args in statements:
            with contextlib.suppress(sqlite3.DatabaseError):
                conn.execute(sql, args)
        conn.close()
        with watchdog():
            try:
                session = Session.open(path, user="b", read_only=read_only)
            except SessionError as err:
                assert str(err).startswith("s.synoptic: ")
                return
            with session:
                reading = read_session(session, secret=SECRET)
                assert reading.routing == expected.routing
                if not read_only:
                    try:
                        store_reading(session, reading)
                    except SessionError as err:
                        assert str(err).startswith("s.synoptic: ")
                        return
                    again = read_session(session, secret=SECRET)
                    assert again.routing == expected.routing and again.cache == {}
