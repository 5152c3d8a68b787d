"""`synoptic changes` / `synoptic consolidate` on the sample corpus."""

import json
from pathlib import Path

import pytest

from editor.cli import main

DOCX = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"
EXPECTED = Path(__file__).resolve().parents[1] / "core" / "expected"
PROPOSALS = ["--proposal", str(DOCX / "ARB-79A3.docx"), "--proposal",
             str(DOCX / "EUR-12A1.docx"), "--proposal", str(DOCX / "IAP-34A2.docx")]

pytestmark = pytest.mark.skipif(not (DOCX / "ARB-79A3.docx").exists(), reason="no corpus")


def test_changes_json_lists_changes_conflicts_and_waiting(capsys):
    code = main(["changes", "--base", str(DOCX / "base-res101.docx"), *PROPOSALS, "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["number"] for r in data["resolutions"]] == ["101", "EUR-1"]
    res = data["resolutions"][0]
    assert len(res["conflicts"]) == 2
    number_line = [c for c in res["changes"] if c["provision"] == "101:0"]
    assert [c["sources"] for c in number_line] == [["ARB/79A3/1", "EUR/12A1/1", "IAP/34A2/1"]]
    assert "ARB/79A3/2" in data["waiting"]


def test_changes_text_listing(capsys):
    assert main(["changes", "--base", str(DOCX / "base-res101.docx"), *PROPOSALS,
                 "--resolution", "101"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Resolution 101: ") and "conflict k" in out
    assert "[-GUADALAJARA, 2010-]{+BUSAN, 2014+}" in out


def test_consolidate_writes_text_and_counts_pending(tmp_path, capsys):
    out = tmp_path / "out.txt"
    code = main(["consolidate", "--base", str(DOCX / "base-res101.docx"), *PROPOSALS,
                 "--resolution", "101", "--accept", "ARB", "--accept", "IAP", "-o", str(out)])
    assert code == 0
    assert out.read_text(encoding="utf-8") == (EXPECTED / "res101-arb-iap.txt").read_text(
        encoding="utf-8")
    assert "5 changes pending" in capsys.readouterr().err  # EUR's five


def test_accepting_conflicting_changes_exits_3(tmp_path, capsys):
    out = tmp_path / "out.txt"
    code = main(["consolidate", "--base", str(DOCX / "base-res101.docx"), *PROPOSALS,
                 "--accept", "all", "-o", str(out)])
    assert code == 3 and not out.exists()
    err = capsys.readouterr().err
    assert "accepted changes conflict" in err and "EUR/12A1/1" in err and "ARB/79A3/1" in err


def test_reject_after_accept_and_sup(tmp_path):
    out = tmp_path / "out.txt"
    code = main(["consolidate", "--base", str(DOCX / "base-res172.docx"), *PROPOSALS,
                 "--accept", "EUR", "--reject", "ARB", "-o", str(out)])
    assert code == 0
    assert out.read_text(encoding="utf-8").startswith("SUP\tRÉSOLUTION 172")


def test_unknown_resolution_is_an_input_error(tmp_path, capsys):
    code = main(["changes", "--base", str(DOCX / "base-res101.docx"), *PROPOSALS,
                 "--resolution", "999"])
    assert code == 2 and "999" in capsys.readouterr().err


def test_draft_base_option(capsys):
    samples = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"
    common = ["changes", "--base", str(samples / "base-res101.docx"),
              "--proposal", str(samples / "EUR-12A1.docx")]
    assert main([*common, "--draft-base", "EUR-1"]) == 2
    assert "DRAFT=BASE" in capsys.readouterr().err
    # the draft chosen as its own base: its text is the base, nothing left to change
    assert main([*common, "--draft-base", "EUR-1=EUR-1", "--resolution", "EUR-1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(r["number"], r["changes"]) for r in data["resolutions"]] == [("EUR-1", [])]
    # a draft that is not loaded: said, not silently ignored
    assert main([*common, "--draft-base", "ARB-1=EUR-1"]) == 2
    assert "no new draft ARB-1 is loaded (new drafts: EUR-1)" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["missing/out.txt", "."])
def test_an_output_that_cannot_be_written_is_one_line(tmp_path, capsys, where):
    out = tmp_path / where
    code = main(["consolidate", "--base", str(DOCX / "base-res101.docx"), *PROPOSALS,
                 "--resolution", "101", "--accept", "ARB", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "cannot be written" in err and "Traceback" not in err


def test_accepting_an_unknown_source_is_refused(tmp_path, capsys):
    out = tmp_path / "out.txt"
    code = main(["consolidate", "--base", str(DOCX / "base-res101.docx"), *PROPOSALS,
                 "--accept", "ARB", "--reject", "XYZ", "-o", str(out)])
    assert code == 2 and not out.exists()
    assert "XYZ" in capsys.readouterr().err


def test_an_unknown_resolution_names_the_loaded_ones(capsys):
    samples = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"
    assert main(["changes", "--base", str(samples / "base-res101.docx"),
                 "--proposal", str(samples / "ARB-79A3.docx"), "--resolution", "999"]) == 2
    err = capsys.readouterr().err
    assert "resolution 999 is not among the loaded ones (101)" in err
    assert "base-res101.docx" not in err  # the base file is not the problem


def test_a_proposal_file_without_any_proposal_is_refused_by_name(capsys):
    # A base given by mistake as --proposal would otherwise change nothing, silently.
    code = main(["changes", "--base", str(DOCX / "base-res101.docx"),
                 "--proposal", str(DOCX / "base-res102.docx")])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("synoptic: base-res102.docx: no proposal found in it")
    assert err.count("\n") == 1


def test_an_inserted_item_is_listed_after_the_provision_it_follows(capsys):
    assert main(["changes", "--base", str(DOCX / "base-res101.docx"),
                 "--proposal", str(DOCX / "EUR-12A1.docx"), "--resolution", "101"]) == 0
    inserts = [line for line in capsys.readouterr().out.splitlines() if "insert-provision" in line]
    assert inserts and all(" after " in line for line in inserts)
