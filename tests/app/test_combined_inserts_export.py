"""A combined text for the sample conflict between inserted provisions (Res. 179, after
décide 3: ARB inserts three items, EUR one): one inserted item per line, numbered 4, 5, 6,
in the synoptic table and in the real tracked export read back by pandoc."""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree
from res179_inserts import ANCHOR, BASE, dossier

from editor.app import export_backend
from editor.app.synoptic_build import build_table
from editor.app.synoptic_table import SegmentKind
from editor.core.merge import Conflict
from editor.core.model import Decision, DecisionState, View
from editor.core.routing import Dossier

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TIME = "2026-12-05T10:00:00.123Z"



def combined(d: Dossier, k: Conflict) -> tuple[dict[str, Decision], list[str]]:
    """ARB's first item, EUR's item, ARB's last item, one a line; every alternative
    rejected, as the conflict picker does."""
    by_id = {c.id: c for c in d.changes}
    members = sorted((by_id[c] for c in k.changes), key=lambda c: (c.sources, c.start))
    texts = {(c.sources[0], c.start): c.new.partition("\t")[2] or c.new for c in members}
    lines = [texts["ARB/79A3/6", 0], texts["EUR/12A1/2", 0], texts["ARB/79A3/6", 2]]
    assert len(set(lines)) == 3 and all(lines)
    decisions = {k.id: Decision(k.id, DecisionState.ACCEPTED, "\n".join(lines), "drafter",
                                TIME),
                 **{c: Decision(c, DecisionState.REJECTED) for c in k.changes}}
    return decisions, lines


def body(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("word/document.xml"))


def text_of(p: etree._Element) -> str:
    return "".join("\t" if e.tag == f"{W}tab" else e.text or ""
                   for e in p.iter(f"{W}t", f"{W}delText", f"{W}tab"))


def test_the_synoptic_table_has_one_row_per_line() -> None:
    d, k = dossier()
    decisions, lines = combined(d, k)
    table = build_table("179", d.base, d.proposals, d.changes, d.conflicts, decisions)
    keys = [r.provision_key for r in table.rows]
    at = keys.index(ANCHOR)
    new = table.rows[at + 1:at + 4]
    assert [r.label for r in new] == ["4", "5", "6"]
    assert all(r.provision_key.startswith(ANCHOR + "+") for r in new)  # after décide 3
    assert len({r.provision_key for r in new}) == 3
    for r, line in zip(new, lines, strict=True):
        cell = r.cells[-1]
        assert cell.edited
        assert [(s.kind, s.text) for s in cell.segments] == [(SegmentKind.INSERT, line)]


def test_the_tracked_export_inserts_one_paragraph_per_line() -> None:
    d, k = dossier()
    decisions, lines = combined(d, k)
    data = export_backend.render("tracked", d, decisions, BASE.read_bytes(), "drafter").data
    paragraphs = list(body(data).iter(f"{W}p"))
    texts = [text_of(p) for p in paragraphs]
    [three] = [i for i, t in enumerate(texts) if t.startswith("3\tque tous les groupes")]
    assert texts[three + 1:three + 4] == [f"{n}\t{line}" for n, line in zip("456", lines, strict=True)]
    style = paragraphs[three].find(f"{W}pPr/{W}pStyle")
    for p in paragraphs[three + 1:three + 4]:
        assert p.find(f".//{W}br") is None
        # a new paragraph, its mark inserted too, in the base items' style
        assert p.find(f"{W}pPr/{W}rPr/{W}ins") is not None
        mine = p.find(f"{W}pPr/{W}pStyle")
        assert (mine is None) == (style is None)
        assert style is None or mine.get(f"{W}val") == style.get(f"{W}val")
        # a conflict's combined text is credited to the proposals it combines, as on a
        # base provision
        assert {e.get(f"{W}author") for e in p.iter(f"{W}ins")} == {
            "ARB/79A3/6, EUR/12A1/2"}
        assert not list(p.iter(f"{W}del"))


def test_pandoc_accepting_gives_three_items_and_rejecting_the_base(pandoc_reads) -> None:
    d, k = dossier()
    decisions, lines = combined(d, k)
    read, base = pandoc_reads(d, decisions, BASE)
    assert read["tracked", "accept"] == read["clean", "accept"]
    assert read["tracked", "reject"] == base
    paragraphs = [p.strip() for p in read["tracked", "accept"].split("\n\n")]
    [three] = [i for i, p in enumerate(paragraphs) if p.startswith("3 que tous les groupes")]
    assert [re.sub(r"\s+", " ", p) for p in paragraphs[three + 1:three + 4]] == [
        re.sub(r"\s+", " ", f"{n} {line}") for n, line in zip("456", lines, strict=True)]
    assert paragraphs[three + 4] == "prie le Conseil"
    assert d.base is not None  # and none of the lines is in the base
    assert not any(line in p.text(View.ORIGINAL) for line in lines for p in d.base.provisions)
