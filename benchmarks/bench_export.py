"""Export benchmark: a generated ~50-page resolution, consolidated and written as DOCX.

The base is `resources/samples/docx/base-res101.docx` with its items repeated until the
body holds about 600 paragraphs (~50 pages); a generated proposal modifies every third
item, deletes one in twenty and inserts one in fifteen. Run:

    .venv/bin/python benchmarks/bench_export.py
"""

from __future__ import annotations

import copy
import io
import tempfile
import time
import zipfile
from dataclasses import replace
from pathlib import Path

from lxml import etree

from editor.core.changes import extract
from editor.core.consolidate import consolidate
from editor.core.decisions import by_source
from editor.core.export_plan import plan_from_consolidation
from editor.core.merge import merge
from editor.core.model import (
    Action,
    DecisionState,
    Proposal,
    ProvisionKind,
    Revision,
    RevisionKind,
    Run,
    View,
)
from editor.core.structure import parse_base
from editor.docxio import read_document
from editor.docxio.synoptic import SynopticDossier, write_synoptic
from editor.docxio.writer import write_docx

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources/samples/docx/base-res101.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TARGET_PARAGRAPHS = 600


def big_base() -> bytes:
    """The sample base with its `décide` items repeated (relabelled 1, 2, 3...)."""
    with zipfile.ZipFile(SAMPLE) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    body = root.find(W + "body")
    paragraphs = body.findall(W + "p")
    texts = ["".join(p.itertext()) for p in paragraphs]
    start = texts.index("décide") + 1
    template = paragraphs[start : start + 5]
    anchor = paragraphs[start + 4]
    n = 6
    while len(body.findall(W + "p")) < TARGET_PARAGRAPHS:
        for model in template:
            new = copy.deepcopy(model)
            first = new.find(f".//{W}t")
            first.text = str(n)
            anchor.addnext(new)
            anchor = new
            n += 1
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                                standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def proposed(base):
    """A proposal on `base`: edits, deletions and insertions spread over the items."""
    provisions = []
    ins = Revision(RevisionKind.INSERT, "EUR")
    dele = Revision(RevisionKind.DELETE, "EUR")
    for i, p in enumerate(base.provisions):
        if p.kind is ProvisionKind.ITEM and i % 20 == 7:
            provisions.append(replace(p, mark=dele, runs=tuple(replace(r, revision=dele)
                                                                for r in p.runs)))
            continue
        if p.kind is ProvisionKind.ITEM and i % 3 == 0:
            text = p.text(View.ORIGINAL)
            cut = text.find(" ", len(text) // 2)
            if cut > 0:
                p = replace(p, runs=(Run(text[:cut]), Run(" durable", ins), Run(text[cut:])))
        provisions.append(p)
        if p.kind is ProvisionKind.ITEM and i % 15 == 4:
            provisions.append(replace(p, runs=(Run("un nouvel alinéa proposé", ins),),
                                      label=(), mark=ins))
    return Proposal(Action.MOD, "EUR/12A1/9", base.number,
                    replace(base, provisions=tuple(provisions)))


def main() -> None:
    rows: list[tuple[str, float, str]] = []
    t0 = time.perf_counter()
    data = big_base()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "base-big.docx"
        path.write_bytes(data)
        t = time.perf_counter()
        document = read_document(path)
        base = parse_base(document)
        rows.append(("read + parse base", time.perf_counter() - t,
                     f"{len(document.paragraphs)} paragraphs, {len(base.provisions)} provisions"))
        t = time.perf_counter()
        changes = merge(extract(base, proposed(base)))
        decisions = by_source({}, changes, "all", DecisionState.ACCEPTED)
        result = consolidate(base, changes, decisions)
        rows.append(("changes + consolidate", time.perf_counter() - t, f"{len(changes)} changes"))
        t = time.perf_counter()
        plan = plan_from_consolidation(result, document, base, date="2014-10-20T00:00:00Z")
        rows.append(("plan", time.perf_counter() - t,
                     f"{len(plan.paragraphs)} items, {len(plan.unplaced)} unplaced"))
        for kind in ("tracked", "clean"):
            t = time.perf_counter()
            out = write_docx(data, plan, tracked=kind == "tracked")
            rows.append((f"write {kind}", time.perf_counter() - t, f"{len(out) // 1024} KB"))
            (Path(folder) / f"{kind}.docx").write_bytes(out)
        t = time.perf_counter()
        out = write_synoptic([SynopticDossier(result, changes, decisions, base)])
        rows.append(("write synoptic", time.perf_counter() - t, f"{len(out) // 1024} KB"))
    rows.append(("total", time.perf_counter() - t0, ""))
    print(f"{'step':<24}{'seconds':>10}  detail")
    for name, seconds, detail in rows:
        print(f"{name:<24}{seconds:>10.3f}  {detail}")


if __name__ == "__main__":
    main()
