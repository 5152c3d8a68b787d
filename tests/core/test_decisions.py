import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from engine_fixtures import BASE_LINES, CHARGE, D1, D2, DECIDE, base, edited, proposal  # noqa: E402

from editor.core.changes import extract  # noqa: E402
from editor.core.decisions import (  # noqa: E402
    by_call,
    by_resolution,
    by_source,
    matches_source,
    without_conflict,
)
from editor.core.merge import find_conflicts, merge  # noqa: E402
from editor.core.model import Action, DecisionState  # noqa: E402

ACC, REJ = DecisionState.ACCEPTED, DecisionState.REJECTED
MENER = BASE_LINES[D1].replace("poursuivre", "[-poursuivre-]{+mener+}")
ACHEVER = BASE_LINES[D1].replace("poursuivre", "[-poursuivre-]{+achever+}")
ETATS = BASE_LINES[D2].replace("États Membres", "[-États Membres-]{+Membres+}")
RAPPORT = BASE_LINES[CHARGE + 1].replace("rapport", "[-rapport-]{+un rapport annuel+}")


def changes():
    b = base()
    ps = [proposal("EUR/12A1/1", "101", edited({D1: MENER, D2: ETATS})),
          proposal("IAP/34A2/1", "101", edited({D1: ACHEVER, CHARGE + 1: RAPPORT})),
          proposal("IAP/34A2/2", "101", None, Action.NOC)]
    return merge(c for p in ps for c in extract(b, p))


def test_source_is_an_id_or_a_group():
    cs = changes()
    rapport = next(c for c in cs if "annuel" in c.new)
    assert matches_source(rapport, "IAP") and matches_source(rapport, "IAP/34A2/1")
    assert not matches_source(rapport, "IAP/34A2/2") and not matches_source(rapport, "EUR")
    decided = by_source({}, cs, "IAP", ACC)
    assert {d for d in decided} == {c.id for c in cs if "IAP/34A2/1" in c.sources}
    assert all(d.state is ACC for d in decided.values())


def test_batches_return_new_maps_and_later_wins():
    cs = changes()
    first = by_resolution({}, cs, "101", ACC)
    second = by_source(first, cs, "EUR", REJ)
    assert all(d.state is ACC for d in first.values())
    assert {c.id for c in cs if c.id in second and second[c.id].state is REJ} == {
        c.id for c in cs if "EUR/12A1/1" in c.sources}
    assert len(first) == 4  # NOC is not decided


def test_by_call_takes_the_call_and_its_items():
    cs = changes()
    decided = by_call({}, cs, base(), DECIDE, ACC)
    assert {c.new for c in cs if c.id in decided} == {"mener", "achever", "Membres"}


def test_without_conflict_skips_conflicting_changes():
    cs = changes()
    decided = without_conflict({}, cs, find_conflicts(cs), ACC)
    assert {c.new for c in cs if c.id in decided} == {"Membres", "un rapport annuel"}
