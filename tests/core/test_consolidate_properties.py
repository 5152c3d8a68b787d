"""Invariants of the engine on generated resolutions and proposals (hypothesis)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.changes import extract
from editor.core.consolidate import consolidate
from editor.core.decisions import by_source, decide, without_conflict
from editor.core.merge import find_conflicts, merge
from editor.core.model import (
    Action,
    DecisionState,
    Footnote,
    Paragraph,
    Proposal,
    Provision,
    ProvisionKind,
    Resolution,
    Revision,
    RevisionKind,
    Run,
    View,
)

WORDS = ("Union", "réseaux", "protocole", "Internet", "développement", "pays", "Membres",
         "coopération", "études", "sécurité", "qualité", "services", "normalisation",
         "Secteur", "Conseil", "rapport", "ressources", "l'accès", "d'étendre", "politiques",
         "publiques", "internationales", "télécommunications", "Conférence", "session")
INS, DEL = Revision(RevisionKind.INSERT, "X"), Revision(RevisionKind.DELETE, "X")
LETTERS = "abcdefghijklmnop"


@st.composite
def bases(draw):
    provisions = [Provision(ProvisionKind.NUMBER, (Run("RÉSOLUTION 900 (RÉV. BUSAN, 2014)"),)),
                  Provision(ProvisionKind.TITLE, (Run("Titre de la résolution"),))]
    n = 0
    for call in range(draw(st.integers(1, 3))):
        # The first call references footnote 1, whose text proposals may edit.
        ref = (Run("", footnote="1"),) if call == 0 else ()
        provisions.append(Provision(ProvisionKind.CALL, (Run(f"appel{call} décide"), *ref)))
        for i in range(draw(st.integers(1, 4))):
            n += 1
            words = draw(st.lists(st.sampled_from(WORDS), min_size=6, max_size=12))
            text = f"point{n} " + " ".join(words) + ";"
            provisions.append(Provision(ProvisionKind.ITEM, (Run(text),),
                                        (Run(f"{LETTERS[i]})"),), 1))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=10))
    footnote = Footnote("1", (Paragraph((Run("\tnote " + " ".join(words) + "."),)),))
    return Resolution("900", tuple(provisions), language="fr", footnotes=(footnote,))


def _edit_runs(draw, text):
    words = text.split(" ")
    i = draw(st.integers(1, len(words) - 2))  # keep the unique first word
    before, after = " ".join(words[:i]) + " ", " " + " ".join(words[i + 1:])
    op = draw(st.sampled_from(["replace", "insert", "delete"]))
    new = draw(st.sampled_from(WORDS)) + "X"
    if op == "replace":
        return (Run(before), Run(words[i], DEL), Run(new, INS), Run(after))
    if op == "insert":
        return (Run(before), Run(new + " ", INS), Run(words[i]), Run(after))
    return (Run(before), Run(words[i] + " ", DEL), Run(after[1:]))


@st.composite
def proposals(draw, base, pid):
    out = []
    for p in base.provisions:
        action = draw(st.sampled_from(["keep", "keep", "edit", "delete", "insert"])
                      if p.kind is ProvisionKind.ITEM else st.just("keep"))
        if action == "edit":
            out.append(Provision(p.kind, _edit_runs(draw, p.text(View.ORIGINAL)), p.label,
                                 p.level))
        elif action == "delete":
            out.append(Provision(p.kind, tuple(Run(r.text, DEL) for r in p.runs), p.label,
                                 p.level, mark=DEL))
        else:
            out.append(p)
        if action == "insert":
            words = draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=8))
            text = f"nouveau{len(out)}{pid[:3]} " + " ".join(words) + ";"
            out.append(Provision(ProvisionKind.ITEM, (Run(text, INS),), (Run("z)", INS),), 1,
                                 mark=INS))
    footnote = base.footnotes[0]
    if draw(st.booleans()):  # the footnote's text edited too (the proposal numbers it 7)
        out[2] = Provision(ProvisionKind.CALL, (Run("appel0 décide"), Run("", footnote="7")))
        footnote = Footnote("7", (Paragraph(_edit_runs(draw, footnote.text(View.ORIGINAL))),))
    res = Resolution("900", tuple(out), language="fr", footnotes=(footnote,))
    return Proposal(Action.MOD, pid, "900", res)


def texts(resolution):
    return [p.text(View.ORIGINAL) for p in resolution.provisions]


def proposed_texts(proposal):
    return [p.text(View.PROPOSED) for p in proposal.resolution.provisions
            if p.exists_in(View.PROPOSED)]


@st.composite
def scenarios(draw):
    base = draw(bases())
    return base, draw(proposals(base, "EUR/1/1")), draw(proposals(base, "IAP/2/1"))


@settings(max_examples=60, deadline=None)
@given(scenarios())
def test_reject_everything_gives_the_base(scenario):
    base, p1, p2 = scenario
    changes = merge([*extract(base, p1), *extract(base, p2)])
    out = consolidate(base, changes, decide({}, [c.id for c in changes],
                                            DecisionState.REJECTED))
    assert out.resolution == base


@settings(max_examples=60, deadline=None)
@given(scenarios())
def test_accepting_one_proposal_gives_its_text_up_to_labels(scenario):
    base, p1, p2 = scenario
    changes = merge([*extract(base, p1), *extract(base, p2)])
    assert all(c.placed for c in changes)
    out = consolidate(base, changes, by_source({}, changes, "EUR", DecisionState.ACCEPTED))
    assert texts(out.resolution) == proposed_texts(p1)
    assert [f.text(View.ORIGINAL) for f in out.resolution.footnotes] == [
        f.text(View.PROPOSED) for f in p1.resolution.footnotes]


@settings(max_examples=60, deadline=None)
@given(scenarios(), st.randoms(use_true_random=False))
def test_order_of_non_conflicting_decisions_does_not_matter(scenario, rnd):
    base, p1, p2 = scenario
    changes = list(merge([*extract(base, p1), *extract(base, p2)]))
    decisions = without_conflict({}, changes, find_conflicts(changes), DecisionState.ACCEPTED)
    first = consolidate(base, changes, decisions)
    shuffled_changes, items = changes[:], list(decisions.items())
    rnd.shuffle(shuffled_changes)
    rnd.shuffle(items)
    second = consolidate(base, shuffled_changes, dict(items))
    assert texts(first.resolution) == texts(second.resolution)
    assert first.resolution.footnotes == second.resolution.footnotes
    assert [t.label for t in first.tracked] == [t.label for t in second.tracked]


@settings(max_examples=30, deadline=None)
@given(scenarios())
def test_change_ids_are_deterministic(scenario):
    base, p1, _ = scenario
    assert [c.id for c in extract(base, p1)] == [c.id for c in extract(base, p1)]
