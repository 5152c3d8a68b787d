"""DOCX files of a footnote whose text proposals edit (used by the writer and CLI tests).

`footnote_text_files(folder)` writes: the base (Res. 101 in English, footnote 1 on item b)),
ARB and EUR revising the same words of the footnote with tracked changes inside
word/footnotes.xml and nothing else (ARB numbers the footnote 2), and IAP's clean text
whose footnote says more.
"""

from __future__ import annotations

from pathlib import Path

from docxio_fixtures import dele, footnotes_xml, ins, make_docx, p, r

OLD = "Within the meaning of the 2030 Agenda for Sustainable Development."
EDITED = "Within the meaning of the 2030 and 2063 Agendas for Sustainable Development."
CLEAN = "Within the meaning of the 2030 Agenda for Sustainable Development, adopted in 2015."
BOTH = ("Within the meaning of the 2030 and 2063 Agendas for Sustainable Development, "
        "adopted in 2015.")
MARK = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'


def ref(fid: str) -> str:
    return (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>')


def body(fid: str) -> list[str]:
    return [
        p(r("RESOLUTION 101 (REV. GUADALAJARA, 2010)")),
        p(r("Internet Protocol-based networks")),
        p(r("The Plenipotentiary Conference of the International Telecommunication Union "
            "(Guadalajara, 2010),")),
        p(r("considering")),
        p(r("a)\tthat IP-based networks are widely accessible;")),
        p(r("b)\tthat the growth of sustainable networks"), ref(fid), r(" is significant;")),
        p(r("resolves")),
        p(r("1\tto continue studies in the relevant study groups.")),
    ]


def note(*runs: str) -> str:
    return p(MARK, "<w:r><w:tab/></w:r>", *runs)


def part(pid: str, fid: str) -> str:
    return "".join([p(r(f"MOD\t{pid}")), *body(fid), p(r("Reasons:\tUpdate."))])


def tracked_note(rid: int) -> str:
    """The ARB/EUR footnote: `2030 {+and 2063+} [-Agenda-]{+Agendas+}` as Word tracks it."""
    return note(r("Within the meaning of the 2030 "), ins(r("and 2063 "), rid=str(rid)),
                dele("Agenda", rid=str(rid + 1)), ins(r("Agendas"), rid=str(rid + 2)),
                r(" for Sustainable Development."))



def footnote_text_files(folder: Path) -> dict[str, Path]:
    """The base ("base") and the three proposals (by proposal id)."""
    out = {"base": make_docx(folder / "base.docx", "".join(body("1")),
                             footnotes=footnotes_xml(("1", note(r(OLD)))))}
    for pid, fid, rid in (("ARB/1A1/1", "2", 40), ("EUR/2A1/1", "1", 50)):
        out[pid] = make_docx(folder / f"{pid[:3]}.docx", part(pid, fid),
                             footnotes=footnotes_xml((fid, tracked_note(rid))))
    out["IAP/3A1/1"] = make_docx(folder / "IAP.docx", part("IAP/3A1/1", "1"),
                                 footnotes=footnotes_xml(("1", note(r(CLEAN)))))
    return out
