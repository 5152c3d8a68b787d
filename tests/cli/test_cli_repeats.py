"""The command line refuses what would repeat a document (two bases of one resolution, the
same proposals twice, a session merged with itself) with exit 2 and one line naming the
files; a proposal whose target resolution is unknown is said so, not as an empty number."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from editor.cli import main
from editor.store import Session

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"
BASE101, ARB = SAMPLES / "base-res101.docx", SAMPLES / "ARB-79A3.docx"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"  # ../shared beside the repo
ARB_TEXT = SEEDS / "000_08dbc6edd9b14ed5.txt"  # ARB/79A3 exported as text


@pytest.fixture(autouse=True)
def _user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYNOPTIC_USER", "delegate-fr")


def resaved(source: Path, target: Path) -> Path:
    """The same document with other bytes, as after a save in another program."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as out:
        for item in src.infolist():
            out.writestr(item.filename, src.read(item.filename))
    return target


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


TWO_BASES = ("synoptic: base-101-bis.docx: Res. 101 is already loaded from base-res101.docx "
             "(a resolution has one base)\n")


def test_session_new_refuses_two_bases_of_one_resolution(tmp_path: Path, capsys) -> None:
    second = resaved(BASE101, tmp_path / "base-101-bis.docx")
    path = tmp_path / "dup.synoptic"
    code, _, err = run(capsys, "session", "new", str(path), "--base", str(BASE101),
                       "--base", str(second), "--proposal", str(ARB))
    assert (code, err) == (2, TWO_BASES)
    assert not path.exists()  # nothing created


def test_changes_and_consolidate_refuse_two_bases_of_one_resolution(tmp_path: Path,
                                                                    capsys) -> None:
    second = resaved(BASE101, tmp_path / "base-101-bis.docx")
    files = ["--base", str(BASE101), "--base", str(second), "--proposal", str(ARB)]
    assert run(capsys, "changes", *files)[::2] == (2, TWO_BASES)
    out = tmp_path / "out.txt"
    assert run(capsys, "consolidate", *files, "-o", str(out))[::2] == (2, TWO_BASES)
    assert not out.exists()


def test_the_same_proposals_twice_are_refused(tmp_path: Path, capsys) -> None:
    copy = resaved(ARB, tmp_path / "ARB-79A3-copie.docx")
    expected = ("synoptic: ARB-79A3-copie.docx: proposals ARB/79A3/1, ARB/79A3/2, ARB/79A3/3, "
                "… are already loaded from ARB-79A3.docx\n")
    files = ["--base", str(BASE101), "--proposal", str(ARB), "--proposal", str(copy)]
    assert run(capsys, "changes", *files)[::2] == (2, expected)
    path = tmp_path / "s.synoptic"
    assert run(capsys, "session", "new", str(path), *files)[::2] == (2, expected)
    renamed = shutil.copy(ARB, tmp_path / "renamed.doc")  # the very same bytes
    code, _, err = run(capsys, "session", "new", str(path), "--base", str(BASE101),
                       "--proposal", str(ARB), "--proposal", str(renamed))
    assert (code, err) == (2, "synoptic: renamed.doc: already in the session (as "
                              "ARB-79A3.docx)\n")
    assert not path.exists()


@pytest.mark.skipif(not ARB_TEXT.is_file(), reason="seed exports not available")
def test_the_text_export_beside_its_docx_is_refused(capsys) -> None:
    code, _, err = run(capsys, "changes", "--base", str(BASE101), "--proposal", str(ARB),
                       "--proposal", str(ARB_TEXT))
    assert code == 2 and err.startswith(f"synoptic: {ARB_TEXT.name}: proposals ARB/79A3/1")


def test_a_session_holding_two_bases_still_works_with_the_first(tmp_path: Path, capsys) -> None:
    """Made before a second base was refused: opened, the second said not to be used."""
    second = resaved(BASE101, tmp_path / "base-101-bis.docx")
    path = tmp_path / "old.synoptic"
    with Session.create(path, user="delegate-fr") as s:
        for file, role in ((BASE101, "base"), (second, "base"), (ARB, "proposals")):
            s.add_document(file.name, file.read_bytes(), role)
    code, out, err = run(capsys, "changes", "--session", str(path))
    assert code == 0 and out.count("Resolution 101:") == 1
    assert err == TWO_BASES.rstrip("\n") + ": not used\n"
    alone = run(capsys, "changes", "--base", str(BASE101), "--proposal", str(ARB))[1]
    assert out == alone


def test_a_proposal_without_target_is_said_so(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "mixed.txt"
    doc.write_text("MOD\tARB/79A3/1\nLe texte, sans numéro.\n\nMOD\tARB/79A3/2\n"
                   "RÉSOLUTION 101 (RÉV. GUADALAJARA, 2010)\nRéseaux fondés sur le "
                   "protocole Internet\n", encoding="utf-8")
    code, out, _ = run(capsys, "changes", "--base", str(BASE101), "--proposal", str(doc))
    assert code == 0 and out.endswith("\nMOD ARB/79A3/1: target resolution not found\n")
    code, _, err = run(capsys, "consolidate", "--base", str(BASE101), "--proposal", str(doc),
                       "-o", str(tmp_path / "out.txt"))
    assert code == 0 and "synoptic: MOD ARB/79A3/1: target resolution not found\n" in err
    code, out, _ = run(capsys, "inspect", str(doc))
    assert "MOD ARB/79A3/1  sources: ARB  target: resolution not found\n" in out
    lost = tmp_path / "lost.txt"
    lost.write_text("MOD\tARB/79A3/1\nLe texte, sans numéro.\n", encoding="utf-8")
    code, _, err = run(capsys, "changes", "--base", str(BASE101), "--proposal", str(lost))
    assert (code, err) == (2, "synoptic: lost.txt: no proposal in it has a target resolution "
                              "(MOD ARB/79A3/1: no line like 'RÉSOLUTION 101' under it)\n")


def test_merging_a_session_with_itself_is_refused(tmp_path: Path, capsys,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s1.synoptic"
    assert run(capsys, "session", "new", str(path), "--base", str(BASE101),
               "--proposal", str(ARB))[0] == 0
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "session", "merge", str(path), "s1.synoptic")
    assert (code, out) == (2, "")
    assert err == ("synoptic: s1.synoptic: is this session itself: choose a colleague's "
                   "session file\n")
