"""The drafter's own wording on a provision of a new draft resolution (an accepted ADD):
applied to the consolidated draft, its words told apart from the draft's in the tracked
view, never silently ignored."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine_fixtures import proposal  # noqa: E402

from editor.core.changes import extract  # noqa: E402
from editor.core.consolidate import consolidate  # noqa: E402
from editor.core.merge import merge  # noqa: E402
from editor.core.model import Action, Decision, DecisionState, View  # noqa: E402

ACC = DecisionState.ACCEPTED
DRAFT = proposal("ARB/79A3/7", "ARB-1", ["N: PROJET DE NOUVELLE RÉSOLUTION [ARB-1]",
                                         "T: Internet des objets", "C: décide",
                                         "I: 1\td'étudier l'Internet des objets."], Action.ADD)


def test_own_wording_on_a_draft_provision_is_applied_and_credited():
    [add] = merge(extract(None, DRAFT))
    title = f"{add.id}:1"
    decisions = {add.id: Decision(add.id, ACC),
                 title: Decision(title, ACC, custom_text="Internet des objets et villes")}
    out = consolidate(None, [add], decisions)
    assert out.resolution is not None
    assert out.resolution.title() == "Internet des objets et villes"
    t = out.tracked[1]
    assert t.status == "custom"
    assert [(s.op, s.text, s.sources) for s in t.segments] == [
        ("insert", "Internet des objets", ("ARB/79A3/7",)),
        ("insert", " et villes", ())]
    assert [t.status for t in out.tracked] == ["inserted", "custom", "inserted", "inserted"]
    item = out.resolution.provisions[3]
    assert item.text(View.ORIGINAL) == "d'étudier l'Internet des objets."  # others untouched


def test_a_rejected_draft_ignores_its_wordings():
    [add] = merge(extract(None, DRAFT))
    title = f"{add.id}:1"
    out = consolidate(None, [add], {title: Decision(title, ACC, custom_text="Autre titre")})
    assert out.resolution is None
