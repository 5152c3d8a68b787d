import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from engine_fixtures import BASE_LINES, D1, base, edited, proposal, resolution  # noqa: E402

from editor.core.changes import ChangeKind  # noqa: E402
from editor.core.model import Action, ProposalsDocument  # noqa: E402
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
