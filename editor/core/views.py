"""Paragraphs as a drafter sees them in one view (original or proposed).

A revised paragraph mark changes where paragraphs break: a mark deleted by the proposal
disappears once its changes are accepted, and a mark the proposal inserted did not exist
before. In either case the paragraph joins the next one in that view.
"""

from __future__ import annotations

from collections.abc import Iterable

from editor.core.model import Document, Paragraph, View


def _mark_gone(paragraph: Paragraph, view: View) -> bool:
    return paragraph.mark is not None and not paragraph.mark.visible_in(view)


def view_paragraphs(paragraphs: Iterable[Paragraph], view: View) -> tuple[Paragraph, ...]:
    """`paragraphs` as seen in `view`: invisible runs dropped, vanished marks joined.

    A joined paragraph keeps the surviving (last) paragraph mark with its style, as Word
    does; paragraphs never join across a table boundary.
    """
    result: list[Paragraph] = []
    pending: list[Paragraph] = []  # paragraphs whose mark is gone, waiting for the next
    for paragraph in paragraphs:
        if pending and pending[-1].in_table != paragraph.in_table:
            result.append(_join(pending, None, view))
            pending = []
        if _mark_gone(paragraph, view):
            pending.append(paragraph)
            continue
        result.append(_join(pending, paragraph, view))
        pending = []
    if pending:
        result.append(_join(pending, None, view))
    return tuple(result)


def _join(before: list[Paragraph], last: Paragraph | None, view: View) -> Paragraph:
    group = [*before, last] if last is not None else before
    keeper = last if last is not None else before[-1]
    return Paragraph(
        runs=tuple(r for p in group for r in p.runs if r.visible_in(view)),
        style=keeper.style,
        mark=keeper.mark,
        in_table=keeper.in_table,
        format_changes=tuple(c for p in group for c in p.format_changes),
    )


def view_texts(document: Document, view: View) -> tuple[str, ...]:
    """Texts of the body's non-blank paragraphs in `view`, in document order."""
    texts = (p.text(view) for p in view_paragraphs(document.paragraphs, view))
    return tuple(t for t in texts if t.strip())
