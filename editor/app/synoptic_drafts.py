"""A new draft resolution (an ADD with no base) in the synoptic table: one row per provision.

A draft's rows are its provisions as proposed (number line, title, preamble, calls, items
with their labels), whatever its decision: each proposing column shows the provision
inserted (its text and footnote references, attributed to the draft's change, so the view
marks it accepted or rejected like any change); the consolidated column shows what the
engine made of it (`consolidate`): the provision inserted once the draft is accepted,
nothing while it is pending or rejected.

A draft row's key is `draft_key(change, i)`, the key the engine gives the draft's `i`th
provision and the target of the drafter's own wording for it (`consolidate._draft`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from editor.app.synoptic_table import Cell, Segment, SegmentKind, has_arabic
from editor.core.changes import Change, ChangeKind
from editor.core.model import Footnote, Provision, View


def draft_key(change_id: str, index: int) -> str:
    """The key of provision `index` of the draft of `change_id` (as `consolidate._draft`)."""
    return f"{change_id}:{index}"


def drafts_of(changes: Iterable[Change]) -> list[Change]:
    """The changes that bring a whole new draft resolution, in order."""
    return [c for c in changes
            if c.kind is ChangeKind.NEW_RESOLUTION and c.drafted is not None]


def draft_provisions(changes: Iterable[Change]) -> list[Provision]:
    """Every provision of the drafts of `changes`, in reading order."""
    return [p for c in drafts_of(changes) if c.drafted is not None
            for p in c.drafted.provisions]


def draft_footnotes(changes: Iterable[Change]) -> list[Footnote]:
    return [f for c in drafts_of(changes) if c.drafted is not None
            for f in c.drafted.footnotes]


def draft_cell(p: Provision, c: Change, notes: Mapping[str, tuple[str, str]]) -> Cell:
    """Provision `p` of the draft of `c`, all of it inserted by `c`; footnote references
    get their mark and text from `notes` (footnote id -> (mark, text))."""
    out: list[Segment] = []
    for r in p.runs:
        if not r.visible_in(View.ORIGINAL):
            continue
        if r.footnote is not None:
            mark, text = notes.get(r.footnote, (r.footnote, ""))
            out.append(Segment("", SegmentKind.INSERT, c.sources, c.id, mark, text))
        elif not r.text:
            continue
        elif out and not out[-1].footnote:
            out[-1] = Segment(out[-1].text + r.text, SegmentKind.INSERT, c.sources, c.id)
        else:
            out.append(Segment(r.text, SegmentKind.INSERT, c.sources, c.id))
    return Cell(tuple(out), right_to_left=has_arabic(p.text(View.ORIGINAL)))


def is_draft_row(changes: Sequence[Change]) -> bool:
    """A row of a draft's provision (its only change is the draft's)."""
    return len(changes) == 1 and bool(drafts_of(changes))
