"""A proposal re-saved by another producer reads the same.

LibreOffice writes its own OOXML for the same document (runs split and merged, other
rsids, `w:noBreakHyphen` for U+2011, empty `w:ins` elements, its own styles part): the base
and the proposals it re-saves must give the same changes, with the same ids, as the
originals. ARB-79A3 is left out on purpose: for an inserted paragraph LibreOffice also
marks the preceding paragraph's mark as inserted, which changes what "reject" means
(pandoc reads its file the same way Synoptic does: g) and "consciente" joined).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from editor.cli import main
from editor.core.model import Marking
from editor.docxio import read_document

SOFFICE = shutil.which("soffice")
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed"),
]


def resave(sources: list[Path], folder: Path) -> dict[str, Path]:
    """Each of `sources` opened and saved again as DOCX by LibreOffice, in `folder`."""
    assert SOFFICE
    profile = Path(f"/tmp/lo-{uuid.uuid4().hex}")
    try:
        subprocess.run(
            [SOFFICE, "--headless", f"-env:UserInstallation=file://{profile}",
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder),
             *map(str, sources)],
            capture_output=True, check=True, timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    out = {s.name: folder / s.name for s in sources}
    assert all(p.exists() for p in out.values()), list(folder.iterdir())
    return out


def changes(capsys: pytest.CaptureFixture[str], base: Path, proposal: Path) -> list[dict]:
    assert main(["changes", "--base", str(base), "--proposal", str(proposal), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    return [c for r in listed["resolutions"] for c in r["changes"]]


@pytest.fixture(scope="module")
def resaved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    names = ["base-res101.docx", "EUR-12A1.docx", "IAP-34A2.docx", "ACP-27A4.docx",
             "base-res102.docx"]
    return resave([SAMPLES / n for n in names], tmp_path_factory.mktemp("resaved"))


@pytest.mark.parametrize(("base", "proposal"), [
    ("base-res101.docx", "EUR-12A1.docx"),  # tracked changes, footnotes, relabelling
    ("base-res101.docx", "IAP-34A2.docx"),  # marked by strike-through / underline only
    ("base-res102.docx", "ACP-27A4.docx"),
])
def test_resaved_documents_give_the_same_changes(
    resaved: dict[str, Path], capsys: pytest.CaptureFixture[str], base: str, proposal: str
) -> None:
    original = changes(capsys, SAMPLES / base, SAMPLES / proposal)
    again = changes(capsys, resaved[base], resaved[proposal])
    assert original, "the sample proposal has changes"
    assert again == original


def test_resaving_keeps_the_kind_of_marking(resaved: dict[str, Path]) -> None:
    assert read_document(resaved["IAP-34A2.docx"]).marking is Marking.FORMATTING
    assert read_document(resaved["EUR-12A1.docx"]).marking is Marking.TRACKED
