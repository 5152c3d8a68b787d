"""Session benchmark: saving the decisions of a conference and opening the session again.

    .venv/bin/python -m benchmarks.bench_session [--resolutions N] [--reopen K] [--profile]

Generates the corpus of `python -m benchmarks` (`corpus.py`, 150 resolutions by default) in a
temporary folder, reads and routes it once to accept every change not in conflict, stores
the documents and those decisions in a session (`product.make_session`), then times opening
it as the editor does (`product.open_session`): the first time (every document read and
parsed, the routing computed, the cache written) and `K` times again (from the cache).
Each open is split into its steps; `--profile` adds cProfile's top functions of the first
and of the last open. Nothing is written outside the temporary folder.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks import corpus, product
from editor.app import desk
from editor.store import Session

STEPS = ("Session.open", "read_documents", "route", "set_changes", "set_cached", "Desk")
# where each step is looked up when opening, in this code and in the code before the cache
WHERE: list[tuple[Any, str, str]] = [
    (Session, "open", "Session.open"), (product, "read_documents", "read_documents"),
    (desk, "read_documents", "read_documents"), (desk, "route", "route"),
    (Session, "set_changes", "set_changes"), (Session, "set_cached", "set_cached"),
    (product, "Desk", "Desk")]


def _split(action: Callable[[], Any]) -> tuple[Any, dict[str, float]]:
    """`action`'s value and the seconds spent in each of `STEPS` (those the code has)."""
    spent: dict[str, float] = {}
    patched: list[tuple[Any, str, Any]] = []
    for owner, name, step in WHERE:
        raw = vars(owner).get(name)
        if raw is None:
            continue
        function = getattr(owner, name)

        def timed(*args: Any, _f: Any = function, _step: str = step, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return _f(*args, **kwargs)
            finally:
                spent[_step] = spent.get(_step, 0.0) + time.perf_counter() - start

        patched.append((owner, name, raw))
        setattr(owner, name, timed)
    try:
        return action(), spent
    finally:
        for owner, name, raw in reversed(patched):
            setattr(owner, name, raw)


def _open(path: Path, profile: bool) -> tuple[float, dict[str, float], str]:
    gc.collect()
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    opened, spent = _split(lambda: product.open_session(path))
    counts = opened.counts()  # what the window shows first
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - start
    opened.session.close()
    assert counts.total > 0
    report = ""
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        report = out.getvalue()
    return seconds, spent, report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_session",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--resolutions", type=int, default=150)
    parser.add_argument("--reopen", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="synoptic-bench-") as tmp:
        folder = Path(tmp)
        (folder / "corpus").mkdir()
        built = corpus.build(folder / "corpus", args.resolutions, big_pages=30)
        reading = product.read_all(built.bases, built.proposals)
        decisions = product.accept_unconflicted(product.engine(reading))
        del reading
        path = folder / "bench.synoptic"
        saving = product.make_session(path, built.bases, built.proposals, decisions)
        documents = len(built.bases) + len(built.proposals)
        print(f"session: {documents} documents, {len(decisions):,} decisions; "
              f"saving them took {saving:.2f} s; {path.stat().st_size / 1e6:.1f} MB")
        rows = []
        for k in range(1 + args.reopen):
            last = k == args.reopen
            seconds, spent, report = _open(path, args.profile and (k == 0 or last))
            label = "first open" if k == 0 else f"reopen {k}"
            rows.append((label, seconds, spent, path.stat().st_size / 1e6))
            if report:
                print(f"--- profile of {label} ---\n{report}", file=sys.stderr)
    print(f"{'open':<12}{'seconds':>9}  {'  '.join(f'{s:>14}' for s in STEPS)}  file MB")
    for label, seconds, spent, size in rows:
        steps = "  ".join(f"{spent[s]:>14.2f}" if s in spent else f"{'-':>14}" for s in STEPS)
        print(f"{label:<12}{seconds:>9.2f}  {steps}  {size:>7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
