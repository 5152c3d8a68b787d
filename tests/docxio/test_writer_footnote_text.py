"""A footnote's own text edited by proposals, from the DOCX files to the DOCX exports.

ARB and EUR revise the same words of the footnote with tracked changes inside
word/footnotes.xml (and nothing else), IAP sends a clean text whose footnote says more
(`footnote_text_fixtures`): the reader, the engine (one change with two sources, one more),
the consolidation and the tracked / clean exports, checked by reading them back and with
pandoc. Then the same on the real Res. 101 base file (Word's own footnotes part).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from footnote_text_fixtures import BOTH, EDITED, OLD, footnote_text_files

from editor.core.changes import ChangeKind, extract, footnote_key
from editor.core.consolidate import consolidate
from editor.core.decisions import by_source
from editor.core.export_plan import plan_from_consolidation
from editor.core.merge import merge
from editor.core.model import (
    Action,
    DecisionState,
    Footnote,
    Marking,
    Paragraph,
    Proposal,
    Resolution,
    Revision,
    RevisionKind,
    Run,
    View,
)
from editor.core.routing import route
from editor.core.structure import parse_base, parse_proposals
from editor.docxio import read_document
from editor.docxio.writer import write_docx

DATE = "2014-10-20T00:00:00Z"
RES101 = Path(__file__).resolve().parents[2] / "resources/samples/docx/base-res101.docx"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return footnote_text_files(tmp_path_factory.mktemp("footnote-text"))


@pytest.fixture(scope="module")
def engine(files: dict[str, Path]):
    document = read_document(files["base"])
    base = parse_base(document)
    docs = [parse_proposals(read_document(files[pid]))
            for pid in ("ARB/1A1/1", "EUR/2A1/1", "IAP/3A1/1")]
    dossier = route([base], docs).dossier("101")
    assert dossier is not None
    return document, base, docs, dossier


def test_reader_sees_the_revisions_inside_the_footnote(engine) -> None:
    _, _, docs, _ = engine
    assert [d.marking for d in docs] == [Marking.TRACKED, Marking.TRACKED, Marking.NONE]
    res = docs[0].proposals[0].resolution
    assert res is not None
    [fn] = res.footnotes
    assert (fn.text(View.ORIGINAL).strip(), fn.text(View.PROPOSED).strip()) == (OLD, EDITED)


def test_footnote_edits_are_changes_merged_across_groups(engine) -> None:
    _, _, _, dossier = engine
    key = footnote_key("101", "1")
    assert [(c.kind, c.provision, c.old, c.new, c.sources) for c in dossier.changes] == [
        (ChangeKind.FOOTNOTE, key, "Agenda", "and 2063 Agendas",
         ("ARB/1A1/1", "EUR/2A1/1")),
        (ChangeKind.FOOTNOTE, key, "", ", adopted in 2015", ("IAP/3A1/1",)),
    ]
    assert dossier.conflicts == ()


@pytest.fixture(scope="module")
def exported(engine, tmp_path_factory: pytest.TempPathFactory, files) -> dict[str, Path]:
    document, base, _, dossier = engine
    decisions = by_source({}, dossier.changes, "all", DecisionState.ACCEPTED)
    result = consolidate(base, dossier.changes, decisions)
    assert result.resolution is not None
    assert [f.text(View.ORIGINAL).strip() for f in result.resolution.footnotes] == [BOTH]
    plan = plan_from_consolidation(result, document, base, date=DATE)
    assert plan.unplaced == () and len(plan.footnote_edits) == 1
    folder = tmp_path_factory.mktemp("footnote-text-out")
    out = {}
    for name, tracked in (("tracked", True), ("clean", False)):
        out[name] = folder / f"{name}.docx"
        out[name].write_bytes(write_docx(files["base"].read_bytes(), plan, tracked=tracked))
    return out


def note_of(path: Path, view: View) -> str:
    [fn] = read_document(path).footnotes
    return fn.text(view).strip()


def pandoc(path: Path, track: str = "accept") -> str:
    return subprocess.run(["pandoc", f"--track-changes={track}", "-t", "plain", "--wrap=none",
                           str(path)], capture_output=True, text=True, check=True,
                          timeout=60).stdout


def test_exports_read_back_with_the_new_footnote_text(exported) -> None:
    assert note_of(exported["clean"], View.PROPOSED) == BOTH
    assert note_of(exported["clean"], View.ORIGINAL) == BOTH  # no revision left
    assert note_of(exported["tracked"], View.PROPOSED) == BOTH
    assert note_of(exported["tracked"], View.ORIGINAL) == OLD
    [fn] = read_document(exported["tracked"]).footnotes
    authors = {(x.revision.author, x.revision.date) for q in fn.paragraphs for x in q.runs
               if x.revision is not None}
    assert authors == {("ARB/1A1/1, EUR/2A1/1", DATE), ("IAP/3A1/1", DATE)}


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")
def test_pandoc_accept_and_reject_of_the_tracked_footnote(exported, files) -> None:
    accept, reject = pandoc(exported["tracked"]), pandoc(exported["tracked"], "reject")
    assert BOTH in accept and OLD not in accept
    assert OLD in reject and "2063" not in reject and "adopted" not in reject
    assert reject == pandoc(files["base"])
    assert accept == pandoc(exported["clean"])


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")
def test_footnote_of_the_real_res101_base_edited_through_pandoc(tmp_path: Path) -> None:
    """ARB revises the Pune footnote of Res. 101 (`[-pluridisciplinaire-]{+mondiale+}`):
    the export patches Word's footnotes part; pandoc reads the revision both ways."""
    document = read_document(RES101)
    base = parse_base(document)
    p = next(p for p in base.provisions if any(r.footnote == "1" for r in p.runs))
    old = base.footnotes[0].text(View.ORIGINAL)
    head, _, tail = old.partition("pluridisciplinaire")
    arb = Revision(RevisionKind.INSERT, "ARB"), Revision(RevisionKind.DELETE, "ARB")
    fn = Footnote("5", (Paragraph((Run(head), Run("pluridisciplinaire", arb[1]),
                                   Run("mondiale", arb[0]), Run(tail))),))
    item = replace(p, runs=tuple(replace(r, footnote="5") if r.footnote == "1" else r
                                 for r in p.runs))
    res = Resolution("101", (item,), footnotes=(fn,), language="fr")
    changes = merge(extract(base, Proposal(Action.MOD, "ARB/79A3/1", "101", res)))
    assert [(c.kind, c.provision, c.old, c.new) for c in changes] == [
        (ChangeKind.FOOTNOTE, footnote_key("101", "1"), "pluridisciplinaire", "mondiale")]
    result = consolidate(base, changes, by_source({}, changes, "ARB", DecisionState.ACCEPTED))
    plan = plan_from_consolidation(result, document, base, date=DATE)
    assert plan.unplaced == () and len(plan.footnote_edits) == 1
    tracked, clean = tmp_path / "tracked.docx", tmp_path / "clean.docx"
    tracked.write_bytes(write_docx(RES101.read_bytes(), plan, tracked=True))
    clean.write_bytes(write_docx(RES101.read_bytes(), plan, tracked=False))
    new = old.replace("pluridisciplinaire", "mondiale").strip()
    assert read_document(clean).footnotes[0].text(View.PROPOSED).strip() == new
    assert pandoc(tracked, "reject") == pandoc(RES101)
    assert pandoc(tracked, "accept") == pandoc(clean)
    assert "manifestation mondiale (kaléidoscope)" in pandoc(clean)
    assert "pluridisciplinaire" not in pandoc(clean)
