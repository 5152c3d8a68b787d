"""The sample corpus (resources/samples): committed DOCX are up to date with their sources, and an
independent reader (pandoc) sees in them exactly the views the annotated sources describe."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from xml.etree import ElementTree

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def load_build():  # build.py is a script, not a package module
    spec = importlib.util.spec_from_file_location("samples_build", SAMPLES / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["samples_build"] = module
    spec.loader.exec_module(module)
    return module


build = load_build()
SOURCES = build.all_sources()
BY_FILE = {s.meta["file"]: s for s in SOURCES}
needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")


def xml(docx: Path, member: str) -> ElementTree.Element:
    with zipfile.ZipFile(docx) as archive:
        return ElementTree.fromstring(archive.read(member))


# ---------------------------------------------------------------- (a) committed = rebuilt


def test_committed_docx_are_rebuilt_byte_for_byte(tmp_path: Path) -> None:
    fresh = {p.name: p.read_bytes() for p in build.build(tmp_path)}
    committed = {p.name: p.read_bytes() for p in (SAMPLES / "docx").glob("*.docx")}
    assert sorted(fresh) == sorted(committed), "run: python resources/samples/build.py"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"out of date, run: python resources/samples/build.py ({stale})"


def test_packages_are_deterministic_zips(tmp_path: Path) -> None:
    docx = SAMPLES / "docx" / "ARB-79A3.docx"
    with zipfile.ZipFile(docx) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/settings.xml",
        "word/footnotes.xml",
        "word/_rels/document.xml.rels",
        "docProps/core.xml",
    ]
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_expected_documents_are_present() -> None:
    names = set(BY_FILE)
    bases = {f"base-res{n}" for n in (101, 102, 139, 172, 177, 179)}
    clean = {"base-council-res1306", "base-council-res1423", "base-wtdc-res21"}
    assert {"ARB-79A3", "WTDC17-AFCP-3", "base-wtdc-res59"} | bases | clean <= names


# ---------------------------------------------------------------- (b) pandoc views


def pandoc_paragraphs(docx: Path, mode: str) -> list[str]:
    out = subprocess.run(
        ["pandoc", f"--track-changes={mode}", "-t", "plain", "--wrap=none", str(docx)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [" ".join(p.split()) for p in out.split("\n\n") if p.split()]


CASES = [
    (s.meta["file"], mode, view)
    for s in SOURCES
    for mode, view in (
        [("reject", "original"), ("accept", "proposed")]
        if s.meta["marking"] == "tracked"
        else [("reject", "original")]
        if s.meta["marking"] == "none"
        else []
    )
]


@needs_pandoc
def test_pandoc_sees_the_views_of_the_sources() -> None:
    docx = SAMPLES / "docx"
    with ThreadPoolExecutor(max_workers=8) as pool:
        seen = list(pool.map(lambda c: pandoc_paragraphs(docx / f"{c[0]}.docx", c[1]), CASES))
    assert len(CASES) >= 14  # ARB (2) + its 6 bases + 3 clean bases + WTDC 59 (2) + its base
    for (name, mode, view), got in zip(CASES, seen, strict=True):
        expected = build.plain_view(BY_FILE[name], view)
        assert got == expected, f"{name} --track-changes={mode} differs from the {view} view"


@needs_pandoc
def test_base_is_the_rejected_view_of_its_proposal() -> None:
    docx = SAMPLES / "docx"
    rejected = pandoc_paragraphs(docx / "ARB-79A3.docx", "reject")
    base = pandoc_paragraphs(docx / "base-res101.docx", "accept")
    body = [p for p in base if not p.startswith("[")]
    start = rejected.index(body[0])
    assert rejected[start : start + len(body)] == body
    assert body[0].startswith("RÉSOLUTION 101 (RÉV. GUADALAJARA, 2010)")
    assert not any(p.startswith(("MOD ", "Motifs:", "PARTIE")) for p in base)


GOOD_META = (
    "file: BAD\ntitle: t\nauthor: A\ndate: 2014-09-15T00:00:00Z\nmarking: {marking}\n"
    "language: fr\nfictitious: no\n"
)


INLINE_TRACKED = (
    "PartNo: PARTIE 1\nProposal: MOD\tX/1/1\nResNo: RÉSOLUTION 7 (RÉV. [-A, 2010-]{+B, 2014+})\n"
    "Call: décide\nNormal: 1\tgardé[^1] & <kept>;\nNormal: {+2\tajouté[^2];+}\n"
    "Normal: [-2-]{+3+}\tréétiqueté[-,-]{+;+}\nNormal: [-4\tsupprimé en fin.-]\n"
    "Footnote: [^1] note gardée\nFootnote: [^2] note ajoutée\n"
)


@needs_pandoc
def test_inserted_footnotes_and_trailing_deleted_paragraph(tmp_path: Path) -> None:
    folder = tmp_path / "src" / "X"
    folder.mkdir(parents=True)
    (folder / "document.txt").write_text(
        GOOD_META.format(marking="tracked") + "bases: base-x\n", encoding="utf-8"
    )
    (folder / "01-part.txt").write_text(INLINE_TRACKED, encoding="utf-8")
    paths = {p.name: p for p in build.build(tmp_path / "out", tmp_path / "src")}
    source = build.parse_source(folder)
    assert pandoc_paragraphs(paths["BAD.docx"], "reject") == build.plain_view(source, "original")
    assert pandoc_paragraphs(paths["BAD.docx"], "accept") == build.plain_view(source, "proposed")
    assert build.plain_view(source, "proposed")[-1] == "[2] note ajoutée"
    assert pandoc_paragraphs(paths["base-x7.docx"], "accept") == [
        "RÉSOLUTION 7 (RÉV. A, 2010)",
        "décide",
        "1 gardé[1] & <kept>;",
        "2 réétiqueté,",
        "4 supprimé en fin.",
        "[1] note gardée",
    ]
    notes = xml(paths["BAD.docx"], "word/footnotes.xml")
    inserted = [n for n in notes if n.find(f".//{W}ins") is not None]
    assert [n.get(f"{W}id") for n in inserted] == ["2"]


# ---------------------------------------------------------------- OOXML details


def test_tracked_revisions_are_attributed_and_counted() -> None:
    for source in SOURCES:
        if source.meta["marking"] != "tracked":
            continue
        docx = SAMPLES / "docx" / f"{source.meta['file']}.docx"
        roots = [xml(docx, "word/document.xml"), xml(docx, "word/footnotes.xml")]
        marks = [e for root in roots for e in root.iter() if e.tag in (f"{W}ins", f"{W}del")]
        assert marks, source.meta["file"]
        assert {e.get(f"{W}author") for e in marks} == {source.meta["author"]}
        assert {e.get(f"{W}date") for e in marks} == {source.meta["date"]}
        ids = sorted(int(e.get(f"{W}id", "0")) for e in marks)
        assert ids == list(range(1, len(ids) + 1))
        for mark in marks:  # deleted text is w:delText, inserted text w:t, never the reverse
            wrong = f"{W}t" if mark.tag == f"{W}del" else f"{W}delText"
            assert mark.find(f".//{wrong}") is None, source.meta["file"]
        in_revision = {id(r) for m in marks for r in m.iter(f"{W}r")}
        for root in roots:
            kept = [r for r in root.iter(f"{W}r") if id(r) not in in_revision]
            assert kept and all(r.find(f"{W}delText") is None for r in kept)


def test_whole_paragraph_revisions_mark_the_paragraph_mark() -> None:
    root = xml(SAMPLES / "docx" / "WTDC17-AFCP-3.docx", "word/document.xml")
    marked = {}
    for p in root.iter(f"{W}p"):
        mark = p.find(f"{W}pPr/{W}rPr/*")
        if mark is not None:
            text = "".join(t.text or "" for t in p.iter() if t.tag in (f"{W}t", f"{W}delText"))
            marked[text] = mark.tag.removeprefix(W)
    assert marked["5d'inviter le Directeur du BDT"] == "del"
    assert marked["invite le Directeur du Bureau de développement des télécommunications"] == "ins"
    assert len(marked) == 6


def test_footnote_references_resolve() -> None:
    for source in SOURCES:
        docx = SAMPLES / "docx" / f"{source.meta['file']}.docx"
        refs = [
            int(e.get(f"{W}id", ""))
            for e in xml(docx, "word/document.xml").iter(f"{W}footnoteReference")
        ]
        notes = [int(e.get(f"{W}id", "")) for e in xml(docx, "word/footnotes.xml")]
        assert notes[:2] == [-1, 0]
        assert refs == notes[2:] == list(range(1, len(refs) + 1))


def test_core_properties_flag_fictitious_documents() -> None:
    dc = "{http://purl.org/dc/elements/1.1/}"
    for source in SOURCES:
        core = xml(SAMPLES / "docx" / f"{source.meta['file']}.docx", "docProps/core.xml")
        title, description = core.findtext(f"{dc}title"), core.findtext(f"{dc}description")
        fictitious = source.meta["fictitious"] == "yes"
        assert ("EXEMPLE FICTIF" in (title or "")) == fictitious, source.meta["file"]
        assert ("EXEMPLE FICTIF" in (description or "")) == fictitious


def test_styles_page_and_fonts() -> None:
    docx = SAMPLES / "docx" / "ARB-79A3.docx"
    styles = xml(docx, "word/styles.xml")
    ids = {s.get(f"{W}styleId") for s in styles.iter(f"{W}style")}
    assert set(build.STYLES) | {"FootnoteText", "FootnoteReference"} <= ids
    used = {e.get(f"{W}val") for e in xml(docx, "word/document.xml").iter(f"{W}pStyle")}
    assert used <= ids
    size = xml(docx, "word/document.xml").find(f"{W}body/{W}sectPr/{W}pgSz")
    assert size is not None and (size.get(f"{W}w"), size.get(f"{W}h")) == ("11906", "16838")


# ---------------------------------------------------------------- (c) formatting marks


def formatting_runs(docx: Path) -> tuple[str, str, int]:
    """Struck text, underlined text and the number of revision elements in the body."""
    struck, underlined, revisions = [], [], 0
    for e in xml(docx, "word/document.xml").iter():
        if e.tag in (f"{W}ins", f"{W}del", f"{W}delText"):
            revisions += 1
        if e.tag == f"{W}r":
            text = "".join(t.text or "" for t in e if t.tag == f"{W}t")
            if e.find(f"{W}rPr/{W}strike") is not None:
                struck.append(text)
            if e.find(f"{W}rPr/{W}u") is not None:
                underlined.append(text)
    return "".join(struck), "".join(underlined), revisions


def marked_text(source, kind: str) -> str:
    return "".join(
        build.FOOTNOTE_REF.sub("", s.text).replace("\t", "")
        for part in source.parts
        for p in part.paras
        for s in p.segments
        if s.kind == kind
    )


def check_formatting(source, docx: Path) -> None:
    struck, underlined, revisions = formatting_runs(docx)
    assert revisions == 0
    assert struck and struck == marked_text(source, "del")
    assert underlined and underlined == marked_text(source, "ins")


def test_formatting_marked_documents_use_strike_and_underline_only(tmp_path: Path) -> None:
    folder = tmp_path / "sources" / "FMT"
    folder.mkdir(parents=True)
    (folder / "document.txt").write_text(
        "file: FMT\ntitle: EXEMPLE FICTIF fmt\nauthor: IAP\ndate: 2014-09-22T00:00:00Z\n"
        "marking: formatting\nlanguage: fr\nfictitious: yes\n",
        encoding="utf-8",
    )
    (folder / "01-res.txt").write_text(
        "Proposal: MOD\tIAP/1/1\nResNo: RÉSOLUTION 1 (RÉV. [-X, 2010-]{+Y, 2014+})\n"
        "Normal: {+a)\tajout[^1];+}\nNormal: [-b)\tretrait;-]\nFootnote: [^1] note\n",
        encoding="utf-8",
    )
    (path,) = build.build(tmp_path / "out", tmp_path / "sources")
    check_formatting(build.parse_source(folder), path)
    for source in SOURCES:
        if source.meta["marking"] == "formatting":
            check_formatting(source, SAMPLES / "docx" / f"{source.meta['file']}.docx")


# ---------------------------------------------------------------- (d) malformed sources


@pytest.mark.parametrize(
    ("line", "marking", "problem"),
    [
        ("Normal: a)\t[-text", "tracked", "unclosed '[-'"),
        ("Normal: a)\ttext+}", "tracked", "closes nothing"),
        ("Normal: a)\t{+x [-y-] z+}", "tracked", "cannot nest"),
        ("Normal: a)\t[--]", "tracked", "empty revision"),
        ("Normale: a)\ttext", "tracked", "unknown style 'Normale'"),
        ("Normal a)\ttext", "tracked", "expected 'Style: text'"),
        ("Normal: a)\ttext[^2]\nFootnote: [^1] n", "tracked", "footnote [^2] is not defined"),
        ("Normal: a)\t[^1]\nFootnote: [^1] n\nFootnote: [^1] m", "tracked", "defined twice"),
        ("Normal: a)\t{+text+}", "none", "markup in a 'marking: none'"),
    ],
)
def test_build_refuses_malformed_markup(
    tmp_path: Path, line: str, marking: str, problem: str
) -> None:
    folder = tmp_path / "BAD"
    folder.mkdir()
    (folder / "document.txt").write_text(GOOD_META.format(marking=marking), encoding="utf-8")
    (folder / "01-part.txt").write_text(f"ResNo: RÉSOLUTION 1\n{line}\n", encoding="utf-8")
    with pytest.raises(build.SourceError, match=r"01-part\.txt:\d+: .*" + re.escape(problem)):
        build.all_sources(tmp_path)


def test_the_script_fails_loudly_and_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "src" / "BAD"
    folder.mkdir(parents=True)
    (folder / "document.txt").write_text(GOOD_META.format(marking="tracked"), encoding="utf-8")
    (folder / "01-part.txt").write_text("Normal: [-x\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            str(SAMPLES / "build.py"),
            "--sources",
            str(tmp_path / "src"),
            "--out",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "01-part.txt:1: unclosed '[-'" in result.stderr
    assert not (tmp_path / "out").exists()
