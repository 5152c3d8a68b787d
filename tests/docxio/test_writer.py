"""The DOCX writer patches the base: untouched text stays byte-for-byte (canonically), changes
become Word revisions (tracked) or are applied (clean), and every reader agrees on the result."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import uuid
import zipfile
from pathlib import Path

import docx
import pytest
from docxio_fixtures import (
    footnotes_xml,
    libreoffice_pdf,
    make_docx,
    p,
    r,
    styles_xml,
    tbl,
    tr,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from editor.core.errors import InputError
from editor.core.export_plan import (
    DeleteParagraph,
    ExportPlan,
    InsertParagraph,
    KeepParagraph,
    RewriteParagraph,
    Segment,
    planned_texts,
)
from editor.core.model import View
from editor.core.views import view_texts
from editor.docxio import read_docx
from editor.docxio.writer import write_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SAMPLE = Path(__file__).resolve().parents[2] / "resources/samples/docx/base-res101.docx"
DATE = "2014-10-20T00:00:00Z"
PANDOC = shutil.which("pandoc")
SOFFICE = shutil.which("soffice")

FIELD = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    + r("7")
    + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
)
FOOTNOTE_REF = '<w:r><w:rPr><w:rStyle w:val="FNRef"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
BODY = "".join(
    [
        p(r("RÉSOLUTION 101 (RÉV. GUADALAJARA, 2010)"), style="ResNo"),
        p(r("Réseaux fondés sur le protocole Internet", "<w:b/>"), style="Restitle"),
        p(r("considérant"), style="Call"),
        p(
            '<w:bookmarkStart w:id="0" w:name="alinea_a"/>',
            r("a)"),
            r("\t"),
            r("que les réseaux IP ", "<w:i/>"),
            r("sont essentiels"),
            FOOTNOTE_REF,
            r(";"),
            '<w:bookmarkEnd w:id="0"/>',
        ),
        p(r("b)\tvoir la page "), FIELD, r(" du rapport;")),
        tbl(tr(p(r("cellule un")), p(r("cellule deux")))).replace(
            "<w:tblGrid/>", '<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>'
        ),
        p(r("décide"), style="Call"),
        p(r("1\td'étudier les moyens;")),
    ]
)
STYLES = styles_xml(
    ("paragraph", "ResNo", "ResNo"),
    ("paragraph", "Restitle", "Restitle"),
    ("paragraph", "Call", "Call"),
    ("paragraph", "enumlev1", "enumlev1"),
    ("character", "FNRef", "footnote reference"),
)
NOTES = footnotes_xml(("1", p(r("Une note de bas de page."))))


@pytest.fixture
def base(tmp_path: Path) -> bytes:
    return make_docx(tmp_path / "base.docx", BODY, styles=STYLES, footnotes=NOTES).read_bytes()


def seg(text: str, kind: str = "equal", author: str = "ARB/79A3/1", **kw: str) -> Segment:
    return Segment(text, kind, author if kind != "equal" else "", DATE, **kw)  # type: ignore[arg-type]


def sample_plan() -> ExportPlan:
    """Every kind of edit on the fixture: relabel, rewrite around a footnote, insert, delete."""
    return ExportPlan(
        (
            RewriteParagraph(
                0,
                (
                    seg("RÉSOLUTION 101 (RÉV. "),
                    seg("GUADALAJARA, 2010", "delete"),
                    seg("BUSAN, 2014", "insert"),
                    seg(")"),
                ),
            ),
            KeepParagraph(1),
            KeepParagraph(2),
            RewriteParagraph(
                3,
                (
                    seg("que les réseaux "),
                    seg("IP ", "delete", "EUR/12A1/2"),
                    seg("fondés sur le protocole Internet ", "insert", "EUR/12A1/2"),
                    seg("sont essentiels"),
                    seg("", footnote="1"),
                    seg(";"),
                ),
                (seg("a", "delete", "IAP/34A2/1"), seg("b", "insert", "IAP/34A2/1"), seg(")")),
            ),
            InsertParagraph(
                3,
                (seg("que la sécurité compte", "insert", "IAP/34A2/1"), seg("", "insert", footnote="n1")),
                (seg("c)", "insert", "IAP/34A2/1"),),
                author="IAP/34A2/1",
                date=DATE,
            ),
            RewriteParagraph(4, (seg("voir la page 7 du rapport"), seg(";", "delete"), seg(".", "insert")),
                             (seg("b)"),)),
            DeleteParagraph(5, "ARB/79A3/1", DATE),
            KeepParagraph(6),
            KeepParagraph(7),
            DeleteParagraph(8, "ARB/79A3/1", DATE),
        ),
        new_footnotes=(("n1", "Une nouvelle note."),),
        date=DATE,
    )


def doc_xml(data: bytes, part: str = "word/document.xml") -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        raw = z.read(part)
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
    return etree.tostring(etree.fromstring(raw, parser), method="c14n")


def base_texts(data: bytes, tmp_path: Path, view: View = View.ORIGINAL) -> tuple[str, ...]:
    path = tmp_path / f"read-{uuid.uuid4().hex}.docx"
    path.write_bytes(data)
    return view_texts(read_docx(path), view)


def pandoc(data: bytes, tmp_path: Path, track: str) -> str:
    assert PANDOC
    path = tmp_path / f"pandoc-{uuid.uuid4().hex}.docx"
    path.write_bytes(data)
    out = subprocess.run(
        [PANDOC, f"--track-changes={track}", "-t", "plain", "--wrap=none", str(path)],
        capture_output=True, text=True, check=True, timeout=60,
    )
    return out.stdout


def revisions(data: bytes) -> list[etree._Element]:
    root = etree.fromstring(doc_xml(data))
    return [el for el in root.iter() if el.tag in (W + "ins", W + "del")]


# --- untouched means untouched --------------------------------------------------------


def test_keep_only_plan_gives_the_base_back(base: bytes) -> None:
    plan = ExportPlan(tuple(KeepParagraph(i) for i in range(9)))
    for tracked in (True, False):
        out = write_docx(base, plan, tracked=tracked)
        for part in ("word/document.xml", "word/footnotes.xml", "word/styles.xml"):
            assert doc_xml(out, part) == doc_xml(base, part), part


def test_an_empty_plan_keeps_every_paragraph(base: bytes) -> None:
    out = write_docx(base, ExportPlan(()), tracked=True)
    assert doc_xml(out) == doc_xml(base)


def test_keep_only_plan_of_the_real_base(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    n = len(read_docx(SAMPLE).paragraphs)
    out = write_docx(data, ExportPlan(tuple(KeepParagraph(i) for i in range(n))), tracked=False)
    for part in ("word/document.xml", "word/styles.xml"):
        assert doc_xml(out, part) == doc_xml(data, part)
    assert base_texts(out, tmp_path) == base_texts(data, tmp_path)


# --- tracked and clean ------------------------------------------------------------------


def test_tracked_export_reads_back_as_the_plan(base: bytes, tmp_path: Path) -> None:
    plan = sample_plan()
    old = base_texts(base, tmp_path)
    out = write_docx(base, plan, tracked=True)
    assert base_texts(out, tmp_path, View.ORIGINAL) == old
    assert list(base_texts(out, tmp_path, View.PROPOSED)) == planned_texts(plan, old, View.PROPOSED)
    clean = write_docx(base, plan, tracked=False)
    assert list(base_texts(clean, tmp_path)) == planned_texts(plan, old, View.PROPOSED)


def test_revision_marks_carry_ids_authors_and_dates(base: bytes) -> None:
    out = write_docx(base, sample_plan(), tracked=True)
    marks = revisions(out)
    assert marks
    assert {m.get(W + "author") for m in marks} == {"ARB/79A3/1", "EUR/12A1/2", "IAP/34A2/1"}
    assert all(m.get(W + "date") == DATE for m in marks)
    ids = [m.get(W + "id") for m in marks]
    assert len(ids) == len(set(ids)) and all(i and i.isdigit() for i in ids)
    assert "0" not in ids  # the bookmark's id is not reused
    root = etree.fromstring(doc_xml(out))
    marks_on_paragraphs = [m.tag for m in marks if m.getparent().tag == W + "rPr"]
    assert sorted(marks_on_paragraphs) == [W + "del", W + "del", W + "ins"]
    assert all(t.getparent().getparent().tag == W + "del" for t in root.iter(W + "delText"))


def test_clean_export_has_no_revision_marks(base: bytes) -> None:
    out = write_docx(base, sample_plan(), tracked=False)
    xml = doc_xml(out)
    assert revisions(out) == []
    assert b"delText" not in xml
    root = etree.fromstring(xml)
    cells = list(root.iter(W + "tc"))
    assert cells and all(c.find(W + "p") is not None for c in cells)  # a cell keeps a paragraph


def test_rewrite_keeps_formatting_footnotes_bookmarks_and_fields(base: bytes) -> None:
    out = write_docx(base, sample_plan(), tracked=False)
    root = etree.fromstring(doc_xml(out))
    paragraphs = list(root.iter(W + "p"))
    item = paragraphs[3]
    assert item.find(f".//{W}bookmarkStart") is not None and item.find(f".//{W}bookmarkEnd") is not None
    assert item.find(f".//{W}footnoteReference").get(W + "id") == "1"
    italic = [r for r in item.iter(W + "r") if r.find(f"{W}rPr/{W}i") is not None]
    # the inserted words take the formatting of the words before them
    italic_text = "".join(t.text for r in italic for t in r.iter(W + "t"))
    assert italic_text == "que les réseaux fondés sur le protocole Internet "
    field = paragraphs[5]
    assert [f.get(W + "fldCharType") for f in field.iter(W + "fldChar")] == ["begin", "separate", "end"]
    assert "PAGE" in "".join(i.text for i in field.iter(W + "instrText"))
    title = paragraphs[1]
    assert title.find(f".//{W}b") is not None


def test_new_footnote_is_added_to_the_footnotes_part(base: bytes, tmp_path: Path) -> None:
    out = write_docx(base, sample_plan(), tracked=True)
    path = tmp_path / "out.docx"
    path.write_bytes(out)
    notes = {n.id: n.text(View.PROPOSED) for n in read_docx(path).footnotes}
    assert notes["1"] == "Une note de bas de page."
    assert notes["1"] == "Une note de bas de page."
    new_id = next(k for k, v in notes.items() if v == "\tUne nouvelle note.")  # as Word writes it
    refs = [r.footnote for para in read_docx(path).paragraphs for r in para.runs if r.footnote]
    assert refs == ["1", new_id]


def test_a_plan_from_another_reading_still_rejects_to_the_base(base: bytes, tmp_path: Path) -> None:
    # The plan thinks paragraph 8 reads "1 d'examiner les moyens" (space, other verb).
    plan = ExportPlan((RewriteParagraph(8, (seg("d'examiner les moyens;"), seg(" ok", "insert")),
                                        (seg("1"),)),), date=DATE)
    old = base_texts(base, tmp_path)
    out = write_docx(base, plan, tracked=True)
    assert base_texts(out, tmp_path, View.ORIGINAL) == old
    assert base_texts(out, tmp_path, View.PROPOSED)[-1] == "1\td'examiner les moyens; ok"


def test_inserted_paragraph_is_styled_like_its_model_or_named_style(base: bytes) -> None:
    plan = ExportPlan((InsertParagraph(2, (seg("nouveau", "insert"),), author="ARB"),
                       InsertParagraph(2, (seg("encore", "insert"),), author="ARB", style="enumlev1")))
    out = write_docx(base, plan, tracked=False)
    root = etree.fromstring(doc_xml(out))
    styles = [q.find(f"{W}pPr/{W}pStyle").get(W + "val") for q in root.iter(W + "p")
              if "".join(q.itertext()) in ("nouveau", "encore")]
    assert styles == ["Call", "enumlev1"]
    texts = ["".join(q.itertext()) for q in root.iter(W + "p")]
    assert texts[:2] == ["nouveau", "encore"]  # before the first base paragraph


def test_inserted_paragraph_credits_each_segment_to_its_own_proposal(base: bytes) -> None:
    # A provision two proposals both inserted: each part of its text keeps its author.
    plan = ExportPlan((InsertParagraph(2, (seg("de l'ARB", "insert", "ARB/79A3/1"),
                                           seg(" et de l'EUR", "insert", "EUR/12A1/1")),
                                       author="Drafter"),), date=DATE)
    root = etree.fromstring(doc_xml(write_docx(base, plan, tracked=True)))
    credited = {"".join(t.text or "" for t in ins.iter(W + "t")): ins.get(W + "author")
                for ins in root.iter(W + "ins")}
    credited.pop("", None)  # the paragraph mark's insertion carries the plan's author
    assert credited == {"de l'ARB": "ARB/79A3/1", " et de l'EUR": "EUR/12A1/1"}


def test_bad_plans_and_unsafe_bases_are_refused(base: bytes, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_docx(base, ExportPlan((KeepParagraph(3), KeepParagraph(2))), tracked=True)
    with pytest.raises(ValueError):
        write_docx(base, ExportPlan((KeepParagraph(99),)), tracked=True)
    evil = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "boom">]><w:document ' \
           'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' \
           "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    bad = make_docx(tmp_path / "evil.docx", "", document=evil).read_bytes()
    with pytest.raises(InputError):
        write_docx(bad, ExportPlan(()), tracked=False)


def test_python_docx_reopens_every_export(base: bytes) -> None:
    for tracked in (True, False):
        out = write_docx(base, sample_plan(), tracked=tracked)
        reopened = docx.Document(io.BytesIO(out))
        assert reopened.paragraphs[0].style.name == "ResNo"
        assert reopened.sections[0] is not None


WORDS = st.lists(st.sampled_from(["le", "Conseil", "décide", "d'", "étudier", "IP", ";", "é"]),
                 min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["equal", "delete", "insert"]), WORDS),
                min_size=1, max_size=8))
def test_any_rewrite_rejects_to_the_base_and_accepts_to_the_plan(
    edits: list[tuple[str, list[str]]]
) -> None:
    segments = tuple(Segment(" ".join(words) + " ", kind, "EUR" if kind != "equal" else "", DATE)
                     for kind, words in edits)
    old = "".join(s.text for s in segments if s.kind != "insert")
    new = "".join(s.text for s in segments if s.kind != "delete")
    folder = Path(tempfile.mkdtemp())
    runs = [r(old[i : i + 7], "<w:b/>" if i % 2 else "") for i in range(0, len(old), 7)]
    body = p(r("x)")) + p(*runs)
    data = make_docx(folder / "b.docx", body, footnotes=NOTES).read_bytes()
    plan = ExportPlan((KeepParagraph(0), RewriteParagraph(1, segments)))
    for tracked in (True, False):
        out = write_docx(data, plan, tracked=tracked)
        if tracked:
            assert base_texts(out, folder, View.ORIGINAL) == tuple(filter(None, ("x)", old)))
        assert base_texts(out, folder, View.PROPOSED) == tuple(filter(None, ("x)", new)))
    shutil.rmtree(folder)


# --- other readers ------------------------------------------------------------------------


@pytest.mark.skipif(PANDOC is None, reason="pandoc not installed")
def test_pandoc_accepts_to_clean_and_rejects_to_base(base: bytes, tmp_path: Path) -> None:
    plan = sample_plan()
    tracked = write_docx(base, plan, tracked=True)
    clean = write_docx(base, plan, tracked=False)
    accepted = pandoc(tracked, tmp_path, "accept")
    assert accepted == pandoc(clean, tmp_path, "accept")
    assert pandoc(tracked, tmp_path, "reject") == pandoc(base, tmp_path, "accept")
    for line in planned_texts(plan, base_texts(base, tmp_path), View.PROPOSED):
        assert line.replace("\t", " ") in accepted.replace("[1]", "").replace("[2]", "")
    assert "GUADALAJARA" not in accepted and "BUSAN, 2014" in accepted
    assert "cellule un" not in accepted and "décide" in accepted


@pytest.mark.skipif(PANDOC is None, reason="pandoc not installed")
def test_pandoc_on_an_edited_real_base(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    doc = read_docx(SAMPLE)
    first = doc.paragraphs[0].text(View.ORIGINAL)
    head, _, rest = first.partition("GUADALAJARA, 2010")
    plan = ExportPlan((
        RewriteParagraph(0, (seg(head), seg("GUADALAJARA, 2010", "delete"), seg("BUSAN, 2014", "insert"),
                             seg(rest))),
        DeleteParagraph(4, "ARB", DATE),
        InsertParagraph(4, (seg("une nouvelle considération;", "insert"),), (seg("a)", "insert"),),
                        "EUR", DATE),
    ), date=DATE)
    tracked = write_docx(data, plan, tracked=True)
    clean = write_docx(data, plan, tracked=False)
    assert pandoc(tracked, tmp_path, "reject") == pandoc(data, tmp_path, "accept")
    accepted = pandoc(tracked, tmp_path, "accept")
    assert accepted == pandoc(clean, tmp_path, "accept")
    assert accepted.startswith("RÉSOLUTION 101 (RÉV. BUSAN, 2014)")
    assert "a) une nouvelle considération;" in accepted
    assert base_texts(clean, tmp_path) == tuple(planned_texts(plan, base_texts(data, tmp_path),
                                                              View.PROPOSED))


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_converts_every_kind_of_export(base: bytes, tmp_path: Path) -> None:
    exports = {
        "keep": write_docx(base, ExportPlan(()), tracked=True),
        "tracked": write_docx(base, sample_plan(), tracked=True),
        "clean": write_docx(base, sample_plan(), tracked=False),
    }
    if SAMPLE.exists():
        exports["real"] = write_docx(SAMPLE.read_bytes(), sample_real_plan(), tracked=True)
    for name, data in exports.items():
        source = tmp_path / f"{name}.docx"
        source.write_bytes(data)
        assert libreoffice_pdf(source, tmp_path).stat().st_size > 1000, name


def sample_real_plan() -> ExportPlan:
    return ExportPlan((DeleteParagraph(3, "ARB", DATE), InsertParagraph(3, (seg("rappelant aussi", "insert"),),
                                                                        author="EUR", date=DATE)))
