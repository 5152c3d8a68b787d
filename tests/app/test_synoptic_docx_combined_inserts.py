"""The synoptic table DOCX of the sample conflict between inserted provisions (Res. 179,
after décide 3: ARB inserts three items, EUR one), with a combined text of three lines:
a row per line after décide 3, numbered 4, 5, 6 and inserted in the Consolidated column,
then the proposals' own items, rejected. Read back with python-docx."""

from __future__ import annotations

import io

import docx
from res179_inserts import ANCHOR, BASE, dossier

from editor.app import export_backend
from editor.app.synoptic_build import build_table
from editor.core.consolidate import consolidate
from editor.core.merge import Conflict
from editor.core.model import Decision, DecisionState
from editor.core.routing import Dossier
from editor.docxio.synoptic import SynopticDossier, synoptic_rows

THREE = "3\tque tous les groupes"



def combined(d: Dossier, k: Conflict, *lines: str) -> dict[str, Decision]:
    """The conflict picker's combined text: the lines, every alternative rejected."""
    return {k.id: Decision(k.id, DecisionState.ACCEPTED, "\n".join(lines), "drafter",
                           "2026-12-05T10:00:00.123Z"),
            **{c: Decision(c, DecisionState.REJECTED) for c in k.changes}}


LINES = ("que les groupes régionaux se concertent;",
         "que le Secrétariat publie un rapport annuel;",
         "que le Conseil examine ce rapport;")


def table_of(data: bytes) -> list[list[str]]:
    document = docx.Document(io.BytesIO(data))
    table = document.tables[0]
    return [[c.text for c in row.cells] for row in table.rows]


def inserted_runs(data: bytes, row: int) -> list[str]:
    """The underlined (inserted) runs of the Consolidated cell of `row`."""
    cell = docx.Document(io.BytesIO(data)).tables[0].rows[row].cells[-1]
    return [r.text for p in cell.paragraphs for r in p.runs if r.font.underline]


def test_the_table_shows_the_combined_items_and_the_rejected_proposals() -> None:
    d, k = dossier()
    decisions = combined(d, k, *LINES)
    data = export_backend.render("synoptic", d, decisions, BASE.read_bytes(), "drafter").data
    rows = table_of(data)
    header = rows[0]
    assert header[0] == "Texte de base" and header[-1] == "Texte consolidé"
    arb, eur = header.index("ARB/79A3/6"), header.index("EUR/12A1/2")
    [three] = [i for i, r in enumerate(rows) if r[0].startswith(THREE.replace("\t", " "))]
    new = rows[three + 1:three + 4]
    # one row per line, only its consolidated cell filled, numbered as inserted items
    assert [r[-1] for r in new] == [f"{n} {line}" for n, line in zip("456", LINES, strict=True)]
    for i, r in enumerate(new, start=three + 1):
        assert r[0] == "" and all(cell == "—" for cell in r[1:-1])
        assert inserted_runs(data, i) == [str(i - three + 3), LINES[i - three - 1]]
    # then the proposals' own items: ARB's three, EUR's one, rejected, not consolidated
    theirs = rows[three + 4:three + 8]
    owners = [[c for c in (arb, eur) if r[c] != "—"] for r in theirs]
    assert sorted(owners) == [[arb]] * 3 + [[eur]]
    assert all(r[c].endswith("[rejetée]") for r, [c] in zip(theirs, owners, strict=True))
    assert all(r[-1] == "" and r[0] == "" for r in theirs)
    # décide 4 follows, as base text: the three lines are nowhere else
    assert rows[three + 8][0] == rows[three + 8][-1]
    assert sum(line in cell for r in rows for cell in r for line in LINES) == 3


def test_rows_are_keyed_after_the_provision_they_follow() -> None:
    d, k = dossier()
    decisions = combined(d, k, LINES[0], "", LINES[2])  # a blank line inserts nothing
    result = consolidate(d.base, d.changes, decisions, d.conflicts)
    rows = synoptic_rows(SynopticDossier(result, d.changes, decisions, d.base))
    keys = [r.key for r in rows]
    at = keys.index(ANCHOR)
    assert keys[at + 1:at + 3] == [f"{ANCHOR}+{k.id}:1", f"{ANCHOR}+{k.id}:2"]
    # as the editor's table keys and numbers them
    editor = build_table("179", d.base, d.proposals, d.changes, d.conflicts, decisions)
    mine = [r for r in editor.rows if k.id in r.provision_key]
    assert [(r.provision_key, r.label) for r in mine] == list(zip(keys[at + 1:at + 3], "45",
                                                                   strict=True))
    for r in rows[at + 1:at + 3]:
        assert (r.base, r.proposals, r.states) == ((), {}, {})
    assert [[(s.kind, s.text) for s in r.consolidated] for r in rows[at + 1:at + 3]] == [
        [("insert", n), ("equal", "\t"), ("insert", line)]
        for n, line in (("4", LINES[0]), ("5", LINES[2]))]
    # without the combined text, no such row: every proposal's item, pending
    plain = consolidate(d.base, d.changes, {}, d.conflicts)
    rows = synoptic_rows(SynopticDossier(plain, d.changes, {}, d.base))
    assert not any(k.id in r.key for r in rows)
    assert sorted(x for r in rows[at + 1:at + 5] for x in r.states.items()) == [
        ("ARB/79A3/6", "pending")] * 3 + [("EUR/12A1/2", "pending")]
