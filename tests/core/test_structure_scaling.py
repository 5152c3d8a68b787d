"""Parsing time grows linearly with the runs of a paragraph (a ratio, never a duration:
build machines are noisy, but ten times the runs must not cost a hundred times the time)."""

from __future__ import annotations

import time

from editor.core.itemlabels import split_label
from editor.core.model import Paragraph, ProvisionKind, Revision, RevisionKind, Run, View
from editor.core.structure import parse_resolution

INSERTED = Revision(RevisionKind.INSERT, "ARB", "2014-09-15T00:00:00Z", "1")
DELETED = Revision(RevisionKind.DELETE, "ARB", "2014-09-15T00:00:00Z", "2")


def _item(runs: int) -> Paragraph:
    """`[-c)-]{+d)+}\\t` then `runs` words alternately inserted, deleted and kept."""
    words = tuple(Run(f"mot{k} ", (INSERTED, DELETED, None)[k % 3]) for k in range(runs))
    return Paragraph((Run("c)", DELETED), Run("d)", INSERTED), Run("\t"), *words))


def _resolution(runs: int) -> list[Paragraph]:
    return [
        Paragraph((Run("RÉSOLUTION 101 (RÉV. "), Run("GUADALAJARA, 2010", DELETED),
                   Run("BUSAN, 2014", INSERTED), Run(")"))),
        Paragraph((Run("décide"),)),
        _item(runs),
        Paragraph(_item(runs).runs[3:]),  # the same words without a label: a text
    ]


def _best_seconds(paragraphs: list[Paragraph], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        parse_resolution(paragraphs)
        best = min(best, time.perf_counter() - start)
    return best


def test_many_runs_parse_as_expected() -> None:
    resolution = parse_resolution(_resolution(3_000))
    kinds = [p.kind for p in resolution.provisions]
    assert kinds == [ProvisionKind.NUMBER, ProvisionKind.CALL, ProvisionKind.ITEM,
                     ProvisionKind.TEXT]
    item = resolution.provisions[2]
    assert item.label_text(View.ORIGINAL) == "c)" and item.label_text(View.PROPOSED) == "d)"
    assert len(item.runs) == 3_000
    assert item.text(View.PROPOSED) == "".join(f"mot{k} " for k in range(3_000) if k % 3 != 1)


def test_parse_time_is_linear_in_runs() -> None:
    small, large = _resolution(2_000), _resolution(20_000)
    _best_seconds(small, 1)  # warm up
    ratio = _best_seconds(large) / _best_seconds(small)
    assert ratio < 20, f"20,000 runs took {ratio:.1f}x the time of 2,000"


def test_label_split_time_is_linear_in_runs() -> None:
    small, large = _item(2_000).runs, _item(20_000).runs

    def best(runs: tuple[Run, ...]) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            assert split_label(runs) is not None
            times.append(time.perf_counter() - start)
        return min(times)

    best(small)
    ratio = best(large) / best(small)
    assert ratio < 20, f"20,000 runs took {ratio:.1f}x the time of 2,000"
