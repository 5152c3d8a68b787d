"""Paragraphs as seen in one view: hidden runs dropped, vanished paragraph marks joined."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.core.model import Document, Paragraph, Revision, RevisionKind, Run, View
from editor.core.views import view_paragraphs, view_texts

INS = Revision(RevisionKind.INSERT, "ARB")
DEL = Revision(RevisionKind.DELETE, "ARB")


def par(*runs: Run, mark: Revision | None = None, style: str = "", in_table: bool = False):
    return Paragraph(runs=runs, style=style, mark=mark, in_table=in_table)


def test_invisible_runs_are_dropped() -> None:
    p = par(Run("(RÉV. "), Run("GUADALAJARA, 2010", DEL), Run("BUSAN, 2014", INS), Run(")"))
    (proposed,) = view_paragraphs([p], View.PROPOSED)
    (original,) = view_paragraphs([p], View.ORIGINAL)
    assert [r.text for r in proposed.runs] == ["(RÉV. ", "BUSAN, 2014", ")"]
    assert [r.text for r in original.runs] == ["(RÉV. ", "GUADALAJARA, 2010", ")"]


def test_deleted_mark_joins_next_in_proposed_only() -> None:
    ps = [par(Run("un "), mark=DEL, style="Normal"), par(Run("deux"), style="Call")]
    (joined,) = view_paragraphs(ps, View.PROPOSED)
    assert joined.text(View.PROPOSED) == "un deux"
    assert joined.style == "Call"  # the surviving mark is the second paragraph's
    assert [p.text(View.ORIGINAL) for p in view_paragraphs(ps, View.ORIGINAL)] == ["un ", "deux"]


def test_inserted_mark_joins_next_in_original_only() -> None:
    ps = [par(Run("un"), Run(" ajouté", INS), mark=INS), par(Run("deux"))]
    assert [p.text(View.ORIGINAL) for p in view_paragraphs(ps, View.ORIGINAL)] == ["undeux"]
    assert len(view_paragraphs(ps, View.PROPOSED)) == 2


def test_chain_of_vanished_marks_and_last_paragraph() -> None:
    ps = [par(Run("a"), mark=DEL), par(Run("b"), mark=DEL), par(Run("c"), mark=DEL)]
    (only,) = view_paragraphs(ps, View.PROPOSED)
    assert only.text(View.PROPOSED) == "abc"


def test_never_joins_across_a_table_boundary() -> None:
    ps = [par(Run("cell"), mark=DEL, in_table=True), par(Run("after"))]
    assert [p.text(View.PROPOSED) for p in view_paragraphs(ps, View.PROPOSED)] == ["cell", "after"]


def test_view_texts_skips_blank_paragraphs_and_footnote_marks() -> None:
    doc = Document(
        name="x.docx",
        paragraphs=(
            par(Run("  ")),
            par(Run("supprimé", DEL)),
            par(Run("Membres"), Run("", footnote="1"), Run(" et")),
        ),
    )
    assert view_texts(doc, View.PROPOSED) == ("Membres et",)
    assert view_texts(doc, View.ORIGINAL) == ("supprimé", "Membres et")


# --- invariant: a view never loses or invents visible text ----------------------------

revisions = st.sampled_from([None, INS, DEL])
runs = st.lists(st.builds(Run, st.text("abc ", min_size=1, max_size=4), revisions), max_size=4)
paragraphs = st.lists(st.builds(lambda rs, m: par(*rs, mark=m), runs, revisions), max_size=6)


@given(paragraphs, st.sampled_from(list(View)))
def test_view_keeps_exactly_the_visible_text_in_order(ps: list[Paragraph], view: View) -> None:
    seen = view_paragraphs(ps, view)
    assert "".join(p.text(view) for p in seen) == "".join(p.text(view) for p in ps)
    breaks = sum(1 for p in ps[:-1] if p.mark is None or p.mark.visible_in(view))
    assert len(seen) == (breaks + 1 if ps else 0)
    assert all(r.visible_in(view) for p in seen for r in p.runs)
