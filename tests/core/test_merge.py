import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from engine_fixtures import BASE_LINES, D1, A, B, C, base, edited, key, proposal  # noqa: E402

from editor.core.changes import ChangeKind, extract  # noqa: E402
from editor.core.merge import clash, find_conflicts, merge  # noqa: E402


def changes_of(*proposals):
    return merge(c for p in proposals for c in extract(base(), p))


D1_TOUTES = ("I: 1\tde poursuivre [-les-]{+toutes les+} études sur les réseaux fondés sur le "
             "protocole Internet;")
D1_PLUSIEURS = ("I: 1\tde poursuivre [-les-]{+plusieurs+} études sur les réseaux fondés sur "
                "le protocole Internet;")
D1_FIN = ("I: 1\tde poursuivre les études sur les réseaux fondés sur le protocole "
          "Internet{+ et leurs applications+};")


def test_identical_changes_merge_with_all_sources():
    merged = changes_of(proposal("EUR/12A1/1", "101", edited({D1: D1_TOUTES})),
                        proposal("ARB/79A3/1", "101", edited({D1: D1_TOUTES})))
    [c] = merged
    assert c.sources == ("ARB/79A3/1", "EUR/12A1/1")
    assert find_conflicts(merged) == ()


def test_overlapping_different_changes_conflict():
    merged = changes_of(proposal("EUR/12A1/1", "101", edited({D1: D1_TOUTES})),
                        proposal("ARB/79A3/1", "101", edited({D1: D1_PLUSIEURS})),
                        proposal("IAP/20/1", "101", edited({D1: D1_FIN})))
    assert len(merged) == 3
    [k] = find_conflicts(merged)
    assert k.provision == key(D1) and len(k.changes) == 2
    fin = next(c for c in merged if "applications" in c.new)
    assert fin.id not in k.changes  # elsewhere in the same provision: no conflict


def test_inserted_provisions_at_different_points_do_not_conflict():
    p1 = proposal("EUR/12A1/1", "101", edited({}, {A: ["I: {+b)\tque l'accès est essentiel;+}"]}))
    p2 = proposal("IAP/20/1", "101", edited({}, {C: ["I: {+d)\tque la sécurité compte;+}"]}))
    merged = changes_of(p1, p2)
    assert [c.provision for c in merged] == [key(A), key(C)]
    assert find_conflicts(merged) == ()


def test_different_insertions_at_the_same_point_conflict():
    p1 = proposal("EUR/12A1/1", "101", edited({}, {A: ["I: {+b)\tque l'accès est essentiel;+}"]}))
    p2 = proposal("IAP/20/1", "101", edited({}, {A: ["I: {+b)\tque la sécurité compte;+}"]}))
    [k] = find_conflicts(changes_of(p1, p2))
    assert k.provision == key(A)


def test_text_insertions_at_same_point_conflict_unless_identical():
    x = "I: 1\tde poursuivre les études{+ techniques+} sur les réseaux fondés sur le protocole Internet;"
    y = "I: 1\tde poursuivre les études{+ juridiques+} sur les réseaux fondés sur le protocole Internet;"
    assert len(find_conflicts(changes_of(proposal("EUR/1/1", "101", edited({D1: x})),
                                         proposal("IAP/2/1", "101", edited({D1: y}))))) == 1
    assert find_conflicts(changes_of(proposal("EUR/1/1", "101", edited({D1: x})),
                                     proposal("IAP/2/1", "101", edited({D1: x})))) == ()


def test_modifying_a_deleted_provision_conflicts():
    delete = proposal("EUR/1/1", "101", edited({B: "I: [-" + BASE_LINES[B][3:] + "-]"}))
    modify = proposal("IAP/2/1", "101", edited(
        {B: BASE_LINES[B].replace("puissant", "[-puissant-]{+formidable+}")}))
    merged = changes_of(delete, modify)
    assert {c.kind for c in merged} == {ChangeKind.DELETE, ChangeKind.TEXT}
    assert clash(*merged)
    [k] = find_conflicts(merged)
    assert k.provision == key(B)


def test_changes_of_one_proposal_never_conflict():
    p = proposal("EUR/1/1", "101", edited(
        {C: "I: c)\tque les pays [-en développement-]{+les moins avancés+} ont besoin d'une "
            "assistance [-technique-]{+financière+},"}))
    assert find_conflicts(changes_of(p)) == ()


def test_conflict_ids_are_stable():
    ps = (proposal("EUR/12A1/1", "101", edited({D1: D1_TOUTES})),
          proposal("ARB/79A3/1", "101", edited({D1: D1_PLUSIEURS})))
    assert find_conflicts(changes_of(*ps)) == find_conflicts(changes_of(*reversed(ps)))
