"""Edits of a footnote's text from the command line: `synoptic changes` lists them,
`synoptic consolidate --format docx` writes them (tracked inside word/footnotes.xml, and in
the synoptic table as a footnote row)."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "docxio"))
from footnote_text_fixtures import BOTH, CLEAN, OLD, footnote_text_files  # noqa: E402

from editor.cli import main  # noqa: E402
from editor.core.model import View  # noqa: E402
from editor.docxio import read_document  # noqa: E402


@pytest.fixture()
def args(tmp_path: Path) -> list[str]:
    files = footnote_text_files(tmp_path)
    return ["--base", str(files["base"]),
            *(a for pid in ("ARB/1A1/1", "EUR/2A1/1", "IAP/3A1/1")
              for a in ("--proposal", str(files[pid])))]


def test_changes_lists_the_footnote_edits(args, capsys) -> None:
    assert main(["changes", *args]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Resolution 101: 2 changes, 0 conflicts")
    assert "footnote-text    101:fn:1 footnote ARB/1A1/1, EUR/2A1/1" in out
    assert "[-Agenda-]{+and 2063 Agendas+}" in out and "{+, adopted in 2015+}" in out
    assert main(["changes", *args, "--json"]) == 0
    [res] = json.loads(capsys.readouterr().out)["resolutions"]
    assert [(c["kind"], c["where"], c["sources"]) for c in res["changes"]] == [
        ("footnote-text", "101:fn:1 footnote", ["ARB/1A1/1", "EUR/2A1/1"]),
        ("footnote-text", "101:fn:1 footnote", ["IAP/3A1/1"])]


def test_consolidate_writes_the_edited_footnote(args, tmp_path: Path) -> None:
    tracked, table = tmp_path / "tracked.docx", tmp_path / "table.docx"
    assert main(["consolidate", *args, "--accept", "ARB", "--reject", "IAP", "--format", "docx",
                 "--tracked", "-o", str(tracked)]) == 0
    [fn] = read_document(tracked).footnotes
    edited = BOTH.replace(", adopted in 2015", "")
    assert (fn.text(View.ORIGINAL).strip(), fn.text(View.PROPOSED).strip()) == (OLD, edited)
    with zipfile.ZipFile(tracked) as z:
        notes = z.read("word/footnotes.xml").decode("utf-8")
    assert 'w:author="ARB/1A1/1, EUR/2A1/1"' in notes and "IAP" not in notes
    assert main(["consolidate", *args, "--accept", "all", "--format", "docx", "--synoptic",
                 "-o", str(table)]) == 0
    # The footnote row: its mark, then its text in each cell, edits struck / underlined
    # (which the reader takes for revision marks: both views of the table).
    cells = [(p.text(View.ORIGINAL), p.text(View.PROPOSED))
             for p in read_document(table).paragraphs]
    edited = "1 " + BOTH.replace(", adopted in 2015", "")
    row = cells.index(("1 " + OLD, "1 " + OLD))  # the base cell
    assert cells[row:row + 8] == [
        ("1 " + OLD, "1 " + OLD), ("1 " + OLD, edited), ("[accepted]",) * 2,  # ARB
        ("1 " + OLD, edited), ("[accepted]",) * 2,  # EUR
        ("1 " + OLD, "1 " + CLEAN), ("[accepted]",) * 2,  # IAP
        ("1 " + OLD, "1 " + BOTH)]  # consolidated
