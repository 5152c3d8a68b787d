"""Walking WordprocessingML into paragraphs of runs with their revisions.

python-docx's `paragraph.text` skips `w:ins`/`w:del`, so the body is walked here with lxml.
The walk keeps what decides the text (revisions, fields, footnote references) plus the
formatting that may stand for a revision (strike-through, underline); `marking.py` then
decides whether that formatting is read as revisions.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from lxml import etree

from editor.core.model import FormatChange, Revision, RevisionKind, Run

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"

REVISION_KINDS = {
    "ins": RevisionKind.INSERT,
    "del": RevisionKind.DELETE,
    "moveFrom": RevisionKind.MOVE_FROM,
    "moveTo": RevisionKind.MOVE_TO,
}
TRACKED_TAGS = tuple(_W + name for name in REVISION_KINDS)
_RUN, _RPR, _TEXT, _DEL_TEXT, _FLD_CHAR = (_W + n for n in ("r", "rPr", "t", "delText", "fldChar"))
_TAB, _PTAB, _BR, _CR = (_W + n for n in ("tab", "ptab", "br", "cr"))
_NO_BREAK_HYPHEN, _FOOTNOTE_REFERENCE = _W + "noBreakHyphen", _W + "footnoteReference"

# Inline containers whose content is read as if it were the paragraph's own.
_INLINE_CONTAINERS = {"smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "dir", "bdo"}
_OFF = {"0", "false", "off", "none"}


def wtag(name: str) -> str:
    return _W + name


def wattr(element: etree._Element, name: str, default: str = "") -> str:
    value = element.get(_W + name)
    return default if value is None else value


def local(element: etree._Element) -> str | None:
    """Local name of a WordprocessingML element; None for other namespaces and comments."""
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith(_W):
        return None
    return tag[len(_W) :]


def revision_of(element: etree._Element) -> Revision:
    kind = REVISION_KINDS[local(element) or ""]
    return Revision(
        kind=kind,
        author=wattr(element, "author"),
        date=wattr(element, "date"),
        id=wattr(element, "id"),
    )


def combine(outer: Revision | None, inner: Revision | None) -> tuple[bool, Revision | None]:
    """Revision of text under two nested marks, and whether that text exists in any view.

    Text inserted then deleted (`w:ins` around `w:del`, or the reverse) is in neither view.
    """
    if outer is None or inner is None:
        return True, inner or outer
    if outer.inserts != inner.inserts:
        return False, None
    return True, inner


@dataclass(frozen=True)
class Piece:
    """A run as read, with the formatting that may mean a revision."""

    run: Run
    struck: bool = False
    underlined: bool = False
    in_link: bool = False  # hyperlinks are underlined by their style, never a revision


@dataclass(frozen=True)
class RawParagraph:
    pieces: tuple[Piece, ...]
    style: str = ""
    mark: Revision | None = None
    in_table: bool = False
    format_changes: tuple[FormatChange, ...] = ()


@dataclass(frozen=True)
class Styles:
    """What the reader needs from styles.xml: names, and character styles' strike/underline."""

    names: dict[str, str] = field(default_factory=dict)
    struck: frozenset[str] = frozenset()
    underlined: frozenset[str] = frozenset()

    def name(self, style_id: str) -> str:
        return self.names.get(style_id, style_id)


def _toggle(rpr: etree._Element | None, *names: str) -> bool | None:
    """On/off state of the first of `names` present in `rpr`; None when none is."""
    if rpr is None:
        return None
    for name in names:
        el = rpr.find(_W + name)
        if el is not None:
            return wattr(el, "val", "true").lower() not in _OFF
    return None


def read_styles(root: etree._Element | None) -> Styles:
    if root is None:
        return Styles()
    names: dict[str, str] = {}
    based: dict[str, str] = {}
    own: dict[str, tuple[bool | None, bool | None]] = {}
    for style in root.iter(_W + "style"):
        sid = wattr(style, "styleId")
        if not sid:
            continue
        name_el = style.find(_W + "name")
        names[sid] = wattr(name_el, "val", sid) if name_el is not None else sid
        if wattr(style, "type") != "character":
            continue
        base = style.find(_W + "basedOn")
        if base is not None:
            based[sid] = wattr(base, "val")
        rpr = style.find(_W + "rPr")
        own[sid] = (_toggle(rpr, "strike", "dstrike"), _toggle(rpr, "u"))

    def inherited(sid: str, index: int) -> bool:
        seen: set[str] = set()
        while sid in own and sid not in seen:
            seen.add(sid)
            value = own[sid][index]
            if value is not None:
                return value
            sid = based.get(sid, "")
        return False

    return Styles(
        names=names,
        struck=frozenset(s for s in own if inherited(s, 0)),
        underlined=frozenset(s for s in own if inherited(s, 1)),
    )


class BodyWalker:
    """Turns block-level WordprocessingML (a body, a footnote) into raw paragraphs.

    One walker per story: complex fields may span paragraphs, so field state lives here.
    """

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self._fields: list[str] = []  # one "instr" or "result" per open complex field

    # --- blocks ----------------------------------------------------------------------

    def blocks(
        self, parent: etree._Element, in_table: bool = False, row: Revision | None = None
    ) -> Iterator[RawParagraph]:
        for child in parent:
            name = local(child)
            if name == "p":
                yield self.paragraph(child, in_table, row)
            elif name == "tbl":
                yield from self._table(child, row)
            elif name in ("sdt", "sdtContent", "customXml"):
                yield from self.blocks(child, in_table, row)

    def _table(self, table: etree._Element, row: Revision | None) -> Iterator[RawParagraph]:
        for child in table:
            name = local(child)
            if name == "tr":
                yield from self._row(child, row)
            elif name in ("sdt", "sdtContent", "customXml"):
                yield from self._table(child, row)

    def _row(self, tr: etree._Element, outer: Revision | None) -> Iterator[RawParagraph]:
        row = outer
        trpr = tr.find(_W + "trPr")
        if trpr is not None:
            for name in ("ins", "del"):
                el = trpr.find(_W + name)
                if el is not None:
                    row = revision_of(el)
        yield from self._cells(tr, row)

    def _cells(self, parent: etree._Element, row: Revision | None) -> Iterator[RawParagraph]:
        for child in parent:
            name = local(child)
            if name == "tc":
                yield from self.blocks(child, True, row)
            elif name in ("sdt", "sdtContent", "customXml"):
                yield from self._cells(child, row)

    # --- paragraphs --------------------------------------------------------------------

    def paragraph(
        self, p: etree._Element, in_table: bool = False, row: Revision | None = None
    ) -> RawParagraph:
        style = ""
        mark: Revision | None = None
        changes: list[FormatChange] = []
        ppr = p.find(_W + "pPr")
        if ppr is not None:
            pstyle = ppr.find(_W + "pStyle")
            if pstyle is not None:
                style = self.styles.name(wattr(pstyle, "val"))
            mark_rpr = ppr.find(_W + "rPr")
            if mark_rpr is not None:
                for child in mark_rpr:
                    if local(child) in REVISION_KINDS:
                        mark = revision_of(child)
                    elif local(child) == "rPrChange":
                        changes.append(_format_change(child, "paragraph"))
            change = ppr.find(_W + "pPrChange")
            if change is not None:
                changes.append(_format_change(change, "paragraph"))
        pieces: list[Piece] = []
        self._inline(p, None, False, pieces, changes)
        if row is not None:
            pieces = _under_row(pieces, row)
            mark = mark or row
        return RawParagraph(tuple(pieces), style, mark, in_table, tuple(changes))

    def _inline(
        self,
        parent: etree._Element,
        revision: Revision | None,
        in_link: bool,
        out: list[Piece],
        changes: list[FormatChange],
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag == _RUN:
                self._run(child, revision, in_link, out, changes)
                continue
            name = local(child)
            if name in REVISION_KINDS:
                exists, inner = combine(revision, revision_of(child))
                if exists:
                    self._inline(child, inner, in_link, out, changes)
            elif name == "hyperlink":
                self._inline(child, revision, True, out, changes)
            elif name in _INLINE_CONTAINERS:
                self._inline(child, revision, in_link, out, changes)

    def _run(
        self,
        r: etree._Element,
        revision: Revision | None,
        in_link: bool,
        out: list[Piece],
        changes: list[FormatChange],
    ) -> None:
        # The hottest loop of reading: tags compared whole (no `local()` call per child),
        # the common `w:rPr` + `w:t` run handled without a closure.
        rpr = r.find(_RPR)
        struck, underlined = self._formatting(rpr)
        text: list[str] = []
        start = len(out)
        fields = self._fields
        for child in r:
            tag = child.tag
            if tag in (_TEXT, _DEL_TEXT):
                if "instr" not in fields and child.text:
                    text.append(child.text)
            elif tag == _RPR:
                continue
            elif tag == _FLD_CHAR:
                self._field(wattr(child, "fldCharType"))
            elif "instr" in fields:
                continue  # everything inside a field instruction is instruction
            elif tag in (_TAB, _PTAB):
                text.append("\t")
            elif tag == _BR:
                # A page or column break ends a page, not a line of the paragraph's text.
                if wattr(child, "type", "textWrapping") == "textWrapping":
                    text.append("\n")
            elif tag == _CR:
                text.append("\n")
            elif tag == _NO_BREAK_HYPHEN:
                text.append("-")
            elif tag == _FOOTNOTE_REFERENCE:
                if text:
                    out.append(Piece(Run("".join(text), revision), struck, underlined, in_link))
                    text.clear()
                out.append(Piece(Run("", revision, footnote=wattr(child, "id")), in_link=in_link))
        if text:
            out.append(Piece(Run("".join(text), revision), struck, underlined, in_link))
        if rpr is not None:
            change = rpr.find(_W + "rPrChange")
            if change is not None:
                words = "".join(piece.run.text for piece in out[start:])
                changes.append(_format_change(change, "run", words))

    def _field(self, kind: str) -> None:
        if kind == "begin":
            self._fields.append("instr")
        elif kind == "separate" and self._fields:
            self._fields[-1] = "result"
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _formatting(self, rpr: etree._Element | None) -> tuple[bool, bool]:
        struck = _toggle(rpr, "strike", "dstrike")
        underlined = _toggle(rpr, "u")
        if rpr is not None and (struck is None or underlined is None):
            rstyle = rpr.find(_W + "rStyle")
            if rstyle is not None:
                sid = wattr(rstyle, "val")
                if struck is None:
                    struck = sid in self.styles.struck
                if underlined is None:
                    underlined = sid in self.styles.underlined
        return bool(struck), bool(underlined)


def _format_change(element: etree._Element, scope: str, text: str = "") -> FormatChange:
    return FormatChange(scope, wattr(element, "author"), wattr(element, "date"), text)


def _under_row(pieces: list[Piece], row: Revision) -> list[Piece]:
    """Pieces of a paragraph in an inserted or deleted table row."""
    kept: list[Piece] = []
    for piece in pieces:
        exists, revision = combine(row, piece.run.revision)
        if exists:
            kept.append(replace(piece, run=replace(piece.run, revision=revision)))
    return kept
