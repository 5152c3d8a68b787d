"""Footnote marks of the synoptic table: one mark per footnote in every column.

The base's footnotes (a new draft's, when there is no base) keep the mark their document
displays, else their rank in reading order; the footnotes the changes bring are numbered
after them (ids `consolidate.new_footnote_id`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from editor.app.synoptic_drafts import draft_footnotes, draft_provisions
from editor.core import consolidate as engine
from editor.core.changes import Change
from editor.core.model import Resolution, Run, View

Notes = Mapping[str, tuple[str, str]]  # footnote id -> (mark shown, footnote text)
Refs = tuple[tuple[int, str], ...]  # footnote references: (offset in the text, footnote id)


def footnote_marks(base: Resolution | None,
                   changes: Sequence[Change]) -> dict[str, tuple[str, str]]:
    """The mark and text of every footnote the table can show: the base's (a new draft's)
    in reading order, then those the changes bring (ids `consolidate.new_footnote_id`)."""
    out: dict[str, tuple[str, str]] = {}
    n = 0
    provisions = base.provisions if base is not None else draft_provisions(changes)
    if provisions:
        footnotes = base.footnotes if base is not None else draft_footnotes(changes)
        texts = {f.id: f.text(View.ORIGINAL).strip() for f in footnotes}
        for p in provisions:
            for r in p.runs:
                if r.footnote is not None and r.footnote not in out and r.visible_in(View.ORIGINAL):
                    if not r.text.strip():  # a custom mark takes no number, as in Word
                        n += 1
                    out[r.footnote] = (r.text.strip() or str(n), texts.get(r.footnote, ""))
    for c in changes:
        for i, note in enumerate(c.notes):
            n += 1
            out.setdefault(engine.new_footnote_id(c.id, i), (str(n), note.text))
    return out


def footnote_refs(runs: tuple[Run, ...]) -> Refs:
    """Where the footnote references of `runs` are in their original text."""
    out, pos = [], 0
    for r in runs:
        if not r.visible_in(View.ORIGINAL):
            continue
        if r.footnote is not None:
            out.append((pos, r.footnote))
        else:
            pos += len(r.text)
    return tuple(out)
