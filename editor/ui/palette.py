"""Colours of the synoptic view: one per source group, and the state backgrounds."""

from __future__ import annotations

from PySide6.QtGui import QColor

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


def source_colour(group: str) -> QColor:
    if group in _FIXED:
        return QColor(_FIXED[group])
    # Stable across runs (no hash()): the same country keeps its colour.
    return QColor(_OTHERS[sum(map(ord, group)) % len(_OTHERS)])


def source_of(proposal_ids: tuple[str, ...]) -> str:
    return proposal_ids[0].split("/", 1)[0] if proposal_ids else ""
