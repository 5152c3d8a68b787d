import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from engine_fixtures import (  # noqa: E402
    BASE_LINES,
    D1,
    D11,
    NUMBER,
    A,
    B,
    C,
    base,
    edited,
    key,
    proposal,
    resolution,
)

from editor.core.changes import ChangeKind, extract  # noqa: E402
from editor.core.consolidate import consolidate  # noqa: E402
from editor.core.decisions import by_source, decide  # noqa: E402
from editor.core.errors import ConsolidationError  # noqa: E402
from editor.core.merge import find_conflicts, merge  # noqa: E402
from editor.core.model import (  # noqa: E402
    Action,
    Decision,
    DecisionState,
    Provision,
    ProvisionKind,
    Run,
    View,
)

ACC, REJ = DecisionState.ACCEPTED, DecisionState.REJECTED


def lines_of(result):
    return [(p.label_text(View.ORIGINAL) + "\t" if p.label else "") + p.text(View.ORIGINAL)
            for p in result.resolution.provisions]


def base_text_lines():
    return [line.partition(": ")[2] for line in BASE_LINES]


def setup(*proposals):
    b = base()
    return b, merge(c for p in proposals for c in extract(b, p))


REV = proposal("ARB/79A3/1", "101", edited(
    {NUMBER: "N: RÉSOLUTION 101 (RÉV. [-GUADALAJARA, 2010-]{+BUSAN, 2014+})"},
    {A: ["I: {+b)\tque l'accès à l'Internet est essentiel;+}"]}))
RELABELLED = proposal("EUR/12A1/1", "101", edited(
    {B: BASE_LINES[B].replace("I: b)", "I: [-b)-]{+c)+}"),
     C: BASE_LINES[C].replace("I: c)", "I: [-c)-]{+d)+}")},
    {A: ["I: {+b)\tque l'accès à l'Internet est essentiel;+}"]}))


def test_pending_and_rejected_leave_the_base():
    b, changes = setup(REV)
    for decisions in ({}, decide({}, [c.id for c in changes], REJ)):
        out = consolidate(b, changes, decisions)
        assert lines_of(out) == base_text_lines()
        assert out.applied == ()
    assert len(consolidate(b, changes, {}).pending) == 2


def test_accepting_applies_text_insertions_and_relabels():
    b, changes = setup(REV, RELABELLED)
    assert len(changes) == 2  # the inserted item is the same in both: merged
    out = consolidate(b, changes, by_source({}, changes, "ARB", ACC))
    lines = lines_of(out)
    assert lines[NUMBER] == "RÉSOLUTION 101 (RÉV. BUSAN, 2014)"
    assert lines[A + 1] == "b)\tque l'accès à l'Internet est essentiel;"
    assert lines[B + 1].startswith("c)\tque les réseaux fondés")
    assert lines[C + 1].startswith("d)\tque les pays")
    inserted = next(t for t in out.tracked if t.status == "inserted")
    assert inserted.segments[0].sources == ("ARB/79A3/1", "EUR/12A1/1")
    number = out.tracked[NUMBER]
    assert [(s.op, s.text) for s in number.segments] == [
        ("equal", "RÉSOLUTION 101 (RÉV. "), ("delete", "GUADALAJARA, 2010"),
        ("insert", "BUSAN, 2014"), ("equal", ")")]
    assert {s.sources for s in number.segments if s.op != "equal"} == {("ARB/79A3/1",)}


def test_deleting_a_numbered_item_renumbers_it_and_its_subitems():
    p = proposal("IAP/20/1", "101", edited(
        {D1: "I: [-" + BASE_LINES[D1][3:] + "-]"}))
    b, changes = setup(p)
    out = consolidate(b, changes, decide({}, [c.id for c in changes], ACC))
    labels = [t.label for t in out.tracked[D1:D1 + 4]]
    # The deleted 1 keeps its label in the tracked view; its orphaned sub-items keep
    # theirs (no parent to derive them from), and 2 becomes 1.
    assert out.tracked[D1].status == "deleted"
    assert labels == ["1", "1.1", "1.2", "1"]
    assert out.tracked[D1 + 3].base_label == "2"
    # The other call's items are untouched (labels per call).
    assert lines_of(out)[-1] == "1\tde faire rapport au Conseil sur les progrès réalisés."


def test_subitem_inserted_renumbers_dotted_labels():
    p = proposal("EUR/12A1/3", "101", edited(
        {}, {D1: ["I2: {+1.1\tpar des ateliers régionaux;+}"]}))
    b, changes = setup(p)
    [c] = changes
    out = consolidate(b, changes, {c.id: Decision(c.id, ACC)})
    lines = lines_of(out)
    assert lines[D1:D1 + 5] == [
        "1\tde poursuivre les études sur les réseaux fondés sur le protocole Internet;",
        "1.1\tpar des ateliers régionaux;",
        "1.2\tdans les commissions d'études compétentes;",
        "1.3\ten coopération avec les autres organisations;",
        "2\td'encourager la coopération entre les États Membres;"]


def test_base_with_bis_label_is_kept_when_its_call_does_not_change():
    lines = [*BASE_LINES]
    lines.insert(B + 1, "I: bbis)\tque la sécurité est une priorité;")
    b = resolution("101", lines)
    p = proposal("EUR/1/1", "101", [x if i != D1 else
                                    "I: 1\tde [-poursuivre-]{+mener+} les études sur les "
                                    "réseaux fondés sur le protocole Internet;"
                                    for i, x in enumerate(lines)])
    changes = merge(extract(b, p))
    out = consolidate(b, changes, decide({}, [c.id for c in changes], ACC))
    assert "bbis)\tque la sécurité est une priorité;" in lines_of(out)


def rivals():
    """EUR and IAP rewrite the same word of item 1 of décide differently: one conflict."""
    x = proposal("EUR/1/1", "101", edited({D1: BASE_LINES[D1].replace(
        "poursuivre", "[-poursuivre-]{+mener+}")}))
    y = proposal("IAP/2/1", "101", edited({D1: BASE_LINES[D1].replace(
        "poursuivre", "[-poursuivre-]{+achever+}")}))
    return setup(x, y)


def test_accepting_both_sides_of_a_conflict_raises():
    b, changes = rivals()
    [k] = find_conflicts(changes)
    with pytest.raises(ConsolidationError) as err:
        consolidate(b, changes, decide({}, [c.id for c in changes], ACC))
    assert k.id in str(err.value) and all(cid in str(err.value) for cid in k.changes)
    # One side accepted: fine.
    out = consolidate(b, changes, by_source({}, changes, "IAP", ACC))
    assert lines_of(out)[D1].startswith("1\tde achever les études")


def test_custom_text_on_a_conflict_wins():
    b, changes = rivals()
    [k] = find_conflicts(changes)
    custom = {k.id: Decision(k.id, ACC, custom_text="de mener et d'achever les études;")}
    out = consolidate(b, changes, custom)
    assert lines_of(out)[D1] == "1\tde mener et d'achever les études;"
    assert out.tracked[D1].status == "custom"


def test_non_overlapping_changes_of_several_sources_combine():
    x = proposal("EUR/1/1", "101", edited({D1: BASE_LINES[D1].replace(
        "poursuivre", "[-poursuivre-]{+mener+}")}))
    y = proposal("IAP/2/1", "101", edited({D1: BASE_LINES[D1].replace(
        "Internet;", "Internet{+ et IPv6+};")}))
    b, changes = setup(x, y)
    out = consolidate(b, changes, decide({}, [c.id for c in changes], ACC))
    assert lines_of(out)[D1] == ("1\tde mener les études sur les réseaux fondés sur le "
                                 "protocole Internet et IPv6;")


def test_sup_abrogates_and_noc_does_nothing():
    b, changes = setup(proposal("ARB/1/1", "101", None, Action.SUP),
                       proposal("EUR/2/1", "101", None, Action.NOC))
    sup = next(c for c in changes if c.kind is ChangeKind.ABROGATE)
    out = consolidate(b, changes, decide({}, [c.id for c in changes], ACC))
    assert out.resolution is None and out.abrogated_by == ("ARB/1/1",)
    assert {t.status for t in out.tracked} == {"deleted"}
    kept = consolidate(b, changes, {sup.id: Decision(sup.id, REJ)})
    assert lines_of(kept) == base_text_lines() and kept.pending == ()


def test_add_draft_gives_a_new_resolution():
    draft = proposal("ARB/79A3/7", "ARB-1", ["N: PROJET DE NOUVELLE RÉSOLUTION [ARB-1]",
                                               "T: Internet des objets", "C: décide",
                                               "I: 1\td'étudier l'Internet des objets."],
                     Action.ADD)
    changes = merge(extract(None, draft))
    assert consolidate(None, changes, {}).resolution is None
    out = consolidate(None, changes, decide({}, [changes[0].id], ACC))
    assert out.resolution is not None and out.resolution.title() == "Internet des objets"
    assert [t.status for t in out.tracked] == ["inserted"] * 4


def test_unplaced_accepted_change_is_reported_not_applied():
    other = "I: a)\tqu'un texte entièrement différent est [-proposé-]{+retenu+} ici;"
    b, changes = setup(proposal("ACP/5/1", "101", edited({A: other})))
    out = consolidate(b, changes, decide({}, [c.id for c in changes], ACC))
    assert out.unplaced == (changes[0].id,) and lines_of(out) == base_text_lines()


def test_footnote_reference_stays_after_its_word():
    b = base()
    note = Provision(ProvisionKind.ITEM, (Run("que les pays en développement"), Run("", footnote="1"),
                                          Run(" ont besoin d'une assistance technique,")),
                     (Run("c)"),), 1)
    b = b.__class__(b.number, (*b.provisions[:C], note, *b.provisions[C + 1:]), language="fr")
    p = proposal("EUR/1/1", "101", edited({C: "I: c)\tque les pays en développement ont "
                                               "besoin d'une assistance [-technique-]"
                                               "{+financière+},"}))
    changes = merge(extract(b, p))
    out = consolidate(b, changes, decide({}, [c.id for c in changes], ACC))
    runs = out.tracked[C].provision.runs
    assert [r.footnote for r in runs] == [None, "1", None]
    assert runs[0].text == "que les pays en développement"
    assert runs[2].text.endswith("assistance financière,")


def test_custom_text_on_a_provision_key():
    b, changes = setup(REV)
    out = consolidate(b, changes, {key(D11): Decision(key(D11), ACC, custom_text="texte libre")})
    assert lines_of(out)[D11] == "1.1\ttexte libre"


def test_moved_item_leaves_its_place_and_arrives_relabelled():
    from dataclasses import replace

    from editor.core.model import Revision, RevisionKind

    b = base()
    move_from, move_to = (Revision(RevisionKind.MOVE_FROM, "EUR"),
                          Revision(RevisionKind.MOVE_TO, "EUR"))
    item_b = b.provisions[B]
    gone = replace(item_b, runs=tuple(replace(r, revision=move_from) for r in item_b.runs),
                   mark=move_from)
    arrived = replace(item_b, runs=tuple(replace(r, revision=move_to) for r in item_b.runs),
                      label=(Run("c)", move_to),), mark=move_to)
    provs = list(b.provisions)
    provs[B] = gone
    provs.insert(C + 1, arrived)
    p = proposal("EUR/1/1", "101", None)
    p = replace(p, resolution=replace(b, provisions=tuple(provs)))
    changes = merge(extract(b, p))
    assert [(c.kind, c.provision, c.removes_provision) for c in changes] == [
        (ChangeKind.MOVE, key(B), True), (ChangeKind.MOVE, key(C), False)]
    out = consolidate(b, changes, decide({}, [c.id for c in changes], ACC))
    lines = lines_of(out)
    assert lines[A:C + 1] == [base_text_lines()[A], "b)" + base_text_lines()[C][2:],
                              "c)" + base_text_lines()[B][2:]]
