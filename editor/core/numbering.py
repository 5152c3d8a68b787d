"""Item labels derived from position: `a)`, `b)`…; `i)`, `ii)`…; `1`, `2`…; `1.1`, `1.2`.

Labels are never merged from the proposals: after insertions and deletions the items of
a call are numbered again, level by level, in the style of the first item of that level
in the call (`label_style`). `relabel(entries)` takes the consolidated sequence of
provisions with, for each, whether it is an insertion, a deletion or kept; only calls
(the stretch between two non-item provisions) whose item set changed are renumbered, so
a base with `bbis)` stays as it is when nothing is inserted or deleted in its call.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from editor.core.model import Provision, ProvisionKind

_LETTER = re.compile(r"^(\(?)([a-z])(?:bis|ter|quater)?([).])$")
_ROMAN = re.compile(r"^(\(?)([ivxlc]+)([).])$")
_NUMBER = re.compile(r"^(\d+)(?:bis|ter)?([.)]?)$")
_DOTTED = re.compile(r"^\d+(?:\.\d+)+([.)]?)$")
_IN_CALL = (ProvisionKind.ITEM, ProvisionKind.TEXT)


class LabelStyle(NamedTuple):
    scheme: str  # "letter" | "roman" | "number" | "dotted"
    prefix: str = ""
    suffix: str = ""


def label_style(label: str) -> LabelStyle | None:
    """Style of a label (None: not a sequence, e.g. a dash); `i)` reads as roman."""
    label = label.strip()
    m = _ROMAN.match(label)
    if m and m.group(2) == "i":
        return LabelStyle("roman", m.group(1), m.group(3))
    if m := _LETTER.match(label):
        return LabelStyle("letter", m.group(1), m.group(3))
    if m := _ROMAN.match(label):
        return LabelStyle("roman", m.group(1), m.group(3))
    if m := _NUMBER.match(label):
        return LabelStyle("number", "", m.group(2))
    if m := _DOTTED.match(label):
        return LabelStyle("dotted", "", m.group(1))
    return None


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                       (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                       (4, "iv"), (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out


def format_label(style: LabelStyle, n: int, parent: str = "") -> str:
    if style.scheme == "letter":
        core = _letters(n)
    elif style.scheme == "roman":
        core = _roman(n)
    elif style.scheme == "dotted":
        core = f"{parent.rstrip('.)')}.{n}" if parent else str(n)
    else:
        core = str(n)
    return f"{style.prefix}{core}{style.suffix}"


class Entry(NamedTuple):
    provision: Provision
    label: str  # current label text
    status: str  # "inserted" | "deleted" | anything else (kept)


def _is_item(p: Provision) -> bool:
    return p.kind is ProvisionKind.ITEM and p.level > 0


def relabel(entries: Sequence[Entry]) -> list[str]:
    """New label of each entry (deleted entries keep theirs), see module doc."""
    out = [e.label for e in entries]
    start = 0
    for i in range(1, len(entries) + 1):
        if i == len(entries) or entries[i].provision.kind not in _IN_CALL:
            _renumber(entries, range(start, i), out)
            start = i
    return out


def _lone_item(entries: Sequence[Entry], span: range, items: list[int]) -> int | None:
    """A call's single item is unnumbered in ITU texts (a TEXT paragraph); when a proposal
    adds numbered items to that call, the lone paragraph becomes item 1. Its index, or None."""
    lone = [i for i in span if entries[i].provision.kind is ProvisionKind.TEXT
            and not entries[i].label.strip() and entries[i].status != "deleted"]
    first = [i for i in items if entries[i].provision.level == 1]
    if (len(lone) == 1 and first and lone[0] < first[0]
            and all(entries[i].status == "inserted" for i in first)):
        return lone[0]
    return None


def _renumber(entries: Sequence[Entry], span: range, out: list[str]) -> None:
    items = [i for i in span if _is_item(entries[i].provision)]
    if not any(entries[i].status in ("inserted", "deleted") for i in items):
        return
    levels = {i: entries[i].provision.level for i in items}
    lone = _lone_item(entries, span, items)
    styles: dict[int, LabelStyle | None] = {}
    for i in items:  # the base's style first...
        level = entries[i].provision.level
        if level not in styles and entries[i].status != "inserted":
            styles[level] = label_style(entries[i].label)
    for i in items:  # ...levels only inserted items have: their own style
        styles.setdefault(entries[i].provision.level, label_style(entries[i].label))
    if lone is not None:
        levels[lone] = 1
        items = sorted([*items, lone])
    counters: dict[int, int] = {}
    current: dict[int, str] = {}
    for i in items:
        e = entries[i]
        if e.status == "deleted":
            continue
        level = levels[i]
        counters[level] = counters.get(level, 0) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        style = styles.get(level)
        orphan = style is not None and style.scheme == "dotted" and level - 1 not in current
        if style is not None and not orphan:  # an orphan (parent deleted) keeps its label
            out[i] = format_label(style, counters[level], current.get(level - 1, ""))
        current[level] = out[i]
