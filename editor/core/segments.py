"""Tracked segments: a provision's text as equal / inserted / deleted pieces, each
difference naming its change and sources, footnote references pieces of their own.

Built from the edits of accepted changes (`segments_of`), from the drafter's own wording
(`wording_segments`: a word diff against the base text), or from runs of one kind
(`run_segments`); `runs_of` gives the consolidated runs back. `consolidate` assembles them
into the tracked view; see its docstring for where footnote references go.
"""

from __future__ import annotations

from typing import NamedTuple

from editor.core.changes import Change
from editor.core.diff import DELETE, EQUAL, INSERT, hunks
from editor.core.errors import ConsolidationError
from editor.core.model import Footnote, Paragraph, Provision, Run, View

__all__ = ["DELETE", "EQUAL", "INSERT", "Edit", "Segment", "edits_of", "new_footnote",
           "new_footnote_id", "run_segments", "runs_of", "segments_of", "wording_segments"]


def new_footnote_id(change: str, n: int) -> str:
    """Id of the `n`th (from 0) footnote a change adds: never a base id (those are numbers)."""
    return f"{change}-{n + 1}"


def new_footnote(fid: str, text: str) -> Footnote:
    return Footnote(fid, (Paragraph((Run(text),)),))


class Segment(NamedTuple):
    op: str  # "equal" | "insert" | "delete"
    text: str
    sources: tuple[str, ...] = ()  # proposal ids of the change ("" for equal text)
    change: str = ""  # change id, or the decision target of a custom text
    footnote: str = ""  # a footnote reference here (then text == ""): its footnote id


def run_segments(op: str, runs: tuple[Run, ...], sources: tuple[str, ...] = (),
                  change: str = "") -> tuple[Segment, ...]:
    """`runs` (original view) as segments of one kind, footnote references included."""
    out: list[Segment] = []
    buf = ""
    for r in runs:
        if not r.visible_in(View.ORIGINAL):
            continue
        if r.footnote is None:
            buf += r.text
            continue
        if buf:
            out.append(Segment(op, buf, sources, change))
            buf = ""
        out.append(Segment(op, "", sources, change, r.footnote))
    if buf:
        out.append(Segment(op, buf, sources, change))
    return tuple(out)


class Edit(NamedTuple):
    """A replacement of `old[start:end]`, footnote references included."""

    start: int
    end: int
    new: str
    notes: tuple[tuple[int, str], ...]  # (offset in `new`, footnote id)
    dropped: frozenset[int]  # positions in `old` of base references deleted
    sources: tuple[str, ...]
    change: str


def wording_segments(p: Provision, text: str, target: str, keep_spaces: bool = False
                     ) -> tuple[Segment, ...]:
    """The drafter's wording `text` for the base provision `p` as tracked segments.

    A word diff (`diff.hunks`) of the base text and `text`, so a reviewer sees the words the
    drafter changed, not the whole paragraph struck and retyped: equal + deleted text is
    the base, equal + inserted text is `text`. Differences name `target` (the decision's)
    and no sources. The wording is plain text, so every base footnote reference stays,
    placed as for a change (`_segments`): never lost by omission. `keep_spaces`: the white
    space around the base text stays whatever `text` has there (a footnote's text, whose
    tab after the mark is layout, not wording).
    """
    old = p.text(View.ORIGINAL)
    start, end = 0, len(old)
    if keep_spaces:
        start = len(old) - len(old.lstrip())
        end, text = max(start, len(old.rstrip())), text.strip()
    return segments_of(p, [Edit(start + h.start, start + h.end, h.new, (), frozenset(), (),
                               target) for h in hunks(old[start:end], text)])


def edits_of(key: str, texts: list[Change], added: dict[str, Footnote]) -> list[Edit]:
    """`texts` as edits, in order; the footnotes they bring go to `added`."""
    edits: list[Edit] = []
    pos = 0
    for c in sorted(texts, key=lambda c: (c.start, c.end, c.id)):
        if c.start < pos:
            raise ConsolidationError(f"overlapping accepted changes in provision {key}")
        notes = []
        for n, note in enumerate(c.notes):
            fid = new_footnote_id(c.id, n)
            added[fid] = new_footnote(fid, note.text)
            notes.append((note.at, fid))
        edits.append(Edit(c.start, c.end, c.new, tuple(notes),
                           frozenset(c.start + d for d in c.dropped_notes), c.sources, c.id))
        pos = c.end
    return edits


def segments_of(p: Provision, edits: list[Edit]) -> tuple[Segment, ...]:
    """The base text of `p` with `edits` (sorted, not overlapping) as segments.

    A base reference at `q` goes right after `old[:q]`: with the equal text before an edit
    when `q` is the edit's start (a pure insertion comes after it), deleted when the edit
    drops it, in place when inside the replaced span, after the new text when at its end.
    """
    old = p.text(View.ORIGINAL)
    notes: list[tuple[int, str]] = []
    pos = 0
    for r in p.runs:
        if not r.visible_in(View.ORIGINAL):
            continue
        if r.footnote is not None:
            notes.append((pos, r.footnote))
        else:
            pos += len(r.text)
    out: list[Segment] = []
    k = 0

    def split(op: str, text: str, at: int, stop: int, inclusive: bool,
              sources: tuple[str, ...] = (), change: str = "",
              dropped: frozenset[int] = frozenset()) -> None:
        """`text` (== old[at:...]) with the base references up to `stop` inside it."""
        nonlocal k
        cut = 0
        while k < len(notes) and (notes[k][0] < stop or (inclusive and notes[k][0] == stop)):
            q, fid = notes[k]
            if q - at > cut:
                out.append(Segment(op, text[cut:q - at], sources, change))
                cut = q - at
            kept = op == EQUAL or q not in dropped
            out.append(Segment(EQUAL, "", (), "", fid) if kept
                       else Segment(DELETE, "", sources, change, fid))
            k += 1
        if cut < len(text):
            out.append(Segment(op, text[cut:], sources, change))

    pos = 0
    for e in edits:
        split(EQUAL, old[pos:e.start], pos, e.start, e.start not in e.dropped)
        ends_dropped = e.end in e.dropped or e.start == e.end
        split(DELETE, old[e.start:e.end], e.start, e.end, ends_dropped, e.sources, e.change,
              e.dropped)
        cut = 0
        for at, fid in e.notes:
            if at > cut:
                out.append(Segment(INSERT, e.new[cut:at], e.sources, e.change))
                cut = at
            out.append(Segment(INSERT, "", e.sources, e.change, fid))
        if cut < len(e.new):
            out.append(Segment(INSERT, e.new[cut:], e.sources, e.change))
        pos = e.end
    split(EQUAL, old[pos:], pos, len(old) + 1, True)
    return tuple(out)


def runs_of(p: Provision, segments: tuple[Segment, ...]) -> tuple[Run, ...]:
    """The consolidated runs: text and footnote references of the segments kept."""
    base_runs = {r.footnote: r for r in p.runs if r.footnote is not None}
    runs: list[Run] = []
    buf = ""
    for seg in segments:
        if seg.op == DELETE:
            continue
        if not seg.footnote:
            buf += seg.text
            continue
        if buf:
            runs.append(Run(buf))
            buf = ""
        runs.append(base_runs.get(seg.footnote, Run("", footnote=seg.footnote)))
    if buf:
        runs.append(Run(buf))
    return tuple(runs)
