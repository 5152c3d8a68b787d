"""Word-level diff of two texts, on top of diff-match-patch.

* `word_diff(a, b) -> list[Edit]`: edits ("equal" | "delete" | "insert", text) turning `a`
  into `b`, computed on word tokens (see `tokens.tokenize`) mapped to single characters
  (like dmp's `diff_linesToChars`), then `diff_cleanupSemantic` so the edits read as a
  drafter would write them (`[-Guadalajara, 2010-]{+Busan, 2014+}`).
* `hunks(a, b) -> list[Hunk]`: the same as replacements in `a`'s character offsets.
* `similarity(a, b) -> float`: 0..1 word-bag similarity (Dice), for alignment.
* `engine()`: a diff_match_patch with `Diff_Timeout = 0`, so a diff is always exact and
  never silently degraded by a deadline (tokens make exact diffs cheap).
"""

from __future__ import annotations

from typing import NamedTuple

from diff_match_patch import diff_match_patch

from editor.core.tokens import tokenize, words

EQUAL, DELETE, INSERT = "equal", "delete", "insert"
_OPS = {0: EQUAL, -1: DELETE, 1: INSERT}


class Edit(NamedTuple):
    op: str  # "equal" | "delete" | "insert"
    text: str


class Hunk(NamedTuple):
    """Replace `a[start:end]` (== old) by `new`; start == end is a pure insertion."""

    start: int
    end: int
    old: str
    new: str


def engine() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # exact: a deadline would silently give a coarser diff
    return dmp


def _code(i: int) -> str:
    # Skip the surrogate block so every token maps to a valid code point.
    return chr(i + 1 if i + 1 < 0xD800 else i + 1 + 0x800)


def word_diff(a: str, b: str, dmp: diff_match_patch | None = None) -> list[Edit]:
    """Word-level edits from `a` to `b`; consecutive edits of one kind are merged."""
    if a == b:
        return [Edit(EQUAL, a)] if a else []
    dmp = dmp or engine()
    vocab: dict[str, str] = {}
    table: list[str] = []

    def encode(text: str) -> str:
        out = []
        for tok in tokenize(text):
            c = vocab.get(tok)
            if c is None:
                c = vocab[tok] = _code(len(table))
                table.append(tok)
            out.append(c)
        return "".join(out)

    ea, eb = encode(a), encode(b)
    diffs = dmp.diff_main(ea, eb, False)
    dmp.diff_cleanupSemantic(diffs)
    lookup = {c: t for t, c in vocab.items()}
    edits: list[Edit] = []
    for op, chars in diffs:
        text = "".join(lookup[c] for c in chars)
        if not text:
            continue
        kind = _OPS[op]
        if edits and edits[-1].op == kind:
            edits[-1] = Edit(kind, edits[-1].text + text)
        else:
            edits.append(Edit(kind, text))
    return edits


def edits_to_hunks(edits: list[Edit]) -> list[Hunk]:
    """Group consecutive non-equal edits into replacements at offsets in the old text."""
    out: list[Hunk] = []
    pos = 0
    start: int | None = None
    old, new = "", ""
    for e in edits:
        if e.op == EQUAL:
            if start is not None:
                out.append(Hunk(start, pos, old, new))
                start, old, new = None, "", ""
            pos += len(e.text)
            continue
        if start is None:
            start = pos
        if e.op == DELETE:
            old += e.text
            pos += len(e.text)
        else:
            new += e.text
    if start is not None:
        out.append(Hunk(start, pos, old, new))
    return out


def hunks(a: str, b: str, dmp: diff_match_patch | None = None) -> list[Hunk]:
    """Word-level replacements turning `a` into `b`, in `a`'s offsets, in order."""
    return edits_to_hunks(word_diff(a, b, dmp))


def similarity(a: str, b: str) -> float:
    """Dice coefficient of the normalized word bags: 1.0 same words, 0.0 none shared."""
    wa, wb = words(a), words(b)
    total = sum(wa.values()) + sum(wb.values())
    if not total:
        return 1.0
    return 2 * sum((wa & wb).values()) / total
