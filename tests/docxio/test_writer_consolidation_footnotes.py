"""Footnotes a proposal inserts or deletes with its words, through the DOCX export: a new
footnote is added to the base file, a deleted reference is a deleted run (tracked) or gone
(clean); pandoc's accept/reject views of the tracked export agree."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from editor.core.changes import extract
from editor.core.consolidate import consolidate
from editor.core.decisions import by_source
from editor.core.export_plan import plan_from_consolidation
from editor.core.merge import merge
from editor.core.model import (
    Action,
    DecisionState,
    Footnote,
    Paragraph,
    Proposal,
    Resolution,
    Revision,
    RevisionKind,
    Run,
    View,
)
from editor.core.structure import parse_base
from editor.docxio import read_docx
from editor.docxio.writer import write_docx

BASE = Path(__file__).resolve().parents[2] / "resources/samples/docx/base-res101.docx"
PANDOC = shutil.which("pandoc")
DATE = "2014-10-20T00:00:00Z"
NEW_NOTE = "Au sens du Programme de développement durable à l'horizon 2030."
OLD_NOTE = "Par exemple la manifestation pluridisciplinaire"
INS = Revision(RevisionKind.INSERT, "ARB")
DEL = Revision(RevisionKind.DELETE, "ARB")



def marked(base: Resolution) -> Proposal:
    """ARB: `...l'internet de [-demain[1]-]{+d'après-demain+};` on b) (the Pune footnote
    deleted with its word) and `...la communauté mondiale{+ durable[^9]+};` on item 1
    (a new footnote with new words; the Organisations footnote of that item stays)."""
    def find(prefix: str) -> int:
        return next(i for i, p in enumerate(base.provisions)
                    if p.text(View.ORIGINAL).startswith(prefix) and any(
                        r.footnote for r in p.runs))
    b, one = find("que l'UIT et de nombreux"), find("d'étudier les moyens d'accroître")
    pb, p1 = base.provisions[b], base.provisions[one]
    head = pb.runs[0].text
    words = head.rsplit(" ", 1)
    item_b = replace(pb, runs=(Run(words[0] + " "), Run(words[1], DEL),
                               Run("", DEL, footnote="1"), Run("d'après-demain", INS),
                               *pb.runs[2:]))
    text1 = p1.text(View.ORIGINAL)
    cut = text1.rindex(";")
    first = p1.runs[0].text
    item_1 = replace(p1, runs=(*p1.runs[:2], Run(text1[len(first):cut]),
                               Run(" durable", INS), Run("", INS, footnote="9"), Run(";")))
    assert item_1.text(View.ORIGINAL) == text1
    res = Resolution("101", (item_b, item_1), footnotes=(
        Footnote("9", (Paragraph((Run("\t" + NEW_NOTE),)),)),), language="fr")
    return Proposal(Action.MOD, "ARB/79A3/1", "101", res)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    document = read_docx(BASE)
    base = parse_base(document)
    changes = list(merge(extract(base, marked(base))))
    assert sorted(len(c.notes) + len(c.dropped_notes) for c in changes) == [1, 1]
    result = consolidate(base, changes, by_source({}, changes, "ARB", DecisionState.ACCEPTED))
    plan = plan_from_consolidation(result, document, base, date=DATE)
    assert plan.unplaced == ()
    assert [text for _, text in plan.new_footnotes] == [NEW_NOTE]
    folder = tmp_path_factory.mktemp("footnotes")
    out = {}
    for name, tracked in (("tracked", True), ("clean", False)):
        out[name] = folder / f"{name}.docx"
        out[name].write_bytes(write_docx(BASE.read_bytes(), plan, tracked=tracked))
    return out


def notes_of(path: Path, view: View) -> list[str]:
    document = read_docx(path)
    base = parse_base(document)
    used = [r.footnote for p in base.provisions for r in p.runs
            if r.footnote is not None and r.visible_in(view)]
    texts = {f.id: f.text(view).strip() for f in document.footnotes}
    return [texts[f] for f in used]


def test_clean_export_has_the_new_footnote_and_not_the_deleted_one(exported) -> None:
    notes = notes_of(exported["clean"], View.PROPOSED)
    assert NEW_NOTE in notes
    assert not any(n.startswith(OLD_NOTE) for n in notes)
    assert len(notes) == 2  # the Organisations note of item 1 stays


def test_tracked_export_reads_back_both_ways(exported) -> None:
    accepted = notes_of(exported["tracked"], View.PROPOSED)
    rejected = notes_of(exported["tracked"], View.ORIGINAL)
    assert NEW_NOTE in accepted and not any(n.startswith(OLD_NOTE) for n in accepted)
    assert NEW_NOTE not in rejected and any(n.startswith(OLD_NOTE) for n in rejected)


@pytest.mark.skipif(PANDOC is None, reason="pandoc not installed")
def test_pandoc_accept_shows_the_new_footnote_and_reject_the_old(exported) -> None:
    def plain(track: str) -> str:
        return subprocess.run(
            ["pandoc", f"--track-changes={track}", "-t", "plain", "--wrap=none",
             str(exported["tracked"])], check=True, capture_output=True, text=True).stdout
    accept, reject = plain("accept"), plain("reject")
    assert NEW_NOTE in accept and OLD_NOTE not in accept
    assert "d'après-demain" in accept and "mondiale durable" in accept
    assert OLD_NOTE in reject and NEW_NOTE not in reject
    assert "d'après-demain" not in reject
    clean = subprocess.run(["pandoc", "-t", "plain", "--wrap=none", str(exported["clean"])],
                           check=True, capture_output=True, text=True).stdout
    assert NEW_NOTE in clean and OLD_NOTE not in clean
