"""`synoptic text` agrees with pandoc's reading of tracked changes, on every sample and on
generated fixtures (whitespace and pandoc's footnote rendering normalised away)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docxio_fixtures import REV, dele, ins, make_docx, p, r

from editor.cli import main
from editor.core.model import Marking
from editor.docxio import read_document

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed"),
]

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources/samples/docx").glob("*.docx"))
_NOTES = re.compile(r"(?m)^\[1\] ")  # pandoc's plain writer lists footnotes after the body
_STRUCK = re.compile(r"~~(.*?)~~", re.S)


def pandoc(path: Path, view: str) -> str:
    done = subprocess.run(
        ["pandoc", f"--track-changes={view}", "-t", "plain", "--wrap=none", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pandoc_body(text: str) -> str:
    notes = _NOTES.search(text)
    body = text[: notes.start()] if notes else text
    return re.sub(r"\[\d+\]", "", body)


def synoptic(capsys: pytest.CaptureFixture[str], path: Path, *options: str) -> str:
    assert main(["text", str(path), *options]) == 0
    return capsys.readouterr().out


def check(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    marking = read_document(path).marking
    for view in ("accept", "reject"):
        theirs = pandoc_body(pandoc(path, view))
        if marking is Marking.FORMATTING:
            # pandoc knows nothing of formatting marks: it shows struck text as ~~x~~ and
            # underline not at all. Accepting drops struck text; with marks ignored,
            # everything shows.
            if view == "accept":
                theirs = _STRUCK.sub("", theirs)
                ours = synoptic(capsys, path, "--view", view)
            else:
                theirs = _STRUCK.sub(r"\1", theirs)
                ours = synoptic(capsys, path, "--view", view, "--marking", "none")
        else:
            ours = synoptic(capsys, path, "--view", view)
        assert squeeze(ours) == squeeze(theirs), f"{path.name} --view {view}"


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_samples_agree_with_pandoc(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    check(path, capsys)


def test_the_committed_samples_are_all_checked() -> None:
    # The samples are in git: an empty glob (moved folder) must fail, not skip the test above.
    assert len(SAMPLES) >= 14


FIXTURES = {
    "replacement": p(r("(RÉV. "), dele("GUADALAJARA, 2010"), ins(r("BUSAN, 2014")), r(")")),
    "inserted paragraph": p(r("a) un"), mark="ins") + p(ins(r("b) deux"))) + p(r("c) trois")),
    "deleted paragraph": p(dele("supprimé"), mark="del") + p(r("reste")),
    "joined by deleted mark": p(r("première moitié"), mark="del") + p(r(" seconde moitié")),
    "split by inserted mark": p(r("avant"), mark="ins") + p(r("après")),
    "moves": p(f'<w:moveFrom w:id="1" {REV}>{r("déplacé ")}</w:moveFrom>', r("fixe"))
    + p(r("ici "), f'<w:moveTo w:id="2" {REV}>{r("déplacé")}</w:moveTo>'),
    "footnote in insertion": p(
        r("Membres"), ins('<w:r><w:footnoteReference w:id="1"/></w:r>'), r(" et Secteurs")
    ),
}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixtures_agree_with_pandoc(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    notes = (
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:footnote w:id="1">{p(r("Note."))}</w:footnote></w:footnotes>'
    )
    path = make_docx(tmp_path / "f.docx", FIXTURES[name], footnotes=notes)
    check(path, capsys)
