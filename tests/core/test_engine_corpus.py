"""The engine on the sample corpus: the facts of resources/samples/sources/COMPETING.md.

Provisions are named as COMPETING.md names them: call and label in the base.
"""

from pathlib import Path

import pytest

from editor.core.changes import ChangeKind, key_index, provision_key
from editor.core.consolidate import consolidate
from editor.core.decisions import by_source, without_conflict
from editor.core.model import Decision, DecisionState, View
from editor.core.routing import route
from editor.core.structure import parse_base, parse_proposals
from editor.docxio import read_document

DOCX = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"
EXPECTED = Path(__file__).parent / "expected"
BASES = ["base-res101.docx", "base-res102.docx", "base-res172.docx", "base-res179.docx"]
PROPOSALS = ["ARB-79A3.docx", "EUR-12A1.docx", "IAP-34A2.docx", "ACP-27A4.docx"]
ACC = DecisionState.ACCEPTED

pytestmark = pytest.mark.skipif(not (DOCX / "ACP-27A4.docx").exists(), reason="no corpus")


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
