"""Footnote references inside changed text, from the proposal to the consolidated text."""

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from engine_fixtures import B, base, key, proposal  # noqa: E402

from editor.core.changes import extract  # noqa: E402
from editor.core.consolidate import consolidate  # noqa: E402
from editor.core.decisions import by_source  # noqa: E402
from editor.core.model import DecisionState, Revision, RevisionKind, Run  # noqa: E402


@pytest.mark.xfail(strict=True, reason=(
    "a footnote reference inside a proposal's inserted text is lost: "
    "changes.revision_hunks skips footnote runs, Change carries plain text only and "
    "consolidate builds the new runs from that text (needs a footnote field on Change, "
    "used by consolidate._runs, and ExportPlan.new_footnotes for the export)"))
def test_footnote_inserted_with_new_words_reaches_the_consolidated_text():
    ins = Revision(RevisionKind.INSERT, "ARB")
    p = proposal("ARB/1/1", "101", ["I: b)\tque les réseaux sont un puissant moteur;"])
    item = replace(p.resolution.provisions[0], runs=(
        Run("que les réseaux sont un puissant moteur"), Run(" durable", ins),
        Run("", ins, footnote="7"), Run(";")))
    p = replace(p, resolution=replace(p.resolution, provisions=(item,)))
    b = base()
    b = replace(b, provisions=(*b.provisions[:B], replace(
        b.provisions[B], runs=(Run("que les réseaux sont un puissant moteur;"),)),
        *b.provisions[B + 1:]))
    [c] = extract(b, p)
    assert (c.old, c.new) == ("", " durable")
    result = consolidate(b, [c], by_source({}, [c], "ARB", DecisionState.ACCEPTED))
    [t] = [t for t in result.tracked if t.key == key(B)]
    assert [r.footnote for r in t.provision.runs if r.footnote] == ["7"]


@pytest.mark.xfail(strict=True, reason=(
    "a footnote reference the proposal deletes with the words it follows "
    "(`[-de las redes IP[1]-]{+del Protocolo Internet+}`) is kept after the new words: "
    "changes carry no footnote, so consolidate._runs (and the export plan, made to agree "
    "with it) keep every base reference that is not strictly inside deleted text"))
def test_footnote_deleted_with_its_words_leaves_the_consolidated_text():
    dele = Revision(RevisionKind.DELETE, "ARB")
    ins = Revision(RevisionKind.INSERT, "ARB")
    p = proposal("ARB/1/1", "101", ["I: b)\tque les réseaux sont un puissant moteur;"])
    item = replace(p.resolution.provisions[0], runs=(
        Run("que les réseaux sont un puissant "), Run("moteur", dele),
        Run("", dele, footnote="1"), Run("facteur", ins), Run(";")))
    p = replace(p, resolution=replace(p.resolution, provisions=(item,)))
    b = base()
    b = replace(b, provisions=(*b.provisions[:B], replace(b.provisions[B], runs=(
        Run("que les réseaux sont un puissant moteur"), Run("", footnote="1"), Run(";"))),
        *b.provisions[B + 1:]))
    [c] = extract(b, p)
    assert (c.old, c.new) == ("moteur", "facteur")
    result = consolidate(b, [c], by_source({}, [c], "ARB", DecisionState.ACCEPTED))
    [t] = [t for t in result.tracked if t.key == key(B)]
    assert [r.footnote for r in t.provision.runs if r.footnote] == []
