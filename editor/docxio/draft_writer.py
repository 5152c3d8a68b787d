"""Writing a new draft resolution into the proposals file that holds it.

A draft has no base file to patch (`core.draft_plan`): `write_draft_docx` takes the
proposals DOCX as the template, keeps its package (styles, fonts, numbering, headers and
footers, the final section's page setup), empties its body and writes the plan's
paragraphs there with the writer's own paragraph building (`writer._inserted_paragraph`),
each shaped like the paragraph of the file the plan names. The footnotes part keeps only
the footnotes the draft references.

* tracked: what Word shows for a brand-new text: every run inserted (`w:ins`) and every
  paragraph mark inserted, the footnotes' text too, attributed and dated by the plan,
  revision ids unique across the document;
* clean: the same text with no revision mark anywhere.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

from lxml import etree

from editor.core.draft_plan import NO_MODEL
from editor.core.export_plan import ExportPlan, InsertParagraph

from .accepting import accept_all
from .writer import (
    _field_states,
    _Footnotes,
    _inserted_paragraph,
    _mark_paragraph,
    body_paragraphs,
    merge_adjacent,
    opened,
)
from .writer_text import Revisions, local, text_runs, w

_NOTE_SEPARATORS = {"separator", "continuationSeparator", "continuationNotice"}


def write_draft_docx(template: bytes, plan: ExportPlan, *, tracked: bool,
                     now: datetime | None = None) -> bytes:
    """The template's package with `plan` as its whole body (see the module docstring)."""
    document, body, notes, writer = opened(template, plan, tracked=tracked, now=now,
                                           what="proposals")
    revisions = writer.revisions
    models = body_paragraphs(body)
    starts, _ = _field_states(models, revisions)
    models.append(etree.Element(w("p")))  # NO_MODEL: a bare paragraph, the style alone
    starts.append(())
    section = _empty(body)
    for item in plan.paragraphs:
        if not isinstance(item, InsertParagraph):
            raise ValueError(f"a draft's plan only inserts paragraphs, not {item!r}")
        if item.like_base_index == NO_MODEL:
            item = replace(item, like_base_index=len(models) - 1)
        new = _inserted_paragraph(item, models, starts, writer, document)
        if section is not None:
            section.addprevious(new)
        else:
            body.append(new)
    if notes.root is not None:
        _keep_referenced_notes(notes, body, revisions if tracked else None)
    if not tracked:
        accept_all(body)
    notes.save()
    document.core_properties.title = plan.title
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _empty(body: etree._Element) -> etree._Element | None:
    """Remove everything from the body but its final section properties (returned)."""
    children = list(body)
    last = children[-1] if children and local(children[-1]) == "sectPr" else None
    for child in children:
        if child is not last:
            body.remove(child)
    return last


def _keep_referenced_notes(notes: _Footnotes, body: etree._Element,
                           revisions: Revisions | None) -> None:
    """Drop the footnotes of the other proposals; the draft's own are its text as
    proposed (their revisions accepted), and inserted with their reference when
    `revisions` is given (a tracked export)."""
    assert notes.root is not None
    marks = dict(_reference_marks(body))
    for note in list(notes.root.iter(w("footnote"))):
        if note.get(w("type"), "normal") in _NOTE_SEPARATORS:
            continue
        key = note.get(w("id"))
        parent = note.getparent()
        if key not in marks:
            if parent is not None:
                parent.remove(note)
            continue
        accept_all(note)
        mark = marks[key]
        if revisions is None or mark is None:
            continue
        author, date = mark
        for p in body_paragraphs(note):
            for r in list(text_runs(p)):
                wrapper = revisions.mark("ins", author, date)
                r.addprevious(wrapper)
                wrapper.append(r)
            merge_adjacent(p)
            _mark_paragraph(p, revisions.mark("ins", author, date))
    notes.changed = True


def _reference_marks(body: etree._Element) -> Iterator[tuple[str, tuple[str, str] | None]]:
    """Each footnote referenced in the body, with the author and date of the insertion
    holding its reference (None when not inserted)."""
    for ref in body.iter(w("footnoteReference")):
        key = ref.get(w("id"), "")
        ins = next((a for a in ref.iterancestors(w("ins"))), None)
        yield key, ((ins.get(w("author"), ""), ins.get(w("date"), ""))
                    if ins is not None else None)
