"""Reading a DOCX into the model: body paragraphs with revisions, footnotes, title.

Parts are found through the package relationships (falling back to the usual names), read
through `safety.Package`, walked by `revisions.BodyWalker`, and turned into model paragraphs
once the document's marking (tracked, formatting or none) is known.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from editor.core.errors import InputError
from editor.core.model import Document, Footnote, Marking

from .marking import detect_marking, to_paragraph
from .revisions import (
    TRACKED_TAGS,
    BodyWalker,
    RawParagraph,
    Styles,
    local,
    read_styles,
    wattr,
    wtag,
)
from .safety import Package, check_file, open_package, resolve_target

_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "/officeDocument"
_CORE = "/metadata/core-properties"
_DC = "{http://purl.org/dc/elements/1.1/}"
_NOT_NOTES = {"separator", "continuationSeparator", "continuationNotice"}


def read_docx(path: str | Path, marking: Marking | None = None) -> Document:
    """Read the DOCX at `path`; `marking` overrides how revisions are detected.

    Tracked changes are always read as revisions; `marking` decides whether strike-through
    and underline are read as deletions and insertions too (FORMATTING), and is what the
    returned document reports.
    """
    path = Path(path)
    check_file(path)
    package = open_package(path)
    try:
        try:
            return _read(package, marking)
        except RecursionError:
            raise InputError(path, "XML nested too deeply to be a Word document",
                             code="xml-too-deep") from None
    finally:
        package.close()


def _read(package: Package, marking: Marking | None) -> Document:
    main = _main_part(package)
    rels = _relationships(package, main)
    body_root = package.xml(main)
    body = body_root.find(wtag("body"))
    if local(body_root) != "document":
        if "purl.oclc.org/ooxml" in str(body_root.tag):
            raise InputError(
                package.path, "Strict Open XML document: save it in Word as a standard .docx",
                code="strict-open-xml",
            )
        raise InputError(package.path, f"{main} is not a WordprocessingML document",
                         code="not-wordprocessingml", params={"member": main})
    styles = read_styles(_part(package, rels, "/styles", "word/styles.xml"))
    notes_root = _part(package, rels, "/footnotes", "word/footnotes.xml")
    title, creator = _core(package)

    raw = list(BodyWalker(styles).blocks(body)) if body is not None else []
    raw_notes = _raw_footnotes(notes_root, styles)
    tracked = _has_tracked(body_root) or (notes_root is not None and _has_tracked(notes_root))
    chosen = marking if marking is not None else detect_marking(tracked, raw)
    return Document(
        name=package.path.name,
        paragraphs=tuple(to_paragraph(p, chosen, creator) for p in raw),
        footnotes=tuple(
            Footnote(note_id, tuple(to_paragraph(p, chosen, creator) for p in paragraphs))
            for note_id, paragraphs in raw_notes
        ),
        marking=chosen,
        title=title,
    )


def _has_tracked(root: etree._Element) -> bool:
    return next(root.iter(*TRACKED_TAGS), None) is not None


def _main_part(package: Package) -> str:
    if package.has("_rels/.rels"):
        for rel in package.xml("_rels/.rels").iter(_REL):
            if (rel.get("Type") or "").endswith(_OFFICE_DOCUMENT):
                name = resolve_target("", rel.get("Target") or "")
                if package.has(name):
                    return name
    if package.has("word/document.xml"):
        return "word/document.xml"
    raise InputError(package.path, "not a Word document (no word/document.xml in the ZIP)",
                     code="not-word")


def _relationships(package: Package, part: str) -> dict[str, str]:
    """Relationship type suffix -> member name, for the main part."""
    folder, _, name = part.rpartition("/")
    rels_name = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
    found: dict[str, str] = {}
    if package.has(rels_name):
        for rel in package.xml(rels_name).iter(_REL):
            if rel.get("TargetMode") == "External":
                continue
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            found.setdefault("/" + kind, resolve_target(part, rel.get("Target") or ""))
    return found


def _part(
    package: Package, rels: dict[str, str], kind: str, fallback: str
) -> etree._Element | None:
    name = rels.get(kind, fallback)
    return package.xml(name) if package.has(name) else None


def _core(package: Package) -> tuple[str, str]:
    """Title and creator from the core properties, "" when absent."""
    name = "docProps/core.xml"
    if package.has("_rels/.rels"):
        for rel in package.xml("_rels/.rels").iter(_REL):
            if (rel.get("Type") or "").endswith(_CORE):
                name = resolve_target("", rel.get("Target") or "")
    if not package.has(name):
        return "", ""
    root = package.xml(name)
    title = root.find(_DC + "title")
    creator = root.find(_DC + "creator")
    return (
        (title.text or "").strip() if title is not None else "",
        (creator.text or "").strip() if creator is not None else "",
    )


def _raw_footnotes(
    root: etree._Element | None, styles: Styles
) -> list[tuple[str, list[RawParagraph]]]:
    if root is None:
        return []
    notes: list[tuple[str, list[RawParagraph]]] = []
    for note in root.iter(wtag("footnote")):
        note_id = wattr(note, "id")
        if note_id in ("-1", "0") or wattr(note, "type") in _NOT_NOTES:
            continue
        walker = BodyWalker(styles)
        notes.append((note_id, list(walker.blocks(note))))
    return notes
