"""Rewriting one paragraph's text in place, as tracked changes or applied.

A paragraph's visible text is read as atoms (the text of one `w:t`, or one tab, break or
footnote reference) that remember the run they came from. The plan's old side (equal +
deleted text) is aligned with that text, giving spans of kept and deleted characters and
the text inserted between them, so unchanged text keeps its own runs, formatting,
bookmarks and fields; deleted text keeps its runs too (wrapped in `w:del`, or dropped), and
inserted text borrows the formatting of the text just before it. Runs are cut only where
a span starts or ends: the work grows with the number of changes, not of characters.

If the base text and the plan's old side disagree (a plan built from another reading),
base text the plan does not know is deleted and old text the base lacks is inserted, so
rejecting every change still gives the base and accepting them still gives the plan.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from lxml import etree

from editor.core.export_plan import Segment

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_CONTAINERS = {"hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "dir", "bdo"}
_INSERTED = {"ins", "moveTo"}
_DELETED = {"del", "moveFrom"}
_FOOTNOTE_BASE = 0xF0000  # private-use plane: one character per footnote id
_BREAKS = re.compile("([\t\n])")


def w(name: str) -> str:
    return _W + name


def local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str) or not tag.startswith(_W):
        return ""
    return tag[len(_W) :]


@dataclass(slots=True)
class Atom:
    """Visible characters in one run child: a `w:t`'s text, or a tab's, break's... one."""

    text: str
    run: etree._Element
    child: etree._Element  # w:t, w:tab, w:br, w:footnoteReference...
    start: int  # index of the first character in the paragraph's text


@dataclass
class Revisions:
    """Hands out revision ids unique across the document, with a fallback author/date."""

    next_id: int
    author: str
    date: str
    footnote_ids: dict[str, int] = field(default_factory=dict)

    def mark(self, tag: str, author: str = "", date: str = "") -> etree._Element:
        el = etree.Element(w(tag))
        el.set(w("id"), str(self.next_id))
        el.set(w("author"), author or self.author)
        el.set(w("date"), date or self.date)
        self.next_id += 1
        return el

    def footnote_char(self, footnote_id: str) -> str:
        n = self.footnote_ids.setdefault(footnote_id, len(self.footnote_ids))
        return chr(_FOOTNOTE_BASE + n)


# --- reading atoms ---------------------------------------------------------------------


def atoms_of(p: etree._Element, revisions: Revisions, fields: list[str]) -> list[Atom]:
    """The paragraph's text as atoms, in the accepted view (text under `w:del` skipped).

    `fields` is the complex-field state at the paragraph start (updated in place), so field
    instructions are skipped like the reader skips them.
    """
    out: list[Atom] = []
    n = 0

    def add(text: str, r: etree._Element, child: etree._Element) -> None:
        nonlocal n
        out.append(Atom(text, r, child, n))
        n += len(text)

    for r in text_runs(p):
        for child in r:
            name = local(child)
            if name == "fldChar":
                kind = child.get(w("fldCharType"), "")
                if kind == "begin":
                    fields.append("instr")
                elif kind == "separate" and fields:
                    fields[-1] = "result"
                elif kind == "end" and fields:
                    fields.pop()
            elif name == "t":
                if "instr" not in fields and child.text:
                    add(child.text, r, child)
            elif "instr" in fields:
                continue
            elif name in ("tab", "ptab"):
                add("\t", r, child)
            elif name == "br":
                if child.get(w("type"), "textWrapping") == "textWrapping":
                    add("\n", r, child)
            elif name == "cr":
                add("\n", r, child)
            elif name == "noBreakHyphen":
                add("-", r, child)
            elif name == "footnoteReference":
                add(revisions.footnote_char(child.get(w("id"), "")), r, child)
    return out


def text_runs(parent: etree._Element) -> Iterator[etree._Element]:
    """Runs visible in the accepted view, in order, through inline containers."""
    for child in parent:
        name = local(child)
        if name == "r":
            yield child
        elif name in _INSERTED or name in _CONTAINERS:
            yield from text_runs(child)


# --- aligning the plan with the base ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class Keep:
    start: int  # characters start..end of the base text
    end: int


@dataclass(frozen=True, slots=True)
class Drop:
    start: int
    end: int
    author: str = ""
    date: str = ""


@dataclass(frozen=True, slots=True)
class Add:
    text: str
    author: str = ""
    date: str = ""
    footnote: str | None = None  # then `text` is the footnote's one character


Action = Keep | Drop | Add


def plan_ops(
    label: tuple[Segment, ...], segments: tuple[Segment, ...], revisions: Revisions
) -> list[Segment]:
    """The label, its tab and the segments; a footnote's text is its one character."""
    ops: list[Segment] = []
    for seg in (*label, *((Segment("\t"),) if label else ()), *segments):
        if seg.footnote is not None:
            ops.append(replace(seg, text=revisions.footnote_char(seg.footnote)))
        elif seg.text:
            ops.append(seg)
    return ops


class _Actions(list[Action]):
    """Actions in order, neighbours of one kind joined (what `rewrite` does with them anyway)."""

    def keep(self, start: int, end: int) -> None:
        self._span(Keep(start, end))

    def drop(self, start: int, end: int, author: str = "", date: str = "") -> None:
        self._span(Drop(start, end, author, date))

    def _span(self, new: Keep | Drop) -> None:
        last = self[-1] if self else None
        if isinstance(last, Keep | Drop) and _same(last, new) and last.end == new.start:
            self[-1] = replace(new, start=last.start)
        else:
            self.append(new)

    def add(self, text: str, author: str = "", date: str = "",
            footnote: str | None = None) -> None:
        last = self[-1] if self else None
        if (footnote is None and isinstance(last, Add) and last.footnote is None
                and (last.author, last.date) == (author, date)):
            self[-1] = Add(last.text + text, author, date)
        else:
            self.append(Add(text, author, date, footnote))


def align(atoms: list[Atom], ops: list[Segment]) -> list[Action]:
    """Actions turning the base atoms into the plan (see the module docstring)."""
    base = "".join(a.text for a in atoms)
    old_text = "".join(op.text for op in ops if op.kind != "insert")
    out = _Actions()
    if base == old_text:  # the usual case: segment by segment
        o = 0
        for op in ops:
            if op.kind == "insert":
                out.add(op.text, op.author, op.date, op.footnote)
                continue
            end = o + len(op.text)
            if op.kind == "equal":
                out.keep(o, end)
            else:
                out.drop(o, end, op.author, op.date)
            o = end
        return out
    mapped: dict[int, int] = {}
    unknown_before: dict[int, list[int]] = {}
    matcher = SequenceMatcher(None, base, old_text, autojunk=False)
    for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            mapped.update({j1 + k: i1 + k for k in range(i2 - i1)})
        elif tag in ("delete", "replace"):
            unknown_before.setdefault(j1, []).extend(range(i1, i2))
    o = 0
    for op in ops:
        if op.kind == "insert":
            out.add(op.text, op.author, op.date, op.footnote)
            continue
        for c in op.text:
            _unknown(base, unknown_before.get(o, ()), out)
            b = mapped.get(o)
            if b is not None and op.kind == "equal":
                out.keep(b, b + 1)
            elif b is not None:
                out.drop(b, b + 1, op.author, op.date)
            elif op.kind == "equal":
                out.add(c, footnote=op.footnote)
            o += 1
    _unknown(base, unknown_before.get(o, ()), out)
    return out


def _unknown(base: str, indexes: Sequence[int], out: _Actions) -> None:
    """Base text the plan does not know: deleted, except footnote references, which a plan
    of plain text may simply not mention (a footnote is never lost by omission)."""
    for i in indexes:
        if ord(base[i]) >= _FOOTNOTE_BASE:
            out.keep(i, i + 1)
        else:
            out.drop(i, i + 1)


# --- building runs ---------------------------------------------------------------------


def text_content(text: str, deleted: bool) -> list[etree._Element]:
    """Run content for plain text: w:t (or w:delText), w:tab, w:br."""
    out: list[etree._Element] = []
    for part in _BREAKS.split(text):
        if part in ("\t", "\n"):
            out.append(etree.Element(w("tab" if part == "\t" else "br")))
        elif part:
            t = etree.Element(w("delText" if deleted else "t"))
            t.text = part
            t.set(_SPACE, "preserve")
            out.append(t)
    return out


def new_run(rpr: etree._Element | None, content: list[etree._Element]) -> etree._Element:
    r = etree.Element(w("r"))
    if rpr is not None:
        r.append(copy.deepcopy(rpr))
    for el in content:
        r.append(el)
    return r


def as_deleted(run: etree._Element) -> etree._Element:
    """The run with its text turned into deleted text (w:delText, w:delInstrText)."""
    for el in run.iter(w("t"), w("instrText")):
        el.tag = w("delText") if local(el) == "t" else w("delInstrText")
    return run


@dataclass
class Writer:
    """Builds runs for one export: tracked (revision marks) or clean (applied)."""

    tracked: bool
    revisions: Revisions
    footnote_rpr: etree._Element | None
    footnote_ref: Callable[[str], str | None]  # plan footnote id -> id in footnotes.xml

    def inserted(self, text: str, rpr: etree._Element | None, author: str, date: str,
                 footnote: str | None = None) -> list[etree._Element]:
        if footnote is not None:
            target = self.footnote_ref(footnote)
            if target is None:
                return []
            ref = etree.Element(w("footnoteReference"))
            ref.set(w("id"), target)
            run = new_run(self.footnote_rpr, [ref])
        else:
            run = new_run(rpr, text_content(text, False))
        if not self.tracked:
            return [run]
        ins = self.revisions.mark("ins", author, date)
        ins.append(run)
        return [ins]

    def deleted(self, run: etree._Element, author: str, date: str) -> list[etree._Element]:
        if not self.tracked:
            return []
        wrapper = self.revisions.mark("del", author, date)
        wrapper.append(as_deleted(run))
        return [wrapper]


def _text_rpr(atoms: list[Atom], index: int) -> etree._Element | None:
    """Formatting for text inserted next to character `index`: the nearest real text's."""
    at = bisect_right([a.start for a in atoms], index) - 1
    for k in [*range(at, -1, -1), *range(at + 1, len(atoms))]:
        if 0 <= k < len(atoms) and local(atoms[k].child) != "footnoteReference":
            return atoms[k].run.find(w("rPr"))
    return None


class _States:
    """The base characters' fate: Keep / Drop spans in text order (None: not named)."""

    def __init__(self, spans: list[Keep | Drop]) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]

    def at(self, pos: int) -> tuple[Keep | Drop | None, int]:
        """The action on character `pos` and where the characters under it end."""
        k = bisect_right(self.starts, pos) - 1
        if k >= 0 and pos < self.spans[k].end:
            return self.spans[k], self.spans[k].end
        return None, self.starts[k + 1] if k + 1 < len(self.starts) else 1 << 62

    def all_kept(self, start: int, end: int) -> bool:
        action, stop = self.at(start)
        return isinstance(action, Keep) and (stop >= end or self.all_kept(stop, end))


def rewrite(p: etree._Element, atoms: list[Atom], actions: list[Action], out: Writer) -> None:
    """Apply `actions` to paragraph `p` whose text is `atoms`."""
    spans: list[Keep | Drop] = []
    after: dict[int, list[Add]] = {}  # inserted text after character i (-1: before the first)
    last = -1
    for action in actions:
        if isinstance(action, Add):
            after.setdefault(last, []).append(action)
        else:
            spans.append(action)
            last = action.end - 1
    states = _States(spans)

    def inserted_runs(anchor: int) -> list[etree._Element]:
        els: list[etree._Element] = []
        group: list[Add] = []

        def flush() -> None:
            if group:
                rpr = _text_rpr(atoms, max(anchor, 0)) if atoms else _first_rpr(p)
                text = "".join(a.text for a in group)
                els.extend(out.inserted(text, rpr, group[0].author, group[0].date))
                group.clear()

        for add in after.get(anchor, ()):
            if add.footnote is not None:
                flush()
                els.extend(out.inserted("", None, add.author, add.date, add.footnote))
            elif group and (group[0].author, group[0].date) != (add.author, add.date):
                flush()
                group.append(add)
            else:
                group.append(add)
        flush()
        return els

    if not atoms:
        for el in inserted_runs(-1):
            p.append(el)
        return
    groups: list[list[Atom]] = []  # the atoms of each run (a run's atoms are consecutive)
    for atom in atoms:
        if groups and groups[-1][0].run is atom.run:
            groups[-1].append(atom)
        else:
            groups.append([atom])
    anchors = sorted(set(after) - {-1})
    first_inserted = inserted_runs(-1)
    for group in groups:
        run = group[0].run
        start, end = group[0].start, group[-1].start + len(group[-1].text)
        parent = run.getparent()
        assert parent is not None
        k = bisect_left(anchors, start)
        if states.all_kept(start, end) and not (k < len(anchors) and anchors[k] < end):
            for el in first_inserted if start == 0 else ():  # the run stays, byte for byte
                run.addprevious(el)
            continue
        replacement = _split_run(run, group, states, out, inserted_runs, anchors)
        if start == 0:
            replacement = first_inserted + replacement
        position = parent.index(run)
        parent.remove(run)
        for k, el in enumerate(replacement):
            parent.insert(position + k, el)


def _first_rpr(p: etree._Element) -> etree._Element | None:
    r = p.find(".//" + w("r"))
    return r.find(w("rPr")) if r is not None else None


def _same(a: Keep | Drop | None, b: Keep | Drop | None) -> bool:
    if isinstance(a, Drop) and isinstance(b, Drop):
        return (a.author, a.date) == (b.author, b.date)
    return not isinstance(a, Drop) and not isinstance(b, Drop)


def _split_run(
    run: etree._Element,
    group: list[Atom],
    states: _States,
    out: Writer,
    inserted_runs: Callable[[int], list[etree._Element]],
    anchors: list[int],
) -> list[etree._Element]:
    """The elements replacing `run`: its text cut into kept and deleted pieces, a piece
    ending where the characters' fate changes or where text is inserted."""
    rpr = run.find(w("rPr"))
    piece: list[etree._Element] = []
    source: etree._Element | None = None  # the base w:t the piece's last w:t continues
    piece_state: Keep | Drop | None = None
    result: list[etree._Element] = []
    atom_of = {id(a.child): a for a in group}

    def close() -> None:
        nonlocal piece, source, piece_state
        if piece:
            r = new_run(rpr, piece)
            if isinstance(piece_state, Drop):
                result.extend(out.deleted(r, piece_state.author, piece_state.date))
            else:
                result.append(r)
        piece, source, piece_state = [], None, None

    for child in run:
        if local(child) == "rPr":
            continue
        atom = atom_of.get(id(child))
        if atom is None:
            # Field characters, drawings...: never deleted with the text around them.
            if isinstance(piece_state, Drop):
                close()
            piece.append(copy.deepcopy(child))
            source = None
            continue
        pos, end = atom.start, atom.start + len(atom.text)
        while pos < end:
            action, stop = states.at(pos)
            stop = min(stop, end)
            k = bisect_left(anchors, pos)
            cut = anchors[k] if k < len(anchors) and anchors[k] < stop else None
            if cut is not None:
                stop = cut + 1
            if piece and not _same(piece_state, action):
                close()
            piece_state = action
            if local(child) != "t":
                piece.append(copy.deepcopy(child))
                source = None
            elif source is child:
                piece[-1].text = (piece[-1].text or "") + atom.text[pos - atom.start : stop - atom.start]
            else:
                t = etree.Element(w("t"))
                t.text = atom.text[pos - atom.start : stop - atom.start]
                t.set(_SPACE, "preserve")
                piece.append(t)
                source = child
            if cut is not None:
                close()
                result.extend(inserted_runs(cut))
            pos = stop
    close()
    return result
