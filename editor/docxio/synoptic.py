"""The synoptic table: base, each proposal and the consolidated text, side by side.

Landscape A4, one row per provision (base provisions and every provision a proposal
inserts, accepted or not), columns: base | each proposal with its marks (deletions struck,
insertions underlined, one colour per source group) | consolidated text with its marks.
A summary table per proposal follows: changes accepted, rejected, pending. Footnote
references of the base and consolidated columns are superscript marks in the cell (the
base's numbered in reading order, new ones after them, as in the synoptic view), struck
or underlined with their change; they are not Word footnotes. A base footnote whose text
proposals edit gets a row after the provisions, its mark and text in each column.
A new draft resolution (no base) has one row per provision of the draft, whatever its
decision: inserted in its proposal's column, in the consolidated one once accepted.
The drafter's combined text for a conflict between inserted provisions (one inserted
provision per line) has a row per line after the provision they follow, only its
consolidated cell filled; the proposals' own inserted rows stay, rejected.

`synoptic_rows` is the plain content (no python-docx), so it can be tested and reused.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.text.run import Run

from editor.core.changes import Change, ChangeKind, footnote_key, head_key, provision_key
from editor.core.consolidate import (
    Consolidated,
    TrackedFootnote,
    TrackedProvision,
    new_footnote_id,
    state_of,
)
from editor.core.export_plan import Segment, SegmentKind
from editor.core.footnote_changes import note_text
from editor.core.model import (
    Decision,
    DecisionState,
    Provision,
    Resolution,
    View,
    proposal_sources,
)
from editor.core.segments import Segment as CoreSegment


class SynopticDossier(NamedTuple):
    """One resolution: the consolidation, the changes it came from and the decisions."""

    result: Consolidated
    changes: Sequence[Change]
    decisions: Mapping[str, Decision]
    base: Resolution | None


class Row(NamedTuple):
    key: str
    base: tuple[Segment, ...]
    proposals: dict[str, tuple[Segment, ...]]  # proposal id -> its text with marks ("" none)
    states: dict[str, str]  # proposal id -> decision state of its changes here
    consolidated: tuple[Segment, ...]


COLOURS = {
    "ARB": RGBColor(0x00, 0x80, 0x3C),
    "EUR": RGBColor(0x1F, 0x4E, 0xC8),
    "IAP": RGBColor(0xC0, 0x1C, 0x28),
    "ACP": RGBColor(0x80, 0x2A, 0x9E),
    "AFCP": RGBColor(0xD0, 0x6A, 0x00),
    "RCC": RGBColor(0x7A, 0x4A, 0x1E),
}
_SPARE = [RGBColor(0x00, 0x7A, 0x87), RGBColor(0x9E, 0x2A, 0x5E), RGBColor(0x55, 0x6B, 0x2F)]
_GREY = RGBColor(0x80, 0x80, 0x80)
_BREAKS = re.compile("([\r\n])")


def proposal_ids(changes: Sequence[Change]) -> list[str]:
    return sorted({s for c in changes if c.kind is not ChangeKind.NOC for s in c.sources})


def footnote_marks(d: SynopticDossier) -> dict[str, str]:
    """The mark of each footnote: the displayed one, else the rank of the base's (a new
    draft's) references, then of the footnotes the changes bring."""
    out: dict[str, str] = {}
    n = 0
    for p in d.base.provisions if d.base is not None else _draft_provisions(d.changes):
        for r in p.runs:
            if r.footnote is not None and r.footnote not in out and r.visible_in(View.ORIGINAL):
                if not r.text.strip():  # a custom mark takes no number, as in Word
                    n += 1
                out[r.footnote] = r.text.strip() or str(n)
    new = [new_footnote_id(c.id, i) for c in d.changes for i in range(len(c.notes))]
    res = d.result.resolution
    for fid in (*new, *(f.id for f in (res.footnotes if res is not None else ()))):
        if fid not in out:
            n += 1
            out[fid] = str(n)
    return out


def synoptic_rows(d: SynopticDossier) -> list[Row]:
    """The rows of one resolution, in document order. A footnote reference is a segment
    whose `text` is its mark and `footnote` its id."""
    ids = proposal_ids(d.changes)
    marks = footnote_marks(d)
    tracked = {t.key: t for t in d.result.tracked}
    number = d.base.number if d.base is not None else d.result.number
    inserts: dict[str, list[Change]] = {}
    for c in d.changes:
        if c.adds_provision:
            inserts.setdefault(c.provision, []).append(c)
    rows: list[Row] = []

    def inserted_rows(anchor: str) -> None:
        for c in sorted(inserts.get(anchor, ()), key=lambda c: (c.start, c.sources, c.id)):
            p = c.inserted
            assert p is not None
            text = _labelled(p.label_text(View.PROPOSED), p.text(View.PROPOSED))
            added: dict[str, tuple[Segment, ...]] = {
                pid: (Segment(text, "insert", pid),) for pid in c.sources
            }
            states = {pid: state_of(d.decisions, c.id).value for pid in c.sources}
            accepted = tracked.get(c.id)
            rows.append(Row(c.id, (), added, states,
                            _tracked(accepted, marks) if accepted is not None else ()))

    if d.base is None:
        return _draft_rows(d, marks, tracked)
    inserted_rows(head_key(number))
    for i, p in enumerate(d.base.provisions):
        key = provision_key(number, i)
        label, old = p.label_text(View.ORIGINAL), p.text(View.ORIGINAL)
        mine: dict[str, tuple[Segment, ...]] = {}
        states: dict[str, str] = {}
        for pid in ids:
            own = [c for c in d.changes if c.provision == key and pid in c.sources
                   and not c.adds_provision and c.kind is not ChangeKind.NOC]
            if own:
                mine[pid] = _marked(label, old, own, pid)
                found = {state_of(d.decisions, c.id).value for c in own}
                states[pid] = found.pop() if len(found) == 1 else "mixed"
        here = tracked.get(key)
        base = _base(label, p, marks)
        consolidated = _tracked(here, marks) if here is not None else base
        rows.append(Row(key, base, mine, states, consolidated))
        inserted_rows(key)
    rows = _with_own_inserts(rows, d, marks, number)
    edited = {t.key: t for t in d.result.footnotes}
    for f in d.base.footnotes:
        key = footnote_key(number, f.id)
        own = [c for c in d.changes if c.provision == key]
        if own:
            rows.append(_footnote_row(key, marks.get(f.id, f.id), note_text(f), own,
                                      edited.get(key), ids, d.decisions))
    return rows


def _with_own_inserts(rows: list[Row], d: SynopticDossier, marks: Mapping[str, str],
                      number: str) -> list[Row]:
    """`rows` with a row for each consolidated provision no row shows (the drafter's
    combined text for a conflict between inserted provisions: one provision per line),
    after the row of the provision it follows, keyed `<anchor>+<key>` as in the editor."""
    index = {r.key: i for i, r in enumerate(rows)}
    anchors = {c.id: c.provision for c in d.changes if c.adds_provision}
    extra: dict[int, list[Row]] = {}
    last = -1
    for t in d.result.tracked:
        i = index.get(t.key, -1)
        if i >= 0:
            last = i
            continue
        anchor = anchors.get(rows[last].key, rows[last].key) if last >= 0 else head_key(number)
        extra.setdefault(last, []).append(Row(f"{anchor}+{t.key}", (), {}, {},
                                              _tracked(t, marks)))
    if not extra:
        return rows
    out = list(extra.get(-1, ()))
    for i, r in enumerate(rows):
        out.append(r)
        out.extend(extra.get(i, ()))
    return out


def _drafts(changes: Sequence[Change]) -> list[Change]:
    return [c for c in changes
            if c.kind is ChangeKind.NEW_RESOLUTION and c.drafted is not None]


def _draft_provisions(changes: Sequence[Change]) -> list[Provision]:
    return [p for c in _drafts(changes) if c.drafted is not None for p in c.drafted.provisions]


def _draft_rows(d: SynopticDossier, marks: Mapping[str, str],
                tracked: Mapping[str, TrackedProvision]) -> list[Row]:
    """A new draft's rows: each provision of each draft inserted in its proposals' columns,
    the consolidated text (`tracked`, keyed `<change id>:<index>` by the engine) beside it;
    what the engine consolidated that no draft row shows comes after."""
    rows: list[Row] = []
    for c in _drafts(d.changes):
        assert c.drafted is not None
        state = state_of(d.decisions, c.id).value
        for i, p in enumerate(c.drafted.provisions):
            key = f"{c.id}:{i}"  # as `consolidate._draft` keys it
            here = tracked.get(key)
            proposed = {pid: tuple(replace(s, kind="insert", author=pid)
                                   for s in _base(p.label_text(View.ORIGINAL), p, marks))
                        for pid in c.sources}
            rows.append(Row(key, (), proposed, dict.fromkeys(c.sources, state),
                            _tracked(here, marks) if here is not None else ()))
    shown = {r.key for r in rows}
    rows += [Row(t.key, (), {}, {}, _tracked(t, marks))
             for t in d.result.tracked if t.key not in shown]
    return rows


def _footnote_row(key: str, mark: str, old: str, changes: list[Change],
                  edited: TrackedFootnote | None, ids: list[str],
                  decisions: Mapping[str, Decision]) -> Row:
    """The row of an edited base footnote: its mark, then its text (the white space after
    the mark is layout: left out)."""
    def shown(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
        head = segments[0] if segments else None
        if head is not None and head.kind == "equal":
            segments = (Segment(head.text.lstrip()), *segments[1:])
        return (Segment(mark, footnote=key), Segment("\t"), *segments)

    mine: dict[str, tuple[Segment, ...]] = {}
    states: dict[str, str] = {}
    for pid in ids:
        own = [c for c in changes if pid in c.sources]
        if own:
            mine[pid] = shown(_marked("", old, own, pid))
            found = {state_of(decisions, c.id).value for c in own}
            states[pid] = found.pop() if len(found) == 1 else "mixed"
    now = _shown(edited.segments, {}) if edited is not None else (Segment(old),)
    return Row(key, shown((Segment(old),)), mine, states, shown(now))


def _labelled(label: str, text: str) -> str:
    return f"{label}\t{text}" if label else text


def _marked(label: str, old: str, own: list[Change], pid: str) -> tuple[Segment, ...]:
    """The base text with one proposal's changes marked on it."""
    prefix = (Segment(f"{label}\t"),) if label else ()
    if any(c.removes_provision or c.kind is ChangeKind.ABROGATE for c in own):
        return (*prefix, Segment(old, "delete", pid))
    out: list[Segment] = list(prefix)
    pos = 0
    words = (ChangeKind.TEXT, ChangeKind.FOOTNOTE)
    for c in sorted((c for c in own if c.kind in words), key=lambda c: (c.start, c.end)):
        if c.start < pos:
            continue  # overlaps a change already shown
        if c.start > pos:
            out.append(Segment(old[pos : c.start]))
        if c.old:
            out.append(Segment(c.old, "delete", pid))
        if c.new:
            out.append(Segment(c.new, "insert", pid))
        pos = c.end
    if pos < len(old):
        out.append(Segment(old[pos:]))
    return tuple(out)


def _base(label: str, p: Provision, marks: Mapping[str, str]) -> tuple[Segment, ...]:
    """A base provision's text (original view) with its footnote marks."""
    out = [Segment(f"{label}\t")] if label else []
    for r in p.runs:
        if not r.visible_in(View.ORIGINAL):
            continue
        if r.footnote is not None:
            out.append(Segment(marks.get(r.footnote, r.footnote), footnote=r.footnote))
        elif out and out[-1].footnote is None:
            out[-1] = Segment(out[-1].text + r.text)
        else:
            out.append(Segment(r.text))
    return tuple(out) if out else (Segment(""),)


def _tracked(t: TrackedProvision, marks: Mapping[str, str]) -> tuple[Segment, ...]:
    label, base_label = t.label, t.base_label
    segs: list[Segment] = []
    if label == base_label:
        if label:
            segs.append(Segment(label + "\t"))
    else:
        if base_label:
            segs.append(Segment(base_label, "delete"))
        if label:
            segs.append(Segment(label, "insert"))
        segs.append(Segment("\t"))
    return (*segs, *_shown(t.segments, marks))


def _shown(segments: tuple[CoreSegment, ...], marks: Mapping[str, str]) -> tuple[Segment, ...]:
    """The engine's segments as the table's, a footnote reference as its mark."""
    out: list[Segment] = []
    for s in segments:
        kind: SegmentKind = "insert" if s.op == "insert" else "delete" if s.op == "delete" else "equal"
        if s.footnote:
            out.append(Segment(marks.get(s.footnote, s.footnote), kind, ", ".join(s.sources),
                               footnote=s.footnote))
        else:
            out.append(Segment(s.text, kind, ", ".join(s.sources)))
    return tuple(out)


def summary(d: SynopticDossier) -> list[tuple[str, int, int, int]]:
    """(proposal id, accepted, rejected, pending) for each proposal."""
    out = []
    for pid in proposal_ids(d.changes):
        mine = [c for c in d.changes if pid in c.sources and c.kind is not ChangeKind.NOC]
        states = [state_of(d.decisions, c.id) for c in mine]
        out.append((pid, states.count(DecisionState.ACCEPTED),
                    states.count(DecisionState.REJECTED), states.count(DecisionState.PENDING)))
    return out


# --- rendering ------------------------------------------------------------------------------


def colour_of(author: str, spare: dict[str, RGBColor]) -> RGBColor:
    group = proposal_sources(author.split(",")[0].strip())[0] if author else ""
    if group in COLOURS:
        return COLOURS[group]
    if group not in spare:
        spare[group] = _SPARE[len(spare) % len(_SPARE)]
    return spare[group]


# The table's own words, in the language of the resolutions it shows (a French text gets a
# French table, whatever the language of the editor that exported it).
LABELS: dict[str, dict[str, str]] = {
    "en": {"title": "Synoptic table", "resolution": "Resolution {0}", "base": "Base",
           "consolidated": "Consolidated", "proposal": "Proposal", "accepted": "Accepted",
           "rejected": "Rejected", "pending": "Pending", "state-accepted": "accepted",
           "state-rejected": "rejected", "state-pending": "pending", "state-mixed": "mixed"},
    "fr": {"title": "Tableau synoptique", "resolution": "Résolution {0}",
           "base": "Texte de base", "consolidated": "Texte consolidé", "proposal": "Proposition",
           "accepted": "Acceptées", "rejected": "Rejetées", "pending": "En attente",
           "state-accepted": "acceptée", "state-rejected": "rejetée",
           "state-pending": "en attente", "state-mixed": "en partie"},
    "es": {"title": "Cuadro sinóptico", "resolution": "Resolución {0}",
           "base": "Texto de base", "consolidated": "Texto consolidado", "proposal": "Propuesta",
           "accepted": "Aceptadas", "rejected": "Rechazadas", "pending": "Pendientes",
           "state-accepted": "aceptada", "state-rejected": "rechazada",
           "state-pending": "pendiente", "state-mixed": "en parte"},
}


def labels_for(dossiers: Sequence[SynopticDossier]) -> dict[str, str]:
    """The labels in the language of the first resolution that has one (English if none)."""
    for d in dossiers:
        for r in (d.base, d.result.resolution, *(c.drafted for c in _drafts(d.changes))):
            if r is not None and r.language in LABELS:
                return LABELS[r.language]
    return LABELS["en"]


def write_synoptic(dossiers: Sequence[SynopticDossier], *, title: str | None = None) -> bytes:
    """The synoptic table of `dossiers` as DOCX bytes; `title` None: "Synoptic table" in the
    resolutions' language, "": no title."""
    words = labels_for(dossiers)
    if title is None:
        title = words["title"]
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    normal = document.styles["Normal"]
    normal.font.size = Pt(8)  # type: ignore[attr-defined]
    spare: dict[str, RGBColor] = {}
    if title:
        document.add_heading(title, level=1)
    for d in dossiers:
        number = d.base.number if d.base is not None else d.result.number
        shown = d.base or next((c.drafted for c in _drafts(d.changes)), None)  # or a draft's
        heading = shown.number_line(View.ORIGINAL) if shown is not None else ""
        document.add_heading(heading or words["resolution"].format(number), level=2)
        ids = proposal_ids(d.changes)
        _table(document, synoptic_rows(d), ids, spare, words)
        document.add_paragraph()
        _summary(document, summary(d), spare, words)
        document.add_page_break()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _table(document: object, rows: list[Row], ids: list[str], spare: dict[str, RGBColor],
           words: dict[str, str]) -> None:
    headers = [words["base"], *ids, words["consolidated"]]
    table = document.add_table(rows=1, cols=len(headers))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        if text in ids:
            run.font.color.rgb = colour_of(text, spare)
    trpr = table.rows[0]._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))  # repeat the header on every page
    marks: dict[tuple[RGBColor, str], BaseOxmlElement] = {}
    for row in rows:
        cells = table.add_row().cells
        _fill(cells[0], row.base, spare, marks=marks)
        for k, pid in enumerate(ids, start=1):
            if pid in row.proposals:
                _fill(cells[k], row.proposals[pid], spare, default=pid, marks=marks)
                state = row.states.get(pid, "")
                note = cells[k].add_paragraph().add_run(
                    f"[{words.get('state-' + state, state)}]")
                note.italic = True
                note.font.color.rgb = _GREY
            else:
                dash = cells[k].paragraphs[0].add_run("—")
                dash.font.color.rgb = _GREY
        _fill(cells[-1], row.consolidated, spare, marks=marks)
    width = Cm(26.7) // len(headers)
    for tc in table._tbl.iter(qn("w:tc")):  # a plain grid: every cell, faster than columns
        tc.width = width


def _fill(cell: object, segments: tuple[Segment, ...], spare: dict[str, RGBColor],
          default: str = "", marks: dict[tuple[RGBColor, str], BaseOxmlElement] | None = None
          ) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    marks = {} if marks is None else marks
    for seg in segments:
        if not seg.text:
            continue
        r = paragraph.add_run()._r
        if seg.kind != "equal":
            key = (colour_of(seg.author or default, spare), seg.kind)
            if key not in marks:
                marks[key] = _mark_rpr(*key)
            r.insert(0, copy.deepcopy(marks[key]))
        if seg.footnote is not None:  # a reference: its mark, not a Word footnote
            r.get_or_add_rPr().superscript = True
        # What `Run.text` does, by pieces rather than character by character.
        for part in _BREAKS.split(seg.text.replace("\t", " ")):  # a label's tab is too wide
            if part in ("\r", "\n"):
                r.add_br()
            elif part:
                r.add_t(part)


def _mark_rpr(colour: RGBColor, kind: str) -> BaseOxmlElement:
    """The run properties of marked text (built once per colour and kind, then copied)."""
    run = Run(OxmlElement("w:r"), None)  # type: ignore[arg-type]
    run.font.color.rgb = colour
    run.font.strike = kind == "delete"
    run.font.underline = kind == "insert"
    rpr = run._r.rPr
    assert rpr is not None
    return rpr


def _summary(document: object, lines: list[tuple[str, int, int, int]],
             spare: dict[str, RGBColor], words: dict[str, str]) -> None:
    table = document.add_table(rows=1, cols=4)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    heads = (words["proposal"], words["accepted"], words["rejected"], words["pending"])
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for pid, accepted, rejected, pending in lines:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(pid).font.color.rgb = colour_of(pid, spare)
        for cell, n in zip(cells[1:], (accepted, rejected, pending), strict=True):
            cell.text = str(n)
