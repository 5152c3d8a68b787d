from hypothesis import given
from hypothesis import strategies as st

from editor.core.tokens import normalize, tokenize, words


def test_words_spaces_and_punctuation_are_separate_tokens():
    assert tokenize("décide, en outre:  de") == ["décide", ",", " ", "en", " ", "outre", ":",
                                                 "  ", "de"]


def test_apostrophes_stay_inside_words():
    assert tokenize("l'Union et l’Union") == ["l'Union", " ", "et", " ", "l’Union"]
    assert tokenize("d'") == ["d", "'"]  # a trailing apostrophe is punctuation


def test_normalize_and_words_ignore_editorial_variants():
    assert normalize("L’Union  –  X") == normalize("l'union - x")
    assert words("l’Union, l'Union") == {"l'union": 2}


@given(st.text())
def test_tokens_join_back_to_the_text(text):
    assert "".join(tokenize(text)) == text
