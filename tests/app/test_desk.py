"""The desk's cached table frames and counts give what a fresh computation gives, after
every kind of decision (accept, reject, the drafter's wording, undoing to pending)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.app.desk import Desk, read_session
from editor.app.samples import create_sample_session
from editor.app.synoptic_build import build_table
from editor.core.consolidate import consolidate
from editor.core.errors import ConsolidationError
from editor.core.merge import clash
from editor.core.model import DecisionState


def _fresh_counts(desk: Desk, number: str | None) -> tuple[int, int, int]:
    dossiers = [d for d in desk.dossiers if number is None or d.number == number]
    ids = [c.id for d in dossiers for c in desk.decidable(d)]
    decided = sum(desk.state(c) is not DecisionState.PENDING for c in ids)
    conflicts = sum(not desk.resolved(d, k.id) for d in dossiers for k in d.conflicts)
    return decided, len(ids), conflicts


def test_cached_tables_and_counts_follow_decisions(tmp_path: Path) -> None:
    session = create_sample_session(tmp_path / "s.synoptic", "tester")
    try:
        desk = Desk(session, read_session(session))
        d = max(desk.dossiers, key=lambda d: len(d.conflicts))
        assert d.conflicts and d.base is not None
        ids = desk.ids_of_resolution(d.number)
        k = d.conflicts[0]
        by_id = {c.id: c for c in d.changes}
        a, b = next((x, y) for x in k.changes for y in k.changes
                    if clash(by_id[x], by_id[y]))
        others = [c for c in ids if c not in k.changes]
        steps = [
            [(c, DecisionState.ACCEPTED, None, "") for c in others[:5]],
            [(a, DecisionState.ACCEPTED, None, ""),
             (b, DecisionState.ACCEPTED, None, "")],  # a clash: cells from accepted changes
            [(c, DecisionState.ACCEPTED, None, "") for c in others[5:12]],  # still clashing
            [(k.id, DecisionState.ACCEPTED, "le texte du rédacteur", "")],
            [(f"{d.number}:1", DecisionState.ACCEPTED, "autre texte", "")],
            [(c, DecisionState.REJECTED, None, "") for c in others[12:16]],
            [(c, DecisionState.PENDING, None, "") for c in others[:3]],
            [(b, DecisionState.REJECTED, None, "")],
        ]
        desk.table(d.number)  # the frame is built before the decisions
        before = desk.counts()
        for n, items in enumerate(steps):
            desk.decide(items)
            if n in (1, 2):
                with pytest.raises(ConsolidationError):
                    consolidate(d.base, d.changes, desk.decisions)
            table = desk.table(d.number)
            fresh = build_table(d.number, d.base, d.proposals, d.changes, d.conflicts,
                                desk.decisions)
            assert table is not None
            assert table.rows == fresh.rows and table.columns == fresh.columns
            assert all(table.state(c) is fresh.state(c) for c in table.change_ids)
            for number in (None, d.number):
                c = desk.counts(number)
                assert (c.decided, c.total, c.conflicts) == _fresh_counts(desk, number)
        assert desk.counts().decided > before.decided
    finally:
        session.close()


def test_a_batch_never_takes_both_sides_of_a_conflict(tmp_path: Path) -> None:
    session = create_sample_session(tmp_path / "s.synoptic", "tester")
    try:
        desk = Desk(session, read_session(session))
        d = desk.dossier("101")
        assert d is not None and d.conflicts
        by_id = {c.id: c for c in d.changes}
        members = {x for k in d.conflicts for x in k.changes}
        everything = desk.ids_of_resolution("101")
        assert desk.clashing("101", everything) == members  # both sides in the batch
        assert desk.clashing("101", [c for c in everything if c not in members]) == set()
        # one side already accepted: the other side's changes are held, not its own
        k = d.conflicts[0]
        arb = [x for x in k.changes if "ARB/79A3/1" in by_id[x].sources]
        desk.decide([(x, DecisionState.ACCEPTED, None, "") for x in arb])
        held = desk.clashing("101", desk.ids_of_source("101", "EUR"))
        assert held and all("EUR/12A1/1" in by_id[x].sources for x in held)
        assert held <= set(k.changes) and not held & set(arb)
    finally:
        session.close()
