"""Each WordprocessingML revision element, read from a minimal DOCX."""

from __future__ import annotations

from pathlib import Path

from docxio_fixtures import REV, dele, dr, footnotes_xml, ins, make_docx, p, r, t, tbl, tr

from editor.core.model import Marking, Revision, RevisionKind, Run, View
from editor.core.views import view_texts
from editor.docxio import read_docx


def read(tmp_path: Path, body: str, **kw: str):
    return read_docx(make_docx(tmp_path / "doc.docx", body, **kw))


def texts(doc, view: View) -> tuple[str, ...]:
    return view_texts(doc, view)


def test_insertion_is_read_with_author_date_and_id(tmp_path: Path) -> None:
    doc = read(tmp_path, p(r("décide "), ins(r("également"), rid="5")))
    runs = doc.paragraphs[0].runs
    assert runs[1] == Run(
        "également", Revision(RevisionKind.INSERT, "ARB", "2014-09-15T00:00:00Z", "5")
    )
    assert texts(doc, View.PROPOSED) == ("décide également",)
    assert texts(doc, View.ORIGINAL) == ("décide ",)
    assert doc.marking is Marking.TRACKED


def test_deletion_reads_deltext(tmp_path: Path) -> None:
    doc = read(tmp_path, p(r("(RÉV. "), dele("GUADALAJARA, 2010"), ins(r("BUSAN, 2014")), r(")")))
    assert doc.paragraphs[0].runs[1].revision.kind is RevisionKind.DELETE
    assert texts(doc, View.ORIGINAL) == ("(RÉV. GUADALAJARA, 2010)",)
    assert texts(doc, View.PROPOSED) == ("(RÉV. BUSAN, 2014)",)


def test_deleted_field_instruction_is_dropped_and_result_kept(tmp_path: Path) -> None:
    field = (
        f'<w:del w:id="3" {REV}><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:delInstrText xml:space="preserve"> REF _Ref1 \\h </w:delInstrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{dr('Annexe 1')}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:del>'
    )
    doc = read(tmp_path, p(r("voir "), field))
    assert texts(doc, View.ORIGINAL) == ("voir Annexe 1",)
    assert texts(doc, View.PROPOSED) == ("voir ",)


def test_moves_are_read_and_range_markers_ignored(tmp_path: Path) -> None:
    body = p(
        '<w:moveFromRangeStart w:id="11" w:name="move1" w:author="ARB"/>',
        f'<w:moveFrom w:id="12" {REV}>{r("moved words")}</w:moveFrom>',
        '<w:moveFromRangeEnd w:id="11"/>',
        r(" stay"),
    ) + p(
        r("here "),
        '<w:moveToRangeStart w:id="13" w:name="move1" w:author="ARB"/>',
        f'<w:moveTo w:id="14" {REV}>{r("moved words")}</w:moveTo>',
        '<w:moveToRangeEnd w:id="13"/>',
    )
    doc = read(tmp_path, body)
    first, second = doc.paragraphs
    assert first.runs[0].revision.kind is RevisionKind.MOVE_FROM
    assert second.runs[1].revision.kind is RevisionKind.MOVE_TO
    assert texts(doc, View.ORIGINAL) == ("moved words stay", "here ")
    assert texts(doc, View.PROPOSED) == (" stay", "here moved words")
    assert doc.marking is Marking.TRACKED


def test_inserted_paragraph_mark(tmp_path: Path) -> None:
    doc = read(tmp_path, p(r("a) un"), ins(r(" deux")), mark="ins") + p(ins(r("b) trois"))))
    assert doc.paragraphs[0].mark.kind is RevisionKind.INSERT
    assert texts(doc, View.PROPOSED) == ("a) un deux", "b) trois")
    assert texts(doc, View.ORIGINAL) == ("a) un",)


def test_deleted_paragraph_mark_joins_in_proposed_view(tmp_path: Path) -> None:
    doc = read(tmp_path, p(r("un"), mark="del") + p(r(" deux")))
    assert doc.paragraphs[0].mark.kind is RevisionKind.DELETE
    assert texts(doc, View.PROPOSED) == ("un deux",)
    assert texts(doc, View.ORIGINAL) == ("un", " deux")


def test_inserted_table_row_marks_every_paragraph(tmp_path: Path) -> None:
    body = tbl(tr(p(r("A1")), p(r("B1"))), tr(p(r("A2")), p(r("B2")), rev="ins"))
    doc = read(tmp_path, body)
    assert all(par.in_table for par in doc.paragraphs)
    inserted = doc.paragraphs[2:]
    assert all(par.mark.kind is RevisionKind.INSERT for par in inserted)
    assert all(run.revision.kind is RevisionKind.INSERT for par in inserted for run in par.runs)
    assert texts(doc, View.ORIGINAL) == ("A1", "B1")
    assert texts(doc, View.PROPOSED) == ("A1", "B1", "A2", "B2")


def test_deleted_table_row(tmp_path: Path) -> None:
    body = tbl(tr(p(r("keep"))), tr(p(r("gone")), rev="del")) + p(r("after"))
    doc = read(tmp_path, body)
    assert texts(doc, View.PROPOSED) == ("keep", "after")
    assert texts(doc, View.ORIGINAL) == ("keep", "gone", "after")
    assert not doc.paragraphs[-1].in_table


def test_format_changes_are_recorded_never_text(tmp_path: Path) -> None:
    run = (
        f'<w:r><w:rPr><w:b/><w:rPrChange w:id="4" {REV}><w:rPr/></w:rPrChange></w:rPr>'
        f"{t('bold now')}</w:r>"
    )
    ppr = f'<w:pPr><w:jc w:val="center"/><w:pPrChange w:id="5" {REV}><w:pPr/></w:pPrChange></w:pPr>'
    doc = read(tmp_path, f"<w:p>{ppr}{run}</w:p>")
    par = doc.paragraphs[0]
    assert par.runs == (Run("bold now"),)
    assert {(c.scope, c.text, c.author) for c in par.format_changes} == {
        ("paragraph", "", "ARB"),
        ("run", "bold now", "ARB"),
    }
    assert doc.marking is Marking.NONE


def test_footnotes_and_references(tmp_path: Path) -> None:
    ref = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    notes = footnotes_xml(("1", p("<w:r><w:footnoteRef/></w:r>", r(" Voir la Résolution 2."))))
    doc = read(tmp_path, p(r("Membres"), ins(ref), r(" et")), footnotes=notes)
    runs = doc.paragraphs[0].runs
    assert runs[1].footnote == "1" and runs[1].text == ""
    assert runs[1].revision.kind is RevisionKind.INSERT
    assert [f.id for f in doc.footnotes] == ["1"]
    assert doc.footnote("1").text(View.PROPOSED) == " Voir la Résolution 2."
    assert texts(doc, View.PROPOSED) == ("Membres et",)


def test_complex_field_keeps_result_drops_instruction(tmp_path: Path) -> None:
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "http://itu.int" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{r('www.itu.int')}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    doc = read(tmp_path, p(r("site "), field, r(".")))
    assert texts(doc, View.PROPOSED) == ("site www.itu.int.",)


def test_simple_field_hyperlink_and_containers(tmp_path: Path) -> None:
    body = p(
        f'<w:fldSimple w:instr=" PAGE ">{r("3")}</w:fldSimple>',
        f'<w:hyperlink w:anchor="x">{r(" lien")}</w:hyperlink>',
        f'<w:smartTag w:uri="u" w:element="place">{r(" Busan")}</w:smartTag>',
        f'<w:customXml w:element="c">{r(" ,")}</w:customXml>',
        f"<w:sdt><w:sdtPr><w:alias w:val='a'/></w:sdtPr><w:sdtContent>{r(' 2014')}</w:sdtContent></w:sdt>",
    )
    doc = read(tmp_path, body)
    assert texts(doc, View.PROPOSED) == ("3 lien Busan , 2014",)


def test_special_characters(tmp_path: Path) -> None:
    run = (
        f"<w:r>{t('a)')}<w:tab/>{t('x')}<w:br/>{t('y')}<w:cr/>{t('co')}<w:noBreakHyphen/>"
        f"{t('op')}<w:softHyphen/>{t('ération')}"
        f'<w:sym w:font="Symbol" w:char="F0B7"/><w:br w:type="page"/></w:r>'
    )
    doc = read(tmp_path, p(run))
    assert texts(doc, View.PROPOSED) == ("a)\tx\ny\nco-opération",)


def test_inserted_then_deleted_text_is_in_no_view(tmp_path: Path) -> None:
    nested = f'<w:ins w:id="1" {REV}><w:del w:id="2" {REV}>{dr("brouillon")}</w:del></w:ins>'
    doc = read(tmp_path, p(r("texte"), nested))
    assert texts(doc, View.PROPOSED) == ("texte",)
    assert texts(doc, View.ORIGINAL) == ("texte",)


def test_style_name_from_styles_part_falls_back_to_id(tmp_path: Path) -> None:
    from docxio_fixtures import styles_xml

    doc = read(
        tmp_path,
        p(r("considérant"), style="Call") + p(r("x"), style="Unknown1"),
        styles=styles_xml(("paragraph", "Call", "Call"), ("paragraph", "Heading1", "heading 1")),
    )
    assert [par.style for par in doc.paragraphs] == ["Call", "Unknown1"]
    doc = read(
        tmp_path,
        p(r("t"), style="Heading1"),
        styles=styles_xml(("paragraph", "Heading1", "heading 1")),
    )
    assert doc.paragraphs[0].style == "heading 1"


def test_title_and_name(tmp_path: Path) -> None:
    doc = read(tmp_path, p(r("x")), title="Propositions ARB", creator="ARB")
    assert doc.title == "Propositions ARB"
    assert doc.name == "doc.docx"


def test_fields_spanning_paragraphs_hide_only_the_instruction(tmp_path: Path) -> None:
    body = (
        p(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            '<w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            r("Entrée 1"),
        )
        + p(r("Entrée 2"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        + p(r("Corps"))
    )
    doc = read(tmp_path, body)
    assert texts(doc, View.PROPOSED) == ("Entrée 1", "Entrée 2", "Corps")
