"""Reading a randomly revised document gives back the texts it was built from, in both views."""

from __future__ import annotations

import tempfile
from pathlib import Path

from docxio_fixtures import dele, ins, make_docx, p, r
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.model import View
from editor.core.views import view_texts
from editor.docxio import read_docx

KINDS = ("plain", "ins", "del")
text = st.text(alphabet="aé <&>'\"\t", min_size=1, max_size=6)
segments = st.lists(st.tuples(st.sampled_from(KINDS), text), min_size=0, max_size=5)
paragraphs = st.lists(
    st.tuples(segments, st.sampled_from(("", "ins", "del"))), min_size=0, max_size=6
)


def body_of(built: list[tuple[list[tuple[str, str]], str]]) -> str:
    xml = []
    for n, (segs, mark) in enumerate(built):
        content = []
        for i, (kind, words) in enumerate(segs):
            rid = f"{n}-{i}"
            if kind == "plain":
                content.append(r(words))
            elif kind == "ins":
                content.append(ins(r(words), rid=rid))
            else:
                content.append(dele(words, rid=rid))
        xml.append(p(*content, mark=mark))
    return "".join(xml)


def expected(built: list[tuple[list[tuple[str, str]], str]], view: View) -> tuple[str, ...]:
    """What Word shows: the view's segments, paragraphs whose mark vanishes joined on."""
    hidden = "ins" if view is View.ORIGINAL else "del"
    texts: list[str] = []
    pending = ""
    for segs, mark in built:
        pending += "".join(words for kind, words in segs if kind != hidden)
        if mark != hidden:
            texts.append(pending)
            pending = ""
    if built and pending:
        texts.append(pending)
    return tuple(t for t in texts if t.strip())


@settings(max_examples=60, deadline=None)
@given(paragraphs)
def test_views_read_back_what_was_built(built: list[tuple[list[tuple[str, str]], str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        doc = read_docx(make_docx(Path(folder) / "h.docx", body_of(built)))
    assert view_texts(doc, View.ORIGINAL) == expected(built, View.ORIGINAL)
    assert view_texts(doc, View.PROPOSED) == expected(built, View.PROPOSED)
