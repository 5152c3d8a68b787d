"""Structure recognition on the five seeds (text exports of real ITU documents).

Expected calls and labels were read off the seeds by hand; flattened labels (`cb)`, `21`)
count as they appear. Each call is given by the start of its text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.model import Action, Body, ProvisionKind, Resolution, View
from editor.core.structure import parse_base, parse_proposals
from editor.docxio.textfile import read_text_file

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"  # ../shared beside the repo
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed exports not available")

A_H = "a) b) c) d) e) f) g) h)"
Call = tuple[str, str]  # (start of the call's text, its item labels separated by spaces)

RES_101: list[Call] = [
    ("rappelant", A_H),
    ("consciente", "a) b)"),
    ("considérant", "a) b) c)"),
    ("considérant en outre", "a) b) c)"),
    ("reconnaissant", "a) i) ii) iii) b) c) d)"),
    ("prie le Secteur de la normalisation des télécommunications de l'UIT", ""),
    ("prie les trois Secteurs", ""),
    ("décide", "1 2 3 4 5"),
    ("charge le Secrétaire général", "1 2 3 3"),
    ("invite le Conseil", ""),
    ("invite les Etats Membres", "1 2"),
    ("invite les Etats Membres et les Membres des Secteurs", "1 2"),
]
RES_102: list[Call] = [
    ("rappelant", "a) b)"),
    ("considérant", A_H),
    ("reconnaissant en outre", A_H + " i)"),
    ("soulignant", "a) b) c) d) e)"),
    ("notant", "a) b) cb) d) c) d) e)"),
    ("rappelant", "a) b) c)"),
    ("profondément préoccupée", "a) b) c)"),
    ("décide", ""),
    ("charge le Secrétaire général", "1 2 3 4 5 6 7"),
    ("charge les directeurs des Bureaux", "1 2 3 4"),
    ("charge le directeur du Bureau de la normalisation des télécommunications", "1 2 3 4"),
    ("charge le directeur du Bureau de développement des télécommunications", "1 2 3"),
    ("invite le Groupe spécialisé  charge le Groupe de travail du Conseil", "1 2 3 4 5"),
    ("charge le Conseil", "1 21 32 43"),
    ("invite les Etats Membres", "1 2 3"),
    ("invite les Etats Membres et les Membres des Secteurs", ""),
]
RES_139: list[Call] = [
    ("rappelant", ""),
    ("reconnaissant", A_H),
    ("rappelant", "a) b) c) d) e) f)"),
    ("faisant sienne", "1 2 3 4"),
    ("considérant", "a) b) c) d)"),
    ("considérant en outre", "a) b) c) d) e) f) g)"),
    ("soulignant", "a) b)"),
    ("consciente", "a) b) bc) cd) de)"),
    ("se félicitant", ""),
    ("décide", "1 2 3"),
    ("continue d'inviter", ""),
    ("continue d'encourager", ""),
    ("charge le Secrétaire général", "1 2 3"),
    ("charge le directeur du Bureau de développement des télécommunications, en coordination", "1 2 3 4 5 6 7"),
    ("charge le Conseil", "1 2 3"),
    ("invite les Etats Membres", ""),
]
RES_172: list[Call] = [
    ("rappelant", "a) b) c)"),
    ("rappelant en outre", "a) b) c)"),
    ("considérant", "a) b) c) d)"),
    ("prenant en compte", "a) b) c) d) e)"),
    ("décide de charger le Secrétaire général", "1 2 31 42"),
    ("charge le Conseil", "1 21 32 4 53"),
]
RES_177: list[Call] = [
    ("reconnaissant", "a) b) c) cd) 1) 2) 3) 4) 5) de)"),
    ("notant", "a) b)"),
    ("décide", "1 2 3"),
    ("charge le directeur du Bureau de la normalisation des télécommunications", "1 2 3 4 5"),
    ("charge le directeur du Bureau de développement des télécommunications, en étroite", "1 2"),
    ("invite le Conseil", "1 2"),
    ("invite les Membres de Secteur", "1 2 3 4"),
    ("invite les organisations agréées conformément à la Recommandation UIT-T A.5", "1 2"),
    ("invite les Etats Membres", "1 2 3"),
    ("invite en outre les Etats Membres et les Membres de Secteur", ""),
    ("invite en outre les Etats Membres", ""),
]
RES_179: list[Call] = [
    ("considérant", A_H + " i) j) k)"),
    ("rappelant", A_H + " i) j)"),
    ("reconnaissant", "a) b) c) d) e)"),
    ("tenant compte", "a) b)"),
    ("décide", "1 2 3 4 5 6"),
    ("prie le Conseil", "1"),
    ("charge le Secrétaire général", "1 2 3 4"),
    ("charge le directeur du Bureau de développement des télécommunications", "1 2 3 4"),
    ("charge le directeur du Bureau de normalisation des télécommunications", "1"),
    ("invite les Etats Membres", "1 2 3"),
    ("invite les Membres de Secteur", "1 2"),
]
RES_1306: list[Call] = [
    ("considérant", A_H + " i) j)"),
    ("reconnaissant", "a) b) c) d) e)"),
    ("rappelant", ""),
    ("décide", "1 1.1 1.2 1.3 2 3 4 5 6"),
]
RES_1423: list[Call] = [
    ("considérant", "a) b) c)"),
    ("rappelant", ""),
    ("tenant compte", "a) b) c)"),
    ("reconnaissant", "a) b)"),
    ("décide", "1 2"),
    ("invite les États Membres et les Membres de Secteur", "1 2"),
]
RES_59: list[Call] = [
    ("rappelant", "a) b) c) d) e)"),
    ("considérant", "a) b) c) d) e)"),
    ("tenant compte", "a) b) c) d)"),
    ("décide", "1 2 3 4"),
    ("charge le Directeur du Bureau de développement des télécommunications, en coopération", "1 2 5"),
]
RES_21: list[Call] = [
    ("considérant", A_H + " i) j) k) l) m) n)"),
    ("consciente", "a) b) c) d) e) f) g)"),
    ("reconnaissant", A_H + " i) j) k)"),
    ("rappelant", "a) b) i) ii) c) d)"),
    ("décide", "1 2 3 4"),
    ("charge le Directeur du Bureau de développement des télécommunications", "1 2 3 4"),
    ("charge le Directeur du Bureau de développement des télécommunications, en collaboration", "1 2 3"),
    ("invite les États Membres", ""),
]


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def calls_and_labels(resolution: Resolution) -> list[tuple[str, str]]:
    """Each call's text with the labels of the items that follow it."""
    result: list[tuple[str, list[str]]] = []
    for p in resolution.provisions:
        if p.kind is ProvisionKind.CALL:
            result.append((p.text(View.PROPOSED).strip(), []))
        elif p.kind is ProvisionKind.ITEM and result:
            result[-1][1].append(p.label_text(View.PROPOSED))
    return [(text, " ".join(labels)) for text, labels in result]


def assert_calls(resolution: Resolution, expected: list[Call]) -> None:
    found = calls_and_labels(resolution)
    assert len(found) == len(expected), [t for t, _ in found]
    for (text, labels), (start, want) in zip(found, expected, strict=True):
        assert text.startswith(start), (text, start)
        assert labels == want, text


@pytest.fixture(scope="module")
def arb() -> list:
    return list(parse_proposals(read_text_file(seed("000"))).proposals)


def test_arb_has_six_mod_proposals(arb: list) -> None:
    assert [(p.action, p.id, p.target) for p in arb] == [
        (Action.MOD, f"ARB/79A3/{n}", target)
        for n, target in enumerate(["101", "102", "139", "172", "177", "179"], start=1)
    ]
    assert all(p.sources == ("ARB",) for p in arb)
    assert all(p.reasons == "" and p.document == seed("000").name for p in arb)


def test_arb_part_headers_go_to_the_following_proposal(arb: list) -> None:
    assert arb[0].heading == ""
    assert arb[1].heading == "PARTIE 23 (XXIII) Proposition De modification de la resolution 102"
    assert arb[5].heading == "PARTIE 26 (XXVII) Proposition DE MODIFICATION DE LA RESOLUTION 179"
    # the header lines are not left at the end of the previous resolution
    last = arb[0].resolution.provisions[-1]
    assert last.text(View.ORIGINAL).startswith("2\t") or last.label_text(View.ORIGINAL) == "2"


@pytest.mark.parametrize(
    ("index", "expected"),
    [(0, RES_101), (1, RES_102), (2, RES_139), (3, RES_172), (4, RES_177), (5, RES_179)],
    ids=["101", "102", "139", "172", "177", "179"],
)
def test_arb_calls_and_labels(arb: list, index: int, expected: list[Call]) -> None:
    assert_calls(arb[index].resolution, expected)


def test_arb_resolution_heads(arb: list) -> None:
    r101, r139 = arb[0].resolution, arb[2].resolution
    assert r101.number == "101" and r101.body is Body.PP and r101.language == "fr"
    assert r101.revision_line() == "RÉV. GUADALAJARA, 2010BUSAN, 2014"
    assert r101.title() == "Réseaux fondés sur le protocole Internet"
    assert r101.preamble().startswith("La Conférence de plénipotentiaires")
    titles = [p.text(View.ORIGINAL) for p in r139.provisions if p.kind is ProvisionKind.TITLE]
    assert len(titles) == 3 and titles[2] == "édifier une société de l'information inclusive"
    assert [f.id for f in r101.footnotes] == ["1", "2"]
    assert [f.id for f in arb[1].resolution.footnotes] == ["3"]
    assert all(not p.resolution.footnotes for p in arb[2:])


def test_arb_levels_of_sub_items(arb: list) -> None:
    levels = {p.label_text(View.ORIGINAL): p.level for p in arb[0].resolution.provisions}
    assert (levels["a)"], levels["i)"], levels["ii)"], levels["iii)"]) == (1, 2, 2, 2)
    r177 = [p for p in arb[4].resolution.provisions if p.kind is ProvisionKind.ITEM][:10]
    assert [p.level for p in r177] == [1, 1, 1, 1, 2, 2, 2, 2, 2, 1]
    # in Res. 179 `i)` follows `h)`: the ninth letter, not a sub-item
    i_items = [p for p in arb[5].resolution.provisions if p.label_text(View.ORIGINAL) == "i)"]
    assert [p.level for p in i_items] == [1, 1]


def test_unlabelled_text_under_calls(arb: list) -> None:
    r102 = arb[1].resolution
    kinds = [p.kind for p in r102.provisions]
    decide = next(i for i, p in enumerate(r102.provisions) if p.text(View.ORIGINAL) == "décide")
    assert kinds[decide + 1] is ProvisionKind.TEXT  # its label was lost in the flattening
    assert r102.provisions[decide + 1].text(View.ORIGINAL).startswith("d'étudier les moyens")


@pytest.mark.parametrize(
    ("prefix", "number", "body", "expected"),
    [
        ("001", "1306", Body.COUNCIL, RES_1306),
        ("002", "1423", Body.COUNCIL, RES_1423),
        ("003", "59", Body.WTDC, RES_59),
        ("004", "21", Body.WTDC, RES_21),
    ],
)
def test_base_seeds(prefix: str, number: str, body: Body, expected: list[Call]) -> None:
    document = read_text_file(seed(prefix))
    assert parse_proposals(document).proposals == ()
    resolution = parse_base(document)
    assert (resolution.number, resolution.body, resolution.language) == (number, body, "fr")
    assert_calls(resolution, expected)


def test_council_adoption_line_is_text_not_title() -> None:
    for prefix, title in [
        ("001", "Groupe de travail du Conseil sur la protection en ligne des enfants"),
        ("002", "Encourager les États Membres et les Membres de Secteur de l'UIT"),
    ]:
        resolution = parse_base(read_text_file(seed(prefix)))
        kinds = [p.kind for p in resolution.provisions[:4]]
        assert kinds == [
            ProvisionKind.NUMBER,
            ProvisionKind.TEXT,
            ProvisionKind.TITLE,
            ProvisionKind.PREAMBLE,
        ]
        assert resolution.provisions[1].text(View.ORIGINAL).startswith("(adoptée à la")
        assert resolution.title().startswith(title)
        assert resolution.preamble() == "Le Conseil de l'UIT,"
    assert parse_base(read_text_file(seed("001"))).revision_line() == "C09, dernière mod. C24"


def test_seed_footnotes_and_quotes() -> None:
    r1423 = parse_base(read_text_file(seed("002")))
    assert [f.id for f in r1423.footnotes] == ["1", "2"]
    r1306 = parse_base(read_text_file(seed("001")))
    quotes = [p for p in r1306.provisions if p.text(View.ORIGINAL).startswith("\t")]
    assert len(quotes) == 3 and all(p.kind is ProvisionKind.TEXT for p in quotes)
    decide = [p for p in r1306.provisions if p.kind is ProvisionKind.ITEM][-9:]
    assert [p.level for p in decide] == [1, 2, 2, 2, 1, 1, 1, 1, 1]
    r21 = parse_base(read_text_file(seed("004")))
    recalling = [p for p in r21.provisions if p.label_text(View.ORIGINAL) in ("i)", "ii)")]
    # considérant i) and reconnaissant i) follow h); rappelant b) has sub-items i) ii)
    assert [(p.label_text(View.ORIGINAL), p.level) for p in recalling] == [
        ("i)", 1),
        ("i)", 1),
        ("i)", 2),
        ("ii)", 2),
    ]
