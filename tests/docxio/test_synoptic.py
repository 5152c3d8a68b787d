"""The synoptic table: rows per provision, one column per proposal, summary per proposal."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from engine_fixtures import NUMBER, A, C, base, edited, key, proposal  # noqa: E402

from editor.core.changes import extract  # noqa: E402
from editor.core.consolidate import consolidate  # noqa: E402
from editor.core.decisions import by_source  # noqa: E402
from editor.core.merge import merge  # noqa: E402
from editor.core.model import DecisionState  # noqa: E402
from editor.docxio.synoptic import (  # noqa: E402
    COLOURS,
    SynopticDossier,
    summary,
    synoptic_rows,
    write_synoptic,
)

ARB = proposal("ARB/79A3/1", "101", edited(
    {NUMBER: "N: RÉSOLUTION 101 (RÉV. [-GUADALAJARA, 2010-]{+BUSAN, 2014+})"},
    {A: ["I: {+b)\tque l'accès à l'Internet est essentiel;+}"]}))
EUR = proposal("EUR/12A1/1", "101", edited(
    {C: "I: [-c)\tque les pays en développement ont besoin d'une assistance technique,-]"}))


def dossier(*accepted: str, rejected: tuple[str, ...] = ()) -> SynopticDossier:
    b = base()
    changes = merge(c for p in (ARB, EUR) for c in extract(b, p))
    decisions: dict = {}
    for source in accepted:
        decisions = by_source(decisions, changes, source, DecisionState.ACCEPTED)
    for source in rejected:
        decisions = by_source(decisions, changes, source, DecisionState.REJECTED)
    return SynopticDossier(consolidate(b, changes, decisions), changes, decisions, b)


def test_rows_show_each_proposal_and_the_consolidated_text() -> None:
    rows = synoptic_rows(dossier("ARB", rejected=("EUR",)))
    number = next(r for r in rows if r.key == key(NUMBER))
    assert [(s.kind, s.text) for s in number.proposals["ARB/79A3/1"]] == [
        ("equal", "RÉSOLUTION 101 (RÉV. "), ("delete", "GUADALAJARA, 2010"),
        ("insert", "BUSAN, 2014"), ("equal", ")")]
    assert "EUR/12A1/1" not in number.proposals
    assert number.states["ARB/79A3/1"] == "accepted"
    assert "".join(s.text for s in number.consolidated if s.kind != "delete") == \
        "RÉSOLUTION 101 (RÉV. BUSAN, 2014)"
    deleted = next(r for r in rows if r.key == key(C))
    assert [s.kind for s in deleted.proposals["EUR/12A1/1"]] == ["equal", "delete"]
    assert deleted.states["EUR/12A1/1"] == "rejected"
    # rejected: the text stays, only relabelled after ARB's inserted b)
    assert [(s.kind, s.text) for s in deleted.consolidated if s.kind != "equal"] == [
        ("delete", "c)"), ("insert", "d)")]
    inserted = rows[[r.key for r in rows].index(key(A)) + 1]
    assert inserted.base == () and inserted.proposals["ARB/79A3/1"][0].kind == "insert"
    assert len(rows) == len(base().provisions) + 1


def test_pending_insertions_still_get_a_row() -> None:
    rows = synoptic_rows(dossier())
    inserted = rows[[r.key for r in rows].index(key(A)) + 1]
    assert inserted.states == {"ARB/79A3/1": "pending"} and inserted.consolidated == ()


def test_summary_counts_decisions_per_proposal() -> None:
    lines = summary(dossier("ARB", rejected=("EUR",)))
    assert lines == [("ARB/79A3/1", 2, 0, 0), ("EUR/12A1/1", 0, 1, 0)]
    assert summary(dossier()) == [("ARB/79A3/1", 0, 0, 2), ("EUR/12A1/1", 0, 0, 1)]


def test_document_is_landscape_a4_with_marks_in_source_colours() -> None:
    data = write_synoptic([dossier("ARB")], title="Synoptic")
    doc = docx.Document(io.BytesIO(data))
    section = doc.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert abs(section.page_width.cm - 29.7) < 0.01 and abs(section.page_height.cm - 21.0) < 0.01
    table, totals = doc.tables
    # the table speaks the resolution's language (French here), not the editor's
    assert [c.text for c in table.rows[0].cells] == ["Texte de base", "ARB/79A3/1",
                                                      "EUR/12A1/1", "Texte consolidé"]
    assert [c.text for c in totals.rows[0].cells] == ["Proposition", "Acceptées", "Rejetées",
                                                       "En attente"]
    assert "[acceptée]" in table.rows[1].cells[1].text
    assert len(table.rows) == 1 + len(base().provisions) + 1
    runs = [r for p in table.rows[1].cells[1].paragraphs for r in p.runs]
    struck = [r for r in runs if r.font.strike]
    underlined = [r for r in runs if r.font.underline]
    assert [r.text for r in struck] == ["GUADALAJARA, 2010"]
    assert [r.text for r in underlined] == ["BUSAN, 2014"]
    assert struck[0].font.color.rgb == COLOURS["ARB"]
    assert [c.text for c in totals.rows[2].cells] == ["EUR/12A1/1", "0", "0", "1"]
