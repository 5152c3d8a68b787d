"""What the synoptic view shows, as plain data: columns, rows aligned by provision, cells
of rich segments. No Qt: the view paints these, tests and benchmarks build them by hand.

A `Segment` is a piece of text that is either unchanged, inserted or deleted, attributed
to the proposals (`sources`) that ask for it and to the `change_id` it belongs to, so a
click on it selects the change. A footnote reference is a segment of its own with empty
`text`: `footnote` is its mark (the number shown) and `footnote_text` the footnote's text. `states` holds the decision taken on each change, so the
view can show accepted and rejected changes differently without rebuilding the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from editor.core.model import DecisionState


class SegmentKind(StrEnum):
    SAME = "same"
    INSERT = "insert"
    DELETE = "delete"


class ColumnRole(StrEnum):
    BASE = "base"
    PROPOSAL = "proposal"
    CONSOLIDATED = "consolidated"


@dataclass(frozen=True)
class Segment:
    text: str
    kind: SegmentKind = SegmentKind.SAME
    sources: tuple[str, ...] = ()  # proposal ids asking for this insertion / deletion
    change_id: str = ""
    footnote: str = ""  # mark of a footnote reference here ("1"); then text == ""
    footnote_text: str = ""  # that footnote's text


@dataclass(frozen=True)
class Cell:
    segments: tuple[Segment, ...] = ()
    right_to_left: bool = False  # Arabic text: laid out right to left
    edited: bool = False  # the drafter's own wording (custom text decision)

    @property
    def text(self) -> str:
        """Every segment's text, deleted ones included (what Find searches)."""
        return "".join(s.text for s in self.segments)

    @property
    def change_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.change_id for s in self.segments if s.change_id))


@dataclass(frozen=True)
class Column:
    key: str  # "base", a proposal id ("ARB/79A3/1"), "consolidated"
    title: str
    role: ColumnRole
    source: str = ""  # colour group of a proposal column ("ARB")


@dataclass(frozen=True)
class Row:
    provision_key: str  # "101:7"; inserted provisions: "101:7+c1a2b3..."; drafts: "c1a2b3...:0"
    label: str  # "a)", "décide", shown in the vertical header
    cells: tuple[Cell, ...]  # one per column
    change_ids: tuple[str, ...] = ()  # in reading order
    conflict: str = ""  # id of a conflict on this provision, "" when none
    conflict_changes: tuple[str, ...] = ()  # changes taking part in a conflict

    @property
    def unchanged(self) -> bool:
        return not self.change_ids


@dataclass(frozen=True)
class SynopticTable:
    resolution: str  # "101"
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    states: Mapping[str, DecisionState] = field(default_factory=dict)
    sources: tuple[str, ...] = ()  # colour groups in legend order

    def state(self, change_id: str) -> DecisionState:
        return self.states.get(change_id, DecisionState.PENDING)

    @property
    def change_ids(self) -> tuple[str, ...]:
        """Every change shown, once, in reading order (a new draft's is on each of its rows)."""
        return tuple(dict.fromkeys(c for r in self.rows for c in r.change_ids))

    def row_of(self, change_id: str) -> int:
        """Index of the first row showing `change_id`, -1 when none."""
        return next((i for i, r in enumerate(self.rows) if change_id in r.change_ids), -1)

    def pending(self) -> tuple[str, ...]:
        return tuple(c for c in self.change_ids if self.state(c) is DecisionState.PENDING)


def source_group(proposal_id: str) -> str:
    """Colour group of a proposal id: `ARB/79A3/1` -> `ARB`; other shapes as they are."""
    head = proposal_id.split("/", 1)[0].strip()
    return head or proposal_id


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")


def has_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None  # a regex: called on every cell of every build


def plain_cell(text: str) -> Cell:
    return Cell((Segment(text),) if text else (), right_to_left=has_arabic(text))


def with_states(table: SynopticTable, states: Mapping[str, DecisionState]) -> SynopticTable:
    return SynopticTable(table.resolution, table.title, table.columns, table.rows,
                         dict(states), table.sources)
