"""Synoptic's own steps on the corpus, timed: read/parse, alignment + changes,
consolidation, export, session open. Each returns what the next one needs."""

from __future__ import annotations

import resource
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from editor.app.desk import Desk, read_session, store_reading
from editor.core.consolidate import Consolidated, consolidate
from editor.core.decisions import without_conflict
from editor.core.export_plan import plan_from_consolidation
from editor.core.model import (
    Decision,
    DecisionState,
    Document,
    Proposal,
    ProposalsDocument,
    Resolution,
)
from editor.core.routing import Routing, route
from editor.core.structure import parse_base, parse_proposals
from editor.docxio import read_document
from editor.docxio.writer import write_docx
from editor.store import Session

DATE = "2014-10-20T00:00:00Z"


@dataclass(frozen=True)
class Row:
    step: str
    result: str
    detail: str = ""


@dataclass
class Reading:
    bases: list[tuple[Path, Document, Resolution]]
    documents: list[ProposalsDocument]
    seconds: dict[Path, float]  # read + parse, per file


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def read_all(bases: Sequence[Path], proposals: Sequence[Path]) -> Reading:
    reading = Reading([], [], {})
    for path in bases:
        t = time.perf_counter()
        document = read_document(path)
        reading.bases.append((path, document, parse_base(document)))
        reading.seconds[path] = time.perf_counter() - t
    for path in proposals:
        t = time.perf_counter()
        reading.documents.append(parse_proposals(read_document(path)))
        reading.seconds[path] = time.perf_counter() - t
    return reading


def read_one(path: Path) -> tuple[float, int, int]:
    """Seconds to read and parse one proposals document, its paragraphs and parts."""
    t = time.perf_counter()
    document = read_document(path)
    parsed = parse_proposals(document)
    return time.perf_counter() - t, len(document.paragraphs), len(parsed.proposals)


def accept_unconflicted(routing: Routing) -> dict[str, Decision]:
    """What a drafter's first pass does: accept every change not in conflict."""
    decisions: dict[str, Decision] = {}
    for d in routing.dossiers:
        decisions.update(without_conflict({}, d.changes, d.conflicts, DecisionState.ACCEPTED))
    return decisions


def consolidate_all(routing: Routing, decisions: Mapping[str, Decision]) -> list[Consolidated]:
    return [consolidate(d.base, d.changes, decisions) for d in routing.dossiers]


def export_all(reading: Reading, results: Sequence[Consolidated], out: Path
               ) -> tuple[int, int, int]:
    """Clean and tracked DOCX of every resolution; (files, bytes written, unplaced)."""
    by_number = {base.number: (path, document, base) for path, document, base in reading.bases}
    files = size = unplaced = 0
    for r in results:
        if r.number not in by_number:
            continue
        path, document, base = by_number[r.number]
        plan = plan_from_consolidation(r, document, base, author="Synoptic", date=DATE)
        unplaced += len(plan.unplaced)
        data = path.read_bytes()
        for kind in ("clean", "tracked"):
            target = out / f"{kind}-{r.number}.docx"
            target.write_bytes(write_docx(data, plan, tracked=kind == "tracked"))
            files, size = files + 1, size + target.stat().st_size
    return files, size, unplaced


def make_session(path: Path, bases: Sequence[Path], proposals: Sequence[Path],
                 decisions: Mapping[str, Decision]) -> float:
    """A session holding every document and decision; returns seconds spent saving."""
    t = time.perf_counter()
    session = Session.create(path, user="bench")
    try:
        for file in bases:
            session.add_document(file.name, file.read_bytes(), "base")
        for file in proposals:
            session.add_document(file.name, file.read_bytes(), "proposals")
        session.decide_many([(d.target, d.state, d.custom_text, d.note)
                             for d in decisions.values()])
    finally:
        session.close()
    return time.perf_counter() - t


BENCH_SECRET = b"b" * 32  # the drafter's own cache secret (editor.app.cache_secret)


def open_session(path: Path) -> Desk:
    """What opening a session in the editor does: read every stored document (or take it
    from the session's parse cache), route, store the snapshot of changes and the new cache
    entries, load the decisions."""
    session = Session.open(path, user="bench")
    reading = read_session(session, secret=BENCH_SECRET)
    store_reading(session, reading)
    return Desk(session, reading)


def engine(reading: Reading) -> Routing:
    return route([b for _, _, b in reading.bases], reading.documents)


def compare_pair(base_path: Path, proposal: Proposal, out: Path) -> float:
    """What python-redlines and LibreOffice do for one pair, done by Synoptic: read the base,
    align the proposal on it, accept its changes, write the tracked DOCX."""
    t = time.perf_counter()
    document = read_document(base_path)
    base = parse_base(document)
    d = route([base], [ProposalsDocument("pair", (proposal,))]).dossiers[0]
    result = consolidate(d.base, d.changes,
                         without_conflict({}, d.changes, d.conflicts, DecisionState.ACCEPTED))
    plan = plan_from_consolidation(result, document, base, author="Synoptic", date=DATE)
    out.write_bytes(write_docx(base_path.read_bytes(), plan, tracked=True))
    return time.perf_counter() - t
