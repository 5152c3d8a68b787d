"""Build a `SynopticTable` from the engine's output for one resolution.

Rows follow the base resolution provision by provision; a provision a proposal inserts
gets its own row after the base provision it follows; changes to the whole resolution
(SUP, NOC, a new draft) get a first row. Each proposal column shows the base text with
that proposal's changes; the consolidated column shows the base text with the accepted
changes as tracked changes, or the drafter's own wording (a decision whose target is the
provision key and that carries `custom_text`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from editor.app.synoptic_table import (
    Cell,
    Column,
    ColumnRole,
    Row,
    Segment,
    SegmentKind,
    SynopticTable,
    has_arabic,
    plain_cell,
    source_group,
)
from editor.core import consolidate as engine
from editor.core.changes import Change, ChangeKind, head_key, provision_key
from editor.core.errors import ConsolidationError
from editor.core.merge import Conflict
from editor.core.model import Decision, DecisionState, Proposal, Provision, Resolution, View

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


def _segments(text: str, changes: Sequence[Change]) -> tuple[Segment, ...]:
    """`text` with the replacements of `changes` (non-overlapping, sorted) as segments."""
    out: list[Segment] = []
    pos = 0
    for c in sorted(changes, key=lambda c: (c.start, c.end, c.id)):
        if c.start < pos:  # overlapping (only in a conflict): show it after, never lose it
            if c.old:
                out.append(Segment(c.old, SegmentKind.DELETE, c.sources, c.id))
            if c.new:
                out.append(Segment(c.new, SegmentKind.INSERT, c.sources, c.id))
            continue
        if c.start > pos:
            out.append(Segment(text[pos:c.start]))
        if c.old:
            out.append(Segment(text[c.start:c.end], SegmentKind.DELETE, c.sources, c.id))
        if c.new:
            out.append(Segment(c.new, SegmentKind.INSERT, c.sources, c.id))
        pos = max(pos, c.end)
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return tuple(out)


def _cell(segments: tuple[Segment, ...], text: str) -> Cell:
    return Cell(segments, right_to_left=has_arabic(text))


def _provision_cell(text: str, changes: Sequence[Change]) -> Cell:
    removal = next((c for c in changes if c.removes_provision), None)
    if removal is not None:
        return _cell((Segment(text, SegmentKind.DELETE, removal.sources, removal.id),), text)
    placed = [c for c in changes if c.placed and c.kind is ChangeKind.TEXT]
    segments = _segments(text, placed)
    for c in changes:  # unplaced: shown apart, flagged, never dropped
        if not c.placed and c.kind is ChangeKind.TEXT:
            segments += (Segment(" ⚠ "),)
            if c.old:
                segments += (Segment(c.old, SegmentKind.DELETE, c.sources, c.id),)
            if c.new:
                segments += (Segment(c.new, SegmentKind.INSERT, c.sources, c.id),)
    return _cell(segments, text)


def _whole_segment(c: Change) -> Segment:
    if c.kind is ChangeKind.ABROGATE:
        return Segment("SUP", SegmentKind.DELETE, c.sources, c.id)
    if c.kind is ChangeKind.NOC:
        return Segment("NOC", SegmentKind.SAME, c.sources, c.id)
    return Segment(c.new, SegmentKind.INSERT, c.sources, c.id)


def build_table(
    number: str,
    base: Resolution | None,
    proposals: Sequence[Proposal],
    changes: Sequence[Change],
    conflicts: Sequence[Conflict] = (),
    decisions: Mapping[str, Decision] | None = None,
) -> SynopticTable:
    decisions = decisions or {}
    states = {t: d.state for t, d in decisions.items()}
    columns = (
        Column("base", "Base", ColumnRole.BASE),
        *(Column(p.id, f"{p.action.value} {p.id}", ColumnRole.PROPOSAL, source_group(p.id))
          for p in proposals),
        Column("consolidated", "Consolidated", ColumnRole.CONSOLIDATED),
    )
    prop_ids = [p.id for p in proposals]
    accepted = {t for t, s in states.items() if s is DecisionState.ACCEPTED}

    def in_conflict(key: str, ids: Sequence[str]) -> tuple[str, tuple[str, ...]]:
        mine = [k for k in conflicts if k.provision == key and set(k.changes) & set(ids)]
        return (mine[0].id if mine else "",
                tuple(dict.fromkeys(c for k in mine for c in k.changes)))

    by_provision: dict[str, list[Change]] = defaultdict(list)
    inserts: dict[str, list[Change]] = defaultdict(list)
    whole: list[Change] = []
    for c in changes:
        if not c.provision:
            whole.append(c)
        elif c.adds_provision:
            inserts[c.provision].append(c)
        else:
            by_provision[c.provision].append(c)

    rows: list[Row] = []
    if whole:
        cells = [Cell()]
        for pid in prop_ids:
            cells.append(Cell(tuple(_whole_segment(c) for c in whole if pid in c.sources)))
        cells.append(Cell(tuple(_whole_segment(c) for c in whole if c.id in accepted)))
        rows.append(Row(f"{number}:{WHOLE}", number, tuple(cells),
                        tuple(c.id for c in whole)))

    def insert_rows(anchor: str) -> None:
        for c in sorted(inserts.get(anchor, ()), key=lambda c: (c.start, c.id)):
            text = c.new
            seg = (Segment(text, SegmentKind.INSERT, c.sources, c.id),)
            cells = [Cell()]
            cells += [_cell(seg, text) if pid in c.sources else Cell() for pid in prop_ids]
            cells.append(_cell(seg, text) if c.id in accepted else Cell())
            conflict, members = in_conflict(anchor, (c.id,))
            label = provision_label(c.inserted) if c.inserted is not None else "+"
            rows.append(Row(f"{anchor}+{c.id}", f"+ {label}".strip(), tuple(cells),
                            (c.id,), conflict, members))

    if base is not None:
        insert_rows(head_key(number))
        for i, p in enumerate(base.provisions):
            key = provision_key(number, i)
            text = p.text(View.ORIGINAL)
            mine = by_provision.get(key, [])
            cells = [plain_cell(text)]
            for pid in prop_ids:
                cells.append(_provision_cell(text, [c for c in mine if pid in c.sources]))
            custom = decisions.get(key)
            if custom is not None and custom.custom_text is not None:
                cells.append(Cell((Segment(custom.custom_text),),
                                  has_arabic(custom.custom_text), edited=True))
            else:
                cells.append(_provision_cell(text, [c for c in mine if c.id in accepted]))
            ids = tuple(c.id for c in sorted(mine, key=lambda c: (c.start, c.end, c.id)))
            conflict, members = in_conflict(key, ids)
            rows.append(Row(key, provision_label(p), tuple(cells), ids, conflict, members))
            insert_rows(key)
    rows = _consolidated(rows, base, changes, decisions)
    groups = tuple(dict.fromkeys(source_group(pid) for pid in prop_ids))
    title = base.title() if base is not None else number
    return SynopticTable(number, title, columns, tuple(rows), states, groups)


_OPS = {"equal": SegmentKind.SAME, "insert": SegmentKind.INSERT, "delete": SegmentKind.DELETE}


def _consolidated(rows: list[Row], base: Resolution | None, changes: Sequence[Change],
                  decisions: Mapping[str, Decision]) -> list[Row]:
    """Rows with their last cell from the engine's tracked view (`consolidate`).

    When the accepted changes cannot be applied together (a clash the drafter has not
    resolved yet), the cells built here from the accepted changes are kept.
    """
    try:
        result = engine.consolidate(base, changes, decisions)
    except ConsolidationError:
        return rows
    out: list[Row] = []
    index = {r.provision_key.rpartition("+")[2] if "+" in r.provision_key else
             r.provision_key: i for i, r in enumerate(rows)}
    tracked: dict[int, Cell] = {}
    extra: dict[int, list[Row]] = defaultdict(list)
    last = -1
    for t in result.tracked:
        segs = tuple(Segment(s.text, _OPS.get(s.op, SegmentKind.SAME), s.sources, s.change)
                     for s in t.segments if s.text)
        cell = Cell(segs, has_arabic("".join(s.text for s in segs)),
                    edited=t.status == engine.CUSTOM)
        i = index.get(t.key, -1)
        if i >= 0:
            tracked[i] = cell
            last = i
        else:  # e.g. the drafter's wording for a conflict between inserted provisions
            empty = tuple(Cell() for _ in rows[0].cells[:-1]) if rows else ()
            extra[last].append(Row(f"{t.key}", t.label or "+", (*empty, cell)))
    out.extend(extra.get(-1, ()))
    for i, r in enumerate(rows):
        cell = tracked.get(i, r.cells[-1])
        out.append(Row(r.provision_key, r.label, (*r.cells[:-1], cell), r.change_ids,
                       r.conflict, r.conflict_changes))
        out.extend(extra.get(i, ()))
    return out
