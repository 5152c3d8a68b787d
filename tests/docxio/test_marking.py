"""Telling tracked, formatting-marked and clean documents apart; formatting read as revisions."""

from __future__ import annotations

from pathlib import Path

import pytest
from docxio_fixtures import REV, ins, make_docx, p, r

from editor.core.model import Marking, RevisionKind, View
from editor.core.views import view_texts
from editor.docxio import read_docx

STRIKE = "<w:strike/>"
UNDERLINE = '<w:u w:val="single"/>'


def doc_of(tmp_path: Path, body: str, marking: Marking | None = None, **kw: str):
    return read_docx(make_docx(tmp_path / "m.docx", body, creator="CEPT", **kw), marking)


def test_struck_and_underlined_text_reads_as_revisions(tmp_path: Path) -> None:
    body = p(r("(RÉV. "), r("GUADALAJARA, 2010", STRIKE), r("BUSAN, 2014", UNDERLINE), r(")"))
    doc = doc_of(tmp_path, body)
    assert doc.marking is Marking.FORMATTING
    deleted, inserted = doc.paragraphs[0].runs[1:3]
    assert (deleted.revision.kind, deleted.revision.author) == (RevisionKind.DELETE, "CEPT")
    assert inserted.revision.kind is RevisionKind.INSERT
    assert view_texts(doc, View.ORIGINAL) == ("(RÉV. GUADALAJARA, 2010)",)
    assert view_texts(doc, View.PROPOSED) == ("(RÉV. BUSAN, 2014)",)


def test_double_strike_is_a_deletion(tmp_path: Path) -> None:
    doc = doc_of(tmp_path, p(r("garde "), r("supprimé", "<w:dstrike/>")))
    assert doc.marking is Marking.FORMATTING
    assert view_texts(doc, View.PROPOSED) == ("garde ",)


def test_underline_mixed_in_plain_text_is_formatting(tmp_path: Path) -> None:
    doc = doc_of(tmp_path, p(r("décide "), r("également", UNDERLINE), r(" de")))
    assert doc.marking is Marking.FORMATTING
    assert view_texts(doc, View.ORIGINAL) == ("décide  de",)


def test_fully_underlined_heading_is_not_formatting(tmp_path: Path) -> None:
    doc = doc_of(tmp_path, p(r("ANNEXE", UNDERLINE)) + p(r("texte courant")))
    assert doc.marking is Marking.NONE
    assert doc.paragraphs[0].runs[0].revision is None


@pytest.mark.parametrize("off", ['<w:strike w:val="0"/>', '<w:strike w:val="false"/>'])
def test_strike_switched_off_is_plain(tmp_path: Path, off: str) -> None:
    doc = doc_of(tmp_path, p(r("a", off), r("b")))
    assert doc.marking is Marking.NONE


def test_underline_none_and_hyperlinks_are_plain(tmp_path: Path) -> None:
    body = p(
        r("voir "),
        f"<w:hyperlink>{r('www.itu.int', UNDERLINE)}</w:hyperlink>",
        r(" et "),
        r("rien", '<w:u w:val="none"/>'),
    )
    assert doc_of(tmp_path, body).marking is Marking.NONE


def test_character_style_with_strike_counts(tmp_path: Path) -> None:
    styles = (
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:style w:type="character" w:styleId="Del"><w:name w:val="Deleted"/>'
        "<w:rPr><w:strike/></w:rPr></w:style></w:styles>"
    )
    body = p(r("garde "), r("ôté", '<w:rStyle w:val="Del"/>'))
    doc = doc_of(tmp_path, body, styles=styles)
    assert doc.marking is Marking.FORMATTING
    assert view_texts(doc, View.PROPOSED) == ("garde ",)


def test_tracked_changes_win_over_formatting(tmp_path: Path) -> None:
    doc = doc_of(tmp_path, p(r("a"), ins(r("b")), r("c", STRIKE)))
    assert doc.marking is Marking.TRACKED
    assert view_texts(doc, View.PROPOSED) == ("abc",)


def test_override_reads_formatting_the_user_asked_for(tmp_path: Path) -> None:
    body = p(r("ANNEXE", UNDERLINE))
    assert doc_of(tmp_path, body).marking is Marking.NONE
    doc = doc_of(tmp_path, body, Marking.FORMATTING)
    assert doc.marking is Marking.FORMATTING
    assert view_texts(doc, View.ORIGINAL) == ()


def test_override_none_keeps_strike_as_text(tmp_path: Path) -> None:
    doc = doc_of(tmp_path, p(r("a"), r("b", STRIKE)), Marking.NONE)
    assert doc.marking is Marking.NONE
    assert view_texts(doc, View.PROPOSED) == ("ab",)


def test_tracked_override_ignores_formatting(tmp_path: Path) -> None:
    body = p(r("a"), r("b", STRIKE)) + p(f'<w:ins w:id="1" {REV}>{r("c")}</w:ins>')
    doc = doc_of(tmp_path, body, Marking.TRACKED)
    assert view_texts(doc, View.PROPOSED) == ("ab", "c")
    assert view_texts(doc, View.ORIGINAL) == ("ab",)
