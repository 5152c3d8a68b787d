"""Build the sample DOCX corpus from the annotated sources (see sources/FORMAT.md).

    python resources/samples/build.py [--out DIR] [--check]

The OOXML is written by hand (string templates + zipfile), never with the product's own code
nor python-docx's writer, so that a bug in Synoptic's reader cannot be hidden by the same bug in
the writer of its test files. Output is deterministic: fixed zip timestamps, entry order,
revision and footnote ids counted in document order, and entries stored (not deflated) so the
bytes do not depend on the zlib build of the machine.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
DOCX = HERE / "docx"

STYLES = (
    "PartNo",
    "PartTitle",
    "Proposal",
    "ResNo",
    "Resref",
    "Restitle",
    "Normalaftertitle",
    "Call",
    "Normal",
    "enumlev1",
    "enumlev2",
    "AnnexNo",
    "Annextitle",
    "Headingb",
    "Reasons",
)
# Lines of a proposal that are not part of the resolution text (left out of base documents).
PROPOSAL_ONLY = {"PartNo", "PartTitle", "Proposal", "Reasons"}
MARKINGS = ("tracked", "formatting", "none")
LANGUAGES = {"fr": "fr-FR", "en": "en-GB", "es": "es-ES"}
REQUIRED_KEYS = ("file", "title", "author", "date", "marking", "language", "fictitious")
KNOWN_KEYS = set(REQUIRED_KEYS) | {"base-of", "bases", "bases-fictitious", "subject"}

MARKUP = re.compile(r"\[-|-\]|\{\+|\+\}")
FOOTNOTE_REF = re.compile(r"\[\^(\d+)\]")
LINE = re.compile(r"^([A-Za-z0-9]+):(?: (.*))?$")
RES_NUMBER = re.compile(r"(\d+)")


class SourceError(Exception):
    """Malformed annotated source; the message names file and line."""


# ---------------------------------------------------------------- model of a source


@dataclass(frozen=True)
class Segment:
    kind: str  # "same", "ins" or "del"
    text: str  # may contain tabs and [^N] references


@dataclass(frozen=True)
class Para:
    style: str
    segments: tuple[Segment, ...]
    mark: str  # kind of the paragraph mark: "same", "ins", "del"
    where: str  # file:line, for messages


@dataclass(frozen=True)
class Part:
    name: str
    paras: tuple[Para, ...]
    footnotes: dict[str, tuple[Segment, ...]]


@dataclass(frozen=True)
class Source:
    folder: Path
    meta: dict[str, str]
    parts: tuple[Part, ...]


def parse_markup(text: str, where: str) -> tuple[Segment, ...]:
    """Split `a [-b-]{+c+} d` into segments; refuse nesting, stray and unclosed markers."""
    segments: list[Segment] = []
    kind, start = "same", 0
    for m in MARKUP.finditer(text):
        token = m.group()
        opening = token in ("[-", "{+")
        if opening and kind != "same":
            raise SourceError(f"{where}: '{token}' inside an open revision (markup cannot nest)")
        if not opening and kind != {"-]": "del", "+}": "ins"}[token]:
            raise SourceError(f"{where}: '{token}' closes nothing")
        piece = text[start : m.start()]
        if not opening and not piece:
            raise SourceError(f"{where}: empty revision before '{token}'")
        if piece:
            segments.append(Segment(kind, piece))
        kind = {"[-": "del", "{+": "ins"}.get(token, "same")
        start = m.end()
    if kind != "same":
        raise SourceError(f"{where}: unclosed '{'[-' if kind == 'del' else '{+'}'")
    if text[start:]:
        segments.append(Segment("same", text[start:]))
    return tuple(segments)


def shown(path: Path) -> str:
    return str(path.relative_to(SOURCES.parent) if path.is_relative_to(SOURCES.parent) else path)


def parse_part(path: Path, marking: str) -> Part:
    paras: list[Para] = []
    footnotes: dict[str, tuple[Segment, ...]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{shown(path)}:{number}"
        if not raw.strip() or raw.startswith("#"):
            continue
        m = LINE.match(raw)
        if not m:
            raise SourceError(f"{where}: expected 'Style: text', got {raw[:40]!r}")
        style, text = m.group(1), m.group(2) or ""
        if style == "Footnote":
            fm = re.match(r"\[\^(\d+)\] ?(.*)$", text)
            if not fm:
                raise SourceError(f"{where}: expected 'Footnote: [^N] text'")
            if fm.group(1) in footnotes:
                raise SourceError(f"{where}: footnote [^{fm.group(1)}] defined twice")
            body = parse_markup(fm.group(2), where)
            if any(FOOTNOTE_REF.search(s.text) for s in body):
                raise SourceError(f"{where}: footnote reference inside a footnote")
            footnotes[fm.group(1)] = body
            continue
        if style not in STYLES:
            raise SourceError(f"{where}: unknown style {style!r}")
        segments = parse_markup(text, where)
        if marking == "none" and any(s.kind != "same" for s in segments):
            raise SourceError(f"{where}: revision markup in a 'marking: none' document")
        mark = segments[0].kind if len(segments) == 1 else "same"
        paras.append(Para(style, segments, mark, where))
    for para in paras:
        for seg in para.segments:
            for ref in FOOTNOTE_REF.findall(seg.text):
                if ref not in footnotes:
                    raise SourceError(
                        f"{para.where}: footnote [^{ref}] is not defined in this part"
                    )
    return Part(path.name, tuple(paras), footnotes)


def parse_meta(path: Path) -> dict[str, str]:
    meta: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        key, sep, value = raw.partition(":")
        if not sep or key.strip() not in KNOWN_KEYS:
            raise SourceError(f"{path}:{number}: unknown or malformed key in {raw[:40]!r}")
        meta[key.strip()] = value.strip()
    missing = [k for k in REQUIRED_KEYS if k not in meta]
    if missing:
        raise SourceError(f"{path}: missing keys {', '.join(missing)}")
    if meta["marking"] not in MARKINGS:
        raise SourceError(f"{path}: marking must be one of {', '.join(MARKINGS)}")
    if meta["language"] not in LANGUAGES:
        raise SourceError(f"{path}: language must be one of {', '.join(LANGUAGES)}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", meta["date"]):
        raise SourceError(f"{path}: date must look like 2014-09-15T00:00:00Z")
    return meta


def parse_source(folder: Path) -> Source:
    meta = parse_meta(folder / "document.txt")
    files = sorted(p for p in folder.glob("*.txt") if p.name != "document.txt")
    if not files:
        raise SourceError(f"{folder}: no part files")
    return Source(folder, meta, tuple(parse_part(p, meta["marking"]) for p in files))


# ---------------------------------------------------------------- views


def view_segments(segments: tuple[Segment, ...], view: str) -> tuple[Segment, ...]:
    """Keep what the original ("reject") or proposed ("accept") view shows, as plain text."""
    dropped = "ins" if view == "original" else "del"
    return tuple(Segment("same", s.text) for s in segments if s.kind != dropped)


def view_paras(paras: tuple[Para, ...], view: str) -> list[Para]:
    dropped = "ins" if view == "original" else "del"
    return [
        Para(p.style, view_segments(p.segments, view), "same", p.where)
        for p in paras
        if p.mark != dropped
    ]


def part_view(part: Part, view: str) -> Part:
    footnotes = {n: view_segments(body, view) for n, body in part.footnotes.items()}
    return Part(part.name, tuple(view_paras(part.paras, view)), footnotes)


def plain_view(source: Source, view: str) -> list[str]:
    """The paragraphs a reader shows for a view ("original" or "proposed"), as pandoc's plain
    writer numbers them: each footnote reference becomes [k], the notes follow the body."""
    paragraphs: list[str] = []
    notes: list[str] = []

    def flat(segments: tuple[Segment, ...], part: Part | None) -> str:
        def note(m: re.Match[str]) -> str:
            assert part is not None
            notes.append(flat(view_segments(part.footnotes[m.group(1)], view), None))
            return f"[{len(notes)}]"

        return FOOTNOTE_REF.sub(note, "".join(s.text for s in segments))

    for part in source.parts:
        for para in view_paras(part.paras, view):
            paragraphs.append(flat(para.segments, part))
    paragraphs += [f"[{k}] {text}" for k, text in enumerate(notes, 1)]
    return [" ".join(p.split()) for p in paragraphs if p.split()]


def base_sources(source: Source) -> list[Source]:
    """One clean base (the original view of the resolution only) per proposal part."""
    prefix = source.meta.get("bases")
    if not prefix:
        return []
    bases = []
    for part in source.parts:
        if not any(p.style == "Proposal" for p in part.paras):
            continue
        original = part_view(part, "original")
        kept = tuple(p for p in original.paras if p.style not in PROPOSAL_ONLY)
        resno = next((p for p in kept if p.style == "ResNo"), None)
        number = RES_NUMBER.search("".join(s.text for s in resno.segments)) if resno else None
        if number is None:
            raise SourceError(
                f"{source.folder}/{part.name}: a proposal part without a ResNo number"
            )
        title = "".join(s.text for s in resno.segments) if resno else ""
        fictitious = source.meta.get("bases-fictitious", source.meta["fictitious"])
        meta = dict(
            source.meta,
            file=f"{prefix}{number.group(1)}",
            marking="none",
            fictitious=fictitious,
            **{"base-of": number.group(1)},
        )
        meta["title"] = f"{title} (texte de base, vue d'origine de {source.meta['file']})"
        if fictitious == "yes" and "EXEMPLE FICTIF" not in meta["title"]:
            meta["title"] = "EXEMPLE FICTIF " + meta["title"]
        meta.pop("bases", None)
        bases.append(Source(source.folder, meta, (Part(part.name, kept, original.footnotes),)))
    return bases


# ---------------------------------------------------------------- OOXML

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def attr(value: str) -> str:
    return escape(value, {'"': "&quot;"})


@dataclass
class Writer:
    """Writes one package; counts revision and footnote ids in document order."""

    marking: str
    author: str
    date: str
    next_revision: int = 1
    footnotes: list[str] = field(default_factory=list)

    def revision(self, tag: str) -> str:
        rid = self.next_revision
        self.next_revision += 1
        return f'<w:{tag} w:id="{rid}" w:author="{attr(self.author)}" w:date="{self.date}"'

    def runs(self, text: str, kind: str, part: Part | None, props: str = "") -> str:
        """Runs for one segment: text, tabs and footnote references."""
        deleted = kind == "del" and self.marking == "tracked"
        if self.marking == "formatting":
            props += {"del": "<w:strike/>", "ins": '<w:u w:val="single"/>'}.get(kind, "")
        text_tag = "w:delText" if deleted else "w:t"
        out: list[str] = []
        for i, piece in enumerate(FOOTNOTE_REF.split(text)):
            if i % 2:
                assert part is not None, "footnote reference outside the body"
                fid = self.footnote(part.footnotes[piece], kind)
                rpr = f'<w:rPr><w:rStyle w:val="FootnoteReference"/>{props}</w:rPr>'
                out.append(f'<w:r>{rpr}<w:footnoteReference w:id="{fid}"/></w:r>')
                continue
            if not piece:
                continue
            content = "<w:tab/>".join(
                f'<{text_tag} xml:space="preserve">{escape(chunk)}</{text_tag}>' if chunk else ""
                for chunk in piece.split("\t")
            )
            rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
            out.append(f"<w:r>{rpr}{content}</w:r>")
        return "".join(out)

    def segments(self, segments: tuple[Segment, ...], part: Part | None, props: str = "") -> str:
        out = []
        for seg in segments:
            if seg.kind != "same" and self.marking == "tracked":
                opening = self.revision(seg.kind)  # counted before any footnote inside
                runs = self.runs(seg.text, seg.kind, part, props)
                out.append(f"{opening}>{runs}</w:{seg.kind}>")
            else:
                out.append(self.runs(seg.text, seg.kind, part, props))
        return "".join(out)

    def paragraph(self, para: Para, part: Part) -> str:
        mark = ""
        if para.mark != "same" and self.marking == "tracked":
            mark = f"<w:rPr>{self.revision(para.mark)}/></w:rPr>"
        ppr = f'<w:pPr><w:pStyle w:val="{para.style}"/>{mark}</w:pPr>'
        return f"<w:p>{ppr}{self.segments(para.segments, part)}</w:p>"

    def footnote(self, body: tuple[Segment, ...], ref_kind: str) -> int:
        """A new footnote per reference; an inserted (deleted) reference inserts (deletes) its
        footnote's text too, as Word does, unless the text carries its own markup."""
        fid = len(self.footnotes) + 1
        lead = "same"
        if ref_kind != "same" and all(s.kind == "same" for s in body):
            body = tuple(Segment(ref_kind, s.text) for s in body)
            lead = ref_kind
        ref = (
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            "<w:r><w:tab/></w:r>"
        )
        if lead != "same" and self.marking == "tracked":
            ref = f"{self.revision(lead)}>{ref}</w:{lead}>"
        ppr = '<w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        self.footnotes.append(
            f'<w:footnote w:id="{fid}"><w:p>{ppr}{ref}{self.segments(body, None)}</w:p>'
            "</w:footnote>"
        )
        return fid


def document_xml(source: Source, writer: Writer) -> str:
    body = "".join(writer.paragraph(p, part) for part in source.parts for p in part.paras)
    sect = (
        "<w:sectPr>"
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1134" w:header="567"'
        ' w:footer="567" w:gutter="0"/>'
        '<w:cols w:space="720"/></w:sectPr>'
    )
    return f'{DECL}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}{sect}</w:body></w:document>'


def footnotes_xml(writer: Writer) -> str:
    separators = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"'
        ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"'
        ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>"
    )
    return f'{DECL}<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">{separators}{"".join(writer.footnotes)}</w:footnotes>'


# name, based on, paragraph properties, run properties (ITU-like, approximations of the templates)
TABS = '<w:tabs><w:tab w:val="left" w:pos="794"/><w:tab w:val="left" w:pos="1191"/><w:tab w:val="left" w:pos="1588"/><w:tab w:val="left" w:pos="1985"/></w:tabs>'
STYLE_DEFS = {
    "PartNo": (
        "PartNo",
        '<w:keepNext/><w:spacing w:before="240"/><w:jc w:val="center"/>',
        "<w:caps/>",
    ),
    "PartTitle": (
        "PartTitle",
        '<w:keepNext/><w:spacing w:before="120"/><w:jc w:val="center"/>',
        "<w:b/>",
    ),
    "Proposal": (
        "Proposal",
        '<w:keepNext/><w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs><w:spacing w:before="240"/>',
        "<w:b/>",
    ),
    "ResNo": (
        "ResNo",
        '<w:keepNext/><w:spacing w:before="480"/><w:jc w:val="center"/>',
        '<w:caps/><w:sz w:val="28"/>',
    ),
    "Resref": (
        "Resref",
        '<w:keepNext/><w:spacing w:before="120"/><w:jc w:val="center"/>',
        "<w:i/>",
    ),
    "Restitle": (
        "Restitle",
        '<w:keepNext/><w:spacing w:before="240"/><w:jc w:val="center"/>',
        '<w:b/><w:sz w:val="28"/>',
    ),
    "Normalaftertitle": ("Normal_after_title", '<w:spacing w:before="360"/>', ""),
    "Call": ("Call", '<w:keepNext/><w:spacing w:before="160"/><w:ind w:left="794"/>', "<w:i/>"),
    "enumlev1": ("enumlev1", '<w:spacing w:before="80"/><w:ind w:left="794" w:hanging="794"/>', ""),
    "enumlev2": (
        "enumlev2",
        '<w:spacing w:before="80"/><w:ind w:left="1191" w:hanging="397"/>',
        "",
    ),
    "AnnexNo": (
        "AnnexNo",
        '<w:keepNext/><w:spacing w:before="480"/><w:jc w:val="center"/>',
        '<w:caps/><w:sz w:val="28"/>',
    ),
    "Annextitle": (
        "Annextitle",
        '<w:keepNext/><w:spacing w:before="240"/><w:jc w:val="center"/>',
        '<w:b/><w:sz w:val="28"/>',
    ),
    "Headingb": ("Headingb", '<w:keepNext/><w:spacing w:before="160"/>', "<w:b/>"),
    "Reasons": ("Reasons", '<w:spacing w:before="240"/>', ""),
}


def styles_xml(language: str) -> str:
    fonts = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>'
    defaults = (
        f'<w:docDefaults><w:rPrDefault><w:rPr>{fonts}<w:sz w:val="24"/><w:szCs w:val="24"/>'
        f'<w:lang w:val="{LANGUAGES[language]}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr>'
        "</w:rPrDefault><w:pPrDefault/></w:docDefaults>"
    )
    styles = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        f'<w:qFormat/><w:pPr>{TABS}<w:spacing w:before="120"/></w:pPr><w:rPr>{fonts}'
        '<w:sz w:val="24"/></w:rPr></w:style>',
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
    ]
    for style_id, (name, ppr, rpr) in STYLE_DEFS.items():
        styles.append(
            f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>{ppr}</w:pPr>'
            f"<w:rPr>{rpr}</w:rPr></w:style>"
        )
    styles.append(
        '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="284"/></w:tabs>'
        '<w:spacing w:before="80"/><w:ind w:left="284" w:hanging="284"/></w:pPr>'
        '<w:rPr><w:sz w:val="22"/></w:rPr></w:style>'
    )
    styles.append(
        '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    )
    return f'{DECL}<w:styles xmlns:w="{W_NS}">{defaults}{"".join(styles)}</w:styles>'


SETTINGS = (
    f'{DECL}<w:settings xmlns:w="{W_NS}"><w:defaultTabStop w:val="794"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"'
    ' w:val="15"/></w:compat></w:settings>'
)
CONTENT_TYPES = (
    f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)
DOCUMENT_RELS = (
    f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    "</Relationships>"
)


def core_xml(meta: dict[str, str]) -> str:
    fictitious = meta["fictitious"] == "yes"
    title = meta["title"]
    if fictitious and "EXEMPLE FICTIF" not in title:
        raise SourceError(f"{meta['file']}: a fictitious document's title must say EXEMPLE FICTIF")
    description = (
        "EXEMPLE FICTIF : document inventé pour les essais de Synoptic, sans valeur officielle. "
        if fictitious
        else ""
    ) + "Généré par resources/samples/build.py depuis les sources annotées."
    subject = meta.get("subject", "EXEMPLE FICTIF" if fictitious else "")
    return (
        f'{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:subject>{escape(subject)}</dc:subject>"
        f"<dc:creator>{escape(meta['author'])}</dc:creator>"
        f"<dc:description>{escape(description)}</dc:description>"
        f"<cp:lastModifiedBy>{escape(meta['author'])}</cp:lastModifiedBy>"
        f"<dc:language>{LANGUAGES[meta['language']]}</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{meta["date"]}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{meta["date"]}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def package(source: Source) -> bytes:
    writer = Writer(source.meta["marking"], source.meta["author"], source.meta["date"])
    document = document_xml(source, writer)
    entries = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document),
        ("word/styles.xml", styles_xml(source.meta["language"])),
        ("word/settings.xml", SETTINGS),
        ("word/footnotes.xml", footnotes_xml(writer)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("docProps/core.xml", core_xml(source.meta)),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


# ---------------------------------------------------------------- driver


def all_sources(root: Path = SOURCES) -> list[Source]:
    """Every document (and its bases) under root; raises SourceError listing every problem."""
    sources: list[Source] = []
    errors: list[str] = []
    for folder in sorted(p for p in root.iterdir() if (p / "document.txt").is_file()):
        try:
            source = parse_source(folder)
            sources.append(source)
            sources.extend(base_sources(source))
        except SourceError as error:
            errors.append(str(error))
    names = [s.meta["file"] for s in sources]
    errors += [
        f"output name {n!r} produced twice" for n in sorted(set(names)) if names.count(n) > 1
    ]
    if errors:
        raise SourceError("\n".join(errors))
    return sources


def build(out: Path, root: Path = SOURCES) -> list[Path]:
    """Write every DOCX into out (all parsed first: nothing is written if a source is broken)."""
    built = [(s.meta["file"], package(s)) for s in all_sources(root)]
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in built:
        path = out / f"{name}.docx"
        path.write_bytes(data)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCX, help="output folder (default: docx/)")
    parser.add_argument("--sources", type=Path, default=SOURCES, help=argparse.SUPPRESS)
    parser.add_argument(
        "--check",
        action="store_true",
        help="rebuild in a temporary folder and compare with --out, byte for byte",
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = {p.name: p.read_bytes() for p in build(Path(tmp), args.sources)}
            committed = {p.name: p.read_bytes() for p in args.out.glob("*.docx")}
            stale = sorted(
                n for n in fresh.keys() | committed.keys() if fresh.get(n) != committed.get(n)
            )
            for name in stale:
                print(f"out of date: {name}", file=sys.stderr)
            return 1 if stale else 0
        paths = build(args.out, args.sources)
        if args.out == DOCX:  # the folder is generated: drop files no source produces any more
            for old in set(DOCX.glob("*.docx")) - set(paths):
                old.unlink()
        for path in paths:
            print(path.name)
        return 0
    except SourceError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
