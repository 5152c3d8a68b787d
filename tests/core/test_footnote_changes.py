"""Edits of a footnote's own text: extracted as `footnote-text` changes, merged across
proposals, conflicting when they overlap, applied to the consolidated footnote."""

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from engine_fixtures import DEL, INS, B, C, base, edited, key, note, proposal  # noqa: E402

from editor.core.changes import (  # noqa: E402
    FOOTNOTES,
    ChangeKind,
    Note,
    extract,
    footnote_key,
    footnote_of,
    key_index,
)
from editor.core.consolidate import (  # noqa: E402
    CUSTOM,
    DELETE,
    EQUAL,
    INSERT,
    MODIFIED,
    UNCHANGED,
    consolidate,
)
from editor.core.decisions import by_source, decide  # noqa: E402
from editor.core.footnote_changes import note_text  # noqa: E402
from editor.core.merge import find_conflicts, merge  # noqa: E402
from editor.core.model import (  # noqa: E402
    Decision,
    DecisionState,
    Footnote,
    Paragraph,
    Revision,
    RevisionKind,
    Run,
)

TEXT = "que les réseaux sont un puissant moteur de croissance;"
HEAD = "que les réseaux sont un puissant moteur"  # the reference follows "moteur"
PUNE = "\tPar exemple la manifestation tenue à Pune (Inde) en décembre 2010."
FN = footnote_key("101", "1")


def item_runs(fid: str = "1", revision: Revision | None = None) -> tuple[Run, ...]:
    return (Run(HEAD), Run("", revision, footnote=fid), Run(TEXT[len(HEAD):]))


def the_base():
    """Res. 101 with item b) referencing footnote 1 (the Pune note) after "moteur"."""
    b = base()
    item = replace(b.provisions[B], runs=item_runs())
    return replace(b, provisions=(*b.provisions[:B], item, *b.provisions[B + 1:]),
                   footnotes=(note("1", PUNE),))


def with_item(pid: str, runs: tuple[Run, ...], footnotes: tuple[Footnote, ...]):
    p = proposal(pid, "101", [f"I: b)\t{TEXT}"])
    item = replace(p.resolution.provisions[0], runs=runs)
    return replace(p, resolution=replace(p.resolution, provisions=(item,), footnotes=footnotes))


def clean_with(pid: str, runs: tuple[Run, ...], footnotes: tuple[Footnote, ...]):
    """A clean proposal: the whole base text, item b) as `runs`."""
    p = proposal(pid, "101", edited({}))
    items = p.resolution.provisions
    item = replace(items[B], runs=runs)
    return replace(p, resolution=replace(p.resolution, footnotes=footnotes,
                                         provisions=(*items[:B], item, *items[B + 1:])))


def tracked_note(fid: str, *runs: Run) -> Footnote:
    return Footnote(fid, (Paragraph(runs),))


def by(author: str, kind: RevisionKind) -> Revision:
    return Revision(kind, author)


def pune_edit(pid: str, fid: str = "1", old: str = "manifestation",
              new: str = "conférence") -> object:
    """A tracked proposal whose only change is `old` -> `new` in the Pune footnote."""
    group = pid.split("/")[0]
    head, _, tail = PUNE.partition(old)
    fn = tracked_note(fid, Run(head), Run(old, by(group, RevisionKind.DELETE)),
                      Run(new, by(group, RevisionKind.INSERT)), Run(tail))
    return with_item(pid, item_runs(fid), (fn,))


def accept(b, changes, source="all"):
    return consolidate(b, changes, by_source({}, changes, source, DecisionState.ACCEPTED))


def test_tracked_edit_inside_a_footnote_is_one_change_on_the_base_footnote():
    b = the_base()
    # The proposal numbers the footnote 3: it is the base's 1 by the place of its reference.
    [c] = extract(b, pune_edit("ARB/1/1", fid="3"))
    assert (c.kind, c.provision, c.old, c.new, c.sources) == (
        ChangeKind.FOOTNOTE, FN, "manifestation", "conférence", ("ARB/1/1",))
    assert PUNE[c.start:c.end] == "manifestation" and c.placed
    assert footnote_of(c.provision) == "1" and footnote_of(key(B)) is None


def test_footnote_is_paired_by_place_in_a_variant_of_the_provision():
    """The proposal's copy of b) has other words before the reference and a second
    reference of its own: the edited footnote is still the base's 1, after "moteur"."""
    b = the_base()
    p = pune_edit("ARB/1/1", fid="3")
    item = p.resolution.provisions[0]
    variant = (Run("que les réseaux IP sont un très puissant moteur"), item.runs[1],
               Run(" de croissance"), Run("", footnote="8"), Run(";"))
    other = tracked_note("8", Run("Voir "), Run("Rés. 130", INS), Run("."))
    p = replace(p, resolution=replace(p.resolution, provisions=(replace(item, runs=variant),),
                                      footnotes=(*p.resolution.footnotes, other)))
    changes = extract(b, p)
    assert [(c.kind, c.provision, c.old, c.new) for c in changes] == [
        (ChangeKind.FOOTNOTE, FN, "manifestation", "conférence")]


def test_footnote_keys_sort_after_every_provision():
    assert key_index(FN) >= FOOTNOTES > key_index(key(C)) and key_index("101:fn:x") == FOOTNOTES
    b = the_base()
    p = pune_edit("ARB/1/1")
    item = p.resolution.provisions[0]
    edited = replace(item, runs=(*item.runs[:2], Run(" de croissance", DEL),
                                 Run(" durable", INS), Run(";")))
    p = replace(p, resolution=replace(p.resolution, provisions=(edited,)))
    changes = merge(extract(b, p))
    assert [c.kind for c in changes] == [ChangeKind.TEXT, ChangeKind.FOOTNOTE]


def test_clean_proposal_with_other_footnote_wording_is_a_change():
    b = the_base()
    clean = note("7", " Par exemple la conférence tenue à Pune (Inde) en décembre 2010. ")
    [c] = extract(b, clean_with("EUR/2/1", item_runs("7"), (clean,)))
    assert (c.kind, c.provision, c.old, c.new) == (ChangeKind.FOOTNOTE, FN, "manifestation",
                                                   "conférence")
    assert PUNE[c.start:c.end] == "manifestation"
    # Same words, other white space around them (the tab after the mark): no change.
    same = note("7", "Par exemple la manifestation tenue à Pune (Inde) en décembre 2010.")
    assert extract(b, clean_with("EUR/2/1", item_runs("7"), (same,))) == []


def test_unmarked_footnote_of_a_marked_proposal_asks_for_nothing():
    b = the_base()
    other = note("1", "\tPar exemple la conférence tenue à Pune (Inde) en décembre 2010.")
    runs = (Run(HEAD), Run("", footnote="1"), Run(" de croissance", DEL), Run(";"))
    changes = extract(b, with_item("ARB/1/1", runs, (other,)))
    assert [c.kind for c in changes] == [ChangeKind.TEXT]


def test_a_reference_the_proposal_deletes_pairs_with_nothing():
    b = the_base()
    fn = tracked_note("1", Run("\tPar exemple la "), Run("manifestation", DEL),
                      Run("conférence", INS), Run(" tenue à Pune (Inde) en décembre 2010."))
    runs = item_runs("1", DEL)
    changes = extract(b, with_item("ARB/1/1", runs, (fn,)))
    assert [(c.kind, c.dropped_notes) for c in changes] == [(ChangeKind.TEXT, (0,))]


def test_footnote_edit_is_reanchored_on_an_editorial_variant():
    b = the_base()
    variant = "\tPar exemple la manifestation tenue à Pune (Inde) en déc. 2010 ."
    head, _, tail = variant.partition("Pune")
    fn = tracked_note("1", Run(head), Run("Pune", DEL), Run("Pune et à Genève", INS), Run(tail))
    [c] = extract(b, with_item("ARB/1/1", item_runs(), (fn,)))
    assert c.placed and PUNE[c.start:c.end] == c.old
    assert PUNE[:c.start] + c.new + PUNE[c.end:] == PUNE.replace("Pune", "Pune et à Genève")


def test_identical_edits_of_two_groups_are_one_change_and_overlapping_ones_conflict():
    b = the_base()
    same = merge([*extract(b, pune_edit("ARB/1/1", "3")), *extract(b, pune_edit("EUR/2/1"))])
    assert [(c.kind, c.sources) for c in same] == [(ChangeKind.FOOTNOTE, ("ARB/1/1", "EUR/2/1"))]
    assert find_conflicts(same) == ()
    other = merge([*extract(b, pune_edit("ARB/1/1")),
                   *extract(b, pune_edit("EUR/2/1", new="réunion"))])
    assert len(other) == 2
    [k] = find_conflicts(other)
    assert k.provision == FN and set(k.changes) == {c.id for c in other}
    # Edits of different words of one footnote do not conflict.
    apart = merge([*extract(b, pune_edit("ARB/1/1")),
                   *extract(b, pune_edit("EUR/2/1", old="Pune", new="Genève"))])
    assert len(apart) == 2 and find_conflicts(apart) == ()


def test_accepted_edit_changes_the_consolidated_footnote_and_is_attributed():
    b = the_base()
    changes = merge([*extract(b, pune_edit("ARB/1/1")),
                     *extract(b, pune_edit("EUR/2/1", old="Pune", new="Genève"))])
    result = accept(b, changes)
    assert result.resolution is not None
    [fn] = result.resolution.footnotes
    assert note_text(fn) == "\tPar exemple la conférence tenue à Genève (Inde) en décembre 2010."
    [t] = result.footnotes
    assert (t.key, t.id, t.status) == (FN, "1", MODIFIED)
    arb, eur = (next(c.id for c in changes if s in c.sources[0]) for s in ("ARB", "EUR"))
    assert [(s.op, s.text, s.sources, s.change) for s in t.segments] == [
        (EQUAL, "\tPar exemple la ", (), ""),
        (DELETE, "manifestation", ("ARB/1/1",), arb), (INSERT, "conférence", ("ARB/1/1",), arb),
        (EQUAL, " tenue à ", (), ""),
        (DELETE, "Pune", ("EUR/2/1",), eur), (INSERT, "Genève", ("EUR/2/1",), eur),
        (EQUAL, " (Inde) en décembre 2010.", (), "")]
    # the provision keeps its reference to the (edited) footnote
    [item] = [x for x in result.tracked if x.key == key(B)]
    assert [r.footnote for r in item.provision.runs if r.footnote] == ["1"]


def test_rejected_or_pending_edits_leave_the_base_footnote():
    b = the_base()
    changes = merge(extract(b, pune_edit("ARB/1/1")))
    rejected = consolidate(b, changes, decide({}, [c.id for c in changes],
                                              DecisionState.REJECTED))
    assert rejected.resolution == b
    assert [t.status for t in rejected.footnotes] == [UNCHANGED]
    assert consolidate(b, changes, {}).resolution == b


def test_a_conflict_between_footnote_edits_takes_a_combined_wording():
    b = the_base()
    changes = merge([*extract(b, pune_edit("ARB/1/1")),
                     *extract(b, pune_edit("EUR/2/1", new="réunion"))])
    [k] = find_conflicts(changes)
    wording = "\tPar exemple la réunion-conférence tenue à Pune (Inde) en décembre 2010."
    decisions = {k.id: Decision(k.id, DecisionState.ACCEPTED, custom_text=wording),
                 **decide({}, k.changes, DecisionState.REJECTED)}
    result = consolidate(b, changes, decisions)
    assert result.resolution is not None and note_text(result.resolution.footnotes[0]) == wording
    assert result.footnotes[0].status == CUSTOM
    # a wording on the footnote itself: the tab after the footnote mark stays
    own = consolidate(b, changes, {FN: Decision(FN, DecisionState.ACCEPTED, custom_text="Vu.")})
    assert own.resolution is not None and note_text(own.resolution.footnotes[0]) == "\tVu."


def test_edit_of_a_footnote_whose_reference_is_deleted_is_moot():
    b = the_base()
    p = pune_edit("ARB/1/1")
    item = p.resolution.provisions[0]
    gone = replace(item, runs=(item.runs[0], Run("", DEL, footnote="1"), item.runs[2]))
    q = replace(p, id="EUR/2/1", sources=("EUR/2/1",),
                resolution=replace(p.resolution, provisions=(gone,), footnotes=()))
    changes = merge([*extract(b, p), *extract(b, q)])
    result = accept(b, changes)
    assert result.resolution is not None and result.resolution.footnotes == ()


# --- a clean proposal's new footnote references (they were lost before) ---------------


def test_clean_proposal_adding_a_reference_with_new_words_brings_its_footnote():
    b = the_base()
    runs = (Run(HEAD), Run("", footnote="1"), Run(" durable"), Run("", footnote="2"),
            Run(" de croissance;"))
    p = clean_with("EUR/2/1", runs, (note("1", PUNE), note("2", " Programme 2030. ")))
    [c] = extract(b, p)
    assert (c.kind, c.old, c.new, c.notes) == (ChangeKind.TEXT, "", "durable ",
                                               (Note(7, "Programme 2030."),))
    result = accept(b, [c])
    [item] = [x for x in result.tracked if x.key == key(B)]
    assert [(s.op, s.text or "[fn]") for s in item.segments] == [
        (EQUAL, HEAD), (EQUAL, "[fn]"), (EQUAL, " "), (INSERT, "durable"), (INSERT, "[fn]"),
        (INSERT, " "), (EQUAL, "de croissance;")]
    assert result.resolution is not None
    assert [note_text(f).strip() for f in result.resolution.footnotes] == [
        PUNE.strip(), "Programme 2030."]


def test_clean_proposal_adding_a_reference_alone_is_a_change_of_references():
    b = the_base()
    runs = (*item_runs()[:2], Run(" de croissance"), Run("", footnote="5"), Run(";"))
    [c] = extract(b, clean_with("EUR/2/1", runs, (note("1", PUNE), note("5", "Voir Rés. 130."))))
    at = len(TEXT) - 1
    assert (c.start, c.end, c.old, c.new, c.notes) == (at, at, "", "",
                                                       (Note(0, "Voir Rés. 130."),))
    # Without the footnote the reference stands for, its base footnote stays (not dropped).
    assert extract(b, clean_with("EUR/2/1", (Run(TEXT),), ())) == []
