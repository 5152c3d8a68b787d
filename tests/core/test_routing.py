import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from engine_fixtures import BASE_LINES, D1, base, edited, proposal, resolution  # noqa: E402

from editor.core.changes import ChangeKind  # noqa: E402
from editor.core.errors import ConsolidationError  # noqa: E402
from editor.core.model import Action, ProposalsDocument, View  # noqa: E402
from editor.core.routing import route  # noqa: E402


def test_proposals_go_to_their_resolution_or_wait():
    mod = proposal("ARB/79A3/1", "101", edited({D1: BASE_LINES[D1].replace(
        "poursuivre", "[-poursuivre-]{+mener+}")}))
    other = proposal("ARB/79A3/2", "102", ["N: RÉSOLUTION 102 (RÉV. GUADALAJARA, 2010)"])
    draft = proposal("ARB/79A3/3", "ARB-1", ["N: PROJET DE NOUVELLE RÉSOLUTION [ARB-1]",
                                               "T: Internet des objets"], Action.ADD)
    doc = ProposalsDocument("ARB-79A3", (mod, other, draft))
    routing = route([base()], [doc])
    assert [d.number for d in routing.dossiers] == ["101", "ARB-1"]
    assert [p.id for p in routing.waiting] == ["ARB/79A3/2"]
    d101 = routing.dossier("101")
    assert d101 is not None and [c.new for c in d101.changes] == ["mener"]
    draft_dossier = routing.dossier("ARB-1")
    assert draft_dossier is not None and draft_dossier.base is None
    assert [c.kind for c in draft_dossier.changes] == [ChangeKind.NEW_RESOLUTION]
    # Once the base of 102 is loaded, its proposal no longer waits.
    base102 = resolution("102", ["N: RÉSOLUTION 102 (RÉV. GUADALAJARA, 2010)"])
    again = route([base(), base102], [doc])
    assert again.waiting == () and again.dossier("102") is not None


def _draft(pid, tag, items):
    return proposal(pid, tag, [f"N: PROJET DE NOUVELLE RÉSOLUTION [{tag}]",
                               "T: Internet des objets", "C: décide",
                               *[f"I: {i + 1}\t{t}" for i, t in enumerate(items)]], Action.ADD)


def test_two_drafts_on_one_subject_one_chosen_as_base():
    eur = _draft("EUR/12A1/3", "EUR-1", ["d'étudier l'Internet des objets;",
                                         "de publier un rapport."])
    arb = _draft("ARB/79A3/7", "ARB-1", ["d'étudier l'Internet des objets et les villes "
                                         "intelligentes;", "de publier un rapport."])
    docs = [ProposalsDocument("EUR", (eur,)), ProposalsDocument("ARB", (arb,))]
    # by default each draft is its own new resolution
    assert [d.number for d in route([base()], docs).dossiers] == ["101", "EUR-1", "ARB-1"]
    routing = route([base()], docs, draft_bases={"ARB-1": "EUR-1"})
    assert [d.number for d in routing.dossiers] == ["101", "EUR-1"]
    dossier = routing.dossier("EUR-1")
    assert dossier is not None and dossier.base is not None
    assert dossier.base.provisions[3].text(View.ORIGINAL) == "d'étudier l'Internet des objets;"
    assert [p.id for p in dossier.proposals] == ["ARB/79A3/7"]
    texts = [(c.kind, c.old, c.new, c.sources) for c in dossier.changes]
    assert (ChangeKind.TEXT, "", " et les villes intelligentes", ("ARB/79A3/7",)) in texts
    assert all(c.kind is not ChangeKind.NEW_RESOLUTION for c in dossier.changes)


def test_choosing_a_missing_draft_as_base_is_an_error():
    with pytest.raises(ConsolidationError, match="no draft resolution EUR-9"):
        route([base()], [], draft_bases={"ARB-1": "EUR-9"})
