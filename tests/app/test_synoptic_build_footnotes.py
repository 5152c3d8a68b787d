"""Footnote references in the synoptic table: in the base, proposal and consolidated cells,
with their mark and text, inserted or deleted with the words around them."""

from __future__ import annotations

import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "core"))
from engine_fixtures import DEL, INS, B, base, key, note, proposal  # noqa: E402

from editor.app.desk import Desk, read_session  # noqa: E402
from editor.app.samples import SAMPLES, create_sample_session  # noqa: E402
from editor.app.synoptic_build import build_table  # noqa: E402
from editor.app.synoptic_table import Cell, SegmentKind, SynopticTable  # noqa: E402
from editor.core.changes import extract  # noqa: E402
from editor.core.decisions import by_source  # noqa: E402
from editor.core.model import (  # noqa: E402
    DecisionState,
    Footnote,
    Run,
)

TEXT = "que les réseaux sont un puissant moteur;"
SAME, INSERT, DELETE = SegmentKind.SAME, SegmentKind.INSERT, SegmentKind.DELETE


def with_item(runs: tuple[Run, ...], footnotes: tuple[Footnote, ...] = ()):
    p = proposal("ARB/1/1", "101", [f"I: b)\t{TEXT}"])
    item = replace(p.resolution.provisions[0], runs=runs)
    return replace(p, resolution=replace(p.resolution, provisions=(item,), footnotes=footnotes))


def base_with(runs: tuple[Run, ...], footnotes: tuple[Footnote, ...] = ()):
    b = base()
    return replace(b, provisions=(*b.provisions[:B], replace(b.provisions[B], runs=runs),
                                  *b.provisions[B + 1:]), footnotes=footnotes)


def shown(cell: Cell) -> list[tuple[SegmentKind, str, str]]:
    """(kind, text or "^mark", change) of each segment."""
    return [(s.kind, f"^{s.footnote}" if s.footnote else s.text, s.change_id)
            for s in cell.segments]


def tables(b, p) -> tuple[SynopticTable, SynopticTable, str]:
    """The table with the proposal's change pending, then accepted; the change id."""
    changes = extract(b, p)
    [c] = changes
    pending = build_table("101", b, [p], changes)
    accepted = build_table("101", b, [p], changes, (),
                           by_source({}, changes, "ARB", DecisionState.ACCEPTED))
    return pending, accepted, c.id


def item_row(t: SynopticTable):
    [row] = [r for r in t.rows if r.provision_key == key(B)]
    return row


def test_a_footnote_inserted_with_new_words_shows_in_the_proposal_and_once_accepted():
    p = with_item((Run("que les réseaux sont un puissant moteur"), Run(" durable", INS),
                   Run("", INS, footnote="7"), Run(";")), (note("7", " Au sens de 2030. "),))
    b = base_with((Run("que les réseaux sont un puissant moteur"), Run("", footnote="4"),
                   Run(";")), (note("4", "Note de base."),))
    pending, accepted, cid = tables(b, p)
    base_cell, arb, consolidated = item_row(pending).cells
    assert shown(base_cell) == [(SAME, "que les réseaux sont un puissant moteur", ""),
                                (SAME, "^1", ""), (SAME, ";", "")]
    # the new footnote is numbered after the base's one, in every column
    assert shown(arb) == [(SAME, "que les réseaux sont un puissant moteur", ""),
                          (SAME, "^1", ""), (INSERT, " durable", cid), (INSERT, "^2", cid),
                          (SAME, ";", "")]
    assert [(s.footnote, s.footnote_text) for s in arb.segments if s.footnote] == [
        ("1", "Note de base."), ("2", "Au sens de 2030.")]
    assert shown(consolidated) == shown(base_cell)
    _, arb_after, consolidated_after = item_row(accepted).cells
    assert arb_after == arb
    assert shown(consolidated_after) == shown(arb)
    assert consolidated_after.segments[3].footnote_text == "Au sens de 2030."


def test_a_footnote_deleted_with_its_words_is_struck_with_them():
    p = with_item((Run("que les réseaux sont un puissant "), Run("moteur", DEL),
                   Run("", DEL, footnote="1"), Run("facteur", INS), Run(";")))
    b = base_with((Run("que les réseaux sont un puissant moteur"), Run("", footnote="1"),
                   Run(";")), (note("1", "Note de base."),))
    pending, accepted, cid = tables(b, p)
    _, arb, consolidated = item_row(pending).cells
    assert shown(arb) == [(SAME, "que les réseaux sont un puissant ", ""),
                          (DELETE, "moteur", cid), (DELETE, "^1", cid),
                          (INSERT, "facteur", cid), (SAME, ";", "")]
    assert arb.segments[2].footnote_text == "Note de base."
    assert (SAME, "^1", "") in shown(consolidated)  # pending: the base reference stays
    assert shown(item_row(accepted).cells[2]) == shown(arb)


def test_a_footnote_after_a_replaced_span_the_proposal_keeps_follows_the_new_words():
    p = with_item((Run("que les réseaux sont un puissant "), Run("moteur", DEL),
                   Run("facteur", INS), Run("", footnote="1"), Run(";")))
    b = base_with((Run("que les réseaux sont un puissant moteur"), Run("", footnote="1"),
                   Run(";")), (note("1", "Note de base."),))
    pending, accepted, cid = tables(b, p)
    arb = item_row(pending).cells[1]
    assert shown(arb) == [(SAME, "que les réseaux sont un puissant ", ""),
                          (DELETE, "moteur", cid), (INSERT, "facteur", cid),
                          (SAME, "^1", ""), (SAME, ";", "")]
    assert shown(item_row(accepted).cells[2]) == shown(arb)


def test_a_deleted_provision_takes_its_footnote_with_it():
    p = proposal("ARB/1/1", "101", [f"I: [-b)\t{TEXT}-]"])
    b = base_with((Run("que les réseaux sont un puissant moteur"), Run("", footnote="1"),
                   Run(";")), (note("1", "Note de base."),))
    changes = extract(b, p)
    arb = item_row(build_table("101", b, [p], changes)).cells[1]
    assert [k for k, _, _ in shown(arb)] == [DELETE, DELETE, DELETE]
    assert shown(arb)[1][1] == "^1"


@pytest.fixture(scope="module")
def res101(tmp_path_factory) -> SynopticTable:
    root = tmp_path_factory.mktemp("res")
    folder = root / "samples" / "docx"
    folder.mkdir(parents=True)
    for name in ("base-res101.docx", "ARB-79A3.docx"):
        shutil.copy(SAMPLES / name, folder / name)
    mp = pytest.MonkeyPatch()
    mp.setenv("SYNOPTIC_RESOURCES", str(root))
    session = create_sample_session(root / "s.synoptic", "tester")
    try:
        d = Desk(session, read_session(session)).dossier("101")
        assert d is not None and d.base is not None
        return build_table(d.number, d.base, d.proposals, d.changes, d.conflicts, {})
    finally:
        session.close()
        mp.undo()


def test_resolution_101_shows_its_two_footnotes_in_every_column(res101: SynopticTable):
    found = {}
    for r in res101.rows:
        for column, cell in zip(res101.columns, r.cells, strict=True):
            for i, s in enumerate(cell.segments):
                if s.footnote:
                    found.setdefault(s.footnote, []).append(
                        (column.key, cell.segments[i - 1].text, s.kind, s.footnote_text))
    assert sorted(found) == ["1", "2"]
    for mark, places in found.items():
        assert [k for k, *_ in places] == ["base", "ARB/79A3/1", "consolidated"], mark
        assert all(kind is SAME for _, _, kind, _ in places)
    assert all(before.endswith("l'internet de demain") for _, before, _, _ in found["1"])
    assert found["1"][0][3].startswith("Par exemple la manifestation pluridisciplinaire")
    assert found["2"][0][3].startswith("Organisations comprenant, entre autres, l'Internet")
