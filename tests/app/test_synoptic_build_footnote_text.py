"""Edits of a footnote's text in the synoptic table: a "Footnote 1" row after the
provisions, each proposal's edit in its column, the consolidated text once accepted."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "core"))
# the base with its Pune footnote and the tracked footnote edits, as the engine tests build them
from test_footnote_changes import FN, PUNE, pune_edit, the_base  # noqa: E402

from editor.app.synoptic_build import build_table  # noqa: E402
from editor.app.synoptic_table import Cell, SegmentKind  # noqa: E402
from editor.core.changes import ChangeKind, extract  # noqa: E402
from editor.core.decisions import by_source  # noqa: E402
from editor.core.merge import find_conflicts, merge  # noqa: E402
from editor.core.model import Decision, DecisionState  # noqa: E402

SAME, INSERT, DELETE = SegmentKind.SAME, SegmentKind.INSERT, SegmentKind.DELETE


def editing(pid: str, old: str, new: str):
    """A tracked proposal revising `old` into `new` in the Pune footnote (its 4), nothing
    else."""
    return pune_edit(pid, "4", old, new)


def shown(cell: Cell) -> list[tuple[SegmentKind, str]]:
    return [(s.kind, f"^{s.footnote}" if s.footnote else s.text) for s in cell.segments]


def test_a_footnote_row_shows_each_proposal_s_edit_and_the_accepted_text():
    b = the_base()
    arb, eur = editing("ARB/1/1", "manifestation", "conférence"), editing("EUR/2/1", "Pune",
                                                                          "Genève")
    changes = merge([*extract(b, arb), *extract(b, eur)])
    assert [c.kind for c in changes] == [ChangeKind.FOOTNOTE] * 2
    pending = build_table("101", b, [arb, eur], changes)
    row = pending.rows[-1]
    assert (row.provision_key, row.label) == (FN, "Footnote 1")
    assert set(row.change_ids) == {c.id for c in changes} and row.conflict == ""
    base_cell, arb_cell, eur_cell, consolidated = row.cells
    assert shown(base_cell) == [(SAME, PUNE.strip())]  # no tab after the mark
    assert shown(arb_cell) == [(SAME, "Par exemple la "), (DELETE, "manifestation"),
                               (INSERT, "conférence"),
                               (SAME, " tenue à Pune (Inde) en décembre 2010.")]
    assert [s.change_id for s in eur_cell.segments if s.kind is INSERT] == [
        next(c.id for c in changes if c.sources == ("EUR/2/1",))]
    assert shown(consolidated) == [(SAME, PUNE.strip())]
    # Only the footnote row is added: the item keeps its reference, no change of its own.
    item = next(r for r in pending.rows if r.provision_key == "101:5")
    assert item.change_ids == () and "^1" in [t for _, t in shown(item.cells[0])]

    accepted = build_table("101", b, [arb, eur], changes, (),
                           by_source({}, changes, "all", DecisionState.ACCEPTED))
    row = accepted.rows[-1]
    assert "".join(t for k, t in shown(row.cells[-1]) if k is not DELETE) == (
        "Par exemple la conférence tenue à Genève (Inde) en décembre 2010.")
    assert {s.change_id for s in row.cells[-1].segments if s.kind is INSERT} == {
        c.id for c in changes}
    # the reference's tool tip in the consolidated column gives the new text
    item = next(r for r in accepted.rows if r.provision_key == "101:5")
    [ref] = [s for s in item.cells[-1].segments if s.footnote]
    assert ref.footnote_text == "Par exemple la conférence tenue à Genève (Inde) en décembre 2010."


def test_overlapping_footnote_edits_are_a_conflict_on_the_footnote_row():
    b = the_base()
    arb, eur = (editing("ARB/1/1", "manifestation", "conférence"),
                editing("EUR/2/1", "manifestation", "réunion"))
    changes = merge([*extract(b, arb), *extract(b, eur)])
    conflicts = find_conflicts(changes)
    [k] = conflicts
    table = build_table("101", b, [arb, eur], changes, conflicts)
    row = table.rows[-1]
    assert row.provision_key == FN and row.conflict == k.id
    # both accepted (a clash not resolved yet): the cell shows both, nothing crashes
    both = build_table("101", b, [arb, eur], changes, conflicts,
                       by_source({}, changes, "all", DecisionState.ACCEPTED))
    assert {s.text for s in both.rows[-1].cells[-1].segments if s.kind is INSERT} == {
        "conférence", "réunion"}
    wording = "\tPar exemple la réunion tenue à Pune (Inde) en décembre 2010."
    combined = build_table("101", b, [arb, eur], changes, conflicts,
                           {k.id: Decision(k.id, DecisionState.ACCEPTED, custom_text=wording)})
    cell = combined.rows[-1].cells[-1]
    assert cell.edited and "".join(
        s.text for s in cell.segments if s.kind is not DELETE) == wording.strip()
