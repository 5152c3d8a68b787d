"""Reading benchmark: a ~300-page proposals document with 2,000 tracked revisions.

Run with `python benchmarks/bench_reading.py`. Generates the DOCX with its own small XML
writer (no python-docx, so the file is exactly what is measured), times `read_docx` and
`view_texts` in both views, and pandoc's reading of the same file when pandoc is installed.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

if __package__ in (None, ""):  # run as a script: make `editor` importable from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.core.model import View  # noqa: E402
from editor.core.views import view_texts  # noqa: E402
from editor.docxio import read_docx  # noqa: E402

PARAGRAPHS = 3_000
REVISIONS = 2_000
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_VOCABULARY = (
    "la Conférence de plénipotentiaires de l'Union internationale des télécommunications "
    "considérant décide charge le Secrétaire général invite les Etats Membres réseaux fondés "
    "sur le protocole Internet développement coopération Résolution Busan Guadalajara"
)
WORDS = _VOCABULARY.split()


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _revision(kind: str, n: int, text: str) -> str:
    attrs = f'w:id="{n}" w:author="ARB" w:date="2014-09-15T00:00:00Z"'
    if kind == "del":
        inner = f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r>'
    else:
        inner = _run(text)
    return f"<w:{kind} {attrs}>{inner}</w:{kind}>"


def build(path: Path, seed: int = 1) -> tuple[int, int]:
    """Write the benchmark DOCX; returns (paragraphs, revisions) written."""
    rng = random.Random(seed)
    revised = set(rng.sample(range(PARAGRAPHS), REVISIONS // 2))  # two revisions each
    body: list[str] = []
    revisions = 0
    for n in range(PARAGRAPHS):
        words = [rng.choice(WORDS) for _ in range(rng.randint(25, 70))]  # ~1/10 page each
        label = f"{n % 26 + 97:c})\t" if n % 4 else ""
        if n in revised:
            cut = len(words) // 2
            content = (
                _run(label + " ".join(words[:cut]) + " ")
                + _revision("del", 2 * n, " ".join(words[cut : cut + 3]))
                + _revision("ins", 2 * n + 1, rng.choice(WORDS) + " " + rng.choice(WORDS))
                + _run(" " + " ".join(words[cut + 3 :]))
            )
            revisions += 2
        else:
            content = _run(label + " ".join(words))
        style = '<w:pPr><w:pStyle w:val="Call"/></w:pPr>' if n % 40 == 0 else ""
        body.append(f"<w:p>{style}{content}</w:p>")
    document = f'<w:document xmlns:w="{W}"><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        z.writestr("word/document.xml", document)
    return PARAGRAPHS, revisions


def best_of(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench-300-pages.docx"
        paragraphs, revisions = build(path)
        document = read_docx(path)
        assert len(document.paragraphs) == paragraphs
        rows = [
            ("read_docx", best_of(5, lambda: read_docx(path))),
            ("view_texts accept", best_of(5, lambda: view_texts(document, View.PROPOSED))),
            ("view_texts reject", best_of(5, lambda: view_texts(document, View.ORIGINAL))),
        ]
        if shutil.which("pandoc"):
            command = ["pandoc", "--track-changes=accept", "-t", "plain", "--wrap=none", str(path)]
            rows.append(
                (
                    "pandoc accept",
                    best_of(2, lambda: subprocess.run(command, check=True, capture_output=True)),
                )
            )
        size = path.stat().st_size
    print(f"file: {paragraphs} paragraphs, {revisions} revisions, {size / 1024:.0f} KB zipped")
    print(f"{'step':<20}{'seconds':>10}{'paragraphs/s':>16}{'revisions/s':>15}")
    for name, seconds in rows:
        print(
            f"{name:<20}{seconds:>10.3f}{paragraphs / seconds:>16,.0f}{revisions / seconds:>15,.0f}"
        )
    if shutil.which("pandoc"):
        ratio = rows[-1][1] / rows[0][1]
        print(f"read_docx is {ratio:.1f}x the speed of pandoc on the same file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
