"""Structure recognition rules on small hand-built documents (styles, words, revisions)."""

from __future__ import annotations

import pytest

from editor.core.errors import InputError
from editor.core.model import (
    Action,
    Body,
    Document,
    Footnote,
    Paragraph,
    ProvisionKind,
    Revision,
    RevisionKind,
    Run,
    View,
)
from editor.core.structure import parse_base, parse_proposals, parse_resolution

INS = Revision(RevisionKind.INSERT, "EUR")
DEL = Revision(RevisionKind.DELETE, "EUR")
K = ProvisionKind


def par(text: str, style: str = "", revision: Revision | None = None) -> Paragraph:
    return Paragraph((Run(text, revision),), style=style)


def doc(*paragraphs: Paragraph | str, footnotes: tuple[Footnote, ...] = ()) -> Document:
    return Document(
        "test.docx",
        tuple(p if isinstance(p, Paragraph) else par(p) for p in paragraphs),
        footnotes,
    )


def kinds(resolution) -> list[tuple[ProvisionKind, str, int]]:
    return [(p.kind, p.label_text(View.PROPOSED), p.level) for p in resolution.provisions]


def test_styles_decide_when_present() -> None:
    resolution = parse_base(
        doc(
            par("RÉSOLUTION 101 (RÉV. BUSAN, 2014)", "ResNo"),
            par("Réseaux IP", "Restitle"),
            par("La Conférence de plénipotentiaires (Busan, 2014),", "Normal_after_title"),
            par("affirmant avec force", "Call"),  # not in the word list: the style says call
            par("a)\tque ...;", "Normal"),
            par("i)\tle nommage;", "enumlev1"),
            par("décide de ne rien faire.", "Normal"),  # call words, but styled as text
            par("décide", "Call"),
            par("1\tde ...", "Normal"),
        )
    )
    assert kinds(resolution) == [
        (K.NUMBER, "", 0),
        (K.TITLE, "", 0),
        (K.PREAMBLE, "", 0),
        (K.CALL, "", 0),
        (K.ITEM, "a)", 1),
        (K.ITEM, "i)", 2),
        (K.TEXT, "", 0),
        (K.CALL, "", 0),
        (K.ITEM, "1", 1),
    ]
    assert resolution.provisions[5].style == "enumlev1"


@pytest.mark.parametrize(
    ("lines", "language"),
    [
        (
            [
                "RESOLUTION 101 (REV. BUSAN, 2014)",
                "Internet Protocol-based networks",
                "The Plenipotentiary Conference of the International Telecommunication Union "
                "(Busan, 2014),",
                "considering further",
                "a)\tthat ...;",
                "b)\tthat ...,",
                "resolves",
                "1\tto ...;",
                "instructs the Secretary-General",
                "1\tto ...",
            ],
            "en",
        ),
        (
            [
                "RESOLUCIÓN 101 (REV. BUSÁN, 2014)",
                "Redes basadas en el protocolo Internet",
                "La Conferencia de Plenipotenciarios de la Unión Internacional de "
                "Telecomunicaciones (Busán, 2014),",
                "considerando además",
                "a)\tque ...;",
                "b)\tque ...,",
                "resuelve",
                "1\t...;",
                "encarga al Secretario General",
                "1\t...",
            ],
            "es",
        ),
        (
            [
                "RÉSOLUTION 101 (RÉV. BUSAN, 2014)",
                "Réseaux fondés sur le protocole Internet",
                "La Conférence de plénipotentiaires de l'Union internationale des "
                "télécommunications (Busan, 2014),",
                "considérant en outre",
                "a)\tque ...;",
                "b)\tque ...,",
                "décide",
                "1\tde ...;",
                "charge le Secrétaire général",
                "1\tde ...",
            ],
            "fr",
        ),
    ],
    ids=["en", "es", "fr"],
)
def test_words_decide_without_styles(lines: list[str], language: str) -> None:
    resolution = parse_base(doc(*lines))
    assert (resolution.number, resolution.body, resolution.language) == ("101", Body.PP, language)
    assert [k for k, _, _ in kinds(resolution)] == [
        K.NUMBER, K.TITLE, K.PREAMBLE, K.CALL, K.ITEM, K.ITEM, K.CALL, K.ITEM, K.CALL, K.ITEM,
    ]  # fmt: skip


def test_text_that_is_not_a_call() -> None:
    resolution = parse_resolution(
        [
            par("décide"),
            par("de poursuivre ses travaux, comme il est indiqué ci-dessous:"),
            par("notamment les pays en développement."),  # "notant" must be a whole word
            par("invite les Etats Membres à faire rapport au Conseil chaque année sur ce sujet."),
        ]
    )
    assert [p.kind for p in resolution.provisions] == [K.CALL, K.TEXT, K.TEXT, K.TEXT]


def test_unknown_short_line_between_item_lists_is_a_call() -> None:
    resolution = parse_resolution(
        [par("considérant"), par("a)\tque ...;"), par("proclamant vivement"), par("a)\tque ...")]
    )
    assert [p.kind for p in resolution.provisions] == [K.CALL, K.ITEM, K.CALL, K.ITEM]
    # the same line not followed by an item stays text
    tail = parse_resolution([par("considérant"), par("a)\tque ...;"), par("proclamant vivement")])
    assert tail.provisions[-1].kind is K.TEXT


def test_revised_label_keeps_its_runs() -> None:
    item = Paragraph((Run("c)", DEL), Run("b)", INS), Run("\tque l'UIT ", None), Run("doit", INS)))
    (provision,) = parse_resolution([item]).provisions
    assert provision.kind is K.ITEM and provision.level == 1
    assert provision.label == (Run("c)", DEL), Run("b)", INS))
    assert provision.label_text(View.ORIGINAL) == "c)"
    assert provision.label_text(View.PROPOSED) == "b)"
    assert provision.runs == (Run("que l'UIT ", None), Run("doit", INS))
    assert provision.mark is None


def test_tab_inside_each_revision() -> None:
    item = Paragraph((Run("c)\t", DEL), Run("d)\t", INS), Run("que ...")))
    (provision,) = parse_resolution([item]).provisions
    assert (provision.label_text(View.ORIGINAL), provision.label_text(View.PROPOSED)) == (
        "c)",
        "d)",
    )
    assert provision.text(View.ORIGINAL) == provision.text(View.PROPOSED) == "que ..."


def test_label_added_to_unlabelled_text() -> None:
    item = Paragraph((Run("1\t", INS), Run("la Résolution 37 de la CMDT;")))
    (provision,) = parse_resolution([par("faisant sienne"), item]).provisions[1:]
    assert provision.kind is K.ITEM
    assert provision.label_text(View.ORIGINAL) == ""
    assert provision.label_text(View.PROPOSED) == "1"
    assert provision.text(View.ORIGINAL) == "la Résolution 37 de la CMDT;"


def test_inserted_call_and_items_and_deleted_item() -> None:
    resolution = parse_resolution(
        [
            par("décide"),
            par("1\tde ...;"),
            par("2\tde ...", revision=DEL),
            par("invite les Membres de Secteur", revision=INS),
            par("1\tà participer ...", revision=INS),
            Paragraph((Run("2\tà contribuer"),), mark=INS),
        ]
    )
    provisions = resolution.provisions
    assert [(p.kind, p.mark) for p in provisions] == [
        (K.CALL, None),
        (K.ITEM, None),
        (K.ITEM, DEL),
        (K.CALL, INS),
        (K.ITEM, INS),
        (K.ITEM, INS),
    ]
    assert not provisions[2].exists_in(View.PROPOSED)
    assert not provisions[3].exists_in(View.ORIGINAL)
    assert provisions[4].label_text(View.PROPOSED) == "1" and provisions[4].level == 1


def test_annex_and_everything_after() -> None:
    resolution = parse_base(
        doc(
            "RÉSOLUTION 101 (RÉV. BUSAN, 2014)",
            "Titre",
            "La Conférence de plénipotentiaires (Busan, 2014),",
            "décide",
            "1\tde ...",
            "ANNEXE DE LA RÉSOLUTION 101 (RÉV. BUSAN, 2014)",
            "Liste des organisations",
            "1\tpremière;",
            "décide",
            "Texte libre de l'annexe.",
        )
    )
    annex = resolution.annexes
    assert [p.kind for p in annex] == [
        K.ANNEX_HEADING,
        K.ANNEX_HEADING,
        K.ITEM,
        K.TEXT,  # no calls by words inside an annex
        K.TEXT,
    ]
    assert not any(p.in_annex for p in resolution.provisions[:5])
    assert len(resolution.calls) == 1


@pytest.mark.parametrize(
    ("lines", "number", "body"),
    [
        (["RÉSOLUTION 1306 (C09, dernière mod. C24)", "Titre", "considérant"], "1306", Body.COUNCIL),
        (["RÉSOLUTION 1423", "(adoptée à la sixième séance plénière)", "Titre",
          "Le Conseil de l'UIT,"], "1423", Body.COUNCIL),  # fmt: skip
        (["RÉSOLUTION 59 (RÉV.DUBAÏ, 2014BUENOS AIRES, 2017)", "Titre",
          "La Conférence mondiale de développement des télécommunications (Kigali, 2022),"],
         "59", Body.WTDC),  # fmt: skip
        (["RESOLUTION 1 (REV. GENEVA, 2022)", "Title",
          "The World Telecommunication Standardization Assembly (Geneva, 2022),"],
         "1", Body.WTSA),  # fmt: skip
        (["Résolution 140 (Rév. Busan, 2014)", "Titre"], "140", Body.UNKNOWN),
    ],
)
def test_number_lines_and_bodies(lines: list[str], number: str, body: Body) -> None:
    resolution = parse_base(doc(*lines))
    assert (resolution.number, resolution.body) == (number, body)
    assert resolution.provisions[0].kind is K.NUMBER


def test_number_in_revisions_reads_the_original() -> None:
    line = Paragraph((Run("RÉSOLUTION "), Run("101", DEL), Run("201", INS), Run(" (BUSAN, 2014)")))
    assert parse_resolution([line]).number == "101"
    new = par("PROJET DE NOUVELLE RÉSOLUTION [ARB-1]", revision=INS)
    assert parse_resolution([new]).number == "ARB-1"


def test_base_without_resolution_is_an_input_error() -> None:
    with pytest.raises(InputError, match="test.docx: no resolution found"):
        parse_base(doc("Compte rendu", "a)\tla Résolution 101 (Rév. Busan, 2014);"))


def test_base_stops_at_the_next_resolution() -> None:
    resolution = parse_base(
        doc("Page de garde", "RÉSOLUTION 1 (x)", "Titre un", "RÉSOLUTION 2 (y)", "Titre deux")
    )
    assert resolution.number == "1"
    assert [p.text(View.ORIGINAL) for p in resolution.provisions] == ["RÉSOLUTION 1 (x)", "Titre un"]


def test_footnotes_kept_are_those_referenced() -> None:
    notes = (
        Footnote("1", (par("note un"),)),
        Footnote("2", (par("note deux"),)),
        Footnote("3", (par("note trois"),)),
    )
    item = Paragraph((Run("a)\tpays en développement"), Run("", footnote="3"), Run(";")))
    resolution = parse_base(doc("RÉSOLUTION 5 (x)", "considérant", item, footnotes=notes))
    assert [f.id for f in resolution.footnotes] == ["3"]


PROPOSALS = doc(
    "Conférence de plénipotentiaires (PP-14)",
    "PARTIE 1 (I)",
    "Proposition de modification de la Résolution 101",
    "MOD\tEUR/12A1/1",
    "RÉSOLUTION 101 (RÉV. GUADALAJARA, 2010)",
    "Réseaux IP",
    "La Conférence de plénipotentiaires (Busan, 2014),",
    "décide",
    "1\tde ...",
    "Motifs:\tmise à jour.",
    "PARTIE 2 (II)",
    "Proposition de suppression de la Résolution 172",
    "SUP*\tEUR/12A1/2",
    "RÉSOLUTION 172 (GUADALAJARA, 2010)",
    "Examen d'ensemble",
    "Motifs : traité ailleurs.",
    "Proposal for no change to Resolution 102",
    "NOC\tUSA/16/4",
    "Reasons: still valid.",
    "ADD\tSEN/56/1",
    "DRAFT NEW RESOLUTION [SEN-1]",
    "A new title",
    "The Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014),",
    "resolves",
    "1\tto ...",
    "ADD*\tAFG/BEN/12/3",
    "RESOLUTION 200 (BUSAN, 2014)",
    "(MOD)\tARB/79A3/9",
    "RESOLUCIÓN 139 (REV. BUSÁN, 2014)",
    "Motivos: corrección editorial.",
    "ADD",  # an action word alone in text is no action line
)


def test_proposals_actions_ids_targets() -> None:
    found = parse_proposals(PROPOSALS).proposals
    assert [(p.action, p.id, p.target) for p in found] == [
        (Action.MOD, "EUR/12A1/1", "101"),
        (Action.SUP, "EUR/12A1/2", "172"),
        (Action.NOC, "USA/16/4", "102"),
        (Action.ADD, "SEN/56/1", "SEN-1"),
        (Action.ADD, "AFG/BEN/12/3", "200"),
        (Action.EDITORIAL, "ARB/79A3/9", "139"),
    ]
    assert found[4].sources == ("AFG", "BEN")
    assert [p.reasons for p in found] == [
        "mise à jour.",
        "traité ailleurs.",
        "still valid.",
        "",
        "",
        "corrección editorial.",
    ]
    assert found[0].heading == "PARTIE 1 (I) Proposition de modification de la Résolution 101"
    assert found[1].heading == "PARTIE 2 (II) Proposition de suppression de la Résolution 172"
    assert found[2].heading == "Proposal for no change to Resolution 102"


def test_proposal_bodies() -> None:
    mod, sup, noc, add, add2, editorial = parse_proposals(PROPOSALS).proposals
    assert noc.resolution is None
    assert [p.kind for p in sup.resolution.provisions] == [K.NUMBER, K.TITLE]
    assert [p.kind for p in mod.resolution.provisions][-2:] == [K.CALL, K.ITEM]
    assert add.resolution.language == "en" and add.resolution.body is Body.PP
    # the stray "ADD" after the reasons is neither a proposal nor part of the resolution
    assert [p.kind for p in editorial.resolution.provisions] == [K.NUMBER]
    assert editorial.resolution.language == "es"


def test_proposal_style_allows_an_action_without_id() -> None:
    document = doc(
        par("MOD", "Proposal"), "RÉSOLUTION 7 (x)", par("Mise à jour", "Reasons"), "SUP"
    )
    (proposal,) = parse_proposals(document).proposals
    assert (proposal.action, proposal.id, proposal.target) == (Action.MOD, "", "7")
    assert proposal.reasons == "Mise à jour"


def test_document_without_action_lines_has_no_proposals() -> None:
    result = parse_proposals(doc("RÉSOLUTION 7 (x)", "décide"))
    assert result.proposals == () and result.name == "test.docx"
