"""A conference-scale corpus written as real DOCX files, for `python -m benchmarks`.

Base resolutions are built from the real sentences of /work/shared/seeds (via
`bench_engine.sentences`), in three size classes (most 2-4 pages, some 5-9, a few 10-20),
and edited by the six regional groups with `bench_engine.make_proposal` (word edits, whole
items inserted and deleted, editorial variants), plus the usual number-line and preamble
revision `GUADALAJARA, 2010` -> `BUSAN, 2014`. Everything is deterministic for a seed.

The files are written here with string templates and zipfile (not with Synoptic's writer):
bases clean; proposals documents of ten `MOD` parts with headings and reasons lines, as
Word tracked changes, except IAP which marks them with strike-through / underline as CITEL
documents often do; one ~300-page proposals document for the reading test.
"""

from __future__ import annotations

import random
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape

from benchmarks.bench_engine import CALLS, GROUPS, LETTERS, make_proposal, sentences
from editor.core.model import (
    Proposal,
    Provision,
    ProvisionKind,
    Resolution,
    Revision,
    RevisionKind,
    Run,
    View,
)

PARTS_PER_DOCUMENT = 10
FORMATTING_GROUPS = ("IAP",)  # marks revisions with strike / underline, not tracked changes
WORDS_PER_PAGE = 500  # A4, Times New Roman 12, ITU margins
DATE = "2014-09-15T00:00:00Z"
MORE_CALLS = ("reconnaissant en outre", "considérant en outre", "invite le Conseil",
              "charge le Directeur du Bureau de développement des télécommunications",
              "décide en outre", "invite les Membres de Secteur")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STYLES = ("Normal", "PartNo", "PartTitle", "Proposal", "ResNo", "Restitle",
          "Normalaftertitle", "Call", "enumlev1", "Reasons")


@dataclass(frozen=True)
class Part:
    """One proposal of a proposals document, with where it came from."""

    proposal: Proposal
    base: Resolution


@dataclass(frozen=True)
class Corpus:
    folder: Path
    bases: tuple[Path, ...]
    proposals: tuple[Path, ...]
    big: Path  # the ~300-page proposals document
    big_pages: int
    big_paragraphs: int
    parts: dict[str, list[Part]]  # resolution number -> its proposals, in group order
    pages: int  # of bases and proposals together
    revisions: int  # tracked or formatting marks written


# --- resolutions --------------------------------------------------------------------


def make_base(rnd: random.Random, number: int, pool: list[str]) -> Resolution:
    """A base resolution of realistic size: calls, items, sub-items, some long items."""
    size = rnd.random()
    calls, items = ((3, 5), (2, 8)) if size < 0.65 else ((5, 8), (4, 12)) if size < 0.93 \
        else ((8, 12), (6, 18))
    provs = [
        Provision(ProvisionKind.NUMBER, (Run(f"RÉSOLUTION {number} (RÉV. GUADALAJARA, 2010)"),)),
        Provision(ProvisionKind.TITLE, (Run(rnd.choice(pool)[:90].rstrip(" ,;.")),)),
        Provision(ProvisionKind.PREAMBLE, (Run("La Conférence de plénipotentiaires de l'Union "
                                               "internationale des télécommunications "
                                               "(Guadalajara, 2010),"),)),
    ]
    chosen = rnd.sample(CALLS + MORE_CALLS, min(rnd.randint(*calls), len(CALLS + MORE_CALLS)))
    for call in chosen:
        provs.append(Provision(ProvisionKind.CALL, (Run(call),)))
        numbered = call.startswith(("décide", "charge", "invite"))
        for i in range(min(rnd.randint(*items), len(LETTERS))):
            label = str(i + 1) if numbered else f"{LETTERS[i]})"
            text = " ".join(rnd.choice(pool) for _ in range(1 if rnd.random() < 0.8 else 2))
            provs.append(Provision(ProvisionKind.ITEM, (Run(text),), (Run(label),), 1))
            if rnd.random() < 0.12:
                for j in range(rnd.randint(1, 3)):
                    sub = f"{i + 1}.{j + 1}" if numbered else f"{'i' * (j + 1)})"
                    provs.append(Provision(ProvisionKind.ITEM, (Run(rnd.choice(pool)),),
                                           (Run(sub),), 2))
    return Resolution(str(number), tuple(provs), language="fr")


def revise(rnd: random.Random, base: Resolution, group: str, k: int, pool: list[str]) -> Proposal:
    """`make_proposal`, then the number line and preamble revised as every group does."""
    proposal = make_proposal(rnd, base, group, k, pool)
    assert proposal.resolution is not None
    ins, dele = Revision(RevisionKind.INSERT, group, DATE), Revision(RevisionKind.DELETE, group,
                                                                      DATE)
    provisions = list(proposal.resolution.provisions)
    provisions[0] = Provision(ProvisionKind.NUMBER, (
        Run(f"RÉSOLUTION {base.number} (RÉV. "), Run("GUADALAJARA, 2010", dele),
        Run("BUSAN, 2014", ins), Run(")")))
    provisions[2] = Provision(ProvisionKind.PREAMBLE, (
        Run("La Conférence de plénipotentiaires de l'Union internationale des "
            "télécommunications ("), Run("Guadalajara, 2010", dele), Run("Busan, 2014", ins),
        Run("),")))
    return replace(proposal, resolution=replace(proposal.resolution,
                                                provisions=tuple(provisions)))


# --- OOXML ---------------------------------------------------------------------------


class _Writer:
    """Paragraphs as WordprocessingML; counts revision ids in document order."""

    def __init__(self, formatting: bool = False) -> None:
        self.formatting = formatting
        self.next_id = 1
        self.revisions = 0
        self.words = 0

    def _attrs(self, revision: Revision) -> str:
        self.next_id += 1
        author = escape(revision.author, {'"': "&quot;"})
        return f'w:id="{self.next_id}" w:author="{author}" w:date="{revision.date or DATE}"'

    def run(self, text: str, revision: Revision | None, tab: bool = False) -> str:
        tail = "<w:tab/>" if tab else ""
        if revision is None:
            return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t>{tail}</w:r>'
        self.revisions += 1
        if self.formatting:
            look = "<w:strike/>" if revision.deletes else '<w:u w:val="single"/>'
            return (f'<w:r><w:rPr>{look}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t>'
                    f"{tail}</w:r>")
        if revision.deletes:
            inner = f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText>{tail}</w:r>'
            return f"<w:del {self._attrs(revision)}>{inner}</w:del>"
        inner = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t>{tail}</w:r>'
        return f"<w:ins {self._attrs(revision)}>{inner}</w:ins>"

    def paragraph(self, style: str, body: str, mark: Revision | None = None) -> str:
        mark_xml = ""
        if mark is not None and not self.formatting:
            kind = "del" if mark.deletes else "ins"
            mark_xml = f"<w:rPr><w:{kind} {self._attrs(mark)}/></w:rPr>"
        return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{mark_xml}</w:pPr>{body}</w:p>'

    def plain(self, style: str, text: str) -> str:
        self.words += len(text.split())
        return self.paragraph(style, self.run(text, None))

    def provision(self, p: Provision, view: View | None = None) -> str:
        """`p` with its revisions, or (with `view`) that view's text without marks."""
        if view is not None and not p.exists_in(view):
            return ""
        label = "".join(r.text for r in p.label if view is None or r.visible_in(view))
        runs = [r for r in p.runs if view is None or r.visible_in(view)]
        self.words += sum(len(r.text.split()) for r in runs)
        if view is not None:
            body = (self.run(label, None, tab=True) if label else "") + self.run(
                "".join(r.text for r in runs), None)
            return self.paragraph(_style(p), body)
        label_mark = next((r.revision for r in p.label if r.revision), None) or p.mark
        body = self.run(label, label_mark, tab=True) if label else ""
        body += "".join(self.run(r.text, r.revision) for r in runs if r.text)
        return self.paragraph(_style(p), body, p.mark)


def _style(p: Provision) -> str:
    return {ProvisionKind.NUMBER: "ResNo", ProvisionKind.TITLE: "Restitle",
            ProvisionKind.PREAMBLE: "Normalaftertitle", ProvisionKind.CALL: "Call"}.get(
        p.kind, "enumlev1" if p.level >= 2 else "Normal")


def _styles_xml() -> str:
    default = ' w:default="1"'
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="{s}"{default if s == "Normal" else ""}>'
        f'<w:name w:val="{s}"/></w:style>' for s in STYLES)
    return (f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts '
            'w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/></w:rPr>'
            f"</w:rPrDefault></w:docDefaults>{styles}</w:styles>")


def write_package(path: Path, paragraphs: list[str], title: str) -> None:
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W}"><w:body>{"".join(paragraphs)}'
                '<w:sectPr><w:pgSz w:w="11907" w:h="16840"/></w:sectPr></w:body></w:document>')
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{ct}.document.main+xml"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{ct}.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.'
            'openxmlformats-package.core-properties+xml"/></Types>')
        z.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>")
        z.writestr(
            "word/_rels/document.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
        z.writestr("word/styles.xml", _styles_xml())
        z.writestr(
            "docProps/core.xml",
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{escape(title)}</dc:title></cp:coreProperties>")
        z.writestr("word/document.xml", document)


def write_resolution(path: Path, provisions: tuple[Provision, ...], view: View | None) -> int:
    """A single resolution: a base (clean) or one view of a proposal; returns words."""
    w = _Writer()
    write_package(path, [w.provision(p, view) for p in provisions], path.stem)
    return w.words


def write_proposals(path: Path, group: str, doc_id: str, parts: list[Part]) -> tuple[int, int]:
    """A proposals document of MOD parts; returns (words, revision marks)."""
    w = _Writer(formatting=group in FORMATTING_GROUPS)
    paragraphs = []
    for i, part in enumerate(parts, start=1):
        resolution = part.proposal.resolution
        assert resolution is not None
        paragraphs += [w.plain("PartNo", f"PARTIE {i}"),
                       w.plain("PartTitle",
                               f"Proposition de modification de la Résolution {part.base.number}"),
                       w.paragraph("Proposal", w.run("MOD", None, tab=True)
                                   + w.run(f"{doc_id}/{i}", None))]
        paragraphs += [w.provision(p) for p in resolution.provisions]
        paragraphs.append(w.plain("Reasons", "Motifs:\tMise à jour de la Résolution compte tenu "
                                  "des faits nouveaux intervenus depuis 2010."))
    write_package(path, paragraphs, f"Propositions {doc_id}")
    return w.words, w.revisions


# --- the corpus ----------------------------------------------------------------------


def build(folder: Path, resolutions: int, seed: int = 20141020, big_pages: int = 300) -> Corpus:
    pool = sentences()
    rnd = random.Random(seed)
    bases = [make_base(rnd, 1 + i, pool) for i in range(resolutions)]
    parts: dict[str, list[Part]] = {b.number: [] for b in bases}
    words = revisions = 0
    base_files = []
    for b in bases:
        path = folder / f"base-res{b.number}.docx"
        words += write_resolution(path, b.provisions, None)
        base_files.append(path)
    proposal_files = []
    for k, group in enumerate(GROUPS):
        for start in range(0, len(bases), PARTS_PER_DOCUMENT):
            doc_id = f"{group}/{20 + k}A{start // PARTS_PER_DOCUMENT + 1}"
            chunk = [Part(revise(rnd, b, group, k, pool), b)
                     for b in bases[start : start + PARTS_PER_DOCUMENT]]
            for part in chunk:
                parts[part.base.number].append(part)
            path = folder / f"{doc_id.replace('/', '-')}.docx"
            n_words, n_revisions = write_proposals(path, group, doc_id, chunk)
            words, revisions = words + n_words, revisions + n_revisions
            proposal_files.append(path)
    big, big_words, big_paragraphs = _big_document(folder, random.Random(seed + 1), pool,
                                                   big_pages)
    return Corpus(folder, tuple(base_files), tuple(proposal_files), big,
                  big_words // WORDS_PER_PAGE, big_paragraphs, parts,
                  words // WORDS_PER_PAGE, revisions)


def _big_document(folder: Path, rnd: random.Random, pool: list[str], pages: int
                  ) -> tuple[Path, int, int]:
    """One ARB proposals document of about `pages` pages (as PP-14's largest)."""
    chunk: list[Part] = []
    words = paragraphs = 0
    while words < pages * WORDS_PER_PAGE:
        base = make_base(rnd, 501 + len(chunk), pool)
        chunk.append(Part(revise(rnd, base, "ARB", 0, pool), base))
        resolution = chunk[-1].proposal.resolution
        assert resolution is not None
        words += sum(len(p.text(View.ORIGINAL).split()) for p in resolution.provisions)
        paragraphs += len(resolution.provisions) + 4
    path = folder / "ARB-79A1-300-pages.docx"
    words, _ = write_proposals(path, "ARB", "ARB/79A1", chunk)
    return path, words, paragraphs
