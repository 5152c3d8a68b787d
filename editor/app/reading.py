"""Reading and parsing a session's documents, in worker processes when there are many.

Opening a conference session reads a few hundred DOCX files; each is read and parsed on
its own, so they are spread over the machine's cores (`spawn` processes: safe from any
thread, and the bundle's entry point calls `multiprocessing.freeze_support`). Only this
process's own results travel back, never anything stored in the session file. An
An `InputError` comes back whole (code and params included) and is raised again here.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import NamedTuple

from editor.core.errors import InputError
from editor.core.model import Marking, ProposalsDocument, Resolution

Parsed = Resolution | ProposalsDocument
Source = tuple[str, str, str, bytes]  # name, role ("base" or "proposals"), marking, content
Progress = Callable[[int, int, str], bool]  # (done, total, what) -> keep going?
PARALLEL_FROM = 16  # fewer documents: starting worker processes costs more than it saves


class Stopped(Exception):
    """`progress` asked to stop."""


class Read(NamedTuple):
    parsed: Parsed
    marking: Marking  # how its revisions were read: detected, or the drafter's choice


def read_source(source: Source, folder: str) -> Read:
    """Read one stored document (written to `folder` under its own name) and parse it."""
    from editor.core.structure import parse_base, parse_proposals
    from editor.docxio import read_document

    name, role, marking, content = source
    path = Path(folder) / Path(name).name
    path.write_bytes(content)
    document = read_document(path, Marking(marking) if marking else None)
    parsed = parse_base(document) if role == "base" else parse_proposals(document)
    return Read(parsed, document.marking)


def parse_source(source: Source, folder: str) -> Parsed:
    return read_source(source, folder).parsed


def _parse_apart(source: Source) -> tuple[Read | None, InputError | None]:
    """In a worker process: (read, None), or (None, the InputError) — it pickles with its
    code and params, so the editor can still word it in the user's language."""
    with tempfile.TemporaryDirectory(prefix="synoptic-") as tmp:
        try:
            return read_source(source, tmp), None
        except InputError as e:
            return None, e


def workers_for(count: int) -> int:
    """How many processes to read `count` documents with (1: in this process)."""
    cores = os.cpu_count() or 1
    return min(cores, 8) if cores > 1 and count >= PARALLEL_FROM else 1


def parse_all(sources: Sequence[Source], progress: Progress | None = None,
              workers: int | None = None) -> list[Parsed]:
    """Every document parsed, in the order given; `Stopped` when `progress` says so."""
    return [r.parsed for r in read_all(sources, progress, workers)]


def read_all(sources: Sequence[Source], progress: Progress | None = None,
             workers: int | None = None) -> list[Read]:
    """Every document parsed with the marking read, in the order given (see `parse_all`)."""
    workers = workers_for(len(sources)) if workers is None else workers
    if workers <= 1:
        out: list[Read] = []
        with tempfile.TemporaryDirectory(prefix="synoptic-") as tmp:
            for i, source in enumerate(sources):
                if progress is not None and not progress(i, len(sources), source[0]):
                    raise Stopped()
                out.append(read_source(source, tmp))
        return out
    try:
        return _parse_in_processes(sources, progress, workers)
    except BrokenProcessPool:  # a worker died (killed, or a script without a main guard)
        return read_all(sources, progress, 1)


def _parse_in_processes(sources: Sequence[Source], progress: Progress | None,
                        workers: int) -> list[Read]:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures: list[Future[tuple[Read | None, InputError | None]]] = [
            pool.submit(_parse_apart, s) for s in sources]
        pending = set(futures)
        while pending:
            done = len(futures) - len(pending)
            name = sources[futures.index(next(iter(pending)))][0]
            if progress is not None and not progress(done, len(sources), name):
                pool.shutdown(wait=False, cancel_futures=True)
                raise Stopped()
            _, pending = wait(pending, timeout=0.2, return_when="FIRST_COMPLETED")
        results = [f.result() for f in futures]
    read: list[Read] = []
    for value, error in results:
        if error is not None:
            raise error
        assert value is not None
        read.append(value)
    return read
