"""The sample's Res. 179 with ARB, EUR and IAP routed, and its conflict between items
inserted after décide 3 (ARB inserts three, EUR one): shared by the tests of combined
texts for inserted provisions."""

from __future__ import annotations

from pathlib import Path

from editor.core.merge import Conflict
from editor.core.routing import Dossier, route
from editor.core.structure import parse_base, parse_proposals
from editor.docxio import read_docx

SAMPLES = Path(__file__).resolve().parents[2] / "resources/samples/docx"
BASE = SAMPLES / "base-res179.docx"
PROPOSALS = ("ARB-79A3.docx", "EUR-12A1.docx", "IAP-34A2.docx")
ANCHOR = "179:38"  # décide 3


def dossier() -> tuple[Dossier, Conflict]:
    base = parse_base(read_docx(BASE))
    routing = route([base], [parse_proposals(read_docx(SAMPLES / n)) for n in PROPOSALS])
    d = routing.dossier("179")
    assert d is not None and d.base is not None
    [k] = [k for k in d.conflicts if k.provision == ANCHOR]
    return d, k
