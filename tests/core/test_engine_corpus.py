"""The engine on the sample corpus: the facts of resources/samples/sources/COMPETING.md.

Provisions are named as COMPETING.md names them: call and label in the base.
"""

from pathlib import Path

import pytest

from editor.core.changes import ChangeKind, key_index, provision_key
from editor.core.consolidate import consolidate
from editor.core.decisions import by_source, decide, without_conflict
from editor.core.model import Decision, DecisionState, View
from editor.core.routing import route
from editor.core.structure import parse_base, parse_proposals
from editor.docxio import read_document

DOCX = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"
EXPECTED = Path(__file__).parent / "expected"
BASES = ["base-res101.docx", "base-res102.docx", "base-res172.docx", "base-res179.docx"]
PROPOSALS = ["ARB-79A3.docx", "EUR-12A1.docx", "IAP-34A2.docx", "ACP-27A4.docx"]
ACC = DecisionState.ACCEPTED

@pytest.fixture(scope="module")
def routing():
    bases = [parse_base(read_document(DOCX / name)) for name in BASES]
    docs = [parse_proposals(read_document(DOCX / name)) for name in PROPOSALS]
    return route(bases, docs)


def where(dossier, call, label=""):
    """Key of the provision `label` of the first call starting with `call` (or the call)."""
    current = None
    for i, p in enumerate(dossier.base.provisions):
        if p.kind.value == "call":
            current = p.text(View.ORIGINAL).strip()
            if current.startswith(call) and not label:
                return provision_key(dossier.number, i)
        elif current and current.startswith(call) and p.label_text(View.ORIGINAL) == label:
            return provision_key(dossier.number, i)
    raise AssertionError(f"no {call} {label} in {dossier.number}")


def at(dossier, key, kind=ChangeKind.TEXT):
    return [c for c in dossier.changes if c.provision == key and c.kind is kind]


def one(changes, **want):
    found = [c for c in changes if all(getattr(c, k) == v for k, v in want.items())]
    assert len(found) == 1, (want, changes)
    return found[0]


def tracked_text(result, key):
    [t] = [t for t in result.tracked if t.key == key]
    return t.provision.text(View.ORIGINAL)


def conflict_of(dossier, change):
    return [k for k in dossier.conflicts if change.id in k.changes]


def test_all_proposals_are_routed(routing):
    assert [d.number for d in routing.dossiers] == ["101", "102", "172", "179", "EUR-1"]
    assert {p.target for p in routing.waiting} == {"139", "177"}


# 1. True conflicts ------------------------------------------------------------------

def test_101_rappelant_g_ipv6_conflict_only_on_that_span(routing):
    d = routing.dossier("101")
    g = where(d, "rappelant", "g)")
    eur = one(at(d, g), sources=("EUR/12A1/1",))
    assert (eur.old, eur.new) == ("IPv6", "la version 6 du protocole Internet (IPv6)")
    [k] = conflict_of(d, eur)
    arb = [c for c in at(d, g) if c.id in k.changes and c.id != eur.id]
    assert [c.sources for c in arb] == [("ARB/79A3/1",)] and "ce protocole" in arb[0].new
    johannesburg = one(at(d, g), old="Johannesburg, 2008")
    assert johannesburg.sources == ("ARB/79A3/1", "EUR/12A1/1")
    assert conflict_of(d, johannesburg) == []


def test_101_charge_sg_3_modify_versus_delete(routing):
    d = routing.dossier("101")
    key = where(d, "charge le Secrétaire général", "3")
    deleted = one(at(d, key, ChangeKind.DELETE))
    assert deleted.sources == ("ARB/79A3/1",)
    edits = at(d, key)
    assert {(c.old, c.new) for c in edits} == {("2011", "2015"), ("2013", "2017")}
    [k] = conflict_of(d, deleted)
    assert set(k.changes) == {deleted.id, *(c.id for c in edits)}


def test_102_charge_sg_1_conflict_after_reanchoring(routing):
    d = routing.dossier("102")
    key = where(d, "charge le Secrétaire général", "1")
    acp = one(at(d, key), sources=("ACP/27A4/1",))
    assert acp.placed and acp.old == "de prendre une part active "
    text = d.base.provisions[key_index(key)].text(View.ORIGINAL)
    assert text[acp.start:acp.end] == acp.old
    [k] = conflict_of(d, acp)
    [arb] = [c for c in d.changes if c.id in k.changes and c.id != acp.id]
    assert arb.new == "de jouer un rôle de premier plan "


def test_179_number_line_conflict_differs_only_in_case(routing):
    d = routing.dossier("179")
    changes = at(d, provision_key("179", 0))
    eur = one(changes, new="RÉV. BUSAN, 2014")
    arb = one(changes, new="RéV. Busan, 2014")
    assert eur.sources == ("EUR/12A1/2", "IAP/34A2/3") and arb.sources == ("ARB/79A3/6",)
    assert conflict_of(d, eur) == conflict_of(d, arb) != []


def test_179_concurrent_insertions_after_decide_3(routing):
    d = routing.dossier("179")
    key = where(d, "décide", "3")
    inserted = at(d, key, ChangeKind.INSERT)
    assert sorted(c.sources for c in inserted) == [("ARB/79A3/6",)] * 3 + [("EUR/12A1/2",)]
    [k] = {k for c in inserted for k in conflict_of(d, c)}
    assert set(k.changes) == {c.id for c in inserted}


def test_172_sup_versus_mod(routing):
    d = routing.dossier("172")
    sup = one(d.changes, kind=ChangeKind.ABROGATE)
    assert sup.sources == ("EUR/12A1/4",)
    [k] = conflict_of(d, sup)
    assert k.provision == "" and len(k.changes) == len(d.changes)


# 2. Duplicates ----------------------------------------------------------------------

def test_101_number_line_and_preamble_merge_three_sources(routing):
    d = routing.dossier("101")
    three = ("ARB/79A3/1", "EUR/12A1/1", "IAP/34A2/1")
    assert one(at(d, provision_key("101", 0))).sources == three
    preamble = next(i for i, p in enumerate(d.base.provisions) if p.kind.value == "preamble")
    assert one(at(d, provision_key("101", preamble))).sources == three


def test_102_variant_paragraph_duplicates_and_deleted_item(routing):
    d = routing.dossier("102")
    bdt = at(d, where(d, "charge le directeur du Bureau de développement", "1"))
    both = ("ACP/27A4/1", "ARB/79A3/2")
    assert len(bdt) == 3 and all(c.sources == both and c.placed for c in bdt)
    deleted = one(at(d, where(d, "charge le Conseil", "1"), ChangeKind.DELETE))
    assert deleted.sources == both


# 3. Non-overlapping insertions ------------------------------------------------------

def test_101_decide_2_insertions_both_apply(routing):
    d = routing.dossier("101")
    key = where(d, "décide", "2")
    changes = at(d, key)
    assert sorted(c.sources for c in changes) == [("EUR/12A1/1",), ("IAP/34A2/1",)]
    assert not any(conflict_of(d, c) for c in changes)
    out = consolidate(d.base, d.changes, without_conflict({}, d.changes, d.conflicts, ACC))
    text = tracked_text(out, key)
    assert "services IP et le déploiement du protocole IPv6 en conformité" in text
    assert "de la qualité, de l'accessibilité financière et de la sécurité des services;" in text


# 4/5. Relabelling --------------------------------------------------------------------

def test_101_reconnaissant_insert_relabels(routing):
    d = routing.dossier("101")
    b = where(d, "reconnaissant", "b)")
    [ins] = at(d, b, ChangeKind.INSERT)
    assert ins.sources == ("EUR/12A1/1",)
    assert not at(d, where(d, "reconnaissant", "c)"))  # relabel is no change
    decisions = by_source({}, [ins], "EUR", ACC)
    out = consolidate(d.base, d.changes, decisions)
    labels = [(t.base_label, t.label) for t in out.tracked
              if t.key in (b, ins.id, where(d, "reconnaissant", "c)"),
                           where(d, "reconnaissant", "d)"))]
    assert labels == [("b)", "b)"), ("", "c)"), ("c)", "d)"), ("d)", "e)")]


def test_179_reconnaissant_c_deleted_relabels(routing):
    d = routing.dossier("179")
    c = where(d, "reconnaissant", "c)")
    deleted = one(at(d, c, ChangeKind.DELETE))
    assert deleted.sources == ("EUR/12A1/2",)
    e = where(d, "reconnaissant", "e)")
    one(at(d, e), old=";", new=",")
    out = consolidate(d.base, d.changes, by_source({}, d.changes, "EUR", ACC))
    tracked = {t.key: t for t in out.tracked}
    assert tracked[c].status == "deleted"
    assert tracked[where(d, "reconnaissant", "d)")].label == "c)"
    assert tracked[e].label == "d)"


# 10/11. Re-anchoring and unplaceable ------------------------------------------------

def test_102_variant_insertions_are_reanchored(routing):
    d = routing.dossier("102")
    key = where(d, "invite les Etats Membres", "1")
    v3 = one(at(d, key), sources=("ACP/27A4/1",))
    text = d.base.provisions[key_index(key)].text(View.ORIGINAL)
    assert v3.placed and v3.new.strip() == "et équilibrée"
    assert text[:v3.start].rstrip().endswith("représentation mondiale")
    assert text[v3.end:].lstrip().startswith("dans ces débats")
    out = consolidate(d.base, d.changes, {v3.id: Decision(v3.id, ACC)})
    assert "représentation mondiale et équilibrée dans ces débats" in tracked_text(out, key)
    key = where(d, "considérant", "e)")
    v4 = one(at(d, key), sources=("ACP/27A4/1",))
    text = d.base.provisions[key_index(key)].text(View.ORIGINAL)
    assert v4.placed and v4.new == ", selon leurs rôles et responsabilités respectifs"
    assert text[:v4.start].endswith("toutes les parties prenantes") and text[v4.end:] == ";"


def test_102_unplaceable_change_is_reported(routing):
    d = routing.dossier("102")
    unplaced = [c for c in d.changes if not c.placed]
    assert [(c.provision, c.new) for c in unplaced] == [
        (where(d, "charge le Secrétaire général", "6"), "du GTC-Internet")]
    out = consolidate(d.base, d.changes, by_source({}, d.changes, "ACP", ACC))
    assert out.unplaced == (unplaced[0].id,)
    assert "GTC-Internet" not in tracked_text(out, unplaced[0].provision)


# 6/7. ADD and NOC -------------------------------------------------------------------

def test_add_and_noc(routing):
    draft = routing.dossier("EUR-1")
    [add] = draft.changes
    assert add.kind is ChangeKind.NEW_RESOLUTION and add.sources == ("EUR/12A1/3",)
    noc = one(routing.dossier("102").changes, kind=ChangeKind.NOC)
    assert noc.sources == ("IAP/34A2/2",)


# Consolidations against reviewed expected texts (tests/core/expected/README.md) -------

def as_text(result):
    lines = []
    for p in result.resolution.provisions:
        label = p.label_text(View.ORIGINAL)
        lines.append(f"{label}\t{p.text(View.ORIGINAL)}" if label else p.text(View.ORIGINAL))
    return "\n".join(lines) + "\n"


DECISION_SETS = {
    "res101-without-conflict": ("101", lambda d: without_conflict({}, d.changes, d.conflicts,
                                                                  ACC)),
    "res101-arb-iap": ("101", lambda d: by_source(by_source({}, d.changes, "ARB", ACC),
                                                  d.changes, "IAP", ACC)),
    "res179-eur-iap": ("179", lambda d: by_source(by_source({}, d.changes, "EUR", ACC),
                                                  d.changes, "IAP", ACC)),
    "res102-acp": ("102", lambda d: by_source({}, d.changes, "ACP", ACC)),
}


@pytest.mark.parametrize("name", sorted(DECISION_SETS))
def test_consolidation_matches_expected_text(routing, name):
    number, decisions = DECISION_SETS[name]
    d = routing.dossier(number)
    result = consolidate(d.base, d.changes, decisions(d))
    assert as_text(result) == (EXPECTED / f"{name}.txt").read_text(encoding="utf-8")


# Facts of COMPETING.md not covered above -------------------------------------------

def test_preamble_duplicates_on_102_and_179(routing):
    for number, sources in (("102", ("ACP/27A4/1", "ARB/79A3/2")),
                            ("179", ("ARB/79A3/6", "EUR/12A1/2", "IAP/34A2/3"))):
        d = routing.dossier(number)
        preamble = next(i for i, p in enumerate(d.base.provisions)
                        if p.kind.value == "preamble")
        change = one(at(d, provision_key(number, preamble)))
        assert (change.old, change.new, change.sources) == (
            "Guadalajara, 2010", "Busan, 2014", sources)


def test_101_rappelant_duplicates(routing):
    d = routing.dossier("101")
    both = ("ARB/79A3/1", "EUR/12A1/1")
    a = one(at(d, where(d, "rappelant", "a)")))
    assert (a.old, a.new, a.sources) == (" Antalaya, 2006", " Guadalajara, 2010", both)
    dd = one(at(d, where(d, "rappelant", "d)")))
    assert (dd.old, dd.new, dd.sources) == (" Hyderabad, 2010", " Dubaï, 2014", both)


def test_101_rappelant_g_other_arb_changes_do_not_conflict(routing):
    d = routing.dossier("101")
    g = at(d, where(d, "rappelant", "g)"))
    busy = {x for k in d.conflicts for x in k.changes}
    free = [c for c in g if c.id not in busy]
    assert {c.old for c in free} == {"Johannesburg, 2008", "à l'encouragement du "}
    assert {c.old for c in g if c.id in busy} == {"IPv6", "IPv6,"}


def test_179_decide_3_semicolon_duplicate(routing):
    d = routing.dossier("179")
    change = one(at(d, where(d, "décide", "3")), old=",", new=";")
    assert change.sources == ("ARB/79A3/6", "EUR/12A1/2")
    assert conflict_of(d, change) == []


def test_102_number_line_and_charge_sg_3_duplicates(routing):
    d = routing.dossier("102")
    both = ("ACP/27A4/1", "ARB/79A3/2")
    number = one(at(d, provision_key("102", 0)))
    assert (number.old, number.new, number.sources) == (
        "GUADALAJARA, 2010", "BUSAN, 2014", both)
    sg3 = one(at(d, where(d, "charge le Secrétaire général", "3")))
    assert (sg3.old, sg3.new, sg3.sources) == ("2010", "2015", both)


def test_102_bdt_1_duplicates_are_the_listed_spans(routing):
    d = routing.dossier("102")
    bdt = at(d, where(d, "charge le directeur du Bureau de développement", "1"))
    assert sorted((c.old, c.new) for c in bdt) == sorted(
        [("2010", "2014"), ("2010-", ""), ("", "-2018")])
    assert not any(conflict_of(d, c) for c in bdt)


def test_102_charge_le_conseil_relabels_and_text_duplicates(routing):
    d = routing.dossier("102")
    both = ("ACP/27A4/1", "ARB/79A3/2")
    assert at(d, where(d, "charge le Conseil", "2")) == []  # the relabel is no change
    c3 = one(at(d, where(d, "charge le Conseil", "3")))
    assert (c3.old, c3.new, c3.sources) == (" Groupe spécialisé", " GTC-Internet", both)
    c4 = one(at(d, where(d, "charge le Conseil", "4")))
    assert (c4.old, c4.new, c4.sources) == (" 2014", " 2018", both)
    out = consolidate(d.base, d.changes, by_source({}, d.changes, "ACP", ACC))
    labels = [(t.base_label, t.label) for t in out.tracked
              if t.key in [where(d, "charge le Conseil", x) for x in "1234"]]
    assert labels == [("1", "1"), ("2", "1"), ("3", "2"), ("4", "3")]


def test_179_invite_2_independent_insertion_and_punctuation(routing):
    d = routing.dossier("179")
    key = where(d, "invite les Etats Membres", "2")
    iap = one(at(d, key), sources=("IAP/34A2/3",))
    arb = one(at(d, key), sources=("ARB/79A3/6",))
    assert (iap.old, iap.new) == ("", ", aux tuteurs") and (arb.old, arb.new) == (",", ";")
    assert conflict_of(d, iap) == conflict_of(d, arb) == []
    out = consolidate(d.base, d.changes, decide({}, [iap.id, arb.id], ACC))
    text = tracked_text(out, key)
    assert "aux parents, aux tuteurs" in text and text.endswith(";")


def test_add_has_no_base_and_nothing_competes(routing):
    draft = routing.dossier("EUR-1")
    assert draft.base is None and draft.conflicts == ()
    [add] = draft.changes
    assert add.drafted.title() == "Rôle de l'UIT dans le développement de l'Internet des objets"
    assert not any(p.has_revisions for p in add.drafted.provisions)
    out = consolidate(None, draft.changes, {add.id: Decision(add.id, ACC)})
    assert out.resolution is not None and out.resolution.number == "EUR-1"


def test_noc_is_shown_not_applied(routing):
    d = routing.dossier("102")
    noc = one(d.changes, kind=ChangeKind.NOC)
    assert (noc.provision, noc.old, noc.new) == ("", "", "")
    assert not conflict_of(d, noc)
    # Accepting every change of the others still applies them: NOC is advice, not a text.
    out = consolidate(d.base, d.changes, by_source({}, d.changes, "ACP", ACC))
    assert noc.id not in out.applied and noc.id not in out.pending
    assert out.resolution.number_line() == "RÉSOLUTION 102 (RÉV. BUSAN, 2014)"


def test_reasons_on_every_fictitious_part_none_on_arb(routing):
    for name in PROPOSALS:
        doc = parse_proposals(read_document(DOCX / name))
        reasons = [p.reasons for p in doc.proposals]
        if name.startswith("ARB"):
            assert reasons == [""] * len(reasons)
        else:
            assert reasons and all(r and "\n" not in r for r in reasons), (name, reasons)


def test_spans_per_part(routing):
    """COMPETING.md counts: changes of the part plus its relabelled labels."""
    expected = {"EUR/12A1/1": 12, "EUR/12A1/2": 10, "IAP/34A2/1": 4, "IAP/34A2/3": 6,
                "ACP/27A4/1": 16}
    parts = {p.id: p for dossier in routing.dossiers for p in dossier.proposals}
    for pid, count in expected.items():
        changes = [c for dossier in routing.dossiers for c in dossier.changes
                   if pid in c.sources]
        relabels = [p for p in parts[pid].resolution.provisions
                    if p.mark is None and any(r.revision for r in p.label)]
        assert len(changes) + len(relabels) == count, (pid, changes, relabels)


def test_acp_variants_are_exactly_the_five_listed(routing):
    d = routing.dossier("102")
    [acp] = [p for p in d.proposals if p.id == "ACP/27A4/1"]
    base = [p.text(View.ORIGINAL) for p in d.base.provisions]
    original = [p.text(View.ORIGINAL) for p in acp.resolution.provisions
                if p.exists_in(View.ORIGINAL)]
    assert len(original) == len(base)
    differ = [provision_key("102", i)
              for i, (a, b) in enumerate(zip(base, original, strict=True)) if a != b]
    assert differ == sorted([where(d, c, label) for c, label in (
        ("charge le Secrétaire général", "1"),
        ("charge le directeur du Bureau de développement", "1"),
        ("invite les Etats Membres", "1"), ("considérant", "e)"),
        ("charge le Secrétaire général", "6"))], key=key_index)


def test_formatting_document_changes_all_placed(routing):
    iap = [c for d in routing.dossiers for c in d.changes
           if any(s.startswith("IAP/34A2/") for s in c.sources)]
    assert iap and all(c.placed for c in iap)
    assert {c.kind for c in iap} == {ChangeKind.TEXT, ChangeKind.NOC}
