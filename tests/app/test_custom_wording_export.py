"""The drafter's own wording through the real tracked export of the sample Res. 101: Word
revisions on the words that changed only, read back by pandoc (accept: the wording,
reject: the base), footnote references kept."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from editor.app import export_backend
from editor.app.synoptic_build import build_table
from editor.app.synoptic_table import SegmentKind
from editor.core.consolidate import consolidate
from editor.core.errors import ConsolidationError
from editor.core.model import Decision, DecisionState, View
from editor.core.routing import Dossier, route
from editor.core.structure import parse_base, parse_proposals
from editor.docxio import read_docx

SAMPLES = Path(__file__).resolve().parents[2] / "resources/samples/docx"
BASE = SAMPLES / "base-res101.docx"
PROPOSALS = ("ARB-79A3.docx", "EUR-12A1.docx", "IAP-34A2.docx")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TIME = "2026-12-05T10:00:00.123Z"
F, NOTE2, G = "101:9", "101:35", "101:10"  # item f); décide 1 (footnote 2); item g)


def dossier() -> Dossier:
    base = parse_base(read_docx(BASE))
    routing = route([base], [parse_proposals(read_docx(SAMPLES / n)) for n in PROPOSALS])
    d = routing.dossier("101")
    assert d is not None and d.base is not None
    return d


def wordings(d: Dossier) -> tuple[dict[str, Decision], dict[str, str]]:
    """Own wordings of f) (one word added) and of décide 1 (one word replaced, footnote 2
    after "compétentes"), and a combined text for the conflict on g)."""
    assert d.base is not None
    texts = {k: d.base.provisions[int(k.split(":")[1])].text(View.ORIGINAL)
             for k in (F, NOTE2, G)}
    wanted = {F: texts[F].replace("tarification", "tarification équitable"),
              NOTE2: texts[NOTE2].replace("d'accroître", "de renforcer"),
              G: texts[G].replace("IPv6,", "la version 6 du protocole Internet;")}
    [k] = [k for k in d.conflicts if k.provision == G]
    decisions = {F: Decision(F, DecisionState.ACCEPTED, wanted[F], "drafter", TIME),
                 NOTE2: Decision(NOTE2, DecisionState.ACCEPTED, wanted[NOTE2], "drafter", TIME),
                 k.id: Decision(k.id, DecisionState.ACCEPTED, wanted[G], "drafter", TIME),
                 **{c: Decision(c, DecisionState.REJECTED) for c in k.changes}}
    return decisions, {**texts, **{f"new {x}": t for x, t in wanted.items()}}


def paragraph_with(data: bytes, words: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    [p] = [p for p in root.iter(f"{W}p")
           if words in "".join(t.text or "" for t in p.iter(f"{W}t", f"{W}delText"))]
    return p


def revisions(p: etree._Element) -> list[tuple[str, str, str]]:
    return [(e.tag.removeprefix(W), e.get(f"{W}author"),
             "".join(t.text or "" for t in e.iter(f"{W}t", f"{W}delText")))
            for e in p if e.tag in (f"{W}ins", f"{W}del")]


def test_the_tracked_export_marks_only_the_words_the_drafter_changed() -> None:
    d = dossier()
    decisions, _ = wordings(d)
    data = export_backend.render("tracked", d, decisions, BASE.read_bytes(), "drafter").data
    assert revisions(paragraph_with(data, "tarification")) == [
        ("ins", "drafter", "équitable ")]
    assert revisions(paragraph_with(data, "accroître")) == [
        ("del", "drafter", "d'accroître"), ("ins", "drafter", "de renforcer")]
    # the combined text of a conflict stands for the proposals it combines
    assert revisions(paragraph_with(data, "déploiement de")) == [
        ("del", "ARB/79A3/1, EUR/12A1/1", "IPv6,"),
        ("ins", "ARB/79A3/1, EUR/12A1/1", "la version 6 du protocole Internet;")]
    # footnote 2 stays referenced after "compétentes"
    p = paragraph_with(data, "accroître")
    text = "".join(f"[{e.get(f'{W}id')}]" if e.tag == f"{W}footnoteReference" else e.text or ""
                   for e in p.iter(f"{W}t", f"{W}footnoteReference"))
    assert "compétentes[" in text


def test_the_consolidated_column_marks_only_the_words_the_drafter_changed() -> None:
    d = dossier()
    decisions, _ = wordings(d)
    table = build_table("101", d.base, d.proposals, d.changes, d.conflicts, decisions)
    [row] = [r for r in table.rows if r.provision_key == F]
    cell = row.cells[-1]
    assert cell.edited
    assert [(s.kind, s.text.strip()) for s in cell.segments if s.kind is not SegmentKind.SAME] == [
        (SegmentKind.INSERT, "équitable")]
    [row] = [r for r in table.rows if r.provision_key == NOTE2]
    assert [s.footnote for s in row.cells[-1].segments if s.footnote] == ["2"]


def test_the_wording_is_marked_word_by_word_while_accepted_changes_clash() -> None:
    d = dossier()
    decisions, _ = wordings(d)
    [k] = [k for k in d.conflicts if k.provision == G]
    both = {**decisions, **{c: Decision(c, DecisionState.ACCEPTED) for c in k.changes}}
    del both[k.id]  # the clash is not resolved: the engine cannot run, the cells stand in
    with pytest.raises(ConsolidationError):
        consolidate(d.base, d.changes, both)
    table = build_table("101", d.base, d.proposals, d.changes, d.conflicts, both)
    cells = {r.provision_key: r.cells[-1] for r in table.rows}
    assert cells[F].edited and [
        (s.kind, s.text.strip()) for s in cells[F].segments if s.kind is not SegmentKind.SAME
    ] == [(SegmentKind.INSERT, "équitable")]
    assert [(s.kind, s.text) for s in cells[NOTE2].segments if s.kind is not SegmentKind.SAME
            ] == [(SegmentKind.DELETE, "d'accroître"), (SegmentKind.INSERT, "de renforcer")]
    assert [s.footnote for s in cells[NOTE2].segments if s.footnote] == ["2"]


def test_pandoc_accepting_gives_the_wording_and_rejecting_the_base(pandoc_reads) -> None:
    d = dossier()
    decisions, texts = wordings(d)
    read, base = pandoc_reads(d, decisions, BASE)
    assert read["tracked", "accept"] == read["clean", "accept"]
    assert read["tracked", "reject"] == base
    for x in (F, G):
        assert texts[f"new {x}"] in read["tracked", "accept"]
        assert texts[x] in read["tracked", "reject"]
    # décide 1 with its footnote mark after "compétentes", either way
    for track, words in (("accept", "de renforcer"), ("reject", "d'accroître")):
        assert f"d'étudier les moyens {words} la collaboration" in read["tracked", track]
        assert "organisations compétentes[2] participant" in read["tracked", track]
