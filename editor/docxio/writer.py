"""Writing the consolidated resolution by patching the base DOCX.

`write_docx` applies an `ExportPlan` to the base document's body paragraphs and leaves the
rest of the package alone (styles, numbering, sections, headers, footnotes, fields,
bookmarks): the output differs from the base only where the consolidation changed it.

* tracked: every change is a real Word revision (`w:ins` / `w:del` with `w:delText`,
  paragraph-mark `w:ins` / `w:del` for whole provisions), attributed to its proposal, with
  revision ids unique across the document;
* clean: every change applied, no revision mark left anywhere in the body.

Edits of a footnote's text (`ExportPlan.footnote_edits`) rewrite that footnote's paragraphs
in the footnotes part the same way: `w:ins` / `w:del` there when tracked, applied when clean.

The base is checked like any input (ZIP bombs, DTDs) before python-docx opens it.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
from lxml import etree

from editor.core.errors import InputError
from editor.core.export_plan import (
    DeleteParagraph,
    ExportPlan,
    InsertParagraph,
    KeepParagraph,
    RewriteParagraph,
    Segment,
)

from .accepting import accept_all, drop_orphan_bookmarks
from .safety import check_archive, parse_xml
from .writer_text import (
    Atom,
    Revisions,
    W,
    Writer,
    align,
    as_deleted,
    atoms_of,
    local,
    new_run,
    plan_ops,
    rewrite,
    text_content,
    text_runs,
    w,
)

_FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_BLOCK_CONTAINERS = {"sdt", "sdtContent", "customXml"}
_NOTE_PPR = etree.fromstring(f'<w:pPr xmlns:w="{W}"><w:pStyle w:val="FootnoteText"/></w:pPr>')


def write_docx(
    base: bytes, plan: ExportPlan, *, tracked: bool, now: datetime | None = None
) -> bytes:
    """The base document with `plan` applied, as DOCX bytes (see the module docstring)."""
    document, body, notes, writer = opened(base, plan, tracked=tracked, now=now)
    _apply(body, plan, writer, document)
    notes.rewrite(plan, writer)
    if not tracked:
        accept_all(body)
        drop_orphan_bookmarks(body)
    notes.save()
    if plan.title:
        document.core_properties.title = plan.title
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def opened(data: bytes, plan: ExportPlan, *, tracked: bool, now: datetime | None,
           what: str = "base") -> tuple[Any, etree._Element, _Footnotes, Writer]:
    """(document, body, footnotes, writer) of the checked package `data`, ready to write
    `plan`: revision ids after every id already there, dated by the plan or `now`."""
    _check_base(data)
    document = docx.Document(io.BytesIO(data))
    root = document.element
    body = root.find(w("body"))
    if body is None:
        raise InputError(f"{what}.docx", f"the {what} document has no body")
    notes = _Footnotes.of(document)
    date = plan.date or (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    revisions = Revisions(_max_id(root, notes.root) + 1, plan.author, date)
    return document, body, notes, Writer(tracked, revisions, _footnote_rpr(root),
                                         notes.reference(plan))


def body_paragraphs(body: etree._Element) -> list[etree._Element]:
    """Body paragraphs in the reader's order: document order, table cells included."""
    out: list[etree._Element] = []

    def walk(parent: etree._Element) -> None:
        for child in parent:
            name = local(child)
            if name == "p":
                out.append(child)
            elif name in ("tbl", "tr", "tc") or name in _BLOCK_CONTAINERS:
                walk(child)

    walk(body)
    return out


# --- applying the plan -----------------------------------------------------------------


def _apply(body: etree._Element, plan: ExportPlan, out: Writer, document: object) -> None:
    paragraphs = body_paragraphs(body)
    starts, base_atoms = _field_states(paragraphs, out.revisions)
    removed: list[etree._Element] = []
    anchor: etree._Element | None = None
    previous = -1
    for n, item in enumerate(plan.paragraphs):
        if isinstance(item, InsertParagraph):
            new = _inserted_paragraph(item, paragraphs, starts, out, document)
            _place(new, anchor, plan, n, paragraphs, body)
            anchor = new
            continue
        index = item.base_index
        if not 0 <= index < len(paragraphs):
            raise ValueError(f"plan names base paragraph {index} of {len(paragraphs)}")
        if index <= previous:
            raise ValueError(f"plan names base paragraph {index} after {previous}")
        previous = index
        p = paragraphs[index]
        anchor = p
        if isinstance(item, RewriteParagraph):
            atoms = base_atoms[index]  # p is untouched until now: its atoms are as read
            ops = plan_ops(item.label_segments, item.segments, out.revisions)
            rewrite(p, atoms, align(atoms, ops), out)
            merge_adjacent(p)
        elif isinstance(item, DeleteParagraph):
            if out.tracked:
                _delete_tracked(p, item, out)
            else:
                removed.append(p)
        else:
            assert isinstance(item, KeepParagraph)
    for p in removed:
        _remove(p)


def _field_states(
    paragraphs: list[etree._Element], revisions: Revisions
) -> tuple[list[tuple[str, ...]], list[list[Atom]]]:
    """Complex-field state at each paragraph start (fields may span paragraphs), and each
    paragraph's atoms."""
    state: list[str] = []
    starts: list[tuple[str, ...]] = []
    atoms: list[list[Atom]] = []
    for p in paragraphs:
        starts.append(tuple(state))
        atoms.append(atoms_of(p, revisions, state))
    return starts, atoms


def _place(
    new: etree._Element,
    anchor: etree._Element | None,
    plan: ExportPlan,
    n: int,
    paragraphs: list[etree._Element],
    body: etree._Element,
) -> None:
    if anchor is not None:
        anchor.addnext(new)
        return
    later = next(
        (p.base_index for p in plan.paragraphs[n + 1 :] if not isinstance(p, InsertParagraph)),
        0 if paragraphs else None,
    )
    if later is not None and paragraphs:
        paragraphs[later].addprevious(new)
        return
    sect = body.find(w("sectPr"))
    if sect is not None:
        sect.addprevious(new)
    else:
        body.append(new)


def _mark_paragraph(p: etree._Element, mark: etree._Element) -> None:
    """Put a revision on the paragraph mark (`w:pPr/w:rPr/w:ins|w:del`)."""
    ppr = p.find(w("pPr"))
    if ppr is None:
        ppr = etree.Element(w("pPr"))
        p.insert(0, ppr)
    rpr = ppr.find(w("rPr"))
    if rpr is None:
        rpr = etree.Element(w("rPr"))
        follower = next((c for c in ppr if local(c) in ("sectPr", "pPrChange")), None)
        if follower is not None:
            follower.addprevious(rpr)
        else:
            ppr.append(rpr)
    for old in [c for c in rpr if local(c) in ("ins", "del", "moveFrom", "moveTo")]:
        rpr.remove(old)
    rpr.insert(0, mark)


def _delete_tracked(p: etree._Element, item: DeleteParagraph, out: Writer) -> None:
    for r in list(text_runs(p)):
        parent = r.getparent()
        assert parent is not None
        wrapper = out.revisions.mark("del", item.author, item.date)
        r.addprevious(wrapper)
        wrapper.append(as_deleted(r))
    merge_adjacent(p)
    _mark_paragraph(p, out.revisions.mark("del", item.author, item.date))


def _remove(p: etree._Element) -> None:
    """Remove a deleted paragraph, unless a cell or a section needs it (then empty it)."""
    parent = p.getparent()
    if parent is None:
        return
    ppr = p.find(w("pPr"))
    needed = ppr is not None and ppr.find(w("sectPr")) is not None
    if local(parent) == "tc" and len(parent.findall(w("p"))) == 1:
        needed = True
    if not needed:
        parent.remove(p)
        return
    for child in list(p):
        if child is not ppr:
            p.remove(child)


def _inserted_paragraph(
    item: InsertParagraph,
    paragraphs: list[etree._Element],
    starts: list[tuple[str, ...]],
    out: Writer,
    document: object,
) -> etree._Element:
    if not 0 <= item.like_base_index < len(paragraphs):
        raise ValueError(f"plan copies base paragraph {item.like_base_index} of {len(paragraphs)}")
    like = paragraphs[item.like_base_index]
    p = etree.Element(w("p"))
    ppr = like.find(w("pPr"))
    if ppr is not None:
        ppr = copy.deepcopy(ppr)
        for child in list(ppr):
            if local(child) in ("sectPr", "pPrChange"):
                ppr.remove(child)
        rpr = ppr.find(w("rPr"))
        if rpr is not None:
            for child in [c for c in rpr if local(c) in ("ins", "del", "moveFrom", "moveTo")]:
                rpr.remove(child)
        p.append(ppr)
    if item.style:
        _set_style(p, item.style, document)
    atoms = atoms_of(like, out.revisions, list(starts[item.like_base_index]))
    texts = [a for a in atoms if local(a.child) != "footnoteReference"]
    label_rpr = texts[0].run.find(w("rPr")) if texts else None
    body_rpr = label_rpr
    if item.label_segments:
        after_tab = _after_tab(texts)
        if after_tab is not None:
            body_rpr = after_tab.run.find(w("rPr"))
    author = item.author
    label = item.label_segments
    tab = (Segment("\t"),) if label else ()
    parts = [(label, label_rpr), (tab, label_rpr), (item.segments, body_rpr)]
    for segments, rpr in parts:
        for seg in segments:
            if seg.kind == "delete":
                continue  # deleted from a new provision: never part of either view
            who = seg.author if seg.kind == "insert" and seg.author else author
            when = seg.date if seg.kind == "insert" and seg.date else item.date
            for el in out.inserted(seg.text, rpr, who, when, seg.footnote):
                p.append(el)
    merge_adjacent(p)
    if out.tracked:
        _mark_paragraph(p, out.revisions.mark("ins", author, item.date))
    return p


def _after_tab(texts: list[Atom]) -> Atom | None:
    """The atom holding the character after the first tab, if any."""
    for k, a in enumerate(texts):
        tab = a.text.find("\t")
        if tab < 0:
            continue
        if tab + 1 < len(a.text):
            return a
        return texts[k + 1] if k + 1 < len(texts) else None
    return None


def _set_style(p: etree._Element, name: str, document: object) -> None:
    styles = document.styles  # type: ignore[attr-defined]
    style_id = next((s.style_id for s in styles if s.name == name), None)
    if style_id is None:
        return  # unknown style: keep the borrowed one rather than invent
    ppr = p.find(w("pPr"))
    if ppr is None:
        ppr = etree.Element(w("pPr"))
        p.insert(0, ppr)
    pstyle = ppr.find(w("pStyle"))
    if pstyle is None:
        pstyle = etree.Element(w("pStyle"))
        ppr.insert(0, pstyle)
    pstyle.set(w("val"), style_id)


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


# --- package ---------------------------------------------------------------------------


def _check_base(base: bytes) -> None:
    """Refuse a base the reader would refuse: ZIP bombs, DTDs in any XML part."""
    path = Path("base.docx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(base))
    except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError):
        raise InputError(path, "corrupt or truncated ZIP archive (not a readable .docx)") from None
    with archive:
        check_archive(path, archive.infolist())
        for info in archive.infolist():
            if info.filename.endswith((".xml", ".rels")):
                parse_xml(path, info.filename, archive.read(info))


def _max_id(*roots: etree._Element | None) -> int:
    best = 0
    for root in roots:
        if root is None:
            continue
        for el in root.iter():
            value = el.get(w("id"))
            if value is not None and value.lstrip("-").isdigit():
                best = max(best, int(value))
    return best


def _footnote_rpr(root: etree._Element) -> etree._Element | None:
    ref = next(root.iter(w("footnoteReference")), None)
    if ref is not None:
        run = ref.getparent()
        if run is not None and run.find(w("rPr")) is not None:
            return run.find(w("rPr"))
    rpr = etree.Element(w("rPr"))
    etree.SubElement(rpr, w("vertAlign")).set(w("val"), "superscript")
    return rpr


@dataclass
class _Footnotes:
    """The footnotes part, parsed safely; new footnotes are appended to it."""

    part: object | None
    root: etree._Element | None
    changed: bool = False

    @classmethod
    def of(cls, document: object) -> _Footnotes:
        part = document.part  # type: ignore[attr-defined]
        for rel in part.rels.values():
            if rel.reltype == _FOOTNOTES_REL and not rel.is_external:
                target = rel.target_part
                return cls(target, parse_xml(Path("base.docx"), "footnotes", target.blob))
        return cls(None, None)

    def reference(self, plan: ExportPlan) -> Callable[[str], str | None]:
        """Plan footnote id -> footnotes.xml id, adding the plan's new footnotes."""
        existing = set()
        if self.root is not None:
            existing = {n.get(w("id")) for n in self.root.iter(w("footnote"))}
        texts = dict(plan.new_footnotes)
        added: dict[str, str] = {}

        def ref(footnote_id: str) -> str | None:
            if footnote_id in existing:
                return footnote_id
            if footnote_id in added:
                return added[footnote_id]
            if footnote_id not in texts or self.root is None:
                return None  # nothing to point at (no footnotes part): left out
            added[footnote_id] = self._add(texts[footnote_id])
            return added[footnote_id]

        return ref

    def rewrite(self, plan: ExportPlan, out: Writer) -> None:
        """Apply the plan's edits of base footnotes' text (paragraph by paragraph)."""
        if self.root is None or not plan.footnote_edits:
            return
        notes = {n.get(w("id")): n for n in self.root.iter(w("footnote"))}
        for edit in plan.footnote_edits:
            note = notes.get(edit.footnote_id)
            if note is None:
                continue
            paragraphs = body_paragraphs(note)
            parts = edit.paragraphs()
            if len(parts) != len(paragraphs):
                continue  # the plan lists such edits as unplaced
            for p, segments in zip(paragraphs, parts, strict=True):
                atoms = atoms_of(p, out.revisions, [])
                rewrite(p, atoms, align(atoms, plan_ops((), segments, out.revisions)), out)
                merge_adjacent(p)
            self.changed = True

    def _add(self, text: str) -> str:
        assert self.root is not None
        ids = [int(v) for n in self.root.iter(w("footnote")) if (v := n.get(w("id"), "")).isdigit()]
        new_id = str(max(ids, default=0) + 1)
        note = etree.SubElement(self.root, w("footnote"))
        note.set(w("id"), new_id)
        p = etree.SubElement(note, w("p"))
        # shaped like another footnote, not a separator; else Word's built-in footnote style
        model = next((q for n in self.root.iter(w("footnote")) if n.get(w("type"), "normal")
                      == "normal" for q in n.iter(w("p")) if q.find(w("pPr")) is not None), None)
        p.append(copy.deepcopy(model.find(w("pPr")) if model is not None else _NOTE_PPR))
        mark = next(self.root.iter(w("footnoteRef")), None)
        run = mark.getparent() if mark is not None else None
        ref_rpr = run.find(w("rPr")) if run is not None else None
        if ref_rpr is None:
            ref_rpr = etree.Element(w("rPr"))
            etree.SubElement(ref_rpr, w("vertAlign")).set(w("val"), "superscript")
        p.append(new_run(ref_rpr, [etree.Element(w("footnoteRef"))]))
        p.append(new_run(None, text_content("\t" + text, False)))
        self.changed = True
        return new_id

    def save(self) -> None:
        if self.changed and self.part is not None and self.root is not None:
            blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
            self.part._blob = blob  # type: ignore[attr-defined]
