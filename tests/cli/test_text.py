"""`synoptic text`: the body's text in one view, and one clean line for any bad file."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main

_spec = importlib.util.spec_from_file_location(
    "docxio_fixtures", Path(__file__).resolve().parents[1] / "docxio" / "docxio_fixtures.py"
)
assert _spec and _spec.loader
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

ROOT = Path(__file__).resolve().parents[2]


def sample(tmp_path: Path) -> Path:
    body = (
        fx.p(
            fx.r("RÉSOLUTION 101 (RÉV. "),
            fx.dele("GUADALAJARA, 2010"),
            fx.ins(fx.r("BUSAN, 2014")),
            fx.r(")"),
        )
        + fx.p()
        + fx.tbl(fx.tr(fx.p(fx.r("cellule"))))
        + fx.p(fx.r("Membres"), '<w:r><w:footnoteReference w:id="1"/></w:r>', fx.r(" et"))
        + fx.p(fx.ins(fx.r("nouveau")), mark="ins")
        + fx.p(fx.r("fin"))
    )
    notes = fx.footnotes_xml(("1", fx.p(fx.r("note de bas de page"))))
    return fx.make_docx(tmp_path / "ARB.docx", body, footnotes=notes)


def test_accept_is_the_default_view(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["text", str(sample(tmp_path))]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "RÉSOLUTION 101 (RÉV. BUSAN, 2014)",
        "cellule",
        "Membres et",
        "nouveau",
        "fin",
    ]


def test_reject_view(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["text", str(sample(tmp_path)), "--view", "reject"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "RÉSOLUTION 101 (RÉV. GUADALAJARA, 2010)",
        "cellule",
        "Membres et",
        "fin",
    ]


def test_marking_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = fx.make_docx(tmp_path / "u.docx", fx.p(fx.r("ANNEXE", '<w:u w:val="single"/>')))
    assert main(["text", str(path), "--view", "reject"]) == 0
    assert capsys.readouterr().out.splitlines() == ["ANNEXE"]
    assert main(["text", str(path), "--view", "reject", "--marking", "formatting"]) == 0
    assert capsys.readouterr().out.splitlines() == []


@pytest.mark.parametrize("case", sorted(fx.BAD_INPUTS))
def test_bad_file_exits_2_with_one_line(tmp_path: Path, case: str) -> None:
    build, problem = fx.BAD_INPUTS[case]
    path = build(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "editor", "text", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"synoptic: {path.name}: ")
    assert problem in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stdout == ""
