"""Word tokens for word-level comparison.

`tokenize(text)` splits text into words, runs of white space and single punctuation
marks, each a separate token, so a diff never cuts a word in two ("char soup"). An
apostrophe between letters stays inside the word (`l'Union`, `l’Union`, `aujourd'hui`),
so elision does not fragment the diff. Joining the tokens gives the text back exactly.
"""

from __future__ import annotations

import re
from collections import Counter

# A word: letters/digits, possibly joined by apostrophes (straight or typographic).
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|\s+|[^\w\s]", re.UNICODE)


def tokenize(text: str) -> list[str]:
    """Tokens of `text`; `"".join(tokenize(t)) == t` always."""
    return _TOKEN.findall(text)


def normalize(text: str) -> str:
    """Text reduced for comparing editorial variants: quotes, dashes, spaces, case."""
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("\u00a0", " ")
    return " ".join(text.split()).casefold()


def words(text: str) -> Counter[str]:
    """Bag of normalized words (no spaces, no punctuation) of `text`."""
    return Counter(t for t in tokenize(normalize(text)) if t[0].isalnum() or t[0] == "_")
