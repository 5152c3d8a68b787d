"""Which base footnote a proposal's footnote is: pairing references by where they stand.

A footnote id means nothing across documents (the proposal's `3` may be the base's `1`),
so a proposal's footnote is a base footnote when its reference stands at the same place of
the aligned provision: the proposal's offset is carried over to the base text through the
word diff of the two texts, and must land exactly on a base reference.

* `references(runs, view, kept_only)`: (offset in the text of `view`, footnote id) of the
  references in `runs`; `kept_only` leaves out references a revision inserts or deletes
  (those travel with their change as `Change.notes` / `dropped_notes`).
* `base_offset(edits, q)`: offset `q` of the proposal's text carried to the base's, `edits`
  being `diff.word_diff(base text, proposal text)`; an offset inside or at the end of new
  words goes to the end of the base words they replace.
* `pair_references(base, proposal, view, kept_only)`: ([(base id, proposal id)], the
  proposal's references left unpaired) for two aligned provisions.
* `proposal_starts(edits)`: where each hunk of `diff.edits_to_hunks(edits)` starts in the
  proposal's text.
"""

from __future__ import annotations

from collections.abc import Sequence

from editor.core.diff import DELETE, EQUAL, Edit, word_diff
from editor.core.model import Provision, Run, View

Refs = list[tuple[int, str]]  # (offset in the text, footnote id)


def references(runs: Sequence[Run], view: View, kept_only: bool = False) -> Refs:
    out: Refs = []
    pos = 0
    for r in runs:
        if not r.visible_in(view):
            continue
        if r.footnote is None:
            pos += len(r.text)
        elif not (kept_only and r.revision is not None):
            out.append((pos, r.footnote))
    return out


def base_offset(edits: Sequence[Edit], q: int) -> int:
    pa = pb = 0  # offsets in the base's and the proposal's text
    for op, text in edits:
        n = len(text)
        if op == EQUAL:
            if q <= pb + n:
                return pa + q - pb
            pa, pb = pa + n, pb + n
        elif op == DELETE:
            pa += n
        else:
            if q < pb + n:
                return pa
            pb += n
    return pa


def proposal_starts(edits: Sequence[Edit]) -> list[int]:
    out: list[int] = []
    pb, open_ = 0, False
    for op, text in edits:
        if op == EQUAL:
            open_ = False
            pb += len(text)
            continue
        if not open_:
            out.append(pb)
            open_ = True
        if op != DELETE:
            pb += len(text)
    return out


def pair(base_refs: Refs, refs: Refs, edits: Sequence[Edit] | None
         ) -> tuple[list[tuple[str, str]], Refs]:
    """Pairs of (base id, proposal id), and the proposal's references left over; `edits`
    None means both texts are the same."""
    free = list(base_refs)
    pairs: list[tuple[str, str]] = []
    alone: Refs = []
    for q, fid in refs:
        at = q if edits is None else base_offset(edits, q)
        k = next((k for k, (b, _) in enumerate(free) if b == at), None)
        if k is None:
            alone.append((q, fid))
        else:
            pairs.append((free.pop(k)[1], fid))
    return pairs, alone


def pair_references(base: Provision, proposal: Provision, view: View,
                    kept_only: bool = False) -> tuple[list[tuple[str, str]], Refs]:
    refs = references(proposal.runs, view, kept_only)
    base_refs = references(base.runs, View.ORIGINAL)
    if not refs or not base_refs:
        return [], refs
    old, new = base.text(View.ORIGINAL), proposal.text(view)
    return pair(base_refs, refs, None if old == new else word_diff(old, new))
