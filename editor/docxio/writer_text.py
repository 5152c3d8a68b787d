"""Rewriting one paragraph's text in place, as tracked changes or applied.

A paragraph's visible text is read as atoms (one per character, tab, break or footnote
reference) that remember the run they came from. The plan's old side (equal + deleted
text) is aligned with those atoms, so unchanged text keeps its own runs, formatting,
bookmarks and fields; deleted text keeps its runs too (wrapped in `w:del`, or dropped), and
inserted text borrows the formatting of the text just before it.

If the base text and the plan's old side disagree (a plan built from another reading),
base text the plan does not know is deleted and old text the base lacks is inserted, so
rejecting every change still gives the base and accepting them still gives the plan.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
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


def w(name: str) -> str:
    return _W + name


def local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str) or not tag.startswith(_W):
        return ""
    return tag[len(_W) :]


@dataclass
class Atom:
    """One visible character of the base paragraph and where it lives."""

    char: str
    run: etree._Element
    child: etree._Element  # w:t, w:tab, w:br, w:footnoteReference...
    offset: int = 0  # within a w:t


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
                if "instr" not in fields:
                    out.extend(Atom(c, r, child, i) for i, c in enumerate(child.text or ""))
            elif "instr" in fields:
                continue
            elif name in ("tab", "ptab"):
                out.append(Atom("\t", r, child))
            elif name == "br":
                if child.get(w("type"), "textWrapping") == "textWrapping":
                    out.append(Atom("\n", r, child))
            elif name == "cr":
                out.append(Atom("\n", r, child))
            elif name == "noBreakHyphen":
                out.append(Atom("-", r, child))
            elif name == "footnoteReference":
                out.append(Atom(revisions.footnote_char(child.get(w("id"), "")), r, child))
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


@dataclass(frozen=True)
class Keep:
    atom: int


@dataclass(frozen=True)
class Drop:
    atom: int
    author: str = ""
    date: str = ""


@dataclass(frozen=True)
class Add:
    char: str
    author: str = ""
    date: str = ""
    footnote: str | None = None


Action = Keep | Drop | Add


@dataclass(frozen=True)
class _Op:
    kind: str
    char: str
    author: str
    date: str
    footnote: str | None


def plan_ops(
    label: tuple[Segment, ...], segments: tuple[Segment, ...], revisions: Revisions
) -> list[_Op]:
    """One op per character of label, tab and segments."""
    ops: list[_Op] = []
    for seg in (*label, *((Segment("\t"),) if label else ()), *segments):
        if seg.footnote is not None:
            ch = revisions.footnote_char(seg.footnote)
            ops.append(_Op(seg.kind, ch, seg.author, seg.date, seg.footnote))
            continue
        ops.extend(_Op(seg.kind, c, seg.author, seg.date, None) for c in seg.text)
    return ops


def align(atoms: list[Atom], ops: list[_Op]) -> list[Action]:
    """Actions turning the base atoms into the plan (see the module docstring)."""
    base = "".join(a.char for a in atoms)
    old = [op for op in ops if op.kind != "insert"]
    old_text = "".join(op.char for op in old)
    mapped: dict[int, int] = {}
    unknown_before: dict[int, list[int]] = {}
    if base == old_text:
        mapped = {i: i for i in range(len(base))}
    else:
        matcher = SequenceMatcher(None, base, old_text, autojunk=False)
        for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
            if tag == "equal":
                mapped.update({j1 + k: i1 + k for k in range(i2 - i1)})
            elif tag in ("delete", "replace"):
                unknown_before.setdefault(j1, []).extend(range(i1, i2))
    actions: list[Action] = []
    o = 0
    for op in ops:
        if op.kind == "insert":
            actions.append(Add(op.char, op.author, op.date, op.footnote))
            continue
        actions.extend(_unknown(atoms, unknown_before.get(o, ())))
        b = mapped.get(o)
        if b is not None:
            actions.append(Keep(b) if op.kind == "equal" else Drop(b, op.author, op.date))
        elif op.kind == "equal":
            actions.append(Add(op.char, footnote=op.footnote))
        o += 1
    actions.extend(_unknown(atoms, unknown_before.get(o, ())))
    return actions


def _unknown(atoms: list[Atom], indexes: Sequence[int]) -> Iterator[Action]:
    """Base text the plan does not know: deleted, except footnote references, which a plan
    of plain text may simply not mention (a footnote is never lost by omission)."""
    for i in indexes:
        yield Keep(i) if ord(atoms[i].char) >= _FOOTNOTE_BASE else Drop(i)


# --- building runs ---------------------------------------------------------------------


def text_content(text: str, deleted: bool) -> list[etree._Element]:
    """Run content for plain text: w:t (or w:delText), w:tab, w:br."""
    out: list[etree._Element] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            t = etree.Element(w("delText" if deleted else "t"))
            t.text = "".join(buf)
            t.set(_SPACE, "preserve")
            out.append(t)
            buf.clear()

    for c in text:
        if c in "\t\n":
            flush()
            out.append(etree.Element(w("tab" if c == "\t" else "br")))
        else:
            buf.append(c)
    flush()
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
    """Formatting for text inserted next to atom `index`: the nearest real text's."""
    order = [*range(index, -1, -1), *range(index + 1, len(atoms))]
    for i in order:
        if 0 <= i < len(atoms) and local(atoms[i].child) != "footnoteReference":
            return atoms[i].run.find(w("rPr"))
    return None


def rewrite(p: etree._Element, atoms: list[Atom], actions: list[Action], out: Writer) -> None:
    """Apply `actions` to paragraph `p` whose text is `atoms`."""
    state: dict[int, Action] = {}
    after: dict[int, list[Add]] = {}  # inserted text after atom i (-1: before the first)
    last = -1
    for action in actions:
        if isinstance(action, Add):
            after.setdefault(last, []).append(action)
        else:
            state[action.atom] = action
            last = action.atom

    def inserted_runs(anchor: int) -> list[etree._Element]:
        els: list[etree._Element] = []
        group: list[Add] = []

        def flush() -> None:
            if group:
                rpr = _text_rpr(atoms, max(anchor, 0)) if atoms else _first_rpr(p)
                text = "".join(a.char for a in group)
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
    by_run: dict[int, list[int]] = {}
    runs: list[etree._Element] = []
    for i, atom in enumerate(atoms):
        key = id(atom.run)
        if key not in by_run:
            by_run[key] = []
            runs.append(atom.run)
        by_run[key].append(i)
    anchors = set(after) - {-1}
    first_inserted = inserted_runs(-1)
    for run in runs:
        indexes = by_run[id(run)]
        parent = run.getparent()
        assert parent is not None
        untouched = all(isinstance(state.get(i), Keep) and i not in anchors for i in indexes)
        if untouched:  # the run stays as it is, byte for byte
            for el in first_inserted if indexes[0] == 0 else ():
                run.addprevious(el)
            continue
        replacement = _split_run(run, atoms, indexes, state, out, inserted_runs, anchors)
        if indexes[0] == 0:
            replacement = first_inserted + replacement
        position = parent.index(run)
        parent.remove(run)
        for k, el in enumerate(replacement):
            parent.insert(position + k, el)


def _first_rpr(p: etree._Element) -> etree._Element | None:
    r = p.find(".//" + w("r"))
    return r.find(w("rPr")) if r is not None else None


def _split_run(
    run: etree._Element,
    atoms: list[Atom],
    indexes: list[int],
    state: dict[int, Action],
    out: Writer,
    inserted_runs: Callable[[int], list[etree._Element]],
    anchors: set[int],
) -> list[etree._Element]:
    """The elements replacing `run`: its text cut into kept and deleted pieces."""
    rpr = run.find(w("rPr"))
    piece: list[etree._Element] = []
    sources: list[etree._Element | None] = []  # the base w:t each piece w:t continues
    piece_state: Action | None = None
    result: list[etree._Element] = []
    atom_at: dict[int, list[int]] = {}
    for i in indexes:
        atom_at.setdefault(id(atoms[i].child), []).append(i)

    def close() -> None:
        nonlocal piece, sources, piece_state
        if piece:
            r = new_run(rpr, piece)
            if isinstance(piece_state, Drop):
                result.extend(out.deleted(r, piece_state.author, piece_state.date))
            else:
                result.append(r)
        piece, sources, piece_state = [], [], None

    def same(a: Action | None, b: Action | None) -> bool:
        if isinstance(a, Drop) and isinstance(b, Drop):
            return (a.author, a.date) == (b.author, b.date)
        return not isinstance(a, Drop) and not isinstance(b, Drop)

    for child in run:
        if local(child) == "rPr":
            continue
        if id(child) not in atom_at:
            # Field characters, drawings...: never deleted with the text around them.
            if isinstance(piece_state, Drop):
                close()
            piece.append(copy.deepcopy(child))
            sources.append(None)
            continue
        for i in atom_at[id(child)]:
            action = state.get(i)
            if piece and not same(piece_state, action):
                close()
            piece_state = action
            if local(child) == "t" and sources and sources[-1] is child:
                piece[-1].text = (piece[-1].text or "") + atoms[i].char
            elif local(child) == "t":
                t = etree.Element(w("t"))
                t.text = atoms[i].char
                t.set(_SPACE, "preserve")
                piece.append(t)
                sources.append(child)
            else:
                piece.append(copy.deepcopy(child))
                sources.append(None)
            if i in anchors:
                close()
                result.extend(inserted_runs(i))
    close()
    return result


def merge_adjacent(p: etree._Element) -> None:
    """Join sibling revisions of one author and date (`<w:ins>a</w:ins><w:ins>b</w:ins>`)."""
    for parent in [p, *p.iter(w("hyperlink"), w("smartTag"), w("sdtContent"))]:
        previous: etree._Element | None = None
        for child in list(parent):
            name = local(child)
            if (
                previous is not None
                and name in ("ins", "del")
                and local(previous) == name
                and child.get(w("author")) == previous.get(w("author"))
                and child.get(w("date")) == previous.get(w("date"))
            ):
                previous.extend(list(child))
                parent.remove(child)
                continue
            previous = child if name in ("ins", "del") else None
