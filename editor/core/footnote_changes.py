"""Edits of a footnote's own text: `footnote-text` changes, word by word.

A proposal's footnote is a base footnote when its reference stands at the same place of
an aligned provision (`footnote_refs.pair_references`; for a marked proposal only the
references no revision touches). Each such pair is compared once per proposal:

* the proposal's footnote carries revisions: one change per revision span
  (`changes.revision_hunks`), re-anchored on the base footnote's text when the proposal's
  original text differs from it (only by white space at the ends: shifted; otherwise
  `changes.reanchor`, and `placed=False` when that fails), as for provision text;
* a clean proposal: the word diff of the base footnote's text against the proposal's,
  white space at either end ignored (the tab after the footnote mark is layout);
* a marked proposal's unmarked footnote asks for nothing (its differences are the copy's).

Public API: `note_text(footnote, view)` (paragraphs joined by "\\n", a paragraph mark's
revision on its "\\n"), `note_runs(footnote)`, `footnote_edits(base, res, aligned, src,
marked)` (called by `changes.extract`). A change's `provision` is
`changes.footnote_key(number, base id)`, its offsets are in `note_text(base footnote,
View.ORIGINAL)`; the same edit by two proposals has one id, so `merge` joins them.
"""

from __future__ import annotations

from editor.core.changes import (
    Change,
    ChangeKind,
    Revised,
    footnote_key,
    make_change,
    reanchor,
    revision_hunks,
)
from editor.core.diff import hunks
from editor.core.footnote_refs import pair_references
from editor.core.model import Footnote, Provision, Resolution, Run, View, runs_text


def note_runs(footnote: Footnote) -> tuple[Run, ...]:
    """The footnote's runs, paragraphs joined by a "\\n" run that carries the mark's revision
    (an inserted mark: a new break; a deleted one: the paragraphs join)."""
    out: list[Run] = []
    for i, p in enumerate(footnote.paragraphs):
        if i:
            out.append(Run("\n", footnote.paragraphs[i - 1].mark))
        out.extend(p.runs)
    return tuple(out)


def note_text(footnote: Footnote, view: View = View.ORIGINAL) -> str:
    return runs_text(note_runs(footnote), view)


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def _placed(base_text: str, orig: str, h: Revised) -> tuple[int, int, str, str] | None:
    if orig == base_text:
        return h.start, h.end, h.old, h.new
    if orig.strip() == base_text.strip():
        shift = _lead(base_text) - _lead(orig)
        s, e = max(0, h.start + shift), max(0, h.end + shift)
        return s, e, base_text[s:e], h.new
    return reanchor(base_text, orig, h.start, h.end, h.new)


def _edits(number: str, base_id: str, old: Footnote, new: Footnote, src: tuple[str, ...],
           marked: bool) -> list[Change]:
    key = footnote_key(number, base_id)
    base_text = note_text(old)
    runs = note_runs(new)
    out: list[Change] = []
    if any(r.revision is not None for r in runs):
        orig = runs_text(runs, View.ORIGINAL)
        for h in revision_hunks(runs):
            placed = _placed(base_text, orig, h)
            if placed is None:
                out.append(make_change(number, ChangeKind.FOOTNOTE, key, h.start, h.end,
                                       h.old, h.new, src, placed=False))
            else:
                out.append(make_change(number, ChangeKind.FOOTNOTE, key, *placed, src))
    elif not marked:
        lead = _lead(base_text)
        for d in hunks(base_text.strip(), runs_text(runs, View.PROPOSED).strip()):
            out.append(make_change(number, ChangeKind.FOOTNOTE, key, d.start + lead,
                                   d.end + lead, d.old, d.new, src))
    return out


def footnote_edits(base: Resolution, res: Resolution, aligned: list[tuple[Provision, int]],
                   src: tuple[str, ...], marked: bool) -> list[Change]:
    """The `footnote-text` changes of proposal text `res` on `base` (see the module
    docstring); `aligned`: each proposal provision kept and the index of its base one."""
    if not base.footnotes or not res.footnotes:
        return []
    olds = {f.id: f for f in base.footnotes}
    news = {f.id: f for f in res.footnotes}
    view = View.ORIGINAL if marked else View.PROPOSED
    done: set[str] = set()
    out: list[Change] = []
    for p, b in aligned:
        for base_id, prop_id in pair_references(base.provisions[b], p, view, marked)[0]:
            old, new = olds.get(base_id), news.get(prop_id)
            if base_id in done or old is None or new is None:
                continue
            done.add(base_id)
            out.extend(_edits(base.number, base_id, old, new, src, marked))
    return out
