"""What opening a session computes, kept in the session file: each stored document as read
and parsed, and the routing of all of them (changes and conflicts of every resolution), so
that opening it again decodes them instead of reading, parsing and aligning again.

A document's entry is found by its `key`: a hash of the document's bytes (hashed here,
never the digest the file claims), name, role, the drafter's marking and
`READER_VERSION` — a hash of the source of every module reading, parsing and routing may
run (editor/core, editor/docxio, editor/app/reading.py and desk.py, this module), of
Python's version and of lxml's and diff-match-patch's. The routing's entry is found by the
keys of every document in order and the drafts chosen as bases (`routing_key`). Any change
to that code gives other keys, so an entry written by another version is never found: it
is computed again and the stale entry dropped when the new one is stored. In a frozen
bundle the version is the hash of the executable, which holds the bundled bytecode; when
neither sources nor a bundle are there, nothing is cached.

Entries are zlib-compressed JSON (`editor.core.serial`), inflated to a bounded size and
checked field by field when unpacked: any error (`ValueError`) is only a miss, and what
was missed is computed again. The session file comes from someone else: nothing in it is
ever run, and the routing refers to the documents by position, checked. A well-formed entry
that does not say what its document says (a forgery) would pass those checks, so every key
also hashes the drafter's own secret (`editor.app.cache_secret`): entries not written on
this account are never found, whatever they say.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import importlib.util
import json
import sys
import zlib
from collections.abc import Iterator, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from editor.core import serial
from editor.core.changes import Change
from editor.core.merge import Conflict
from editor.core.model import Marking, Proposal, ProposalsDocument, Resolution
from editor.core.routing import Dossier, Routing

Parsed = Resolution | ProposalsDocument
FORMAT = 1  # of the entries' JSON; in the key too, through this module's source
MAX_INFLATED = 256 * 1024 * 1024  # as much as a DOCX may inflate to (docxio.safety)
_PACKAGES = ("editor.core", "editor.docxio")
_MODULES = ("editor.app.reading", "editor.app.desk", "editor.app.parse_cache")
_LIBRARIES = ("lxml", "diff-match-patch")


def reader_version() -> str | None:
    """What the parse of a document depends on besides its bytes, hashed; None when it
    cannot be known (then nothing is cached)."""
    digest = hashlib.sha256()
    for part in (sys.version, *(_version_of(name) for name in _LIBRARIES)):
        digest.update(part.encode() + b"\0")
    if getattr(sys, "frozen", False):
        # PyInstaller appends the bytecode archive to the executable (or, built with
        # append_pkg=False, puts it beside it as <name>.pkg)
        executable = Path(sys.executable)
        try:
            digest.update(executable.read_bytes())
            beside = executable.with_suffix(".pkg")
            if beside.is_file():
                digest.update(beside.read_bytes())
        except OSError:
            return None
        return "bundle-" + digest.hexdigest()
    files = _source_files()
    if files is None:
        return None
    for name, path in files:
        try:
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError:
            return None
    return "source-" + digest.hexdigest()


def _source_files() -> list[tuple[str, Path]] | None:
    """(module, its source file) of every module the version covers; None when a package's
    sources are not there (the version would be incomplete)."""
    found: list[tuple[str, Path]] = []
    for package in _PACKAGES:
        spec = importlib.util.find_spec(package)  # its folder, without running it
        if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
            return None
        folder = Path(spec.origin).parent
        found += [(f"{package}/{p.relative_to(folder).as_posix()}", p)
                  for p in sorted(folder.rglob("*.py"))]
    here = Path(__file__).parent
    found += [(m, here / f"{m.rsplit('.', 1)[1]}.py") for m in _MODULES]
    return found


def _version_of(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


# At import, before anything is parsed here or in a worker: a source edited while this
# process runs makes the key older than the code, never a current key for older results.
READER_VERSION = reader_version()


def key(name: str, role: str, marking: str, content: bytes, secret: bytes) -> str:
    """The cache key of a stored document for the drafter whose `secret` it is
    (`cache_secret`); "" when nothing can be cached."""
    version = READER_VERSION
    if version is None or not secret:
        return ""
    digest = hashlib.sha256(b"synoptic-parse-cache\0" + secret + b"\0")
    for part in (version, name, role, marking):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(hashlib.sha256(content).digest())
    return digest.hexdigest()


def pack(parsed: Parsed, marking: Marking) -> bytes:
    """The cache entry of a parsed document; `TypeError` if the model holds a value the
    JSON form does not know (then it is not cached)."""
    return _deflate([FORMAT, marking.value, serial.encode(parsed)])


def unpack(data: bytes, role: str) -> tuple[Parsed, Marking]:
    """A cache entry back to (parsed document, marking read); `ValueError` for anything
    that is not exactly what `pack` writes for a document of `role`."""
    with no_gc():
        return _unpack(data, role)


def _unpack(data: bytes, role: str) -> tuple[Parsed, Marking]:
    value = _inflate(data)
    if type(value) is not list or len(value) != 3 or value[0] != FORMAT or type(value[0]) is not int:
        raise ValueError("not a cache entry of this format")
    try:
        marking = Marking(value[1]) if type(value[1]) is str else None
    except ValueError:
        marking = None
    if marking is None:
        raise ValueError("unknown marking")
    kind: type[Parsed] = Resolution if role == "base" else ProposalsDocument
    return _checked(lambda: serial.decoder(kind)(value[2])), marking


def routing_key(keys: Sequence[str], draft_bases: Mapping[str, str]) -> str:
    """The key of the routing of documents of `keys` (in that order) with those drafts
    chosen as bases; "" when a document has no key (nothing is cached)."""
    if not keys or not all(keys) or READER_VERSION is None:
        return ""
    try:  # the session's setting, as the file has it
        chosen = json.dumps(draft_bases, sort_keys=True, ensure_ascii=True)
    except (TypeError, ValueError):
        return ""
    digest = hashlib.sha256(f"routing\0{READER_VERSION}\0".encode())
    digest.update("\0".join(keys).encode() + b"\0" + chosen.encode())
    return "routing-" + digest.hexdigest()


def pack_routing(routing: Routing, bases: Sequence[Resolution],
                 documents: Sequence[ProposalsDocument]) -> bytes:
    """The cache entry of `route(bases, documents, ...)`: bases and proposals by position,
    changes and conflicts whole. `TypeError` / `ValueError` when it cannot be packed."""
    base_at = {id(b): i for i, b in enumerate(bases)}
    proposal_at = {id(p): [j, k] for j, d in enumerate(documents)
                   for k, p in enumerate(d.proposals)}

    def proposal(p: Proposal) -> list[int]:
        if id(p) not in proposal_at:
            raise ValueError("a proposal that is not in the documents")
        return proposal_at[id(p)]

    def base(b: Resolution | None) -> Any:
        if b is None:
            return None
        return ["base", base_at[id(b)]] if id(b) in base_at else ["text", serial.encode(b)]

    dossiers = [[d.number, base(d.base), [proposal(p) for p in d.proposals],
                 serial.encode(d.changes), serial.encode(d.conflicts)] for d in routing.dossiers]
    return _deflate([FORMAT, "routing", dossiers, [proposal(p) for p in routing.waiting]])


def unpack_routing(data: bytes, bases: Sequence[Resolution],
                   documents: Sequence[ProposalsDocument]) -> Routing:
    """A routing entry back to the `Routing` of `bases` and `documents`; `ValueError` for
    anything that is not exactly what `pack_routing` writes for them."""
    with no_gc():
        value = _inflate(data)
        if (type(value) is not list or len(value) != 4 or value[0] != FORMAT
                or type(value[0]) is not int or value[1] != "routing"):
            raise ValueError("not a routing entry of this format")
        routing: Routing = _checked(lambda: _routing(value[2], value[3], bases, documents))
        return routing


def _routing(dossiers: Any, waiting: Any, bases: Sequence[Resolution],
             documents: Sequence[ProposalsDocument]) -> Routing:
    def proposal(ref: Any) -> Proposal:
        j, k = _fixed_ints(ref, 2)
        if not (j < len(documents) and k < len(documents[j].proposals)):
            raise ValueError("no such proposal")
        return documents[j].proposals[k]

    def base(ref: Any) -> Resolution | None:
        if ref is None:
            return None
        if type(ref) is not list or len(ref) != 2:
            raise ValueError("not a base")
        if ref[0] == "base":
            (i,) = _fixed_ints(ref[1:], 1)
            if i >= len(bases):
                raise ValueError("no such base")
            return bases[i]
        if ref[0] == "text":
            return serial.decoder(Resolution)(ref[1])
        raise ValueError("not a base")

    change, conflict = serial.decoder(Change), serial.decoder(Conflict)
    out = []
    for d in _list(dossiers):
        if type(d) is not list or len(d) != 5 or type(d[0]) is not str:
            raise ValueError("not a dossier")
        changes = tuple(change(c) for c in _list(d[3]))
        conflicts = tuple(conflict(k) for k in _list(d[4]))
        ids = {c.id for c in changes}
        if len(ids) != len(changes) or any(x not in ids for k in conflicts for x in k.changes):
            raise ValueError("conflicts between changes that are not there")
        out.append(Dossier(d[0], base(d[1]), tuple(proposal(p) for p in _list(d[2])),
                           changes, conflicts))
    return Routing(tuple(out), tuple(proposal(p) for p in _list(waiting)))


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise ValueError("not a list")
    return value


def _fixed_ints(value: Any, n: int) -> list[int]:
    if type(value) is not list or len(value) != n or any(type(v) is not int or v < 0
                                                         for v in value):
        raise ValueError("not a position")
    return value


def _checked(decode: Any) -> Any:
    try:
        return decode()
    except Exception as err:  # nested too deeply, refused by a constructor...: a miss
        raise ValueError(f"not what was packed ({type(err).__name__})") from None


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Hundreds of thousands of new lists and frozen objects, no cycle among them: the
    cyclic garbage collector's passes meanwhile would be half of the time, for nothing."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _deflate(value: Any) -> bytes:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 6)


def _inflate(data: bytes) -> Any:
    try:
        inflate = zlib.decompressobj()
        text = inflate.decompress(data, MAX_INFLATED + 1)
        if len(text) > MAX_INFLATED or not inflate.eof or inflate.unused_data:
            raise ValueError("truncated, too big or trailing data")
        return json.loads(text.decode("utf-8", "surrogatepass"))
    except (zlib.error, RecursionError, MemoryError) as err:
        raise ValueError(f"unreadable cache entry ({type(err).__name__})") from None
