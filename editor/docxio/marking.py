"""Deciding how a document marks its revisions, and reading formatting marks as revisions.

Some proposals carry no tracked changes: deleted text is struck through and inserted text
underlined. Detection stays conservative so that a clean document with an underlined heading
is not mistaken for a marked one: struck text is enough (nobody strikes text for emphasis in an
ITU text), underline only counts when it is mixed with plain text inside a paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable

from editor.core.model import Marking, Paragraph, Revision, RevisionKind, Run

from .revisions import Piece, RawParagraph


def _visible(piece: Piece) -> bool:
    return piece.run.footnote is None and bool(piece.run.text.strip())


def detect_marking(tracked: bool, paragraphs: Iterable[RawParagraph]) -> Marking:
    if tracked:
        return Marking.TRACKED
    for paragraph in paragraphs:
        pieces = [p for p in paragraph.pieces if _visible(p)]
        if any(p.struck for p in pieces):
            return Marking.FORMATTING
        underlined = [p for p in pieces if p.underlined and not p.in_link]
        plain = [p for p in pieces if not p.underlined and not p.in_link]
        if underlined and plain and any(c.isalnum() for p in underlined for c in p.run.text):
            return Marking.FORMATTING
    return Marking.NONE


def to_paragraph(raw: RawParagraph, marking: Marking, author: str = "") -> Paragraph:
    """The model paragraph; in FORMATTING mode strike = deleted, underline = inserted."""
    runs: list[Run] = []
    deleted = Revision(RevisionKind.DELETE, author=author)
    inserted = Revision(RevisionKind.INSERT, author=author)
    for piece in raw.pieces:
        run = piece.run
        if marking is Marking.FORMATTING and run.revision is None:
            if piece.struck:
                run = Run(run.text, deleted, run.footnote)
            elif piece.underlined and not piece.in_link:
                run = Run(run.text, inserted, run.footnote)
        runs.append(run)
    return Paragraph(
        runs=merge_runs(runs),
        style=raw.style,
        mark=raw.mark,
        in_table=raw.in_table,
        format_changes=raw.format_changes,
    )


def merge_runs(runs: Iterable[Run]) -> tuple[Run, ...]:
    """Adjacent runs with the same revision joined (Word splits runs for its own reasons)."""
    merged: list[Run] = []
    texts: list[str] = []  # pending text of the last run, joined once (no quadratic +=)
    for run in runs:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.footnote is None
            and run.footnote is None
            and last.revision == run.revision
        ):
            texts.append(run.text)
            continue
        if texts and merged:
            merged[-1] = Run("".join(texts), merged[-1].revision)
        merged.append(run)
        texts = [run.text] if run.footnote is None else []
    if texts and merged:
        merged[-1] = Run("".join(texts), merged[-1].revision)
    return tuple(merged)
