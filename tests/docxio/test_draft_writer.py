"""A new draft resolution (an ADD, no base) exported clean and tracked: written into the
proposals DOCX that holds it (`core.draft_plan` + `docxio.draft_writer`), read back by our
reader, python-docx, pandoc and LibreOffice."""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docxio_fixtures import libreoffice_pdf
from draft_fixtures import (
    EUR,
    PANDOC,
    SOFFICE,
    WORD_DATE,
    draft_file,
    pandoc_lines,
    part_xml,
    revision_marks,
)
from lxml import etree

from editor.core.consolidate import Consolidated, consolidate
from editor.core.draft_plan import NO_MODEL, draft_plan
from editor.core.model import Decision, DecisionState, Proposal, Resolution, View
from editor.core.routing import route
from editor.core.structure import parse_proposals
from editor.docxio import read_docx
from editor.docxio.draft_writer import write_draft_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ACCEPTED_AT = "2014-10-21T09:15:02.250Z"
NOTE = "Voir aussi la Résolution 197 (Busan, 2014)."


def lines(res: Resolution) -> list[str]:
    return [" ".join(f"{p.label_text(View.ORIGINAL)} {p.text(View.ORIGINAL)}".split())
            for p in res.provisions]


def export(path: Path, tracked: bool) -> tuple[bytes, Consolidated, Proposal]:
    """The draft of proposals file `path`, accepted, exported as the editor exports it."""
    document = read_docx(path)
    proposals = parse_proposals(document)
    add = next(p for p in proposals.proposals if p.action.value == "ADD")
    d = route([], [proposals]).dossier(add.target)
    assert d is not None and d.base is None
    decisions = {c.id: Decision(c.id, DecisionState.ACCEPTED, time=ACCEPTED_AT)
                 for c in d.changes}
    result = consolidate(d.base, d.changes, decisions)
    assert add.resolution is not None
    plan = draft_plan(result, document, add.resolution, decisions, date="2026-01-01T00:00:00Z")
    return write_draft_docx(path.read_bytes(), plan, tracked=tracked), result, add


def saved(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_clean_export_is_the_draft_in_the_styles_of_its_proposals_file(tmp_path: Path) -> None:
    data, result, add = export(EUR, tracked=False)
    assert result.resolution is not None and add.resolution is not None
    back = read_docx(saved(tmp_path, "clean.docx", data))
    assert [" ".join(p.text(View.PROPOSED).split()) for p in back.paragraphs] == lines(
        result.resolution)
    assert revision_marks(data) == []
    # each paragraph in the style the proposal used for it
    assert [p.style for p in back.paragraphs] == [p.style for p in add.resolution.provisions]
    assert {p.style for p in back.paragraphs} >= {"ResNo", "Restitle", "Call"}
    # nothing else of the proposals file: no other proposal, no reasons, no part headings
    text = "\n".join(p.text(View.PROPOSED) for p in back.paragraphs)
    for other in ("Motifs", "EUR/12A1", "PARTIE", "RÉSOLUTION 101", "Réseaux fondés"):
        assert other not in text
    # the proposals file's page setup, and its package otherwise (styles, settings)
    sections = [etree.tostring(part_xml(f).find(f"{W}body/{W}sectPr"), method="c14n")
                for f in (EUR.read_bytes(), data)]
    assert sections[0] == sections[1]
    reopened = docx.Document(io.BytesIO(data))
    assert reopened.core_properties.title == result.resolution.number_line()
    assert {s.style_id for s in reopened.styles} == {
        s.style_id for s in docx.Document(str(EUR)).styles}


def test_tracked_export_inserts_every_paragraph_for_its_proposal(tmp_path: Path) -> None:
    data, result, _ = export(EUR, tracked=True)
    assert result.resolution is not None
    back = read_docx(saved(tmp_path, "tracked.docx", data))
    assert [" ".join(p.text(View.PROPOSED).split()) for p in back.paragraphs] == lines(
        result.resolution)
    assert all(p.text(View.ORIGINAL) == "" for p in back.paragraphs)  # all of it is new
    assert all(p.mark is not None and p.mark.inserts for p in back.paragraphs)
    body = part_xml(data).find(f"{W}body")
    for t in body.iter(f"{W}t"):
        assert next(t.iterancestors(f"{W}ins"), None) is not None, t.text
    marks = revision_marks(data)
    assert marks and all(m["tag"] == "ins" for m in marks)
    assert {m["author"] for m in marks} == {"EUR/12A1/3"}
    assert {m["date"] for m in marks} == {"2014-10-21T09:15:02Z"}  # when it was accepted
    assert all(WORD_DATE.fullmatch(m["date"]) for m in marks)
    ids = Counter(m["id"] for m in marks)
    assert ids and max(ids.values()) == 1
    assert docx.Document(io.BytesIO(data)).paragraphs  # python-docx opens it


@pytest.mark.skipif(PANDOC is None, reason="pandoc not installed")
def test_pandoc_reads_the_draft_and_rejecting_it_leaves_nothing(tmp_path: Path) -> None:
    clean, result, _ = export(EUR, tracked=False)
    tracked, _, _ = export(EUR, tracked=True)
    assert result.resolution is not None
    paths = {k: saved(tmp_path, f"{k}.docx", v) for k, v in (("clean", clean),
                                                              ("tracked", tracked))}
    assert pandoc_lines(paths["tracked"], "accept") == lines(result.resolution)
    assert pandoc_lines(paths["clean"], "accept") == lines(result.resolution)
    assert pandoc_lines(paths["tracked"], "reject") == []


@pytest.mark.skipif(PANDOC is None, reason="pandoc not installed")
def test_the_draft_keeps_its_own_footnote_and_no_other(tmp_path: Path) -> None:
    source = draft_file(tmp_path / "ARB-9A1.docx", "ARB/9A1/3", "ARB-1", note=NOTE)
    for tracked in (False, True):
        data, result, _ = export(source, tracked=tracked)
        assert result.resolution is not None
        notes = part_xml(data, "word/footnotes.xml")
        assert [n.get(f"{W}id") for n in notes.iter(f"{W}footnote")] == ["-1", "0", "3"]
        path = saved(tmp_path, f"notes-{tracked}.docx", data)
        back = read_docx(path)
        assert [f.text(View.PROPOSED).strip() for f in back.footnotes] == [NOTE]
        accepted = pandoc_lines(path, "accept")
        assert accepted[-1] == f"[1] {NOTE}"
        assert [re.sub(r"\[1\]", "", x) for x in accepted[:-1]] == lines(result.resolution)
        if tracked:
            # a brand-new footnote: its text inserted with its reference, by the proposal
            assert {m["author"] for m in revision_marks(data)} == {"ARB/9A1/3"}
            for t in notes.iter(f"{W}t"):
                assert next(t.iterancestors(f"{W}ins"), None) is not None
            assert pandoc_lines(path, "reject") == []
        else:
            assert revision_marks(data) == []


@pytest.mark.skipif(PANDOC is None, reason="pandoc not installed")
def test_a_draft_typed_with_track_changes_on_is_exported_the_same(tmp_path: Path) -> None:
    """The proposals file's own marks (author EUR) are the proposal's: accepted in the clean
    export, replaced by the proposal's attribution in the tracked one."""
    plain = draft_file(tmp_path / "plain.docx", "ARB/9A1/3", "ARB-1", note=NOTE)
    marked = draft_file(tmp_path / "marked.docx", "ARB/9A1/3", "ARB-1", note=NOTE,
                        inserted=True)
    assert revision_marks(marked.read_bytes()) and not revision_marks(plain.read_bytes())
    for tracked in (False, True):
        ours, result, _ = export(marked, tracked=tracked)
        theirs, _, _ = export(plain, tracked=tracked)
        paths = [saved(tmp_path, f"{n}-{tracked}.docx", x) for n, x in (("a", ours),
                                                                       ("b", theirs))]
        assert pandoc_lines(paths[0], "accept") == pandoc_lines(paths[1], "accept")
        assert [p.style for p in read_docx(paths[0]).paragraphs] == [
            p.style for p in read_docx(paths[1]).paragraphs]
        authors = {m["author"] for m in revision_marks(ours)}
        assert authors == ({"ARB/9A1/3"} if tracked else set())


def test_a_plan_naming_no_model_paragraph_still_writes_the_style(tmp_path: Path) -> None:
    data, result, add = export(EUR, tracked=False)
    assert add.resolution is not None
    plan = draft_plan(result, read_docx(EUR), add.resolution, {})
    lost = replace(plan, paragraphs=tuple(replace(p, like_base_index=NO_MODEL)
                                          for p in plan.paragraphs))
    back = read_docx(saved(tmp_path, "no-model.docx", write_draft_docx(
        EUR.read_bytes(), lost, tracked=False)))
    assert [p.style for p in back.paragraphs] == [p.style for p in add.resolution.provisions]
    assert [p.text(View.PROPOSED) for p in back.paragraphs] == [
        p.text(View.PROPOSED) for p in read_docx(saved(tmp_path, "c.docx", data)).paragraphs]


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_converts_both_draft_exports(tmp_path: Path) -> None:
    source = draft_file(tmp_path / "ARB-9A1.docx", "ARB/9A1/3", "ARB-1", note=NOTE)
    for name, path in (("eur", EUR), ("arb", source)):
        for tracked in (False, True):
            data, _, _ = export(path, tracked=tracked)
            docx_path = saved(tmp_path, f"{name}-{'tracked' if tracked else 'clean'}.docx", data)
            assert libreoffice_pdf(docx_path, tmp_path).stat().st_size > 5000
