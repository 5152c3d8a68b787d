"""Item labels: recognition, levels in context, and splitting runs without losing revisions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core.itemlabels import LevelTracker, label_kind, split_label
from editor.core.model import Revision, RevisionKind, Run, View, runs_text

INS = Revision(RevisionKind.INSERT)
DEL = Revision(RevisionKind.DELETE)


@pytest.mark.parametrize("label", ["a)", "bbis)", "cb)", "i)", "iii)", "1", "21", "1.1", "1)", "–", "-"])
def test_labels(label: str) -> None:
    assert label_kind(label) is not None


@pytest.mark.parametrize("label", ["", "que", "Résolution", "1,5", "a", "(a", "2014-2018)"])
def test_not_labels(label: str) -> None:
    assert label_kind(label) is None


def levels(labels: list[str]) -> list[int]:
    tracker = LevelTracker()
    result = []
    for label in labels:
        kind = label_kind(label)
        assert kind is not None
        result.append(tracker.level(kind))
    return result


def test_levels_in_context() -> None:
    assert levels(["a)", "i)", "ii)", "b)"]) == [1, 2, 2, 1]
    assert levels(["g)", "h)", "i)", "j)"]) == [1, 1, 1, 1]
    assert levels(["a)", "b)", "i)", "ii)", "c)"]) == [1, 1, 2, 2, 1]
    assert levels(["c)", "1)", "2)", "d)"]) == [1, 2, 2, 1]
    assert levels(["1", "1.1", "1.2", "2", "2.1.1"]) == [1, 2, 2, 1, 3]
    assert levels(["1", "–", "–", "2"]) == [1, 2, 2, 1]
    assert levels(["–", "–"]) == [1, 1]


LABELS = st.sampled_from(["a)", "b)", "bbis)", "i)", "1", "1.1", "–"])
TEXT = st.text(st.characters(blacklist_characters="\t", blacklist_categories=("Cs",)), max_size=20)


@given(LABELS, LABELS, TEXT, st.sampled_from(["plain", "relabel", "inserted", "deleted"]))
def test_split_keeps_every_view(old: str, new: str, text: str, shape: str) -> None:
    if shape == "plain":
        runs = (Run(f"{old}\t{text}"),)
    elif shape == "relabel":
        runs = (Run(old, DEL), Run(new, INS), Run("\t" + text))
    elif shape == "inserted":
        runs = (Run(f"{new}\t{text}", INS),)
    else:
        runs = (Run(f"{old}\t{text}", DEL),)
    split = split_label(runs)
    assert split is not None
    for view in View:
        whole = runs_text(runs, view)
        label, rest = runs_text(split.label, view), runs_text(split.text, view)
        assert (f"{label}\t{rest}" if whole else "") == whole
    # every piece keeps the revision of the run it came from
    assert {r.revision for r in (*split.label, *split.text)} <= {r.revision for r in runs}
