"""Conference-scale benchmark of Synoptic, with the tools a delegate would otherwise use.

    .venv/bin/python -m benchmarks [--quick | --resolutions N] [--peer-seconds S]

Generates in a temporary folder 150 base resolutions and 6 regional proposals for each
(90 proposals documents of 10 parts) plus one ~300-page proposals document (`corpus.py`),
then times reading, alignment + changes, consolidation, export, session open and reopen, GUI latency
(offscreen, when PySide6 is importable) and peak memory, and the same work with pandoc,
python-redlines (Docxodus) and LibreOffice where installed. Prints one table on stdout
(progress goes to stderr). Nothing is written outside the temporary folder.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from benchmarks import corpus, peers, product
from benchmarks.product import Row
from editor.core.model import Proposal, View
from editor.core.routing import Routing

T = TypeVar("T")

PAIRS = 150  # base/proposal pairs prepared for the comparing peers (each stops at its budget)


def _progress(text: str) -> None:
    print(f"benchmarks: {text}", file=sys.stderr, flush=True)


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gb() -> str:
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        return f"{kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        return "RAM unknown"


def _ratio(peer: float, ours: float) -> str:
    return f"{peer / ours:.1f}x Synoptic's time" if ours > 0 else "n/a"


def _timed(action: Callable[[], T]) -> tuple[T, float]:
    gc.collect()
    t = time.perf_counter()
    value = action()
    return value, time.perf_counter() - t


def run(resolutions: int, budget: float, big_pages: int) -> tuple[list[str], list[Row]]:
    started = time.perf_counter()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="synoptic-bench-") as tmp:
        folder = Path(tmp)
        (folder / "corpus").mkdir()
        (folder / "out").mkdir()
        _progress(f"generating {resolutions} resolutions x {len(corpus.GROUPS)} proposals")
        built, generation = _timed(lambda: corpus.build(folder / "corpus", resolutions,
                                                        big_pages=big_pages))
        files = len(built.bases) + len(built.proposals)
        header = [
            f"corpus: {resolutions} resolutions, {resolutions * len(corpus.GROUPS)} proposals "
            f"in {len(built.proposals)} proposals documents + {len(built.bases)} bases; "
            f"{built.pages:,} pages, {built.revisions:,} revision marks "
            f"(IAP as strike/underline); generated in {generation:.1f} s",
        ]

        _progress("reading")
        reading, seconds = _timed(lambda: product.read_all(built.bases, built.proposals))
        rows.append(Row("read + parse", f"{seconds:.1f} s",
                        f"{files} DOCX, {built.pages:,} pages: {built.pages / seconds:,.0f} "
                        f"pages/s"))
        (big_s, big_paragraphs, big_parts), _ = _timed(lambda: product.read_one(built.big))
        rows.append(Row("read + parse long document", f"{big_s:.1f} s",
                        f"{built.big_pages} pages, {big_paragraphs:,} paragraphs, "
                        f"{big_parts} MOD parts"))

        _progress("alignment + changes")
        routing, seconds = _timed(lambda: product.engine(reading))
        changes = sum(len(d.changes) for d in routing.dossiers)
        rows.append(Row("alignment + changes", f"{seconds:.1f} s",
                        f"{len(routing.dossiers)} resolutions, {changes:,} changes, "
                        f"{sum(len(d.conflicts) for d in routing.dossiers):,} conflicts, "
                        f"{sum(not c.placed for d in routing.dossiers for c in d.changes)} "
                        "unplaced"))

        decisions = product.accept_unconflicted(routing)
        results, seconds = _timed(lambda: product.consolidate_all(routing, decisions))
        rows.append(Row("consolidation", f"{seconds:.1f} s",
                        f"{len(results)} resolutions, {len(decisions):,} changes accepted "
                        "(all not in conflict)"))

        _progress("export")
        (n_files, size, unplaced), seconds = _timed(
            lambda: product.export_all(reading, results, folder / "out"))
        rows.append(Row("export clean + tracked", f"{seconds:.1f} s",
                        f"{n_files} DOCX ({size / 1e6:.1f} MB), {unplaced} provisions unplaced"))
        memory_engine = product.peak_mb()

        _progress("session")
        session_path = folder / "bench.synoptic"
        saving = product.make_session(session_path, built.bases, built.proposals, decisions)
        desk, seconds = _timed(lambda: product.open_session(session_path))
        rows.append(Row("session open", f"{seconds:.1f} s",
                        f"{files} documents, {len(desk.decisions):,} decisions, first time (read "
                        f"+ route + load, cache written; saving the decisions took {saving:.1f} s)"))
        desk.session.close()
        del desk
        desk, seconds = _timed(lambda: product.open_session(session_path))
        rows.append(Row("session reopen", f"{seconds:.1f} s",
                        f"{session_path.stat().st_size / 1e6:.0f} MB file: documents and routing "
                        "from the session's cache, decisions loaded"))

        if importlib.util.find_spec("PySide6") is not None:
            _progress("GUI (offscreen)")
            from benchmarks import gui

            opens, accepts, where = gui.latencies(desk)
            rows.append(Row("GUI open resolution", gui.summary(opens), f"median / max; {where}"))
            rows.append(Row("GUI accept", gui.summary(accepts),
                            f"median / max of {len(accepts)}: store + engine + table + repaint"))
        else:
            for name in ("GUI open resolution", "GUI accept"):
                rows.append(Row(name, "not available", "PySide6 not importable"))
        desk.session.close()
        rows.append(Row("peak memory", f"{product.peak_mb():,.0f} MB",
                        f"max RSS of the whole run; {memory_engine:,.0f} MB after export, "
                        "before session and GUI"))

        rows += _peers(built, reading, routing, folder, budget)
        rows.append(Row("total", f"{time.perf_counter() - started:.0f} s",
                        "wall clock, generation and peers included"))
    return header, rows


def _peers(built: corpus.Corpus, reading: product.Reading, routing: Routing, folder: Path,
           budget: float) -> list[Row]:
    rows = []
    _progress(f"pandoc (budget {budget:.0f} s)")
    files = [*built.proposals]
    peer = peers.pandoc(files, budget)
    if peer.done:
        ours = sum(reading.seconds[f] for f in files[: peer.done])
        rows.append(Row("pandoc --track-changes=accept", f"{peer.seconds:.1f} s",
                        f"{peer.done} proposals documents read (text only): "
                        f"{_ratio(peer.seconds, ours)} (Synoptic {ours:.1f} s with parsing)"
                        + (f"; {peer.note}" if peer.note else "")))
    else:
        rows.append(Row("pandoc --track-changes=accept", "not available", peer.note))

    pairs_dir = folder / "pairs"
    pairs_dir.mkdir()
    pairs: list[tuple[Path, Path]] = []
    proposals: list[Proposal] = []
    by_number = {b.number: path for path, _, b in reading.bases}
    for d in routing.dossiers:
        for k, p in enumerate(d.proposals):
            if len(pairs) >= PAIRS or p.resolution is None or d.number not in by_number:
                continue
            proposed = pairs_dir / f"proposed-{d.number}-{k}.docx"
            corpus.write_resolution(proposed, p.resolution.provisions, View.PROPOSED)
            pairs.append((by_number[d.number], proposed))
            proposals.append(p)
    _progress(f"python-redlines (budget {budget:.0f} s)")
    redline = peers.redlines(pairs, pairs_dir, budget)
    _progress(f"LibreOffice (budget {budget:.0f} s)")
    office = peers.libreoffice(pairs, pairs_dir, budget)
    needed = max(redline.done, office.done)
    mine = [product.compare_pair(base, p, pairs_dir / f"ours-{k}.docx")
            for k, ((base, _), p) in enumerate(zip(pairs[:needed], proposals[:needed],
                                                   strict=True))]
    for name, peer in (("python-redlines (Docxodus)", redline),
                       ("LibreOffice CompareDocuments", office)):
        if not peer.done:
            rows.append(Row(name, "not available", peer.note))
            continue
        ours = sum(mine[: peer.done])
        rows.append(Row(name, f"{peer.seconds / peer.done:.2f} s/pair",
                        f"{peer.done} base/proposal pairs -> tracked DOCX: "
                        f"{_ratio(peer.seconds, ours)} (Synoptic {ours / peer.done:.3f} s/pair "
                        f"read + align + export); start-up {peer.setup:.1f} s not counted"
                        + (f"; {peer.note}" if peer.note else "")))
    return rows


def _facts() -> list[str]:
    tools = [("pandoc", ["pandoc", "--version"]), ("LibreOffice", ["soffice", "--version"])]
    found = [f"{v}" for _, cmd in tools if (v := peers.version(cmd))]
    try:
        from importlib.metadata import version

        found.append(f"python-redlines {version('python-redlines')}")
    except Exception:
        pass
    return [
        f"date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"machine: {_cpu()}, {os.cpu_count()} cores, {_memory_gb()}, "
        f"{platform.system()} {platform.release()}",
        f"Python {platform.python_version()}; peers: {'; '.join(found) or 'none installed'}",
    ]


def print_table(header: Sequence[str], rows: Sequence[Row]) -> None:
    print("Synoptic benchmark")
    for line in header:
        print(line)
    width = max(len(r.step) for r in rows) + 2
    result = max(len(r.result) for r in rows) + 2
    print()
    print(f"{'step':<{width}}{'result':>{result}}  detail")
    print("-" * (width + result + 60))
    for r in rows:
        print(f"{r.step:<{width}}{r.result:>{result}}  {r.detail}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split(
        "\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="10 resolutions, 30-page long document, 10 s per peer (smoke run)")
    parser.add_argument("--resolutions", type=int, default=None,
                        help="number of base resolutions (default 150)")
    parser.add_argument("--peer-seconds", type=float, default=None,
                        help="time budget of each peer (default 120, 10 with --quick)")
    args = parser.parse_args(argv)
    resolutions = args.resolutions or (10 if args.quick else 150)
    budget = args.peer_seconds if args.peer_seconds is not None else (10 if args.quick else 120)
    facts = _facts()
    header, rows = run(resolutions, budget, 30 if args.quick else 300)
    print_table([*facts, *header], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
