"""`synoptic consolidate --format docx` on new drafts (ADD, no base): written into the
proposals file that holds them, with --proposal alone; an output that is not written is
named and the command exits with code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "docxio"))
from draft_fixtures import EUR, PANDOC, draft_file, pandoc_lines, revision_marks  # noqa: E402

from editor.cli import main  # noqa: E402
from editor.core.model import View  # noqa: E402
from editor.core.structure import parse_base  # noqa: E402
from editor.docxio import read_document  # noqa: E402

SAMPLES = EUR.parent
BASE = SAMPLES / "base-res101.docx"


def lines(path: Path, view: View = View.ORIGINAL) -> list[str]:
    res = parse_base(read_document(path))
    return [" ".join(f"{p.label_text(view)} {p.text(view)}".split()) for p in res.provisions
            if p.exists_in(view)]


def txt_lines(tmp_path: Path, *args: str) -> list[str]:
    """The engine's consolidated text, as `--format txt` writes it."""
    out = tmp_path / "engine.txt"
    assert main(["consolidate", *args, "--format", "txt", "-o", str(out)]) == 0
    return [" ".join(x.split()) for x in out.read_text(encoding="utf-8").splitlines() if x]


def test_a_draft_is_exported_from_its_proposals_file_alone(tmp_path: Path, capsys) -> None:
    args = ["--proposal", str(EUR), "--resolution", "EUR-1", "--accept", "EUR"]
    expected = txt_lines(tmp_path, *args)
    assert expected[0] == "PROJET DE NOUVELLE RÉSOLUTION [EUR-1] (BUSAN, 2014)"
    for kind in ("clean", "tracked"):
        out = tmp_path / f"eur1-{kind}.docx"
        assert main(["consolidate", *args, "--format", "docx", f"--{kind}", "-o", str(out)]) == 0
        assert lines(out, View.PROPOSED) == expected
        marks = revision_marks(out.read_bytes())
        if kind == "clean":
            assert marks == [] and lines(out) == expected
        else:
            assert {m["author"] for m in marks} == {"EUR/12A1/3"}
            assert lines(out, View.ORIGINAL) == []  # every paragraph inserted
    assert "not written" not in capsys.readouterr().err


def test_a_base_given_as_well_changes_nothing(tmp_path: Path) -> None:
    """The QA's command: a --base of another resolution next to the draft's proposals."""
    out = tmp_path / "eur1c.docx"
    assert main(["consolidate", "--base", str(BASE), "--proposal", str(EUR), "--resolution",
                 "EUR-1", "--accept", "EUR", "--format", "docx", "--clean", "-o", str(out)]) == 0
    assert lines(out)[:2] == ["PROJET DE NOUVELLE RÉSOLUTION [EUR-1] (BUSAN, 2014)",
                              "Rôle de l'UIT dans le développement de l'Internet des objets"]


def test_a_draft_asked_for_but_not_accepted_is_not_written_and_exits_2(tmp_path: Path,
                                                                       capsys) -> None:
    out = tmp_path / "eur1.docx"
    code = main(["consolidate", "--proposal", str(EUR), "--resolution", "EUR-1",
                 "--format", "docx", "--clean", "-o", str(out)])
    assert code == 2 and not out.exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("synoptic: eur1.docx not written: new draft EUR-1 is not accepted")


def test_a_draft_not_accepted_among_others_is_named_and_skipped(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.docx"
    code = main(["consolidate", "--base", str(BASE), "--proposal", str(EUR),
                 "--accept", "EUR/12A1/1", "--format", "docx", "--clean", "-o", str(out)])
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out-101.docx"]
    assert "new draft EUR-1 is not accepted: no file written for it" in capsys.readouterr().err


def test_a_text_base_has_no_word_file_to_patch_exit_2(tmp_path: Path, capsys) -> None:
    base = tmp_path / "base-res101.txt"
    assert main(["text", str(BASE)]) == 0
    base.write_text(capsys.readouterr().out, encoding="utf-8")
    out = tmp_path / "res101.docx"
    code = main(["consolidate", "--base", str(base), "--proposal", str(EUR), "--resolution",
                 "101", "--accept", "EUR", "--format", "docx", "--tracked", "-o", str(out)])
    assert code == 2 and not out.exists()
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last == ("synoptic: res101.docx not written: resolution 101 has no Word base file "
                    "to patch; export it as a synoptic table")
    synoptic = tmp_path / "table.docx"
    assert main(["consolidate", "--base", str(base), "--proposal", str(EUR), "--resolution",
                 "101", "--accept", "EUR", "--format", "docx", "--synoptic",
                 "-o", str(synoptic)]) == 0


def test_neither_base_nor_proposals_is_still_refused(capsys) -> None:
    assert main(["consolidate", "--format", "docx", "-o", "x.docx"]) == 2
    assert "give --base (and --proposal) files, or --session FILE" in capsys.readouterr().err


@pytest.mark.skipif(PANDOC is None, reason="pandoc not installed")
def test_a_draft_consolidated_into_another_tracks_its_changes_on_it(tmp_path: Path) -> None:
    arb = draft_file(tmp_path / "ARB-9A1.docx", "ARB/9A1/3", "ARB-1",
                     more=" et des villes intelligentes")
    args = ["--proposal", str(EUR), "--proposal", str(arb), "--draft-base", "ARB-1=EUR-1",
            "--resolution", "EUR-1", "--accept", "ARB"]
    files = {}
    for kind in ("clean", "tracked"):
        files[kind] = tmp_path / f"{kind}.docx"
        assert main(["consolidate", *args, "--format", "docx", f"--{kind}",
                     "-o", str(files[kind])]) == 0
    expected = txt_lines(tmp_path, *args)
    assert pandoc_lines(files["clean"], "accept") == expected
    assert pandoc_lines(files["tracked"], "accept") == expected
    # rejecting ARB's changes gives the draft it was consolidated into, as EUR proposed it
    eur_alone = tmp_path / "eur1.docx"
    assert main(["consolidate", "--proposal", str(EUR), "--resolution", "EUR-1", "--accept",
                 "EUR", "--format", "docx", "--clean", "-o", str(eur_alone)]) == 0
    assert pandoc_lines(files["tracked"], "reject") == pandoc_lines(eur_alone, "accept")
    assert {m["author"] for m in revision_marks(files["tracked"].read_bytes())} == {"ARB/9A1/3"}
    assert any("villes intelligentes" in x for x in expected)


def test_the_command_line_tool_exits_2_when_an_output_is_not_written(tmp_path: Path) -> None:
    """The installed entry point, as the QA ran it: exit status and stderr, not a return."""
    out = tmp_path / "eur1c.docx"
    done = subprocess.run([sys.executable, "-m", "editor", "consolidate", "--proposal", str(EUR),
                           "--resolution", "EUR-1", "--format", "docx", "--clean",
                           "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and not out.exists()
    assert "eur1c.docx not written" in done.stderr
