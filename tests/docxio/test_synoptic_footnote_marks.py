"""Footnote references in the synoptic DOCX table: superscript marks in the base and
consolidated cells, struck or underlined with their change, never Word footnotes."""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from engine_fixtures import DEL, INS, B, base, key, note, proposal  # noqa: E402

from editor.core.changes import extract  # noqa: E402
from editor.core.consolidate import consolidate  # noqa: E402
from editor.core.decisions import by_source  # noqa: E402
from editor.core.model import (  # noqa: E402
    DecisionState,
    Run,
)
from editor.docxio.synoptic import SynopticDossier, synoptic_rows, write_synoptic  # noqa: E402

WORDS = "que les réseaux sont un puissant "


def dossier(accepted: bool) -> SynopticDossier:
    b = base()
    item = replace(b.provisions[B], runs=(Run(WORDS + "moteur"), Run("", footnote="1"),
                                          Run(";")))
    b = replace(b, provisions=(*b.provisions[:B], item, *b.provisions[B + 1:]),
                footnotes=(note("1", "Note de base."),))
    p = proposal("ARB/79A3/1", "101", [f"I: b)\t{WORDS}moteur;"])
    assert p.resolution is not None
    mine = replace(p.resolution.provisions[0], runs=(
        Run(WORDS), Run("moteur", DEL), Run("", DEL, footnote="1"), Run("facteur", INS),
        Run("", INS, footnote="9"), Run(";")))
    p = replace(p, resolution=replace(p.resolution, provisions=(mine,),
                                      footnotes=(note("9", "Note nouvelle."),)))
    changes = extract(b, p)
    decisions = by_source({}, changes, "ARB", DecisionState.ACCEPTED) if accepted else {}
    return SynopticDossier(consolidate(b, changes, decisions), changes, decisions, b)


def test_rows_carry_the_marks_of_base_and_new_footnotes() -> None:
    [row] = [r for r in synoptic_rows(dossier(True)) if r.key == key(B)]
    assert [(s.text, s.footnote) for s in row.base] == [
        (f"b)\t{WORDS}moteur", None), ("1", "1"), (";", None)]
    assert [(s.kind, s.text) for s in row.consolidated if s.footnote] == [
        ("delete", "1"), ("insert", "2")]


def cell_of(data: bytes, column: int):
    table = docx.Document(io.BytesIO(data)).tables[0]
    labels = [r.cells[0].text for r in table.rows]
    [i] = [i for i, t in enumerate(labels) if t.startswith("b) que les réseaux")]
    return table.rows[i].cells[column]


def test_marks_are_superscript_text_struck_or_underlined_with_their_change() -> None:
    data = write_synoptic([dossier(True)])
    base_cell = cell_of(data, 0)
    assert base_cell.text == f"b) {WORDS}moteur1;"
    [mark] = [r for r in base_cell.paragraphs[0].runs if r.font.superscript]
    assert (mark.text, mark.font.strike, mark.font.underline) == ("1", None, None)
    consolidated = cell_of(data, 2)
    assert consolidated.text == f"b) {WORDS}moteur1facteur2;"
    marks = [(r.text, bool(r.font.strike), bool(r.font.underline))
             for r in consolidated.paragraphs[0].runs if r.font.superscript]
    assert marks == [("1", True, False), ("2", False, True)]
    assert b"footnoteReference" not in docx.Document(io.BytesIO(data)).element.xml.encode()


def test_pending_the_base_reference_stays_unmarked() -> None:
    consolidated = cell_of(write_synoptic([dossier(False)]), 2)
    assert consolidated.text == f"b) {WORDS}moteur1;"
    [mark] = [r for r in consolidated.paragraphs[0].runs if r.font.superscript]
    assert (mark.text, mark.font.strike, mark.font.underline) == ("1", None, None)
