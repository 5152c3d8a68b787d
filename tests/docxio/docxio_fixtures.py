"""Minimal DOCX packages built from compact WordprocessingML snippets, for tests.

`make_docx(path, body)` zips a package whose `w:body` is `body`; `p`, `r`, `ins`, `dele`
write the usual elements so a fixture reads like the document it stands for.
`libreoffice_pdf(path, folder)` converts an export with LibreOffice, an independent reader.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
REV = 'w:author="ARB" w:date="2014-09-15T00:00:00Z"'

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/>'
    "</Types>"
)
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)
DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_R}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{_R}/footnotes" Target="footnotes.xml"/>'
    "</Relationships>"
)


def document_xml(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>"
    )


def styles_xml(*styles: tuple[str, str, str]) -> str:
    """Styles from (type, id, name) triples."""
    inner = "".join(
        f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
        for kind, sid, name in styles
    )
    return f"<w:styles {NS}>{inner}</w:styles>"


def footnotes_xml(*notes: tuple[str, str]) -> str:
    """Footnotes from (id, paragraphs xml), with Word's two separators first."""
    inner = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
    )
    inner += "".join(f'<w:footnote w:id="{i}">{body}</w:footnote>' for i, body in notes)
    return f"<w:footnotes {NS}>{inner}</w:footnotes>"


def core_xml(title: str = "", creator: str = "") -> str:
    return (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        "</cp:coreProperties>"
    )


def make_docx(
    path: Path,
    body: str,
    *,
    styles: str | None = None,
    footnotes: str | None = None,
    title: str = "",
    creator: str = "",
    document: str | None = None,
) -> Path:
    """Write a minimal .docx at `path` whose body is `body` (or whose document.xml is
    `document` verbatim) and return `path`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document if document is not None else document_xml(body))
        z.writestr("word/styles.xml", styles if styles is not None else styles_xml())
        if footnotes is not None:
            z.writestr("word/footnotes.xml", footnotes)
        z.writestr("docProps/core.xml", core_xml(title, creator))
    return path


# --- compact element writers ----------------------------------------------------------


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def r(text: str, rpr: str = "") -> str:
    """A run; `rpr` is the inside of w:rPr (`<w:strike/>`)."""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f"<w:r>{props}{t(text)}</w:r>"


def dr(text: str) -> str:
    """A deleted run (w:delText)."""
    return f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r>'


def ins(*runs: str, rid: str = "1") -> str:
    return f'<w:ins w:id="{rid}" {REV}>{"".join(runs)}</w:ins>'


def dele(text: str, rid: str = "2") -> str:
    return f'<w:del w:id="{rid}" {REV}>{dr(text)}</w:del>'


def p(*content: str, style: str = "", mark: str = "") -> str:
    """A paragraph; `mark` is "ins" or "del" for a revised paragraph mark."""
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if mark:
        ppr += f'<w:rPr><w:{mark} w:id="9" {REV}/></w:rPr>'
    props = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{props}{''.join(content)}</w:p>"


def tbl(*rows: str) -> str:
    return f"<w:tbl><w:tblPr/><w:tblGrid/>{''.join(rows)}</w:tbl>"


def tr(*cells: str, rev: str = "") -> str:
    props = f'<w:trPr><w:{rev} w:id="7" {REV}/></w:trPr>' if rev else ""
    return f"<w:tr>{props}{''.join(f'<w:tc>{c}</w:tc>' for c in cells)}</w:tr>"


# --- bad inputs: each builder writes one kind of broken file -------------------------

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def corrupt_zip(folder: Path) -> Path:
    good = make_docx(folder / "good.docx", p(r("texte")))
    data = good.read_bytes()
    bad = folder / "corrupt.docx"
    bad.write_bytes(data[: len(data) // 2])
    return bad


def random_bytes(folder: Path) -> Path:
    import random

    path = folder / "random.docx"
    path.write_bytes(b"\x00\x01" + random.Random(7).randbytes(4096))
    return path


def legacy_doc(folder: Path) -> Path:
    path = folder / "old.doc"
    entry = "WordDocument".encode("utf-16-le")
    path.write_bytes(OLE_MAGIC + bytes(504) + entry + bytes(2048))
    return path


def encrypted_docx(folder: Path) -> Path:
    path = folder / "secret.docx"
    entry = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(OLE_MAGIC + bytes(1016) + entry + bytes(2048))
    return path


def zip_bomb(folder: Path, megabytes: int = 260) -> Path:
    """A package whose document.xml inflates to `megabytes` of spaces (a few hundred KB zipped)."""
    path = folder / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b" " * (1 << 20)
            for _ in range(megabytes):
                f.write(chunk)
    return path


def doctype_entity(folder: Path) -> Path:
    document = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x "xxxxxxxxxx">'
        '<!ENTITY y "&x;&x;&x;&x;&x;&x;&x;&x;&x;&x;">]>'
        f"<w:document {NS}><w:body>{p(r('a'))}<w:p><w:r><w:t>&y;</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    return make_docx(folder / "entity.docx", "", document=document)


def malformed_xml(folder: Path) -> Path:
    document = f"<w:document {NS}><w:body><w:p><w:r><w:t>oops</w:body></w:document>"
    return make_docx(folder / "malformed.docx", "", document=document)


def not_word(folder: Path) -> Path:
    path = folder / "photos.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("image.png", b"\x89PNG")
    return path


def empty_file(folder: Path) -> Path:
    path = folder / "empty.docx"
    path.write_bytes(b"")
    return path


def missing(folder: Path) -> Path:
    return folder / "absent.docx"


def folder_itself(folder: Path) -> Path:
    path = folder / "dossier.docx"
    path.mkdir()
    return path


# name -> (builder, words the problem must contain)
BAD_INPUTS = {
    "corrupt zip": (corrupt_zip, "corrupt"),
    "random bytes": (random_bytes, "not a Word document"),
    "legacy doc": (legacy_doc, "legacy binary Word .doc file (Word 97-2003): save it as .docx"),
    "encrypted": (
        encrypted_docx,
        "password-protected (encrypted) DOCX: remove the password in Word and save again",
    ),
    "zip bomb": (zip_bomb, "ZIP bomb"),
    "doctype": (doctype_entity, "DTD"),
    "malformed xml": (malformed_xml, "malformed XML in word/document.xml"),
    "not word": (not_word, "not a Word document"),
    "empty file": (empty_file, "empty file"),
    "missing": (missing, "file not found"),
    "directory": (folder_itself, "is a folder"),
}


def libreoffice_pdf(path: Path, folder: Path) -> Path:
    """`path` converted to PDF by LibreOffice (a profile of its own, removed after)."""
    profile = Path(f"/tmp/lo-{uuid.uuid4().hex}")
    try:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}",
                        "--convert-to", "pdf", "--outdir", str(folder), str(path)],
                       capture_output=True, check=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = folder / f"{path.stem}.pdf"
    assert pdf.exists(), f"LibreOffice produced no PDF for {path.name}"
    return pdf
