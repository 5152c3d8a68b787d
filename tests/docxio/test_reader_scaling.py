"""Reading time grows linearly with the runs of a paragraph: measured as a ratio between
two sizes, never as a duration (build machines are noisy)."""

from __future__ import annotations

import time
from pathlib import Path

from docxio_fixtures import dele, ins, make_docx, p, r

from editor.core.model import View
from editor.core.structure import parse_proposals
from editor.docxio import read_docx


def _document(path: Path, runs: int) -> Path:
    """A MOD part whose item `a)` has `runs` runs, a third inserted and a third deleted."""
    words = "".join(
        (ins(r(f"mot{k} "), rid=str(k)), dele(f"mot{k} ", rid=str(k)), r(f"mot{k} "))[k % 3]
        for k in range(runs)
    )
    body = (p(r("MOD\tARB/79A3/1")) + p(r("RÉSOLUTION 101 (RÉV. BUSAN, 2014)"))
            + p(r("décide")) + p(r("a)\t"), words) + p(r("Motifs: test")))
    return make_docx(path, body)


def _best_seconds(path: Path, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        parse_proposals(read_docx(path))
        best = min(best, time.perf_counter() - start)
    return best


def test_read_and_parse_time_is_linear_in_runs(tmp_path: Path) -> None:
    small = _document(tmp_path / "small.docx", 2_000)
    large = _document(tmp_path / "large.docx", 20_000)
    resolution = parse_proposals(read_docx(large)).proposals[0].resolution
    assert resolution is not None
    item = resolution.provisions[2]
    assert item.label_text(View.PROPOSED) == "a)"
    assert item.text(View.ORIGINAL) == "".join(f"mot{k} " for k in range(20_000) if k % 3)
    _best_seconds(small, 1)  # warm up
    ratio = _best_seconds(large) / _best_seconds(small)
    assert ratio < 20, f"20,000 runs took {ratio:.1f}x the time of 2,000"
