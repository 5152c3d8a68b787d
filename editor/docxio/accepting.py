"""The clean export: every revision left in a document accepted, and bookmark halves that
removed paragraphs left alone dropped. Used by the base writer and the draft writer."""

from __future__ import annotations

from lxml import etree

from .writer_text import local, w


def accept_all(root: etree._Element) -> None:
    """Accept every revision left under `root` (the base's own, if it had any)."""
    for tag in ("del", "moveFrom"):
        for el in list(root.iter(w(tag))):
            parent = el.getparent()
            if parent is None:
                continue
            if local(parent) == "rPr":
                grand = parent.getparent()
                if grand is not None and local(grand) == "pPr":
                    parent.remove(el)  # a deleted mark: the break stays (no merging here)
                continue
            parent.remove(el)
    for tag in ("ins", "moveTo"):
        for el in list(root.iter(w(tag))):
            parent = el.getparent()
            if parent is None:
                continue
            if local(parent) == "rPr":
                parent.remove(el)
                continue
            position = parent.index(el)
            for k, child in enumerate(list(el)):
                parent.insert(position + k, child)
            parent.remove(el)
    for tag in ("rPrChange", "pPrChange", "moveFromRangeStart", "moveFromRangeEnd",
                "moveToRangeStart", "moveToRangeEnd", "sectPrChange", "tblPrChange",
                "trPrChange", "tcPrChange", "numberingChange"):
        for el in list(root.iter(w(tag))):
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)


def drop_orphan_bookmarks(root: etree._Element) -> None:
    """Bookmark halves left alone by removed paragraphs."""
    starts = {b.get(w("id")): b for b in root.iter(w("bookmarkStart"))}
    ends = {b.get(w("id")): b for b in root.iter(w("bookmarkEnd"))}
    for key in set(starts) ^ set(ends):
        el = starts.get(key)
        if el is None:
            el = ends[key]
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
