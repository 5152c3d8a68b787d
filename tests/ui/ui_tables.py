"""Hand-made synoptic tables for the view's tests (a helper module, not a conftest: test
modules import it by name, which a second conftest elsewhere in the tree would shadow)."""

from __future__ import annotations

from editor.app.synoptic_table import (
    Cell,
    Column,
    ColumnRole,
    Row,
    Segment,
    SegmentKind,
    SynopticTable,
)
from editor.core.model import DecisionState

LONG = ("décide de charger le Secrétaire général de prendre toutes les mesures nécessaires "
        "pour la mise en œuvre de la présente résolution et de faire rapport au Conseil")


def hand_table(rows: int = 6, states: dict[str, DecisionState] | None = None) -> SynopticTable:
    """Base | ARB | EUR | consolidated; row i changes in ARB when i is even, a conflict at 2."""
    columns = (Column("base", "Base", ColumnRole.BASE),
               Column("ARB/79A3/1", "MOD ARB/79A3/1", ColumnRole.PROPOSAL, "ARB"),
               Column("EUR/12A1/1", "MOD EUR/12A1/1", ColumnRole.PROPOSAL, "EUR"),
               Column("consolidated", "Consolidated", ColumnRole.CONSOLIDATED))
    out = []
    for i in range(rows):
        base = Cell((Segment(f"{i}. {LONG}"),))
        if i % 2:
            out.append(Row(f"1:{i}", f"{i})", (base, base, base, base)))
            continue
        arb, eur = f"a{i}", f"e{i}"
        arb_cell = Cell((Segment(f"{i}. "), Segment("décide", SegmentKind.DELETE, ("ARB/79A3/1",), arb),
                         Segment("résout", SegmentKind.INSERT, ("ARB/79A3/1",), arb),
                         Segment(LONG[6:])))
        ids: tuple[str, ...] = (arb,)
        eur_cell = base
        conflict, members = "", ()
        if i == 2:
            eur_cell = Cell((Segment(f"{i}. "), Segment("décide", SegmentKind.DELETE, ("EUR/12A1/1",), eur),
                             Segment("demande", SegmentKind.INSERT, ("EUR/12A1/1",), eur),
                             Segment(LONG[6:])))
            ids = (arb, eur)
            conflict, members = "k2", (arb, eur)
        out.append(Row(f"1:{i}", f"{i})", (base, arb_cell, eur_cell, base), ids, conflict, members))
    out.append(Row("1:ar", "ar", (Cell((Segment("يقرر أن يكلف الأمين العام"),), right_to_left=True),) * 4))
    return SynopticTable("1", "Résolution 1", columns, tuple(out), states or {}, ("ARB", "EUR"))
