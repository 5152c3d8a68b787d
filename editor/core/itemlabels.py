"""Item labels: `a)`, `bbis)`, `i)`, `1`, `1.1`, `1)`, dashes, split from their text at a tab.

A label can carry revisions itself (`[-c)-]{+d)+}` when an item is inserted before it), so
the split works on runs, keeping each piece's revision, never on plain strings.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .model import Run, View, runs_text

_LETTER = re.compile(r"^\(?(?P<letters>[a-z]{1,3})(?:bis|ter|quater)?\)$")
_ROMAN = re.compile(r"^\(?(?P<roman>[ivx]+)\)$")
_NUMBER = re.compile(r"^(?P<parts>\d+(?:\.\d+)*)(?:bis|ter)?\.?$")
_NUMBER_PAREN = re.compile(r"^\(?\d+(?:bis|ter)?\)$")
_DASH = re.compile(r"^[–—\-•·]$")


class LabelSplit(NamedTuple):
    label: tuple[Run, ...]
    text: tuple[Run, ...]


class LabelKind(NamedTuple):
    """What a label looks like, which decides its level in context."""

    kind: str  # "letter", "roman", "number", "number-paren", "dash"
    depth: int  # for "number": 1 for `1`, 2 for `1.1`...; else 1
    letter: str  # for "letter"/"roman": the last letter, to tell `i)` after `h)` apart


def label_kind(label: str) -> LabelKind | None:
    """Classify `label` (already stripped), or None when it is not an item label."""
    if not label or len(label) > 12:
        return None
    if m := _ROMAN.match(label):
        return LabelKind("roman", 1, m.group("roman")[-1])
    if m := _LETTER.match(label):
        return LabelKind("letter", 1, m.group("letters")[-1])
    if m := _NUMBER.match(label):
        return LabelKind("number", m.group("parts").count(".") + 1, "")
    if _NUMBER_PAREN.match(label):
        return LabelKind("number-paren", 1, "")
    if _DASH.match(label):
        return LabelKind("dash", 1, "")
    return None


def split_label(runs: tuple[Run, ...]) -> LabelSplit | None:
    """Split `runs` at the first tab of each view into label runs and text runs.

    The original and the proposed text may put their tab in different runs (`[-c)\\t-]
    {+d)\\t+}`), so a character goes to the label while every view showing it has not yet
    reached its tab. A view without any tab has no label (`{+1\\t+}la Résolution...`: an
    unlabelled paragraph the proposal makes an item). Returns None when no view has a valid
    label, or when some view's label is not one.
    """
    if not any("\t" in r.text for r in runs if r.footnote is None):
        return None  # most paragraphs: no tab in any view, so no label
    has_tab = {v: "\t" in runs_text(runs, v) for v in View}
    waiting = {v for v in View if has_tab[v]}  # views that have not yet reached their tab
    label: list[Run] = []
    text: list[Run] = []
    # Whole runs, and within a run the stretches between tabs, are handled at once (str.find),
    # never character by character: paragraphs can hold thousands of runs.
    for run in runs:
        views = [v for v in View if run.visible_in(v)]
        if run.footnote is not None or not run.text:
            before = [v for v in views if v in waiting]
            (label if before and len(before) == len(views) else text).append(run)
            continue
        source = run.text
        piece_label: list[str] = []
        piece_text = ""
        pos = 0
        while pos < len(source):
            before = [v for v in views if v in waiting]
            if not before:
                piece_text = source[pos:]
                break
            tab = source.find("\t", pos)
            if len(before) != len(views):
                if tab != pos:
                    return None  # label in one view, text in the other: no clean split
            elif tab < 0:
                piece_label.append(source[pos:])
                break
            else:
                piece_label.append(source[pos:tab])
            waiting.difference_update(before)
            pos = tab + 1
        if piece_label and (joined := "".join(piece_label)):
            label.append(Run(joined, run.revision, None))
        if piece_text:
            text.append(Run(piece_text, run.revision, None))
    split = LabelSplit(tuple(label), tuple(text))
    shown = {v: runs_text(split.label, v).strip() for v in View}
    if any(shown[v] and label_kind(shown[v]) is None for v in View):
        return None
    if not any(shown.values()):
        return None
    return split


def label_of(split: LabelSplit) -> str:
    """The label as the proposal reads it (the original one when the item is deleted)."""
    return (
        runs_text(split.label, View.PROPOSED).strip()
        or runs_text(split.label, View.ORIGINAL).strip()
    )


class LevelTracker:
    """Levels of items under one call: `a)` 1, `i)` 2 (unless it follows `h)`), `1.1` 2...

    Context matters: `i)` is the ninth letter after `h)` but a sub-item after `a)`; `1)`
    lists under a lettered item; a dash goes one deeper than the item it follows.
    """

    def __init__(self) -> None:
        self.previous: tuple[LabelKind, int] | None = None
        self.last_letter: str = ""  # last letter of the last level-1 lettered item

    def reset(self) -> None:
        self.previous = None
        self.last_letter = ""

    def level(self, kind: LabelKind) -> int:
        prev = self.previous
        level = 1
        if kind.kind == "roman":
            follows_letter = (
                len(kind.letter) == 1
                and self.last_letter != ""
                and ord(kind.letter) == ord(self.last_letter) + 1
                and not (prev and prev[0].kind == "roman" and prev[1] == 2)
            )
            first = self.last_letter == "" and prev is None
            level = 1 if follows_letter or first else 2
        elif kind.kind == "number":
            level = kind.depth
        elif kind.kind == "number-paren":
            level = 2 if self.last_letter else 1
        elif kind.kind == "dash":
            if prev is None:
                level = 1
            elif prev[0].kind == "dash":
                level = prev[1]
            else:
                level = prev[1] + 1
        if kind.kind in ("letter", "roman") and level == 1:
            self.last_letter = kind.letter
        elif kind.kind == "number" and level == 1:
            self.last_letter = ""
        self.previous = (kind, level)
        return level
