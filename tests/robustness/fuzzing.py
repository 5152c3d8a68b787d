"""Shared by the fuzz tests: example counts, a per-input watchdog, the replay corpus.

`SYNOPTIC_FUZZ_EXAMPLES=5000 pytest tests/robustness` runs every fuzz test with at least that
many examples, for a longer local run; the default keeps each file well under a minute.
In CI the examples are derandomized and hypothesis's deadline is off (see tests/conftest.py;
the watchdog still stops a hang). Locally each run draws new inputs; what they find goes
into `corpus/` and is replayed everywhere.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
SAMPLES = sorted((ROOT / "resources" / "samples" / "docx").glob("*.docx"))
PER_INPUT_SECONDS = 20  # hard limit for one input: the slowest sample reads in 0.2 s
DEADLINE = timedelta(seconds=5)  # hypothesis's own limit, per example


def examples(default: int) -> int:
    return max(default, int(os.environ.get("SYNOPTIC_FUZZ_EXAMPLES", "0") or 0))


def fuzz_settings(default_examples: int) -> settings:
    return settings(
        max_examples=examples(default_examples),
        deadline=None if os.environ.get("CI") else DEADLINE,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=bool(os.environ.get("CI")),
    )


class Hung(Exception):
    """An input that kept a reader busy past `PER_INPUT_SECONDS`."""


@contextmanager
def watchdog(seconds: float = PER_INPUT_SECONDS) -> Iterator[None]:
    """Interrupt the body after `seconds` (a hang becomes a failing, shrinkable example).

    Only where SIGALRM exists (not on Windows); hypothesis's deadline still applies there.
    """
    if not hasattr(signal, "setitimer"):  # pragma: no cover - Windows
        yield
        return

    def alarm(signum: int, frame: object) -> None:
        raise Hung(f"still reading after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def corpus(*suffixes: str) -> list[Path]:
    """The committed regression inputs with one of `suffixes`."""
    return sorted(p for p in CORPUS.iterdir() if p.suffix in suffixes)
