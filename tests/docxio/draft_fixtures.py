"""Proposals DOCX files holding a new draft, derived from the real EUR/12A1 sample, and
what the tests of draft exports read back with independent readers.

`draft_file(path, pid, tag, more, note)` keeps the sample's ADD part only (PARTIE 7: the
draft EUR-1 and its reasons), renamed to proposal `pid` and draft `tag`; `more` is added
after the first "relatives à l'Internet des objets" (item 1 of décide); `note` becomes a footnote
on the title (id 3: the file keeps the sample's footnotes 1 and 2, which the part left no
longer references); `inserted` marks the draft's text as tracked insertions (author EUR),
as a proposals file typed with Track Changes on holds it. Every other part of the package
is the sample's, byte for byte.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

from lxml import etree

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"
EUR = SAMPLES / "EUR-12A1.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
ITEM_1 = "relatives à l'Internet des objets"
PANDOC = shutil.which("pandoc")
SOFFICE = shutil.which("soffice")


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(_w("t")))


def draft_file(path: Path, pid: str = "EUR/12A1/3", tag: str = "EUR-1", more: str = "",
               note: str = "", inserted: bool = False) -> Path:
    with zipfile.ZipFile(EUR) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    root = etree.fromstring(parts["word/document.xml"])
    body = root.find(_w("body"))
    assert body is not None
    children = list(body)
    texts = [_text(c) for c in children]
    start = texts.index("PARTIE 7 (VII)")
    end = texts.index("PARTIE 8 (VIII)")
    for k, child in enumerate(children):
        if not start <= k < end and child.tag != _w("sectPr"):
            body.remove(child)
    for t in body.iter(_w("t")):
        t.text = (t.text or "").replace("EUR/12A1/3", pid).replace("[EUR-1]", f"[{tag}]")
    first = next(t for t in body.iter(_w("t")) if ITEM_1 in (t.text or ""))
    first.text = (first.text or "").replace(ITEM_1, ITEM_1 + more, 1)
    if note:
        title = next(p for p in body.iter(_w("p"))
                     if p.find("w:pPr/w:pStyle[@w:val='Restitle']", NS) is not None)
        title.append(etree.fromstring(
            f'<w:r xmlns:w="{W}"><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            '<w:footnoteReference w:id="3"/></w:r>'))
        notes = etree.fromstring(parts["word/footnotes.xml"])
        notes.append(etree.fromstring(
            f'<w:footnote xmlns:w="{W}" w:id="3"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>'
            '</w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/>'
            f'</w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">{note}</w:t></w:r></w:p>'
            "</w:footnote>"))
        parts["word/footnotes.xml"] = etree.tostring(notes, xml_declaration=True,
                                                     encoding="UTF-8", standalone=True)
    if inserted:
        _mark_inserted(body)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                                standalone=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def _mark_inserted(body: etree._Element) -> None:
    """The draft's text (number line to the last provision) as Word tracks typed text."""
    rev = {_w("author"): "EUR", _w("date"): "2014-09-01T00:00:00Z"}
    ids = iter(range(900, 2000))
    inside = False
    for p in body.iter(_w("p")):
        text = _text(p)
        inside = (inside or text.startswith("PROJET")) and not text.startswith("Motifs")
        if not inside:
            continue
        for r in p.findall(_w("r")):
            ins = etree.Element(_w("ins"), {_w("id"): str(next(ids)), **rev})
            r.addprevious(ins)
            ins.append(r)
        ppr = p.find(_w("pPr"))
        assert ppr is not None
        etree.SubElement(etree.SubElement(ppr, _w("rPr")), _w("ins"),
                         {_w("id"): str(next(ids)), **rev})


# --- independent readers ---------------------------------------------------------------


def pandoc_lines(path: Path, track: str) -> list[str]:
    """The paragraphs pandoc reads with `--track-changes=track`, spacing normalised."""
    out = subprocess.run(["pandoc", f"--track-changes={track}", "-t", "plain", "--wrap=none",
                          str(path)], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    return [" ".join(block.split()) for block in out.split("\n\n") if block.strip()]


def revision_marks(data: bytes) -> list[dict[str, str]]:
    """Attributes of every w:ins / w:del in the document and its footnotes."""
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in ("word/document.xml", "word/footnotes.xml"):
            if name not in z.namelist():
                continue
            root = etree.fromstring(z.read(name))
            for el in root.iter(_w("ins"), _w("del")):
                found.append({"tag": etree.QName(el).localname,
                              **{etree.QName(k).localname: v for k, v in el.attrib.items()}})
    return found


def part_xml(data: bytes, name: str = "word/document.xml") -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


WORD_DATE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
