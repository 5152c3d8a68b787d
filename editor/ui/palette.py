"""Colours of the synoptic view: one per source group, and the state backgrounds."""

from __future__ import annotations

from PySide6.QtGui import QColor

from editor.app.synoptic_table import source_group

# Regional groups get fixed, distinguishable colours so a drafter learns them once.
_FIXED = {  # the same as the synoptic DOCX export (editor/docxio/synoptic.py)
    "ARB": "#00803c",
    "EUR": "#1f4ec8",
    "IAP": "#c01c28",
    "ACP": "#802a9e",
    "AFCP": "#d06a00",
    "RCC": "#7a4a1e",
}
_OTHERS = ("#00838f", "#5d4037", "#ad1457", "#455a64", "#2e7d32", "#283593")

CONFLICT = QColor("#ffd9a8")  # a provision with an unresolved conflict
SELECTED_CHANGE = QColor("#fff09a")
SELECTED_ROW = QColor("#e3eefc")
ACCEPTED = QColor("#d8f0d8")
REJECTED_TEXT = QColor("#9e9e9e")
FIND = QColor("#ffeb3b")
FIND_CURRENT = QColor("#ff9800")
EDITED = QColor("#f3e5f5")
SEVERAL = QColor("#37474f")  # a consolidated change asked for by several groups


def source_colour(group: str) -> QColor:
    if group in _FIXED:
        return QColor(_FIXED[group])
    # Stable across runs (no hash()): the same country keeps its colour.
    return QColor(_OTHERS[sum(map(ord, group)) % len(_OTHERS)])


def groups_of(proposal_ids: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(source_group(p) for p in proposal_ids))


def change_colour(proposal_ids: tuple[str, ...], column_source: str = "") -> QColor:
    """Colour of a change: its column's group in a proposal column (a change ARB, EUR
    and IAP share is green under ARB, blue under EUR, red under IAP); elsewhere its group's,
    or a neutral slate when several groups ask for it."""
    if column_source:
        return source_colour(column_source)
    groups = groups_of(proposal_ids)
    return source_colour(groups[0]) if len(groups) == 1 else SEVERAL
