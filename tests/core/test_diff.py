from hypothesis import given
from hypothesis import strategies as st

from editor.core.diff import engine, hunks, similarity, word_diff


def test_diff_is_word_level_not_character_soup():
    edits = word_diff("de poursuivre les études", "de mener les études")
    assert [(e.op, e.text) for e in edits] == [
        ("equal", "de "), ("delete", "poursuivre"), ("insert", "mener"), ("equal", " les études")]


def test_hunks_are_offsets_in_the_old_text():
    old = "que l'Union a notamment pour objet"
    [h1, h2] = hunks(old, "que l’Union a surtout pour objet")
    assert old[h1.start:h1.end] == "l'Union" and h1.new == "l’Union"
    assert (old[h2.start:h2.end], h2.new) == ("notamment", "surtout")


def test_engine_never_times_out():
    assert engine().Diff_Timeout == 0


def test_similarity():
    assert similarity("a b c", "a b c") == 1.0
    assert similarity("a b", "c d") == 0.0
    assert similarity("", "") == 1.0


WORDS = st.lists(st.sampled_from(["la", "Conférence", "l'Union", "décide", ",", " ", ";",
                                  "de", "réseaux", "IP", "\t"]), max_size=30).map("".join)


@given(WORDS, WORDS)
def test_hunks_rebuild_the_new_text(a, b):
    out, pos = "", 0
    for h in hunks(a, b):
        assert a[h.start:h.end] == h.old
        out += a[pos:h.start] + h.new
        pos = h.end
    assert out + a[pos:] == b
