"""What the export of a new draft resolution writes: there is no base file to patch.

A new draft (an ADD with no base) is written afresh into the proposals file that holds it,
so the export keeps that file's ITU styles, fonts, page setup and footnotes. `draft_plan`
lists one `InsertParagraph` per provision of the consolidated draft, in order, each shaped
like (`like_base_index`) the paragraph of the proposals file that held the provision and
in the style the proposal used (`Provision.style`). The indexes are the proposals file's
paragraphs (the reader's order): the writer (`docxio.draft_writer`) empties that body and
uses them as models only; `NO_MODEL` when none fits (the style alone is then applied).
Tracked, every paragraph is inserted by the proposals that asked for the draft, dated by
the decision that accepted it.

A draft chosen as the base of others (`routing.route`'s `draft_bases`) has no base file
either: `draft_base_plan` writes its text as plain paragraphs, and that file is the base
the dossier's clean and tracked exports patch (`export_plan.plan_from_decisions`), so the
tracked export shows what the other drafts change in the chosen one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .export_plan import (
    ExportPlan,
    InsertParagraph,
    PlanParagraph,
    Segment,
    _author,
    _date,
    _new_footnotes,
    _segment,
    credited,
    decision_times,
    paragraph_indexes,
)
from .model import Decision, Document, Provision, Resolution, View
from .segments import EQUAL, run_segments

if TYPE_CHECKING:
    from .consolidate import Consolidated

NO_MODEL = -1  # `InsertParagraph.like_base_index` when no paragraph of the file fits


def model_paragraphs(document: Document, proposed: Resolution) -> list[int | None]:
    """For each provision of the draft as the change holds it (`changes.clean_resolution`
    of `proposed`, the draft as read in `document`), its paragraph in `document`."""
    where = paragraph_indexes(document, proposed, View.PROPOSED)
    return [k for p, k in zip(proposed.provisions, where, strict=True)
            if p.exists_in(View.PROPOSED)]


def draft_plan(
    result: Consolidated,
    document: Document,
    proposed: Resolution,
    decisions: Mapping[str, Decision],
    *,
    author: str = "Synoptic",
    date: str = "",
    stand_for: Mapping[str, tuple[str, ...]] | None = None,
) -> ExportPlan:
    """The consolidated draft `result` written into `document` (see the module docstring).

    Attribution and dates as `export_plan.plan_from_decisions`: each paragraph and its
    words to the proposals whose change they come from, what names none to `author`.
    """
    result = credited(result, stand_for)
    times = decision_times(decisions)

    def date_of(change: str) -> str:
        return times.get(change, date)

    models = model_paragraphs(document, proposed)
    items: list[PlanParagraph] = []
    for t in result.tracked:
        who = _author(t.segments) or author
        when = _date(t.segments, date_of)
        segs = tuple(_segment(s, who, date_of) for s in t.segments if s.op != "delete")
        label = (Segment(t.label, "insert", who, when),) if t.label else ()
        like = _model(_drafted_index(t.key), t.provision, models, document)
        items.append(InsertParagraph(like, segs, label, who, when, t.provision.style))
    res = result.resolution
    return ExportPlan(
        tuple(items),
        title=res.number_line(View.ORIGINAL) if res is not None else "",
        author=author,
        date=date,
        new_footnotes=_new_footnotes(items, document, res),
    )


def draft_base_plan(base: Resolution, document: Document, proposed: Resolution) -> ExportPlan:
    """Draft `base` (a draft chosen as the base of others, as proposed) as plain paragraphs
    in `document`, the proposals file where it was read as `proposed`."""
    models = model_paragraphs(document, proposed)
    items = tuple(
        InsertParagraph(_model(i, p, models, document), _plain(p),
                        (Segment(label),) if (label := p.label_text(View.ORIGINAL)) else (),
                        style=p.style)
        for i, p in enumerate(base.provisions))
    return ExportPlan(items, title=base.number_line(View.ORIGINAL))


def _drafted_index(key: str) -> int | None:
    """Index in the drafted resolution of a lone draft's tracked provision (`<change>:<i>`)."""
    _, sep, tail = key.rpartition(":")
    return int(tail) if sep and tail.isdigit() else None


def _model(index: int | None, provision: Provision, models: Sequence[int | None],
           document: Document) -> int:
    """The paragraph the provision's paragraph is shaped like: the one that held it, else
    the first one of its style, else the first that held any provision."""
    held = models[index] if index is not None and 0 <= index < len(models) else None
    if held is not None:
        return held
    if provision.style:
        found = next((k for k, p in enumerate(document.paragraphs)
                      if p.style == provision.style and p.text(View.PROPOSED).strip()), None)
        if found is not None:
            return found
    return next((k for k in models if k is not None), NO_MODEL)


def _plain(p: Provision) -> tuple[Segment, ...]:
    """The provision's text as equal segments, its footnote references in place."""
    return tuple(Segment(s.text, footnote=s.footnote or None)
                 for s in run_segments(EQUAL, p.runs))
