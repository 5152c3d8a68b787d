"""One resolution, one dossier: a second base of a number already loaded is set aside (the
first is used), and a proposal whose target could not be found waits, never a dossier "".
Sessions that took a second base before it was refused on import open again this way."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from engine_fixtures import proposal, resolution  # noqa: E402

from editor.core.model import Action, ProposalsDocument  # noqa: E402
from editor.core.routing import first_bases, route  # noqa: E402
from editor.core.structure import parse_base, parse_proposals  # noqa: E402
from editor.docxio import read_document  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"


def test_a_second_base_of_one_resolution_is_set_aside_and_the_first_used():
    base101 = parse_base(read_document(SAMPLES / "base-res101.docx"))
    base102 = parse_base(read_document(SAMPLES / "base-res102.docx"))
    other101 = resolution(" 101 ", ["N: RÉSOLUTION 101 (RÉV. ANTALYA, 2006)", "T: Autre texte"])
    arb = parse_proposals(read_document(SAMPLES / "ARB-79A3.docx"))
    alone = route([base101, base102], [arb])
    routing = route([base101, other101, base102], [arb])
    assert [d.number for d in routing.dossiers] == ["101", "102"]
    d101 = routing.dossier("101")
    assert d101 is not None and d101.base is base101
    assert d101.changes == alone.dossiers[0].changes  # as if the second were not there
    ids = [c.id for d in routing.dossiers for c in d.changes]
    assert len(ids) == len(set(ids))  # what the session's snapshot needs
    assert first_bases([base101, other101, base102]) == ([base101, base102], [other101])


def test_a_proposal_without_a_target_waits_and_makes_no_dossier():
    lost_mod = proposal("ARB/79A3/1", "", ["X: du texte sans numéro"])
    lost_add = proposal("ARB/79A3/2", "", ["X: un projet sans numéro ni étiquette"], Action.ADD)
    found = proposal("ARB/79A3/3", "ARB-1", ["N: PROJET DE NOUVELLE RÉSOLUTION [ARB-1]"],
                     Action.ADD)
    routing = route([], [ProposalsDocument("ARB", (lost_mod, lost_add, found))])
    assert [d.number for d in routing.dossiers] == ["ARB-1"]
    assert [p.id for p in routing.waiting] == ["ARB/79A3/1", "ARB/79A3/2"]
