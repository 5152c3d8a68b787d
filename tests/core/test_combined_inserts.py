"""A combined text for a conflict between inserted provisions: one inserted provision per
non-empty line, numbered by the normal relabelling, shaped like the provisions inserted
there, its words the drafter's (credited to the conflict); nothing else changes."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from engine_fixtures import BASE_LINES, D12, A, base, edited, key, proposal  # noqa: E402

from editor.core.changes import extract  # noqa: E402
from editor.core.consolidate import CUSTOM, INSERT, consolidate  # noqa: E402
from editor.core.merge import Conflict, find_conflicts, merge  # noqa: E402
from editor.core.model import Decision, DecisionState, ProvisionKind, View  # noqa: E402

ACC, REJ = DecisionState.ACCEPTED, DecisionState.REJECTED

# After considérant a): ARB inserts two items, EUR one, in conflict.
ARB = proposal("ARB/79A3/1", "101", edited({}, {A: [
    "I: {+b)\tque l'accès à l'Internet est essentiel;+}",
    "I: {+c)\tque la sécurité des réseaux est une priorité;+}"]}))
EUR = proposal("EUR/12A1/1", "101", edited({}, {A: [
    "I: {+b)\tque l'Internet des objets se développe rapidement;+}"]}))
# After décide 1.2: ARB inserts two sub-items, EUR one item.
SUB_ARB = proposal("ARB/79A3/2", "101", edited({}, {D12: [
    "I2: {+1.3\tavec le secteur privé;+}", "I2: {+1.4\tavec le monde universitaire;+}"]}))
SUB_EUR = proposal("EUR/12A1/2", "101", edited({}, {D12: [
    "I: {+2\tde promouvoir l'IPv6;+}"]}))


def setup(*proposals):
    b = base()
    changes = merge(c for p in proposals for c in extract(b, p))
    [k] = [k for k in find_conflicts(changes) if k.provision]
    return b, changes, k


def combined(k: Conflict, text: str) -> dict[str, Decision]:
    """The picker's combined text: a wording on the conflict, every alternative rejected."""
    return {k.id: Decision(k.id, ACC, custom_text=text),
            **{c: Decision(c, REJ) for c in k.changes}}


def labelled(result) -> list[str]:
    return [f"{p.label_text(View.ORIGINAL)}\t{p.text(View.ORIGINAL)}".lstrip("\t")
            for p in result.resolution.provisions]


def base_lines() -> list[str]:
    return [line.partition(": ")[2] for line in BASE_LINES]


LINES = ["que l'accès à l'Internet est essentiel;",
         "que l'Internet des objets se développe rapidement;",
         "que la sécurité des réseaux est une priorité;"]


def test_the_conflict_is_between_inserted_provisions():
    _, changes, k = setup(ARB, EUR)
    by_id = {c.id: c for c in changes}
    assert k.provision == key(A) and len(k.changes) == 3
    assert all(by_id[c].adds_provision for c in k.changes)


def test_three_lines_insert_three_items_relabelled():
    b, changes, k = setup(ARB, EUR)
    out = consolidate(b, changes, combined(k, "\n".join(LINES)))
    old = base_lines()
    assert labelled(out) == [*old[:A + 1], "b)\t" + LINES[0], "c)\t" + LINES[1],
                             "d)\t" + LINES[2], old[A + 1].replace("b)", "e)"),
                             old[A + 2].replace("c)", "f)"), *old[A + 3:]]
    new = out.tracked[A + 1:A + 4]
    assert [t.status for t in new] == [CUSTOM] * 3
    assert len({t.key for t in new}) == 3 and not {t.key for t in new} & {key(i) for i in
                                                                          range(len(old))}
    for t, line in zip(new, LINES, strict=True):
        assert t.segments == ((INSERT, line, (), k.id, ""),)  # the drafter's words
        assert (t.provision.kind, t.provision.level) == (ProvisionKind.ITEM, 1)
        assert t.base_label == ""
    # nothing else changed: the base provisions are there, only b) and c) relabelled
    rest = [t for t in out.tracked if t not in new]
    assert [t.key for t in rest] == [key(i) for i in range(len(old))]
    assert [t.status for t in rest] == ["unchanged"] * len(old)
    assert [(t.base_label, t.label) for t in rest if t.label != t.base_label] == [
        ("b)", "e)"), ("c)", "f)")]
    assert out.applied == ()


def test_one_line_inserts_one_item():
    b, changes, k = setup(ARB, EUR)
    out = consolidate(b, changes, combined(k, LINES[1]))
    old = base_lines()
    assert labelled(out) == [*old[:A + 1], "b)\t" + LINES[1], old[A + 1].replace("b)", "c)"),
                             old[A + 2].replace("c)", "d)"), *old[A + 3:]]


def test_empty_lines_are_ignored_and_lines_trimmed():
    b, changes, k = setup(ARB, EUR)
    out = consolidate(b, changes, combined(k, f"\n  {LINES[0]} \n\n \t\n{LINES[2]}\n\n"))
    assert labelled(out)[A + 1:A + 4] == ["b)\t" + LINES[0], "c)\t" + LINES[2],
                                          base_lines()[A + 1].replace("b)", "d)")]
    assert len(out.tracked) == len(BASE_LINES) + 2
    # nothing but blank lines: nothing inserted, the base as it was
    out = consolidate(b, changes, combined(k, "\n \n"))
    assert labelled(out) == base_lines()


def test_rejecting_everything_still_gives_the_base():
    b, changes, k = setup(ARB, EUR)
    out = consolidate(b, changes, {c: Decision(c, REJ) for c in k.changes})
    assert labelled(out) == base_lines()
    # with the combined text, the tracked view read as the base is the base
    out = consolidate(b, changes, combined(k, "\n".join(LINES)))
    original = [f"{t.base_label}\t{''.join(s.text for s in t.segments if s.op != INSERT)}"
                .lstrip("\t") for t in out.tracked if t.status != CUSTOM]
    assert original == base_lines()


def test_lines_take_the_shape_of_the_longest_series_inserted_there():
    """ARB's sub-items 1.3 and 1.4 are what the lines stand for, not EUR's item 2: a third
    line is one more sub-item, and the base item 2 keeps its number."""
    b, changes, k = setup(SUB_ARB, SUB_EUR)
    out = consolidate(b, changes, combined(k, "avec A;\navec B;\navec C;"))
    new = out.tracked[D12 + 1:D12 + 4]
    assert [(t.provision.kind, t.provision.level, t.label) for t in new] == [
        (ProvisionKind.ITEM, 2, "1.3"), (ProvisionKind.ITEM, 2, "1.4"),
        (ProvisionKind.ITEM, 2, "1.5")]
    assert out.tracked[D12 + 4].label == "2"
