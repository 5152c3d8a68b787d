"""A conflict's alternatives: one per proposal, shown on the current consolidated text, on
the sample session (Res. 101, 172) and on a hand-made conflict where one change is shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.app.alternatives import ConflictChoices, conflict_choices
from editor.app.desk import Desk, Reading, read_session
from editor.app.samples import create_sample_session
from editor.app.synoptic_table import SegmentKind
from editor.core.changes import Change, ChangeKind, make_change
from editor.core.consolidate import consolidate
from editor.core.merge import find_conflicts
from editor.core.model import (
    DecisionState,
    Provision,
    ProvisionKind,
    Resolution,
    Run,
    View,
)
from editor.core.routing import Dossier, Routing
from editor.store import Session

ACCEPTED, REJECTED, PENDING = (DecisionState.ACCEPTED, DecisionState.REJECTED,
                               DecisionState.PENDING)


@pytest.fixture
def desk(tmp_path: Path):
    session = create_sample_session(tmp_path / "s.synoptic", "tester")
    yield Desk(session, read_session(session))
    session.close()


def change(desk: Desk, number: str, old: str, new: str = "", source: str = "",
           where: str = "") -> Change:
    """The change of Res. `number` replacing `old` (by `new`, from `source`, in provision
    `where` when given)."""
    d = desk.dossier(number)
    assert d is not None
    found = [c for c in d.changes if c.old.startswith(old) and c.new.startswith(new)
             and (not source or source in c.sources) and (not where or c.provision == where)]
    assert len(found) == 1, found
    return found[0]


def choices_of(desk: Desk, c: Change) -> ConflictChoices:
    d = desk.dossier(c.resolution)
    assert d is not None
    return conflict_choices(desk, d, next(k for k in d.conflicts if c.id in k.changes
                                          and k.provision == c.provision))


def text_of(desk: Desk, number: str, key: str) -> str:
    d = desk.dossier(number)
    assert d is not None and d.base is not None
    out = consolidate(d.base, d.changes, desk.decisions, d.conflicts)
    return next(t.provision.text(View.ORIGINAL) for t in out.tracked if t.key == key)


def marked(cell) -> list[tuple[str, str]]:
    return [(s.kind.value, s.text) for s in cell.segments if s.kind is not SegmentKind.SAME]


def test_alternatives_are_shown_on_the_consolidated_text_not_on_the_base(desk):
    """Item g) of Res. 101: the date and ARB's "aux mesures…" accepted first; both sides of
    the IPv6 conflict are shown, and start a combined text, with them applied."""
    dubai = change(desk, "101", "Johannesburg, 2008", where="101:10")
    measures = change(desk, "101", "à l'encouragement du")
    desk.decide([(dubai.id, ACCEPTED, None, ""), (measures.id, ACCEPTED, None, "")])
    eur = change(desk, "101", "IPv6", "la version 6", "EUR/12A1/1")
    choices = choices_of(desk, eur)
    assert [a.proposals for a in choices.alternatives] == [("ARB/79A3/1",), ("EUR/12A1/1",)]
    assert choices.combinable and choices.withdrawn == ()
    for alternative in choices.alternatives:
        assert "(Rév. Dubaï, 2012)" in alternative.wording
        assert "aux mesures propres à faciliter" in alternative.wording
        assert "Johannesburg" not in alternative.wording
        [effect] = alternative.effects
        assert effect.key == eur.provision
        text = "".join(s.text for s in effect.cell.segments if s.kind is not SegmentKind.DELETE)
        assert text == alternative.wording  # the cell is what the provision becomes
        # only this alternative's change is marked: what was accepted reads as plain text
        assert all(s.change_id in alternative.accept for s in effect.cell.segments
                   if s.kind is not SegmentKind.SAME)
    arb, eur_side = choices.alternatives
    assert arb.wording.endswith("le déploiement de ce protocole\xa0;")
    assert eur_side.wording.endswith("le déploiement de la version 6 du protocole Internet (IPv6),")
    assert marked(eur_side.effects[0].cell) == [
        ("delete", "IPv6"), ("insert", "la version 6 du protocole Internet (IPv6)")]


def test_one_alternative_per_proposal_with_all_its_changes(desk):
    """Item 3 of "charge le Secrétaire général" (Res. 101): EUR changes two dates, ARB
    deletes the item and inserts its own wording after it."""
    deletion = change(desk, "101", "de proposer à la session de 2011", "", "ARB/79A3/1")
    replacement = change(desk, "101", "", "de proposer au Conseil à sa session de 2015")
    dates = [change(desk, "101", "2011", "2015"), change(desk, "101", "2013", "2017")]
    assert replacement.provision == deletion.provision and replacement.adds_provision
    choices = choices_of(desk, deletion)
    arb, eur = choices.alternatives
    assert arb.proposals == ("ARB/79A3/1",) and eur.proposals == ("EUR/12A1/1",)
    assert set(arb.accept) == {deletion.id, replacement.id}  # the item and its replacement
    assert set(eur.accept) == {c.id for c in dates}
    assert set(choices.rejected(1)) == {deletion.id, replacement.id}
    assert [e.key for e in arb.effects] == [deletion.provision,
                                            f"{deletion.provision}+{replacement.id}"]
    assert marked(arb.effects[0].cell)[0][0] == "delete"
    assert arb.wording.startswith("de proposer au Conseil à sa session de 2015")
    assert marked(eur.effects[0].cell) == [("delete", "2011"), ("insert", "2015"),
                                           ("delete", "2013"), ("insert", "2017")]
    assert "session de 2015 du Conseil" in eur.wording and "trimestre de 2017" in eur.wording


def test_a_suppression_against_a_revision_is_two_alternatives(desk):
    """Res. 172: EUR suppresses it, ARB revises 17 of its provisions."""
    sup = next(c for c in desk.dossier("172").changes if c.kind is ChangeKind.ABROGATE)
    d = desk.dossier("172")
    conflict = next(k for k in d.conflicts if sup.id in k.changes)
    choices = conflict_choices(desk, d, conflict)
    arb, eur = choices.alternatives
    assert arb.proposals == ("ARB/79A3/4",) and eur.proposals == ("EUR/12A1/4",)
    assert len(arb.accept) == 17 and eur.accept == (sup.id,)
    assert [e.abrogated for e in eur.effects] == [True]
    assert not choices.combinable  # a wording replaces a provision, not a resolution
    # every provision ARB touches, each with its own text (not the one of another row)
    touched = {c.provision if not c.adds_provision else f"{c.provision}+{c.id}"
               for c in d.changes if c.id in arb.accept}
    assert {e.key for e in arb.effects} == touched
    busan = next(e for e in arb.effects if e.key == "172:5")
    assert "la Résolution 140" in "".join(s.text for s in busan.cell.segments)
    assert ("insert", "Busan, 2014") in marked(busan.cell)


def test_choosing_a_proposal_with_several_changes_resolves_the_conflict(desk):
    d = desk.dossier("172")
    conflict = next(k for k in d.conflicts if not k.provision)
    choices = conflict_choices(desk, d, conflict)
    arb = choices.alternatives[0]
    desk.decide([(c, ACCEPTED, None, "") for c in arb.accept]
                + [(c, REJECTED, None, "") for c in choices.rejected(0)])
    assert desk.resolved(d, conflict.id)  # 17 accepted, none clashing with another
    assert desk.counts("172").conflicts == 0
    assert consolidate(d.base, d.changes, desk.decisions, d.conflicts).resolution is not None
    sup = choices.alternatives[1].accept[0]
    desk.decide([(sup, ACCEPTED, None, "")])  # now two accepted changes clash
    assert not desk.resolved(d, conflict.id)


def test_a_wording_in_force_on_the_provision_is_withdrawn_by_a_combined_text(desk):
    eur = change(desk, "101", "IPv6", "la version 6", "EUR/12A1/1")
    desk.decide([(eur.provision, ACCEPTED, "ma rédaction de g)", "")])
    choices = choices_of(desk, eur)
    assert choices.withdrawn == (eur.provision,)
    # choosing a side withdraws it too (Desk.wordings_hidden_by): shown without it
    assert all("ma rédaction" not in a.wording for a in choices.alternatives)


# --- a change several proposals share ------------------------------------------------------

TEXT = "le Conseil doit examiner la question en 2015"


def shared_desk(tmp_path: Path) -> tuple[Desk, Dossier, dict[str, Change]]:
    """A/1 and B/1 both change the year (one change, two sources), A/1 also the verb; C/1
    rewrites the whole end: one conflict, three proposals."""
    base = Resolution("9", (Provision(ProvisionKind.TEXT, (Run(TEXT),)),))
    key = "9:0"

    def make(old: str, new: str, *sources: str) -> Change:
        start = TEXT.index(old)
        return make_change("9", ChangeKind.TEXT, key, start, start + len(old), old, new,
                           sources)

    changes = {"year": make("2015", "2016", "A/1", "B/1"),
               "verb": make("examiner", "étudier", "A/1"),
               "end": make("examiner la question en 2015", "traiter ce point", "C/1")}
    ordered = tuple(sorted(changes.values(), key=lambda c: c.start))
    dossier = Dossier("9", base, (), ordered, find_conflicts(ordered))
    session = Session.create(tmp_path / "shared.synoptic", user="tester")
    return Desk(session, Reading(Routing((dossier,), ()), {})), dossier, changes


def test_a_shared_change_belongs_to_each_of_its_proposals_alternatives(tmp_path):
    desk, dossier, c = shared_desk(tmp_path)
    try:
        [conflict] = dossier.conflicts
        assert set(conflict.changes) == {x.id for x in c.values()}
        choices = conflict_choices(desk, dossier, conflict)
        by_proposals = {a.proposals: a for a in choices.alternatives}
        assert set(by_proposals) == {("A/1",), ("B/1",), ("C/1",)}
        assert set(by_proposals[("A/1",)].accept) == {c["year"].id, c["verb"].id}
        assert by_proposals[("B/1",)].accept == (c["year"].id,)
        assert by_proposals[("A/1",)].wording == "le Conseil doit étudier la question en 2016"
        assert by_proposals[("B/1",)].wording == "le Conseil doit examiner la question en 2016"
        assert by_proposals[("C/1",)].wording == "le Conseil doit traiter ce point"
        b = [a.proposals for a in choices.alternatives].index(("B/1",))
        assert set(choices.rejected(b)) == {c["verb"].id, c["end"].id}
        desk.decide([(x, ACCEPTED, None, "") for x in choices.alternatives[b].accept]
                    + [(x, REJECTED, None, "") for x in choices.rejected(b)])
        assert desk.resolved(dossier, conflict.id)
        assert text_of(desk, "9", "9:0") == "le Conseil doit examiner la question en 2016"
    finally:
        desk.session.close()


def test_the_alternatives_of_a_footnote_conflict(tmp_path):
    """Two proposals rewording the same words of a footnote's text: the alternatives are the
    footnote's text, the combined text starts from it."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from test_synoptic_build_footnote_text import FN, PUNE, editing, the_base

    from editor.core.changes import extract
    from editor.core.merge import merge

    b = the_base()
    arb, eur = (editing("ARB/1/1", "manifestation", "conférence"),
                editing("EUR/2/1", "manifestation tenue", "réunion organisée"))
    changes = merge([*extract(b, arb), *extract(b, eur)])
    conflicts = find_conflicts(changes)
    [conflict] = conflicts
    assert conflict.provision == FN
    dossier = Dossier("101", b, (arb, eur), changes, conflicts)
    desk = Desk(Session.create(tmp_path / "fn.synoptic", user="tester"),
                Reading(Routing((dossier,), ()), {}))
    try:
        choices = conflict_choices(desk, dossier, conflict)
        assert choices.combinable
        assert [a.wording for a in choices.alternatives] == [
            PUNE.replace("manifestation", "conférence").strip(),
            PUNE.replace("manifestation tenue", "réunion organisée").strip()]
        assert [[e.key for e in a.effects] for a in choices.alternatives] == [[FN], [FN]]
        # the white space after the footnote's mark is layout, not words to edit
        assert all(a.effects[0].cell.segments[0].text.startswith("Par exemple")
                   for a in choices.alternatives)
    finally:
        desk.session.close()
