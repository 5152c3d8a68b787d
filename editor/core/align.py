"""Align a proposal's provisions with the base resolution's provisions.

`align(base, other) -> tuple[int | None, ...]`: for each slot of `other` (a proposal's
provisions in its ORIGINAL view), the index of the base slot it corresponds to, or None.
The alignment keeps order (no crossings) and is one-to-one.

Robust to relabelling: labels are not part of the text compared, only a weak hint. First
identical texts (after `tokens.normalize`) are paired by an exact diff on provision
hashes (each slot mapped to one character, diff-match-patch on those); then, in each gap
between two such anchors, a small order-keeping dynamic programme pairs the most similar
slots (word-bag similarity >= `THRESHOLD`, same kind preferred, equal label +0.05).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from editor.core.diff import engine, similarity
from editor.core.model import ProvisionKind
from editor.core.tokens import normalize

THRESHOLD = 0.5  # below this, two provisions are different provisions
_LABEL_HINT = 0.05
_KIND_PENALTY = 0.2
_LOOSE = {ProvisionKind.ITEM, ProvisionKind.TEXT}  # parsers may hesitate between these


class Slot(NamedTuple):
    kind: ProvisionKind
    text: str
    label: str = ""


def _score(a: Slot, b: Slot) -> float:
    s = similarity(a.text, b.text)
    if a.kind is not b.kind:
        s -= 0.0 if {a.kind, b.kind} <= _LOOSE else _KIND_PENALTY
    if s >= THRESHOLD and a.label and a.label == b.label:
        s += _LABEL_HINT
    return s


def _anchors(base: Sequence[Slot], other: Sequence[Slot]) -> list[tuple[int, int]]:
    codes: dict[tuple[str, str], str] = {}

    def encode(slots: Sequence[Slot]) -> str:
        out = []
        for s in slots:
            key = (s.kind.value, normalize(s.text))
            out.append(codes.setdefault(key, chr(0xE000 + len(codes)) if len(codes) < 6400
                                        else chr(0xF0000 + len(codes))))
        return "".join(out)

    diffs = engine().diff_main(encode(base), encode(other), False)
    pairs: list[tuple[int, int]] = []
    i = j = 0
    for op, chars in diffs:
        n = len(chars)
        if op == 0:
            pairs.extend((i + k, j + k) for k in range(n))
            i += n
            j += n
        elif op == -1:
            i += n
        else:
            j += n
    return pairs


def _fill_gap(base: Sequence[Slot], other: Sequence[Slot], bi: range, oj: range,
              out: list[int | None]) -> None:
    """Order-keeping best pairing of base[bi] with other[oj] (maximum total score)."""
    n, m = len(bi), len(oj)
    if not n or not m:
        return
    score = [[_score(base[bi[x]], other[oj[y]]) for y in range(m)] for x in range(n)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        for y in range(m - 1, -1, -1):
            s = score[x][y]
            take = best[x + 1][y + 1] + s if s >= THRESHOLD else -1.0
            best[x][y] = max(take, best[x + 1][y], best[x][y + 1])
    x = y = 0
    while x < n and y < m:
        s = score[x][y]
        if s >= THRESHOLD and best[x][y] == best[x + 1][y + 1] + s:
            out[oj[y]] = bi[x]
            x += 1
            y += 1
        elif best[x][y] == best[x + 1][y]:
            x += 1
        else:
            y += 1


def align(base: Sequence[Slot], other: Sequence[Slot]) -> tuple[int | None, ...]:
    """For each slot of `other`, the index of its base slot, or None (see module doc)."""
    out: list[int | None] = [None] * len(other)
    prev_i, prev_j = -1, -1
    for i, j in [*_anchors(base, other), (len(base), len(other))]:
        _fill_gap(base, other, range(prev_i + 1, i), range(prev_j + 1, j), out)
        if j < len(other):
            out[j] = i
        prev_i, prev_j = i, j
    return tuple(out)
