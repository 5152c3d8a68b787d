import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from engine_fixtures import (  # noqa: E402
    BASE_LINES,
    D1,
    NUMBER,
    A,
    B,
    C,
    base,
    edited,
    key,
    proposal,
)

from editor.core.changes import ChangeKind, extract  # noqa: E402
from editor.core.model import Action, View  # noqa: E402


def text_changes(changes):
    return [(c.provision, c.old, c.new) for c in changes if c.kind is ChangeKind.TEXT]


def test_revision_line_change_keeps_the_authors_span():
    p = proposal("ARB/79A3/1", "101", edited(
        {NUMBER: "N: RÉSOLUTION 101 (RÉV. [-GUADALAJARA, 2010-]{+BUSAN, 2014+})"}))
    assert text_changes(extract(base(), p)) == [
        (key(NUMBER), "GUADALAJARA, 2010", "BUSAN, 2014")]


def test_adjacent_marks_form_one_change_separate_marks_two():
    p = proposal("ARB/79A3/1", "101", edited(
        {B: "I: b)	que les réseaux [-fondés-]{+basés+} sur le protocole Internet sont un "
            "[-puissant-]{+formidable+}{+ et durable+} moteur de croissance économique;"}))
    assert text_changes(extract(base(), p)) == [
        (key(B), "fondés", "basés"), (key(B), "puissant", "formidable et durable")]


def test_marks_inside_words_give_whole_words():
    # Word marked only part of a word: the change still reads word by word.
    p = proposal("ARB/79A3/1", "101", edited(
        {B: "I: b)\tque les réseaux fondés sur le protocole Internet sont un puissant moteur "
            "de croissance économi[-que-]{+e et sociale+};"}))
    [c] = extract(base(), p)
    assert (c.old, c.new) == ("économique", "économie et sociale")
    text = base().provisions[B].text(View.ORIGINAL)
    assert text[c.start:c.end] == "économique"


def test_relabelling_is_not_a_change():
    p = proposal("EUR/12A1/1", "101", edited(
        {B: BASE_LINES[B].replace("I: b)", "I: [-b)-]{+c)+}"),
         C: BASE_LINES[C].replace("I: c)", "I: [-c)-]{+d)+}")},
        {A: ["I: {+b)\tque l'accès à l'Internet est essentiel;+}"]}))
    changes = extract(base(), p)
    assert [c.kind for c in changes] == [ChangeKind.INSERT]
    [ins] = changes
    assert ins.provision == key(A)
    assert ins.new == "que l'accès à l'Internet est essentiel;"
    assert ins.inserted is not None and ins.inserted.mark is None


def test_whole_provision_deleted():
    p = proposal("IAP/20/3", "101", edited({C: "I: [-" + BASE_LINES[C][3:] + "-]"}))
    [c] = extract(base(), p)
    assert c.kind is ChangeKind.DELETE and c.provision == key(C)
    assert c.old == base().provisions[C].text(View.ORIGINAL)


def test_clean_mod_is_diffed_against_the_base():
    lines = edited({D1: "I: 1\tde poursuivre activement les études sur les réseaux fondés "
                        "sur le protocole Internet;"})
    del lines[C]
    p = proposal("EUR/12A1/2", "101", lines)
    changes = extract(base(), p)
    assert [(c.kind, c.provision, c.new.strip()) for c in changes] == [
        (ChangeKind.DELETE, key(C), ""),
        (ChangeKind.TEXT, key(D1), "activement"),
    ]
    old, c = base().provisions[D1].text(View.ORIGINAL), changes[1]
    assert old[:c.start] + c.new + old[c.end:] == lines[D1 - 1].partition("\t")[2]


def test_editorial_variant_is_reanchored_on_the_base():
    # The proposal started from a text with typographic apostrophes and one other word.
    variant = ("I: a)\tque l’Union a surtout pour objet d’étendre les avantages des "
               "[-nouvelles-]{+dernières+} technologies à tous les habitants de la planète;")
    [c] = extract(base(), proposal("IAP/20/1", "101", edited({A: variant})))
    assert c.placed
    text = base().provisions[A].text(View.ORIGINAL)
    assert (text[c.start:c.end], c.old, c.new) == ("nouvelles", "nouvelles", "dernières")


def test_unplaceable_change_is_flagged_not_dropped():
    # The sentence the proposal edits is not in the base at all.
    other = "I: a)\tqu'un texte entièrement différent est [-proposé-]{+retenu+} ici;"
    lines = edited({A: other})
    changes = extract(base(), proposal("ACP/5/1", "101", lines))
    assert [(c.placed, c.old, c.new) for c in changes] == [(False, "proposé", "retenu")]


def test_partly_changed_original_keeps_placeable_changes():
    variant = ("I: c)\tque les pays en développement ont [-besoin-]{+grand besoin+} d'une "
               "aide technique,")
    [c] = extract(base(), proposal("RCC/7/1", "101", edited({C: variant})))
    text = base().provisions[C].text(View.ORIGINAL)
    # Re-anchored on the base, the change is the minimal word edit: "grand " inserted.
    assert c.placed and (c.old, c.new) == ("", "grand ")
    assert text[c.start:].startswith("besoin d'une assistance")


def test_sup_noc_add():
    b = base()
    [sup] = extract(b, proposal("ARB/79A3/2", "101", None, Action.SUP))
    [noc] = extract(b, proposal("EUR/12A1/9", "101", None, Action.NOC))
    assert sup.kind is ChangeKind.ABROGATE and noc.kind is ChangeKind.NOC
    draft = proposal("ARB/79A3/7", "ARB-1", ["N: PROJET DE NOUVELLE RÉSOLUTION [ARB-1]",
                                               "T: Internet des objets"], Action.ADD)
    [add] = extract(None, draft)
    assert add.kind is ChangeKind.NEW_RESOLUTION and add.resolution == "ARB-1"
    assert add.drafted is not None and add.drafted.title() == "Internet des objets"


def test_ids_depend_on_content_not_on_source():
    line = {D1: "I: 1\tde poursuivre [-les-]{+toutes les+} études sur les réseaux fondés "
                "sur le protocole Internet;"}
    [a] = extract(base(), proposal("ARB/79A3/1", "101", edited(line)))
    [b] = extract(base(), proposal("EUR/12A1/1", "101", edited(line)))
    assert a.id == b.id and a.sources != b.sources


SCRIPT = """
import sys
sys.path.insert(0, {here!r})
from engine_fixtures import base, edited, proposal, NUMBER, B
from editor.core.changes import extract
p = proposal("ARB/79A3/1", "101", edited(
    {{NUMBER: "N: RÉSOLUTION 101 (RÉV. [-GUADALAJARA, 2010-]{{+BUSAN, 2014+}})",
      B: "I: [-b)-]{{+c)+}}\\tque les réseaux [-fondés-]{{+basés+}} sur le protocole Internet"
         " sont un puissant moteur de croissance économique;"}}))
print(" ".join(c.id for c in extract(base(), p)))
"""


def test_ids_are_stable_across_processes():
    from engine_fixtures import NUMBER as N_
    from engine_fixtures import B as B_

    p = proposal("ARB/79A3/1", "101", edited(
        {N_: "N: RÉSOLUTION 101 (RÉV. [-GUADALAJARA, 2010-]{+BUSAN, 2014+})",
         B_: "I: [-b)-]{+c)+}\tque les réseaux [-fondés-]{+basés+} sur le protocole Internet"
             " sont un puissant moteur de croissance économique;"}))
    here = " ".join(c.id for c in extract(base(), p))
    assert here == " ".join(c.id for c in extract(base(), p))
    env_script = SCRIPT.format(here=str(Path(__file__).parent))
    out = subprocess.run([sys.executable, "-c", env_script], capture_output=True, text=True,
                         check=True, env={"PYTHONHASHSEED": "123"})
    assert out.stdout.strip() == here and len(here.split()) == 2


def test_sup_of_one_provision_deletes_that_provision_not_the_resolution():
    # `SUP ARB/79A3/5` whose text is only item c) of considérant (no number line).
    item = proposal("ARB/79A3/5", "101", [BASE_LINES[C]], Action.SUP)
    [c] = extract(base(), item)
    assert (c.kind, c.provision, c.placed) == (ChangeKind.DELETE, key(C), True)
    assert c.old == base().provisions[C].text(View.ORIGINAL)
    marked = proposal("ARB/79A3/5", "101", ["I: [-" + BASE_LINES[C][3:] + "-]"], Action.SUP)
    assert extract(base(), marked) == [c]


def test_sup_of_a_provision_not_in_the_base_is_flagged():
    other = proposal("ARB/79A3/5", "101", ["I: z)\tque rien de tout cela n'existe;"], Action.SUP)
    [c] = extract(base(), other)
    assert c.kind is ChangeKind.DELETE and not c.placed


def test_add_of_one_provision_never_deletes_the_others():
    # `ADD EUR/12A1/8`: a new item given in clean text, after its neighbour for context.
    lines = [BASE_LINES[B], "I: bbis)\tque l'accès à l'Internet est essentiel;"]
    changes = extract(base(), proposal("EUR/12A1/8", "101", lines, Action.ADD))
    assert [(c.kind, c.provision, c.new) for c in changes] == [
        (ChangeKind.INSERT, key(B), "que l'accès à l'Internet est essentiel;")]
