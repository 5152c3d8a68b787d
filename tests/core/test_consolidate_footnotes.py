"""Footnote references inside changed text, from the proposal to the consolidated text."""

import hashlib
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from engine_fixtures import DEL, INS, B, base, key, note, proposal  # noqa: E402

from editor.core.changes import Note, change_id, extract, revision_hunks  # noqa: E402
from editor.core.consolidate import DELETE, EQUAL, INSERT, consolidate  # noqa: E402
from editor.core.decisions import by_source  # noqa: E402
from editor.core.merge import find_conflicts, merge  # noqa: E402
from editor.core.model import (  # noqa: E402
    DecisionState,
    Footnote,
    Run,
)

TEXT = "que les réseaux sont un puissant moteur;"


def with_item(pid: str, runs: tuple[Run, ...], footnotes: tuple[Footnote, ...] = ()):
    p = proposal(pid, "101", [f"I: b)\t{TEXT}"])
    item = replace(p.resolution.provisions[0], runs=runs)
    return replace(p, resolution=replace(p.resolution, provisions=(item,), footnotes=footnotes))


def base_with(runs: tuple[Run, ...]):
    b = base()
    return replace(b, provisions=(*b.provisions[:B], replace(b.provisions[B], runs=runs),
                                  *b.provisions[B + 1:]))


def accepted(b, changes, source="ARB"):
    return consolidate(b, changes, by_source({}, changes, source, DecisionState.ACCEPTED))


def item_of(result):
    [t] = [t for t in result.tracked if t.key == key(B)]
    return t


def test_footnote_inserted_with_new_words_reaches_the_consolidated_text():
    p = with_item("ARB/1/1", (Run("que les réseaux sont un puissant moteur"),
                              Run(" durable", INS), Run("", INS, footnote="7"), Run(";")),
                  (note("7", " Au sens du Programme 2030. "),))
    b = base_with((Run(TEXT),))
    [c] = extract(b, p)
    assert (c.old, c.new, c.notes) == ("", " durable", (Note(8, "Au sens du Programme 2030."),))
    result = accepted(b, [c])
    t = item_of(result)
    [fid] = [r.footnote for r in t.provision.runs if r.footnote]
    assert [(r.text, r.footnote) for r in t.provision.runs] == [
        ("que les réseaux sont un puissant moteur durable", None), ("", fid), (";", None)]
    assert result.resolution is not None
    [fn] = [f for f in result.resolution.footnotes if f.id == fid]
    assert fn.paragraphs[0].runs[0].text == "Au sens du Programme 2030."
    assert [(s.op, s.text, s.footnote) for s in t.segments] == [
        (EQUAL, "que les réseaux sont un puissant moteur", ""), (INSERT, " durable", ""),
        (INSERT, "", fid), (EQUAL, ";", "")]
    # rejected, nothing of it remains
    rejected = consolidate(b, [c], {})
    assert not any(r.footnote for r in item_of(rejected).provision.runs)


def test_footnote_deleted_with_its_words_leaves_the_consolidated_text():
    p = with_item("ARB/1/1", (Run("que les réseaux sont un puissant "), Run("moteur", DEL),
                              Run("", DEL, footnote="1"), Run("facteur", INS), Run(";")))
    b = base_with((Run("que les réseaux sont un puissant moteur"), Run("", footnote="1"),
                   Run(";")))
    b = replace(b, footnotes=(note("1", "Note de base."),))
    [c] = extract(b, p)
    assert (c.old, c.new, c.dropped_notes) == ("moteur", "facteur", (6,))
    result = accepted(b, [c])
    t = item_of(result)
    assert [r.footnote for r in t.provision.runs if r.footnote] == []
    assert [(s.op, s.text, s.footnote) for s in t.segments] == [
        (EQUAL, "que les réseaux sont un puissant ", ""), (DELETE, "moteur", ""),
        (DELETE, "", "1"), (INSERT, "facteur", ""), (EQUAL, ";", "")]
    assert result.resolution is not None and result.resolution.footnotes == ()


def test_footnote_after_a_replaced_span_the_proposal_keeps_follows_the_new_words():
    # `(Rév. [-Hyderabad, 2010-]{+Dubaï, 2014+})[1]`-like: the reference is not deleted.
    p = with_item("ARB/1/1", (Run("que les réseaux sont un puissant "), Run("moteur", DEL),
                              Run("facteur", INS), Run("", footnote="1"), Run(";")))
    b = base_with((Run("que les réseaux sont un puissant moteur"), Run("", footnote="1"),
                   Run(";")))
    [c] = extract(b, p)
    assert c.dropped_notes == () and c.notes == ()
    t = item_of(accepted(b, [c]))
    assert [(r.text, r.footnote) for r in t.provision.runs] == [
        ("que les réseaux sont un puissant facteur", None), ("", "1"), (";", None)]


def test_a_reference_alone_can_be_inserted_or_deleted():
    hunks = revision_hunks((Run("un puissant moteur"), Run("", INS, footnote="7"), Run(";")))
    assert [(h.start, h.end, h.old, h.new, h.notes) for h in hunks] == [
        (18, 18, "", "", ((0, "7"),))]
    p = with_item("ARB/1/1", (Run("que les réseaux sont un puissant moteur"),
                              Run("", DEL, footnote="1"), Run(";")))
    b = base_with((Run("que les réseaux sont un puissant moteur"), Run("", footnote="1"),
                   Run(";")))
    [c] = extract(b, p)
    assert (c.start, c.end, c.old, c.new, c.dropped_notes) == (39, 39, "", "", (0,))
    t = item_of(accepted(b, [c]))
    assert [r.footnote for r in t.provision.runs if r.footnote] == []


def test_ids_of_changes_without_footnotes_do_not_change():
    fields = ("101", "text", "101:7", "3", "9", "moteur", "facteur")
    old_id = "c" + hashlib.sha1("\x1f".join(fields).encode()).hexdigest()[:12]
    from editor.core.changes import ChangeKind
    assert change_id("101", ChangeKind.TEXT, "101:7", 3, 9, "moteur", "facteur") == old_id
    assert change_id("101", ChangeKind.TEXT, "101:7", 3, 9, "moteur", "facteur",
                     (Note(7, "x"),)) != old_id


def test_same_words_and_footnote_text_from_two_documents_are_one_change():
    def inserting(pid: str, fid: str, text: str):
        return with_item(pid, (Run("que les réseaux sont un puissant moteur"),
                               Run(" durable", INS), Run("", INS, footnote=fid), Run(";")),
                         (note(fid, text),))
    b = base_with((Run(TEXT),))
    same = merge([*extract(b, inserting("ARB/1/1", "3", "Programme 2030.")),
                  *extract(b, inserting("EUR/2/1", "12", "Programme 2030."))])
    assert [c.sources for c in same] == [("ARB/1/1", "EUR/2/1")]
    other = merge([*extract(b, inserting("ARB/1/1", "3", "Programme 2030.")),
                   *extract(b, inserting("EUR/2/1", "3", "Agenda 2063."))])
    assert len(other) == 2 and len(find_conflicts(other)) == 1


def test_inserted_provision_brings_its_footnote():
    p = proposal("ARB/1/1", "101", [f"I: b)\t{TEXT}", "I: {+c)\tque la sécurité compte;+}"])
    new = p.resolution.provisions[1]
    new = replace(new, runs=(*new.runs[:-1], Run("que la sécurité compte", INS),
                             Run("", INS, footnote="4"), Run(";", INS)))
    p = replace(p, resolution=replace(p.resolution, provisions=(
        p.resolution.provisions[0], new), footnotes=(note("4", "Voir Rés. 130."),)))
    b = base()
    changes = [c for c in extract(b, p) if c.inserted is not None]
    [c] = changes
    assert c.notes == (Note(len("que la sécurité compte"), "Voir Rés. 130."),)
    result = accepted(b, changes)
    [t] = [t for t in result.tracked if t.key == c.id]
    [fid] = [r.footnote for r in t.provision.runs if r.footnote]
    assert fid != "4" and (INSERT, "", fid) in [(s.op, s.text, s.footnote) for s in t.segments]
    assert result.resolution is not None
    assert [f.id for f in result.resolution.footnotes] == [fid]
