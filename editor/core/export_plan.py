"""What an export does to the base document, as a plain edit script (no I/O, no XML).

The DOCX writer patches the base file rather than regenerating it, so everything the
consolidation does not touch (footnotes, fields, bookmarks, formatting, sections, headers)
survives. An `ExportPlan` lists, in output order, what happens to each body paragraph of
the base (indexes in the reader's order: body paragraphs in document order, table cells
included): kept as is, rewritten from segments, inserted, or deleted. Base paragraphs the
plan does not name are kept where they are.

Segments carry the author (proposal id or group) and date used for tracked changes; in a
clean export they are simply applied. Edits of a base footnote's text are
`ExportPlan.footnote_edits`: the footnote's whole text as segments, its paragraphs
separated by an equal "\n".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

from .model import Decision, Document, Provision, ProvisionKind, Resolution, View

if TYPE_CHECKING:
    from .consolidate import Consolidated

SegmentKind = Literal["equal", "insert", "delete"]


@dataclass(frozen=True)
class Segment:
    """A piece of a paragraph's text: unchanged, inserted or deleted.

    `footnote` names a footnote referenced at this point (then `text` is usually ""):
    an id of the base document's footnotes, or one of `ExportPlan.new_footnotes`.
    """

    text: str
    kind: SegmentKind = "equal"
    author: str = ""
    date: str = ""
    footnote: str | None = None

    def visible_in(self, view: View) -> bool:
        if self.kind == "equal":
            return True
        return (self.kind == "insert") == (view is View.PROPOSED)


def segments_text(segments: tuple[Segment, ...], view: View) -> str:
    """Text of `segments` as read in `view` (footnote marks excluded, like the reader)."""
    return "".join(s.text for s in segments if s.footnote is None and s.visible_in(view))


@dataclass(frozen=True)
class KeepParagraph:
    """Base paragraph `base_index` copied untouched."""

    base_index: int


@dataclass(frozen=True)
class RewriteParagraph:
    """Base paragraph `base_index` rewritten as `label_segments`, a tab, then `segments`.

    The old side (equal + deleted text) is expected to be the base paragraph's text; the
    writer keeps the paragraph properties and the formatting, footnote references,
    bookmarks and fields of the text that stays.
    """

    base_index: int
    segments: tuple[Segment, ...]
    label_segments: tuple[Segment, ...] = ()

    def text(self, view: View) -> str:
        return _labelled(self.label_segments, self.segments, view)


@dataclass(frozen=True)
class InsertParagraph:
    """A new paragraph after the previous output paragraph, formatted like another.

    `like_base_index` names the base paragraph whose properties and run formatting it
    takes; `style` (a style name as Word shows it) overrides the paragraph style.
    """

    like_base_index: int
    segments: tuple[Segment, ...]
    label_segments: tuple[Segment, ...] = ()
    author: str = ""
    date: str = ""
    style: str = ""

    def text(self, view: View) -> str:
        if view is View.ORIGINAL:
            return ""
        return _labelled(self.label_segments, self.segments, view)


@dataclass(frozen=True)
class DeleteParagraph:
    """Base paragraph `base_index` removed (tracked: every run and its mark deleted)."""

    base_index: int
    author: str = ""
    date: str = ""


PlanParagraph = KeepParagraph | RewriteParagraph | InsertParagraph | DeleteParagraph


@dataclass(frozen=True)
class RewriteFootnote:
    """Base footnote `footnote_id` (its id in the base file) rewritten as `segments`; an
    equal "\n" ends each of its paragraphs but the last."""

    footnote_id: str
    segments: tuple[Segment, ...]

    def paragraphs(self) -> list[tuple[Segment, ...]]:
        """The segments of each paragraph (split at equal "\n")."""
        out: list[list[Segment]] = [[]]
        for s in self.segments:
            if s.kind != "equal" or "\n" not in s.text:
                out[-1].append(s)
                continue
            for k, part in enumerate(s.text.split("\n")):
                if k:
                    out.append([])
                if part:
                    out[-1].append(replace(s, text=part))
        return [tuple(p) for p in out]


@dataclass(frozen=True)
class ExportPlan:
    """The whole edit script. `author`/`date` stand in for segments that have none.

    `new_footnotes` holds (id, text) for footnotes the base does not have, referenced by
    inserted segments. `title` (when set) becomes the document's core-properties title.
    """

    paragraphs: tuple[PlanParagraph, ...]
    title: str = ""
    revision_line: str = ""
    author: str = "Synoptic"
    date: str = ""
    new_footnotes: tuple[tuple[str, str], ...] = ()
    unplaced: tuple[str, ...] = ()  # provision keys whose changes could not be placed
    footnote_edits: tuple[RewriteFootnote, ...] = ()


def _labelled(label: tuple[Segment, ...], segments: tuple[Segment, ...], view: View) -> str:
    if not label:
        return segments_text(segments, view)
    label_text = segments_text(label, view)
    body = segments_text(segments, view)
    return f"{label_text}\t{body}" if label_text else body


def planned_texts(plan: ExportPlan, base: tuple[str, ...], view: View) -> list[str]:
    """Paragraph texts of the export read in `view`, given the base paragraphs' texts.

    `View.PROPOSED` is what the clean export holds (every change applied);
    `View.ORIGINAL` is the base again (every change rejected).
    """
    named = {
        p.base_index
        for p in plan.paragraphs
        if isinstance(p, KeepParagraph | RewriteParagraph | DeleteParagraph)
    }
    out: list[str] = []
    cursor = 0  # base paragraphs the plan skips are kept in place

    def flush_until(index: int) -> None:
        nonlocal cursor
        while cursor < index:
            if cursor not in named:
                out.append(base[cursor])
            cursor += 1

    for item in plan.paragraphs:
        if isinstance(item, InsertParagraph):
            if view is View.PROPOSED:
                out.append(item.text(view))
            continue
        flush_until(item.base_index)
        cursor = max(cursor, item.base_index + 1)
        if isinstance(item, KeepParagraph):
            out.append(base[item.base_index])
        elif isinstance(item, RewriteParagraph):
            out.append(item.text(view))
        elif view is View.ORIGINAL:
            out.append(base[item.base_index])
    flush_until(len(base))
    return out


# --- from the engine's tracked view ---------------------------------------------------------


def plan_from_decisions(
    result: Consolidated,
    base_document: Document,
    base: Resolution,
    decisions: Mapping[str, Decision],
    *,
    author: str = "Synoptic",
    date: str = "",
    stand_for: Mapping[str, tuple[str, ...]] | None = None,
) -> ExportPlan:
    """`plan_from_consolidation`, each change dated by the decision that accepted it.

    A tracked change then says when the drafter accepted it, not when the file was
    written. Relabelling (`c)` -> `d)` after an inserted item) is attributed and dated
    like the inserted or deleted provision before it in the same call that caused it;
    only what has no such cause falls back to `author` and `date`.

    `stand_for` attributes the drafter's wording decided on a target to proposals: a
    conflict's combined text (target: the conflict id) to the proposals it combines.
    """
    result = credited(result, stand_for)
    times = decision_times(decisions)
    return _plan(result, base_document, base, author, lambda change: times.get(change, date),
                 date, relabel_by_cause=True)


def credited(result: Consolidated, stand_for: Mapping[str, tuple[str, ...]] | None
             ) -> Consolidated:
    """`result` with the drafter's wording on a target attributed to the proposals that
    target `stand_for` (see `plan_from_decisions`)."""
    if not stand_for:
        return result

    def credit(segments: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(s._replace(sources=stand_for[s.change])
                     if not s.sources and s.change in stand_for else s for s in segments)

    return result._replace(
        tracked=tuple(t._replace(segments=credit(t.segments)) for t in result.tracked),
        footnotes=tuple(f._replace(segments=credit(f.segments)) for f in result.footnotes))


def decision_times(decisions: Mapping[str, Decision]) -> dict[str, str]:
    """Target -> when it was decided, in whole seconds (Word wants them; the store keeps
    milliseconds)."""
    return {t: re.sub(r"\.\d+", "", d.time) for t, d in decisions.items() if d.time}


def plan_from_consolidation(
    result: Consolidated,
    base_document: Document,
    base: Resolution,
    *,
    author: str = "Synoptic",
    date: str = "",
) -> ExportPlan:
    """The export plan of a consolidated resolution on its base file.

    Base provisions are matched to the base document's paragraphs by walking both in order
    and comparing their original text. Changes are attributed to their proposals (the
    change's sources); relabelling and the drafter's own texts to `author`. Footnote
    references go where the tracked view puts them (inserted, deleted or kept with their
    words); the footnotes changes add are in `ExportPlan.new_footnotes`. Provisions that cannot be
    found in the file are listed in `ExportPlan.unplaced` (their changes are not written).
    """
    return _plan(result, base_document, base, author, lambda _change: date, date)


def _plan(result: Consolidated, base_document: Document, base: Resolution, author: str,
          date_of: Callable[[str], str], date: str, relabel_by_cause: bool = False
          ) -> ExportPlan:
    where = paragraph_indexes(base_document, base)
    indexes = {f"{base.number}:{i}": k for i, k in enumerate(where) if k is not None}
    provisions = {f"{base.number}:{i}": p for i, p in enumerate(base.provisions)}
    items: list[PlanParagraph] = []
    unplaced: list[str] = []
    last: int | None = None  # base paragraph of the previous provision
    like_by_shape: dict[tuple[str, int], int] = {}
    cause = (author, date)  # who shifted the labels of the current call's items
    for t in result.tracked:
        index = indexes.get(t.key)
        if t.provision.kind is ProvisionKind.CALL:
            cause = (author, date)  # a new call: its items are labelled afresh
        if t.status == "inserted" or (t.key not in provisions and t.status == "custom"):
            shape = (t.provision.kind.value, t.provision.level)
            like = like_by_shape.get(shape, last if last is not None else _first(indexes))
            if like is None:
                unplaced.append(t.key)
                continue
            who = _author(t.segments) or author
            when = _date(t.segments, date_of)
            segs = tuple(_segment(s, who, date_of) for s in t.segments if s.op != "delete")
            label = (Segment(t.label, "insert", who, when),) if t.label else ()
            items.append(InsertParagraph(like, segs, label, who, when))
            if relabel_by_cause and _author(t.segments):
                cause = (who, when)
            continue
        if index is None:
            if t.status != "unchanged":
                unplaced.append(t.key)
            continue
        if last is not None and index <= last:
            unplaced.append(t.key)  # out of order in the file: left as it is
            continue
        last = index
        like_by_shape[(t.provision.kind.value, t.provision.level)] = index
        original = provisions[t.key]
        if t.status == "deleted":
            items.append(DeleteParagraph(index, _author(t.segments) or author,
                                         _date(t.segments, date_of)))
            if relabel_by_cause and _author(t.segments):
                cause = (_author(t.segments), _date(t.segments, date_of))
        elif t.status == "unchanged" and t.label == t.base_label:
            items.append(KeepParagraph(index))
        else:
            segs = tuple(_segment(s, author, date_of) for s in t.segments)
            if not any(s.footnote for s in segs):  # a tracked view without references
                segs = _with_footnotes(original, segs)
            items.append(RewriteParagraph(index, segs, _label(t.base_label, t.label, *cause)))
    notes: list[RewriteFootnote] = []
    for f in result.footnotes:
        if f.status == "unchanged":
            continue
        edit = RewriteFootnote(f.id, tuple(_segment(s, author, date_of) for s in f.segments))
        found = base_document.footnote(f.id)
        if found is None or len(found.paragraphs) != len(edit.paragraphs()):
            unplaced.append(f.key)  # not in the file, or a paragraph break changed
        else:
            notes.append(edit)
    res = result.resolution
    return ExportPlan(
        tuple(items),
        new_footnotes=_new_footnotes(items, base_document, res),
        title=res.number_line(View.ORIGINAL) if res is not None else "",
        revision_line=res.revision_line(View.ORIGINAL) if res is not None else "",
        author=author,
        date=date,
        unplaced=tuple(unplaced),
        footnote_edits=tuple(notes),
    )


def paragraph_indexes(document: Document, base: Resolution, view: View = View.ORIGINAL
                      ) -> list[int | None]:
    """For each base provision, the index of its paragraph in `document` (None: not found),
    both read in `view`."""
    texts = [_squash(p.text(view)) for p in document.paragraphs]
    out: list[int | None] = []
    cursor = 0
    for p in base.provisions:
        body = _squash(p.text(view))
        full = _squash(f"{p.label_text(view)} {p.text(view)}")
        found = None
        for k in range(cursor, len(texts)):
            text = texts[k]
            if text and (text in (full, body) or (body and text.endswith(body))
                         or (len(text) > 20 and full.startswith(text))):
                found = k
                break
        out.append(found)
        if found is not None:
            cursor = found + 1
    return out


def _squash(text: str) -> str:
    return " ".join(text.split())


def _first(indexes: dict[str, int]) -> int | None:
    return min(indexes.values(), default=None)


def _author(segments: tuple[Any, ...]) -> str:
    return next((", ".join(s.sources) for s in segments if s.op != "equal" and s.sources), "")


def _date(segments: tuple[Any, ...], date_of: Callable[[str], str]) -> str:
    return next((date_of(s.change) for s in segments if s.op != "equal"), date_of(""))


def _segment(s: Any, author: str, date_of: Callable[[str], str]) -> Segment:
    footnote = getattr(s, "footnote", "") or None
    if s.op == "equal":
        return Segment(s.text, footnote=footnote)
    return Segment(s.text, s.op, ", ".join(s.sources) or author, date_of(s.change), footnote)


def _new_footnotes(items: list[PlanParagraph], document: Document, res: Resolution | None
                   ) -> tuple[tuple[str, str], ...]:
    """(id, text) of the footnotes the plan inserts that the base file does not have: the
    consolidation's new ones (`consolidate.new_footnote_id`), texts from the proposals."""
    known = {f.id for f in document.footnotes}
    texts = {f.id: f.text(View.ORIGINAL) for f in res.footnotes} if res is not None else {}
    wanted = dict.fromkeys(
        s.footnote for p in items if isinstance(p, RewriteParagraph | InsertParagraph)
        for s in p.segments
        if s.footnote is not None and s.kind != "delete" and s.footnote not in known)
    return tuple((fid, texts[fid]) for fid in wanted if fid in texts)


def _label(old: str, new: str, author: str, date: str) -> tuple[Segment, ...]:
    if old == new:
        return (Segment(old),) if old else ()
    return tuple(
        s for s in (Segment(old, "delete", author, date), Segment(new, "insert", author, date))
        if s.text
    )


def _with_footnotes(p: Provision, segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """`segments` with the base provision's footnote references put back in place.

    Only for a tracked view that carries no references (built by hand; `consolidate` puts
    them in its segments): a reference goes right after the original character it
    followed, deleted with it when it sits inside deleted text. A reference right after a
    deleted span was not deleted by it: it follows the replacement.
    """
    notes: list[tuple[int, str]] = []
    pos = 0
    for r in p.runs:
        if r.footnote is not None:
            notes.append((pos, r.footnote))
        elif r.visible_in(View.ORIGINAL):
            pos += len(r.text)
    if not notes:
        return segments
    out: list[Segment] = []
    k = 0
    pos = 0
    for s in segments:
        if s.kind == "insert":
            out.append(s)
            continue
        start, end = 0, pos + len(s.text)
        while k < len(notes) and (notes[k][0] < end or (notes[k][0] == end and s.kind == "equal")):
            cut = notes[k][0] - pos
            if cut > start:
                out.append(replace(s, text=s.text[start:cut]))
            out.append(replace(s, text="", footnote=notes[k][1]))
            start = cut
            k += 1
        if start < len(s.text):
            out.append(replace(s, text=s.text[start:]))
        pos += len(s.text)
    out.extend(Segment("", footnote=note) for _, note in notes[k:])
    return tuple(out)
