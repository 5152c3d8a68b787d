"""The drafter's own wording in the tracked view: a word diff against the base text, not
the whole paragraph struck and retyped (a reviewer must see which words changed)."""

import sys
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from engine_fixtures import BASE_LINES, D1, B, base, key, note, proposal  # noqa: E402

from editor.core.changes import extract, footnote_key  # noqa: E402
from editor.core.consolidate import (  # noqa: E402
    CUSTOM,
    DELETE,
    EQUAL,
    INSERT,
    Segment,
    consolidate,
    wording_segments,
)
from editor.core.merge import find_conflicts, merge  # noqa: E402
from editor.core.model import (  # noqa: E402
    Decision,
    DecisionState,
    Provision,
    ProvisionKind,
    Run,
    View,
)

ACC = DecisionState.ACCEPTED
ITEM_B = BASE_LINES[B].partition("\t")[2]  # "que les réseaux fondés sur le protocole ..."


def own(target: str, text: str) -> dict[str, Decision]:
    return {target: Decision(target, ACC, custom_text=text)}


def tracked(result, k: str):
    [t] = [t for t in result.tracked if t.key == k]
    return t


def new_side(segments) -> str:
    return "".join(s.text for s in segments if s.op != DELETE)


def old_side(segments) -> str:
    return "".join(s.text for s in segments if s.op != INSERT)


def with_note_after(word: str):
    """The base with footnote 1 referenced right after `word` in item b)."""
    b = base()
    head, _, tail = ITEM_B.partition(word)
    item = replace(b.provisions[B], runs=(Run(head + word), Run("", footnote="1"), Run(tail)))
    return replace(b, provisions=(*b.provisions[:B], item, *b.provisions[B + 1:]),
                   footnotes=(note("1", "\tVoir le rapport."),))


def test_one_word_added_is_one_insertion_between_kept_words():
    wording = ITEM_B.replace("moteur de", "moteur durable de")
    t = tracked(consolidate(base(), [], own(key(B), wording)), key(B))
    assert t.status == CUSTOM and t.provision.text(View.ORIGINAL) == wording
    assert [s.op for s in t.segments] == [EQUAL, INSERT, EQUAL]
    kept, added, rest = t.segments
    assert added.text.strip() == "durable"
    assert kept.text.startswith("que les réseaux") and rest.text.endswith("économique;")
    # attributed as the drafter's wording always was: the decision's target, no proposal
    assert (added.sources, added.change) == ((), key(B))


def test_one_word_replaced_is_one_deletion_and_one_insertion():
    wording = ITEM_B.replace("puissant", "formidable")
    t = tracked(consolidate(base(), [], own(key(B), wording)), key(B))
    assert [(s.op, s.text) for s in t.segments if s.op != EQUAL] == [
        (DELETE, "puissant"), (INSERT, "formidable")]


def test_a_wording_equal_to_the_base_marks_nothing():
    t = tracked(consolidate(base(), [], own(key(B), ITEM_B)), key(B))
    assert t.status == CUSTOM  # still the drafter's decision
    assert [(s.op, s.text) for s in t.segments] == [(EQUAL, ITEM_B)]


def test_a_complete_rewrite_deletes_the_base_and_inserts_the_wording():
    t = tracked(consolidate(base(), [], own(key(B), "texte libre")), key(B))
    assert t.provision.text(View.ORIGINAL) == "texte libre"
    assert old_side(t.segments) == ITEM_B and new_side(t.segments) == "texte libre"
    assert "".join(s.text for s in t.segments if s.op == DELETE) == ITEM_B
    assert "".join(s.text for s in t.segments if s.op == INSERT) == "texte libre"


def test_a_conflicts_combined_wording_is_marked_word_by_word():
    x = proposal("EUR/1/1", "101", [line.replace("poursuivre", "[-poursuivre-]{+mener+}")
                                    for line in BASE_LINES])
    y = proposal("IAP/2/1", "101", [line.replace("poursuivre", "[-poursuivre-]{+achever+}")
                                    for line in BASE_LINES])
    b = base()
    changes = merge([*extract(b, x), *extract(b, y)])
    [k] = find_conflicts(changes)
    wording = "de mener et d'achever les études sur les réseaux fondés sur le protocole Internet;"
    t = tracked(consolidate(b, changes, own(k.id, wording)), key(D1))
    assert t.status == CUSTOM and t.provision.text(View.ORIGINAL) == wording
    assert [(s.op, s.text) for s in t.segments if s.op != EQUAL] == [
        (DELETE, "poursuivre"), (INSERT, "mener et d'achever")]
    assert {s.change for s in t.segments if s.op != EQUAL} == {k.id}


def test_a_footnote_reference_stays_after_its_word():
    b = with_note_after("Internet")
    wording = ITEM_B.replace("puissant", "formidable")
    result = consolidate(b, [], own(key(B), wording))
    t = tracked(result, key(B))
    assert [(r.text, r.footnote) for r in t.provision.runs] == [
        ("que les réseaux fondés sur le protocole Internet", None), ("", "1"),
        (" sont un formidable moteur de croissance économique;", None)]
    assert Segment(EQUAL, "", (), "", "1") in t.segments
    assert result.resolution is not None and [f.id for f in result.resolution.footnotes] == ["1"]


def test_a_footnote_reference_follows_the_word_that_replaces_its_own():
    b = with_note_after("Internet")
    t = tracked(consolidate(b, [], own(key(B), ITEM_B.replace("Internet", "IP"))), key(B))
    assert [(s.op, s.text, s.footnote) for s in t.segments if s.op != EQUAL or s.footnote] == [
        (DELETE, "Internet", ""), (INSERT, "IP", ""), (EQUAL, "", "1")]
    assert t.provision.text(View.ORIGINAL) == ITEM_B.replace("Internet", "IP")


def test_a_footnote_reference_is_never_lost_with_the_words_around_it():
    b = with_note_after("Internet")
    t = tracked(consolidate(b, [], own(key(B), "texte libre")), key(B))
    assert [r.footnote for r in t.provision.runs if r.footnote] == ["1"]
    assert [s.op for s in t.segments if s.footnote] == [EQUAL]


def test_a_footnotes_own_wording_is_marked_word_by_word():
    b = with_note_after("Internet")
    fn = footnote_key("101", "1")
    result = consolidate(b, [], own(fn, "Voir le rapport du Conseil."))
    [f] = result.footnotes
    assert f.status == CUSTOM
    # the tab after the mark is layout, kept whatever the wording has there
    assert [(s.op, s.text) for s in f.segments] == [
        (EQUAL, "\tVoir le rapport"), (INSERT, " du Conseil"), (EQUAL, ".")]


# --- invariants ---------------------------------------------------------------------------

WORDS = ("Union", "réseaux", "protocole", "Internet", "pays", "l'accès", "d'étendre",
         "coopération", "études", "sécurité", "Secteur", "Conseil", "rapport", "de", "et",
         "la", "les", ",", ";", "(", ")")


@st.composite
def provision_and_wording(draw):
    """A provision of random words with footnote references between them, and a wording
    made from it by random word edits or written afresh."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=14))
    runs: list[Run] = []
    n = 0
    for w in words:
        runs.append(Run(w + " "))
        if draw(st.integers(0, 5)) == 0:
            n += 1
            runs.append(Run("", footnote=str(n)))
    if draw(st.booleans()):
        wording = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=14)))
    else:
        out = []
        for w in words:
            op = draw(st.sampled_from(["keep", "keep", "drop", "swap", "add"]))
            if op != "drop":
                out.append(draw(st.sampled_from(WORDS)) if op == "swap" else w)
            if op == "add":
                out.append(draw(st.sampled_from(WORDS)))
        wording = " ".join(out) + draw(st.sampled_from(["", " ", ";"]))
    return Provision(ProvisionKind.ITEM, tuple(runs), (Run("a)"),), 1), wording


def _refs(segments, side: str) -> list[tuple[int, str]]:
    """(offset, footnote id) of the references on one side of `segments`."""
    out, pos = [], 0
    for s in segments:
        if s.op == side:
            continue
        if s.footnote:
            out.append((pos, s.footnote))
        pos += len(s.text)
    return out


@settings(max_examples=300)
@given(provision_and_wording())
def test_kept_and_inserted_text_is_the_wording_kept_and_deleted_the_base(case):
    p, wording = case
    segments = wording_segments(p, wording, "101:4")
    old = p.text(View.ORIGINAL)
    assert new_side(segments) == wording
    assert old_side(segments) == old
    # the base side has every reference where the base has it; none is lost on the new side
    base_refs, pos = [], 0
    for r in p.runs:
        if r.footnote:
            base_refs.append((pos, r.footnote))
        pos += len(r.text)
    assert _refs(segments, INSERT) == base_refs
    assert [f for _, f in _refs(segments, DELETE)] == [f for _, f in base_refs]
    # only what differs is marked, each difference naming the decision
    marked = [s for s in segments if s.op != EQUAL]
    assert all(s.change == "101:4" and s.sources == () for s in marked)
    assert (not marked) == (wording == old)
    assert all(s.text or s.footnote for s in segments)
