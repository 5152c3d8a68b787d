"""`python -m benchmarks --quick` runs end to end and prints every row of its table
(timings are not checked: they depend on the machine)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROWS = (
    "read + parse",
    "read + parse long document",
    "alignment + changes",
    "consolidation",
    "export clean + tracked",
    "session open",
    "session reopen",
    "GUI open resolution",
    "GUI accept",
    "peak memory",
    "pandoc --track-changes=accept",
    "python-redlines (Docxodus)",
    "LibreOffice CompareDocuments",
    "total",
)


@pytest.mark.slow
def test_quick_run_prints_every_row() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--peer-seconds", "5"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0] == "Synoptic benchmark"
    assert any(line.startswith("date: ") for line in lines)
    assert any(line.startswith("machine: ") and "cores" in line for line in lines)
    assert any(line.startswith("Python 3.") for line in lines)
    assert any(line.startswith("corpus: 10 resolutions, 60 proposals") for line in lines)
    start = next(i for i, line in enumerate(lines) if line.startswith("step"))
    table = lines[start + 2 :]
    assert [line[: len(name)] for line, name in zip(table, ROWS, strict=True)] == list(ROWS)
    for line, name in zip(table, ROWS, strict=True):
        result = line[len(name) :].split("  ")
        assert any(part.strip() for part in result), f"row {name!r} has no result: {line!r}"


def test_quick_option_is_documented() -> None:
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--help"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert "--quick" in done.stdout and "--resolutions" in done.stdout


def test_session_benchmark_opens_from_the_cache_the_second_time() -> None:
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_session", "--resolutions", "3",
                           "--reopen", "1"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("session: ") and "decisions" in lines[0]
    first = next(line for line in lines if line.startswith("first open")).split()
    again = next(line for line in lines if line.startswith("reopen 1")).split()
    route = lines[1].split().index("route") + 1  # the labels are two words, "open" one
    assert first[route] != "-" and again[route] == "-"  # routed once, then from the cache
