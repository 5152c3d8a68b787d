"""Build a `SynopticTable` from the engine's output for one resolution.

Rows follow the base resolution provision by provision; a provision a proposal inserts
gets its own row after the base provision it follows; changes to the whole resolution
(SUP, NOC) get a first row; a new draft's rows are its provisions (`synoptic_drafts`).
Each proposal column shows the base text with that proposal's changes; the consolidated
column shows the base text with the accepted changes as tracked changes, or the drafter's
own wording (a decision whose target is the provision key and that carries `custom_text`)
marked word by word against the base text.

Footnote references are shown in every column where the words they follow are, with one
mark per footnote in all columns (`synoptic_notes`).
A base footnote whose text proposals edit (`footnote-text` changes) gets a row of its own,
"Footnote 1", after the last provision: its text in each column, like a provision's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from editor.app.synoptic_drafts import draft_cell, draft_key, drafts_of, is_draft_row
from editor.app.synoptic_notes import Notes, Refs, footnote_marks, footnote_refs
from editor.app.synoptic_table import (
    Cell,
    Column,
    ColumnRole,
    Row,
    Segment,
    SegmentKind,
    SynopticTable,
    has_arabic,
    source_group,
)
from editor.core import consolidate as engine
from editor.core.changes import (
    Change,
    ChangeKind,
    footnote_key,
    footnote_of,
    head_key,
    provision_key,
)
from editor.core.errors import ConsolidationError
from editor.core.footnote_changes import note_text
from editor.core.merge import Conflict
from editor.core.model import (
    Decision,
    DecisionState,
    Proposal,
    Provision,
    ProvisionKind,
    Resolution,
    Run,
    View,
)

WHOLE = "*"  # provision key suffix of the row holding whole-resolution changes
_SHORT = {"number": "No.", "title": "Title", "preamble": "Preamble", "text": "",
          "annex-heading": "Annex"}


def provision_label(p: Provision) -> str:
    label = p.label_text(View.ORIGINAL) or p.label_text(View.PROPOSED)
    if label:
        return label
    if p.kind.value == "call":
        text = p.text(View.ORIGINAL).strip() or p.text(View.PROPOSED).strip()
        return text if len(text) <= 24 else text[:23] + "…"
    return _SHORT.get(p.kind.value, "")


def _note(fid: str, notes: Notes, kind: SegmentKind = SegmentKind.SAME,
          c: Change | None = None) -> Segment:
    mark, text = notes.get(fid, (fid, ""))
    return Segment("", kind, c.sources if c else (), c.id if c else "", mark, text)


def _inserted(c: Change, notes: Notes) -> list[Segment]:
    """The new text of `c`, with the footnote references it brings."""
    out: list[Segment] = []
    cut = 0
    for i, note in enumerate(c.notes):
        at = min(max(note.at, cut), len(c.new))
        if at > cut:
            out.append(Segment(c.new[cut:at], SegmentKind.INSERT, c.sources, c.id))
            cut = at
        out.append(_note(engine.new_footnote_id(c.id, i), notes, SegmentKind.INSERT, c))
    if cut < len(c.new):
        out.append(Segment(c.new[cut:], SegmentKind.INSERT, c.sources, c.id))
    return out


def _segments(text: str, changes: Sequence[Change], refs: Refs = (),
              notes: Notes | None = None) -> tuple[Segment, ...]:
    """`text` with the replacements of `changes` (non-overlapping, sorted) as segments, and
    its footnote references `refs` placed as the engine places them (`consolidate`): with
    the words before a change's start, deleted when the change drops them, after the new
    text when at the end of the replaced span."""
    notes = notes or {}
    out: list[Segment] = []
    k = 0

    def upto(start: int, stop: int, inclusive: bool, c: Change | None = None,
             dropped: frozenset[int] = frozenset()) -> None:
        """`text[start:stop]` (deleted by `c` when given) with the references inside it."""
        nonlocal k
        kind = SegmentKind.SAME if c is None else SegmentKind.DELETE
        extra = (c.sources, c.id) if c is not None else ((), "")
        cut = start
        while k < len(refs) and (refs[k][0] < stop or (inclusive and refs[k][0] == stop)):
            q, fid = refs[k]
            if q > cut:
                out.append(Segment(text[cut:q], kind, *extra))
                cut = q
            gone = c is not None and q in dropped
            out.append(_note(fid, notes, SegmentKind.DELETE, c) if gone else _note(fid, notes))
            k += 1
        if cut < stop:
            out.append(Segment(text[cut:stop], kind, *extra))

    pos = 0
    for c in sorted(changes, key=lambda c: (c.start, c.end, c.id)):
        if c.start < pos:  # overlapping (only in a conflict): show it after, never lose it
            if c.old:
                out.append(Segment(c.old, SegmentKind.DELETE, c.sources, c.id))
            out.extend(_inserted(c, notes))
            continue
        dropped = frozenset(c.start + d for d in c.dropped_notes)
        upto(pos, c.start, c.start not in dropped)
        upto(c.start, c.end, c.end in dropped or c.start == c.end, c, dropped)
        out.extend(_inserted(c, notes))
        pos = max(pos, c.end)
    upto(pos, len(text), True)
    return tuple(out)


def _cell(segments: tuple[Segment, ...], text: str) -> Cell:
    return Cell(segments, right_to_left=has_arabic(text))


def _provision_cell(text: str, changes: Sequence[Change],
                    right_to_left: bool | None = None, refs: Refs = (),
                    notes: Notes | None = None) -> Cell:
    """The base `text` (footnote references `refs`) with `changes`; `right_to_left` is
    `has_arabic(text)`, passed when known."""
    rtl = has_arabic(text) if right_to_left is None else right_to_left
    removal = next((c for c in changes if c.removes_provision), None)
    if removal is not None:
        # The references go with the words they follow.
        return Cell(tuple(Segment(s.text, SegmentKind.DELETE, removal.sources, removal.id,
                                  s.footnote, s.footnote_text)
                          for s in _segments(text, (), refs, notes)), rtl)
    placed = [c for c in changes if c.placed and c.kind in _WORDS]
    segments = _segments(text, placed, refs, notes)
    for c in changes:  # unplaced: shown apart, flagged, never dropped
        if not c.placed and c.kind in _WORDS:
            segments += (Segment(" ⚠ "),)
            if c.old:
                segments += (Segment(c.old, SegmentKind.DELETE, c.sources, c.id),)
            segments += tuple(_inserted(c, notes or {}))
    return Cell(segments, rtl)


_WORDS = (ChangeKind.TEXT, ChangeKind.FOOTNOTE)


def _trimmed(cell: Cell) -> Cell:
    """A footnote's cell without the white space after its mark (layout, not text)."""
    segs = cell.segments
    if not segs or segs[0].kind is not SegmentKind.SAME or segs[0].footnote:
        return cell
    first = segs[0].text.lstrip()
    rest = segs[1:]
    return Cell((Segment(first),) + rest if first else rest, cell.right_to_left, cell.edited)


def _whole_segment(c: Change) -> Segment:
    if c.kind is ChangeKind.ABROGATE:
        return Segment("SUP", SegmentKind.DELETE, c.sources, c.id)
    if c.kind is ChangeKind.NOC:
        return Segment("NOC", SegmentKind.SAME, c.sources, c.id)
    return Segment(c.new, SegmentKind.INSERT, c.sources, c.id)


class _FrameRow(NamedTuple):
    """A row without its consolidated cell, and what that cell is made of when the engine's
    tracked view does not give it."""

    key: str
    label: str
    cells: tuple[Cell, ...]  # base and proposal cells: they never depend on decisions
    change_ids: tuple[str, ...]
    conflict: str
    conflict_changes: tuple[str, ...]
    text: str  # the base provision's text ("" for whole-resolution and inserted rows)
    changes: tuple[Change, ...]  # whole: every whole change; inserted: the one; base: mine
    shown: Cell | None  # inserted rows: the cell shown once accepted; None elsewhere
    refs: Refs = ()  # the base provision's footnote references


@dataclass(frozen=True)
class Frame:
    """What a resolution's synoptic table shows whatever the decisions: built once per
    dossier (`table_frame`), then completed for each set of decisions (`fill_table`), so
    an accept recomputes the consolidated column only."""

    number: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[_FrameRow, ...]
    sources: tuple[str, ...]
    targets: frozenset[str]  # change ids, conflict ids and row keys: the states the view reads
    notes: Notes = field(default_factory=dict)  # `footnote_marks` of the resolution


def table_frame(
    number: str,
    base: Resolution | None,
    proposals: Sequence[Proposal],
    changes: Sequence[Change],
    conflicts: Sequence[Conflict] = (),
) -> Frame:
    columns = (
        Column("base", "Base", ColumnRole.BASE),
        *(Column(p.id, f"{p.action.value} {p.id}", ColumnRole.PROPOSAL, source_group(p.id))
          for p in proposals),
        Column("consolidated", "Consolidated", ColumnRole.CONSOLIDATED),
    )
    prop_ids = [p.id for p in proposals]
    notes = footnote_marks(base, changes)
    on_provision: dict[str, list[Conflict]] = defaultdict(list)
    for k in conflicts:
        on_provision[k.provision].append(k)

    def in_conflict(key: str, ids: Sequence[str]) -> tuple[str, tuple[str, ...]]:
        mine = [k for k in on_provision.get(key, ()) if set(k.changes) & set(ids)]
        return (mine[0].id if mine else "",
                tuple(dict.fromkeys(c for k in mine for c in k.changes)))

    by_provision: dict[str, list[Change]] = defaultdict(list)
    inserts: dict[str, list[Change]] = defaultdict(list)
    whole: list[Change] = []
    drafts = drafts_of(changes)
    for c in changes:
        if not c.provision:
            if c not in drafts:
                whole.append(c)
        elif c.adds_provision:
            inserts[c.provision].append(c)
        else:
            by_provision[c.provision].append(c)

    rows: list[_FrameRow] = []
    if whole:
        cells = [Cell()]
        for pid in prop_ids:
            cells.append(Cell(tuple(_whole_segment(c) for c in whole if pid in c.sources)))
        rows.append(_FrameRow(f"{number}:{WHOLE}", number, tuple(cells),
                              tuple(c.id for c in whole), "", (), "", tuple(whole), None))

    def insert_rows(anchor: str) -> None:
        for c in sorted(inserts.get(anchor, ()), key=lambda c: (c.start, c.id)):
            text = c.new
            shown = _cell(tuple(_inserted(c, notes)), text)
            cells = [Cell(), *(shown if pid in c.sources else Cell() for pid in prop_ids)]
            conflict, members = in_conflict(anchor, (c.id,))
            label = provision_label(c.inserted) if c.inserted is not None else "+"
            rows.append(_FrameRow(f"{anchor}+{c.id}", f"+ {label}".strip(), tuple(cells),
                                  (c.id,), conflict, members, "", (c,), shown))

    for c in drafts:  # a new draft: its provisions, each inserted by it
        assert c.drafted is not None
        conflict, members = in_conflict("", (c.id,))
        for i, p in enumerate(c.drafted.provisions):
            shown = draft_cell(p, c, notes)
            cells = [Cell(), *(shown if pid in c.sources else Cell() for pid in prop_ids)]
            rows.append(_FrameRow(draft_key(c.id, i), provision_label(p), tuple(cells),
                                  (c.id,), conflict, members, "", (c,), shown))
    if base is not None:
        insert_rows(head_key(number))
        for i, p in enumerate(base.provisions):
            key = provision_key(number, i)
            text = p.text(View.ORIGINAL)
            right_to_left = has_arabic(text)  # once per provision, not once per column
            mine = by_provision.get(key, [])
            refs = footnote_refs(p.runs)
            cells = [Cell(_segments(text, (), refs, notes), right_to_left=right_to_left)]
            for pid in prop_ids:
                cells.append(_provision_cell(text, [c for c in mine if pid in c.sources],
                                             right_to_left, refs, notes))
            ids = tuple(c.id for c in sorted(mine, key=lambda c: (c.start, c.end, c.id)))
            conflict, members = in_conflict(key, ids)
            rows.append(_FrameRow(key, provision_label(p), tuple(cells), ids, conflict,
                                  members, text, tuple(mine), None, refs))
            insert_rows(key)
        for f in base.footnotes:  # footnotes whose text is edited, after the provisions
            key = footnote_key(number, f.id)
            mine = by_provision.get(key, [])
            if not mine:
                continue
            text = note_text(f)
            cells = [_trimmed(_cell((Segment(text),), text)),
                     *(_trimmed(_provision_cell(text, [c for c in mine if pid in c.sources]))
                       for pid in prop_ids)]
            ids = tuple(c.id for c in sorted(mine, key=lambda c: (c.start, c.end, c.id)))
            conflict, members = in_conflict(key, ids)
            mark = notes.get(f.id, (f.id, ""))[0]
            rows.append(_FrameRow(key, f"Footnote {mark}", tuple(cells), ids, conflict,
                                  members, text, tuple(mine), None))
    groups = tuple(dict.fromkeys(source_group(pid) for pid in prop_ids))
    title = base.title() if base is not None else number
    targets = frozenset((*(c.id for c in changes), *(k.id for k in conflicts),
                         *(r.key for r in rows)))
    return Frame(number, title, columns, tuple(rows), groups, targets, notes)


FallbackCells = dict[tuple[str, tuple[str, ...], str | None], Cell]


def fill_table(
    frame: Frame,
    base: Resolution | None,
    changes: Sequence[Change],
    decisions: Mapping[str, Decision] | None = None,
    conflicts: Sequence[Conflict] | None = None,
    memo: FallbackCells | None = None,
) -> SynopticTable:
    """`frame` completed with the consolidated column for `decisions`; `conflicts` are
    those of `changes` (computed when not given). `memo` keeps the cells built from the
    accepted changes between calls for the same frame (they are rebuilt on every accept
    while accepted changes clash)."""
    decisions = decisions or {}
    states = {t: d.state for t, d in decisions.items() if t in frame.targets}
    accepted = {t for t, s in states.items() if s is DecisionState.ACCEPTED}
    cells: FallbackCells = {} if memo is None else memo

    def fallback(r: _FrameRow) -> Cell:
        """The consolidated cell built from the accepted changes alone."""
        if r.shown is not None:
            return r.shown if r.change_ids[0] in accepted else Cell()
        mine = [c for c in r.changes if c.id in accepted]
        custom = decisions.get(r.key)
        text = custom.custom_text if custom is not None else None
        key = (r.key, tuple(c.id for c in mine), text)
        cell = cells.get(key)
        if cell is None:
            if r.key == f"{frame.number}:{WHOLE}":
                cell = Cell(tuple(_whole_segment(c) for c in mine))
            elif text is not None:
                cell = _wording_cell(r, text, frame.notes)
            else:
                cell = _provision_cell(r.text, mine, None, r.refs, frame.notes)
                cell = _trimmed(cell) if footnote_of(r.key) is not None else cell
            cells[key] = cell
        return cell

    rows = _consolidated(frame, base, changes, decisions, conflicts, fallback)
    return SynopticTable(frame.number, frame.title, frame.columns, tuple(rows), states,
                         frame.sources)


def build_table(
    number: str,
    base: Resolution | None,
    proposals: Sequence[Proposal],
    changes: Sequence[Change],
    conflicts: Sequence[Conflict] = (),
    decisions: Mapping[str, Decision] | None = None,
) -> SynopticTable:
    frame = table_frame(number, base, proposals, changes, conflicts)
    return fill_table(frame, base, changes, decisions, None)


_OPS = {"equal": SegmentKind.SAME, "insert": SegmentKind.INSERT, "delete": SegmentKind.DELETE}


def _consolidated(frame: Frame, base: Resolution | None, changes: Sequence[Change],
                  decisions: Mapping[str, Decision], conflicts: Sequence[Conflict] | None,
                  fallback: Callable[[_FrameRow], Cell]) -> list[Row]:
    """Rows with their last cell from the engine's tracked view (`consolidate`).

    When the accepted changes cannot be applied together (a clash the drafter has not
    resolved yet), the cells built from the accepted changes (`fallback`) are kept.
    """
    rows = frame.rows
    try:
        result = engine.consolidate(base, changes, decisions, conflicts)
    except ConsolidationError:
        return [_row(r, fallback(r)) for r in rows]
    out: list[Row] = []
    index = {r.key.rpartition("+")[2] if "+" in r.key else r.key: i
             for i, r in enumerate(rows)}
    tracked: dict[int, Cell] = {}
    extra: dict[int, list[Row]] = defaultdict(list)
    last = -1
    notes = _consolidated_notes(frame.notes, result.resolution)
    for t in result.tracked:
        cell = _engine_cell(t.segments, notes, t.status == engine.CUSTOM)
        i = index.get(t.key, -1)
        if i >= 0:
            tracked[i] = cell
            last = i
        else:  # e.g. the drafter's wording for a conflict between inserted provisions
            empty = tuple(Cell() for _ in rows[0].cells) if rows else ()
            # keyed like an inserted row ("101:7+..."): after the provision it follows
            anchor = rows[last].key.partition("+")[0] if last >= 0 else head_key(frame.number)
            extra[last].append(Row(f"{anchor}+{t.key}", t.label or "+", (*empty, cell)))
    for f in result.footnotes:
        i = index.get(f.key, -1)
        if i >= 0:
            segs = tuple(Segment(s.text, _OPS.get(s.op, SegmentKind.SAME), s.sources, s.change)
                         for s in f.segments if s.text)
            tracked[i] = _trimmed(Cell(segs, has_arabic("".join(s.text for s in segs)),
                                       edited=f.status == engine.CUSTOM))
    out.extend(extra.get(-1, ()))
    for i, r in enumerate(rows):
        found = tracked.get(i)
        if found is None and is_draft_row(r.changes):
            found = Cell()  # a draft the engine did not take (not accepted, or another one)
        out.append(_row(r, fallback(r) if found is None else found))
        out.extend(extra.get(i, ()))
    return out


def _engine_cell(segments: Sequence[engine.Segment], notes: Notes, edited: bool) -> Cell:
    """A consolidated cell from the engine's tracked segments, footnote marks from `notes`."""
    segs = tuple(Segment(s.text, _OPS.get(s.op, SegmentKind.SAME), s.sources, s.change,
                         *notes.get(s.footnote, (s.footnote, "")) if s.footnote else ())
                 for s in segments if s.text or s.footnote)
    return Cell(segs, has_arabic("".join(s.text for s in segs)), edited=edited)


def _wording_cell(r: _FrameRow, text: str, notes: Notes) -> Cell:
    """The drafter's wording for row `r` marked word by word against its base text, as the
    engine marks it (`consolidate.wording_segments`), when the engine cannot run."""
    runs: list[Run] = []
    cut = 0
    for q, fid in r.refs:
        if q > cut:
            runs.append(Run(r.text[cut:q]))
            cut = q
        runs.append(Run("", footnote=fid))
    if cut < len(r.text):
        runs.append(Run(r.text[cut:]))
    footnote = footnote_of(r.key) is not None  # the white space after its mark stays
    segs = engine.wording_segments(Provision(ProvisionKind.TEXT, tuple(runs)), text, r.key,
                                   keep_spaces=footnote)
    cell = _engine_cell(segs, notes, edited=True)
    return _trimmed(cell) if footnote else cell


def _consolidated_notes(notes: Notes, res: Resolution | None) -> Notes:
    """`notes` with the texts of `res` (a footnote's text may be edited) and, numbered after
    them, any footnote of `res` they lack (a new draft's)."""
    if res is None or all(f.id in notes and notes[f.id][1] == f.text(View.ORIGINAL).strip()
                          for f in res.footnotes):
        return notes
    out = dict(notes)
    n = max((int(m) for m, _ in notes.values() if m.isdigit()), default=0)
    for f in res.footnotes:
        if f.id in out:
            out[f.id] = (out[f.id][0], f.text(View.ORIGINAL).strip())
        else:
            n += 1
            out[f.id] = (str(n), f.text(View.ORIGINAL).strip())
    return out


def _row(r: _FrameRow, last: Cell) -> Row:
    return Row(r.key, r.label, (*r.cells, last), r.change_ids, r.conflict, r.conflict_changes)
