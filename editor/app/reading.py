"""Reading and parsing a session's documents, in worker processes when there are many.

Opening a conference session reads a few hundred DOCX files; each is read and parsed on
its own, so they are spread over the machine's cores (`spawn` processes: safe from any
thread, and the bundle's entry point calls `multiprocessing.freeze_support`). Only this
process's own results travel back, never anything stored in the session file: each as its
parse cache entry (`parse_cache.pack`, quicker to unpack here than a pickle), checked like
any entry when unpacked. An `InputError` comes back whole (code and params included) and
is raised again here.

A document whose cache entry the session holds (`cached`) is unpacked instead of being
read; a bad entry is only a miss: the document is read and parsed as if there were none.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import NamedTuple

from editor.app import parse_cache
from editor.core.errors import InputError
from editor.core.model import Document, Marking, ProposalsDocument, Resolution

Parsed = Resolution | ProposalsDocument
Source = tuple[str, str, str, bytes]  # name, role ("base" or "proposals"), marking, content
Progress = Callable[[int, int, str], bool]  # (done, total, what) -> keep going?
PARALLEL_FROM = 16  # fewer documents: starting worker processes costs more than it saves


class Stopped(Exception):
    """`progress` asked to stop."""


class Read(NamedTuple):
    parsed: Parsed
    marking: Marking  # how its revisions were read: detected, or the drafter's choice
    packed: bytes | None = None  # its new parse cache entry, when asked for and possible


def read_text(source: Source, folder: str) -> Document:
    """Read one stored document (written to `folder` under its own name), not parsed."""
    from editor.docxio import read_document

    name, _role, marking, content = source
    path = Path(folder) / Path(name).name
    path.write_bytes(content)
    return read_document(path, Marking(marking) if marking else None)


def read_source(source: Source, folder: str, pack: bool = False) -> Read:
    """Read one stored document (written to `folder` under its own name) and parse it;
    with `pack`, its parse cache entry too."""
    from editor.core.structure import parse_base, parse_proposals

    document = read_text(source, folder)
    parsed = parse_base(document) if source[1] == "base" else parse_proposals(document)
    return Read(parsed, document.marking, _packed(parsed, document.marking) if pack else None)


def _packed(parsed: Parsed, marking: Marking) -> bytes | None:
    try:
        return parse_cache.pack(parsed, marking)
    except (TypeError, ValueError):  # a value the JSON form does not know: not cached
        return None


def _parse_apart(source: Source) -> tuple[Read | bytes | None, InputError | None]:
    """In a worker process: (the cache entry of the read, or the read itself when it cannot
    be packed, None), or (None, the InputError) — it pickles with its code and params, so
    the editor can still word it in the user's language."""
    with tempfile.TemporaryDirectory(prefix="synoptic-") as tmp:
        try:
            read = read_source(source, tmp, pack=True)
        except InputError as e:
            return None, e
    return (read.packed if read.packed is not None else read._replace(packed=None)), None


def workers_for(count: int) -> int:
    """How many processes to read `count` documents with (1: in this process)."""
    cores = os.cpu_count() or 1
    return min(cores, 8) if cores > 1 and count >= PARALLEL_FROM else 1


def parse_all(sources: Sequence[Source], progress: Progress | None = None,
              workers: int | None = None) -> list[Parsed]:
    """Every document parsed, in the order given; `Stopped` when `progress` says so."""
    return [r.parsed for r in read_all(sources, progress, workers)]


def read_all(sources: Sequence[Source], progress: Progress | None = None,
             workers: int | None = None, *, cached: Sequence[bytes | None] = (),
             pack: bool = False) -> list[Read]:
    """Every document parsed with the marking read, in the order given (see `parse_all`):
    from `cached[i]`, the cache entry of `sources[i]`, when it is a good one; with `pack`,
    each document read here comes with its new cache entry."""
    out: list[Read | None] = [None] * len(sources)
    seen = 0
    with parse_cache.no_gc():  # not between documents either (see `no_gc`)
        for i, (source, entry) in enumerate(zip(sources, cached, strict=False)):
            if entry is None:
                continue
            if progress is not None and not progress(seen, len(sources), source[0]):
                raise Stopped()
            seen += 1
            with contextlib.suppress(ValueError):  # damaged or forged: read again below
                out[i] = Read(*parse_cache.unpack(entry, source[1]))
    todo = [i for i, r in enumerate(out) if r is None]
    done = len(sources) - len(todo)

    def step(k: int, _total: int, name: str) -> bool:
        return progress is None or progress(done + k, len(sources), name)

    for i, read in zip(todo, _read_all([sources[i] for i in todo], step, workers, pack),
                       strict=True):
        out[i] = read
    return [r for r in out if r is not None]


def _read_all(sources: Sequence[Source], progress: Progress, workers: int | None,
              pack: bool) -> list[Read]:
    workers = workers_for(len(sources)) if workers is None else workers
    if workers <= 1:
        out: list[Read] = []
        with tempfile.TemporaryDirectory(prefix="synoptic-") as tmp:
            for i, source in enumerate(sources):
                if not progress(i, len(sources), source[0]):
                    raise Stopped()
                out.append(read_source(source, tmp, pack))
        return out
    try:
        return _parse_in_processes(sources, progress, workers, pack)
    except BrokenProcessPool:  # a worker died (killed, or a script without a main guard)
        return _read_all(sources, progress, 1, pack)


def _parse_in_processes(sources: Sequence[Source], progress: Progress, workers: int,
                        pack: bool) -> list[Read]:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures: list[Future[tuple[Read | bytes | None, InputError | None]]] = [
            pool.submit(_parse_apart, s) for s in sources]
        pending = set(futures)
        while pending:
            done = len(futures) - len(pending)
            name = sources[futures.index(next(iter(pending)))][0]
            if not progress(done, len(sources), name):
                pool.shutdown(wait=False, cancel_futures=True)
                raise Stopped()
            _, pending = wait(pending, timeout=0.2, return_when="FIRST_COMPLETED")
        results = [f.result() for f in futures]
    read: list[Read] = []
    with parse_cache.no_gc():
        for source, (value, error) in zip(sources, results, strict=True):
            read.append(_unpacked(source, value, error, pack))
    return read


def _unpacked(source: Source, value: Read | bytes | None, error: InputError | None,
              pack: bool) -> Read:
    """What a worker process sent back, as a Read (its InputError raised here)."""
    if error is not None:
        raise error
    if isinstance(value, bytes):
        try:
            return Read(*parse_cache.unpack(value, source[1]), value if pack else None)
        except ValueError:  # pragma: no cover - what pack wrote always unpacks
            with tempfile.TemporaryDirectory(prefix="synoptic-") as tmp:
                return read_source(source, tmp, pack)
    assert value is not None
    return value
