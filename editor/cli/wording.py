"""Counts in the command line's English: "1 change", "2 changes"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str = "") -> str:
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
