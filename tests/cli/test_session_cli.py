"""`synoptic session ...` and `synoptic consolidate --session` on the sample corpus."""

import json
import sqlite3
from pathlib import Path

import pytest

from editor.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"


@pytest.fixture
def session_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SYNOPTIC_USER", "delegate-fr")
    path = tmp_path / "res101.synoptic"
    code = main(["session", "new", str(path), "--base", str(SAMPLES / "base-res101.docx"),
                 "--proposal", str(SAMPLES / "ARB-79A3.docx"),
                 "--proposal", str(SAMPLES / "EUR-12A1.docx")])
    assert code == 0
    return path


def show(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["session", "show", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_new_stores_documents_and_changes(session_file: Path, capsys) -> None:
    data = show(session_file, capsys)
    assert [d["name"] for d in data["documents"]] == [
        "base-res101.docx", "ARB-79A3.docx", "EUR-12A1.docx"]
    ids = [c["id"] for c in data["changes"]]
    assert len(ids) == len(set(ids)) > 10
    assert {c["decision"] for c in data["changes"]} == {"pending"}
    # the revision-line update is proposed by both groups: one change, two sources
    busan = [c for c in data["changes"] if c["new"] == "BUSAN, 2014"]
    assert [c["sources"] for c in busan] == [["ARB/79A3/1", "EUR/12A1/1"]]


def test_session_opens_without_the_originals(tmp_path: Path, session_file: Path, capsys) -> None:
    moved = tmp_path / "elsewhere.synoptic"
    session_file.rename(moved)
    assert len(show(moved, capsys)["documents"]) == 3


def test_decide_is_recorded_and_logged(session_file: Path, capsys) -> None:
    change = show(session_file, capsys)["changes"][0]["id"]
    assert main(["session", "decide", str(session_file), change, "accept", "--note", "DT/12"]) == 0
    assert main(["session", "decide", str(session_file), change, "reject"]) == 0
    data = show(session_file, capsys)
    assert data["changes"][0]["decision"] == "rejected"
    assert main(["session", "log", str(session_file), "--json"]) == 0
    log = json.loads(capsys.readouterr().out)
    assert [(e["target"], e["state"], e["author"], e["note"]) for e in log] == [
        (change, "accepted", "delegate-fr", "DT/12"), (change, "rejected", "delegate-fr", "")]


def test_unknown_change_is_refused(session_file: Path, capsys) -> None:
    assert main(["session", "decide", str(session_file), "c-nope", "accept"]) == 2
    assert "no change c-nope" in capsys.readouterr().err


def test_new_with_a_bad_document_leaves_no_session(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    path = tmp_path / "s.synoptic"
    assert main(["session", "new", str(path), "--base", str(bad)]) == 2
    assert "broken.docx" in capsys.readouterr().err
    assert not path.exists()


def test_foreign_file_is_a_clear_error(tmp_path: Path, capsys) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert main(["session", "show", str(other)]) == 2
    assert "other.db: not a Synoptic session" in capsys.readouterr().err


def test_consolidate_from_the_session_uses_its_decisions(session_file: Path, tmp_path: Path,
                                                         capsys) -> None:
    changes = show(session_file, capsys)["changes"]
    busan = next(c["id"] for c in changes if c["new"] == "BUSAN, 2014")
    assert main(["session", "decide", str(session_file), busan, "accept"]) == 0
    out = tmp_path / "res101.txt"
    assert main(["consolidate", "--session", str(session_file), "--resolution", "101",
                 "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").splitlines()[0] == "RÉSOLUTION 101 (RÉV. BUSAN, 2014)"
    in_101 = [c for c in changes if c["resolution"] == "101"]
    assert f"{len(in_101) - 1} changes pending" in capsys.readouterr().err
    # --reject on the command line applies on top of the session's decisions
    assert main(["consolidate", "--session", str(session_file), "--resolution", "101",
                 "--reject", "all", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").splitlines()[0] == (
        "RÉSOLUTION 101 (RÉV. GUADALAJARA, 2010)")


def test_tracked_docx_from_the_session(session_file: Path, tmp_path: Path, capsys) -> None:
    changes = show(session_file, capsys)["changes"]
    busan = next(c["id"] for c in changes if c["new"] == "BUSAN, 2014")
    main(["session", "decide", str(session_file), busan, "accept"])
    out = tmp_path / "res101.docx"
    assert main(["consolidate", "--session", str(session_file), "--resolution", "101",
                 "--format", "docx", "--tracked", "-o", str(out)]) == 0
    from editor.core.model import View
    from editor.core.views import view_texts
    from editor.docxio import read_document
    document = read_document(out)
    assert view_texts(document, View.PROPOSED)[0] == "RÉSOLUTION 101 (RÉV. BUSAN, 2014)"
    assert view_texts(document, View.ORIGINAL)[0] == "RÉSOLUTION 101 (RÉV. GUADALAJARA, 2010)"


def test_changes_needs_inputs(capsys) -> None:
    assert main(["changes"]) == 2
    assert "--session FILE" in capsys.readouterr().err


def test_merge_a_colleagues_session(session_file: Path, tmp_path: Path, capsys,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    colleague = tmp_path / "colleague.synoptic"
    import shutil
    shutil.copy(session_file, colleague)
    ids = [c["id"] for c in show(session_file, capsys)["changes"]]
    monkeypatch.setenv("SYNOPTIC_USER", "delegate-eg")
    main(["session", "decide", str(colleague), ids[0], "reject"])
    main(["session", "decide", str(colleague), ids[1], "accept"])
    monkeypatch.setenv("SYNOPTIC_USER", "delegate-fr")
    main(["session", "decide", str(session_file), ids[0], "accept"])
    capsys.readouterr()
    assert main(["session", "merge", str(session_file), str(colleague)]) == 0
    out = capsys.readouterr().out
    assert "1 decision imported, 0 already the same, 1 disagreement (kept mine)" in out
    assert f"{ids[0]}: mine accepted (delegate-fr), theirs rejected (delegate-eg)" in out
    decided = {c["id"]: c["decision"] for c in show(session_file, capsys)["changes"]}
    assert (decided[ids[0]], decided[ids[1]]) == ("accepted", "accepted")


def test_session_commands_read_documents_as_the_editor_does(tmp_path: Path, capsys) -> None:
    """The drafter's revision-mark override and drafts choice, stored in the session, apply
    to `changes --session` too, so CLI and editor see the same change ids."""
    from editor.app.desk import change_rows, read_session
    from editor.store import Session

    path = tmp_path / "iap.synoptic"
    assert main(["session", "new", str(path), "--base", str(SAMPLES / "base-res101.docx"),
                 "--proposal", str(SAMPLES / "IAP-34A2.docx")]) == 0

    def cli_ids() -> set[str]:
        capsys.readouterr()
        assert main(["changes", "--session", str(path), "--resolution", "101", "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        return {c["id"] for r in data["resolutions"] for c in r["changes"]}

    def editor_ids() -> set[str]:
        with Session.open(path, user="u", read_only=True) as s:
            return {str(r["id"]) for r in change_rows(read_session(s)) if r["resolution"] == "101"}

    detected = cli_ids()
    assert detected == editor_ids()
    with Session.open(path, user="u") as s:
        iap = next(d for d in s.documents() if d.name == "IAP-34A2.docx")
        s.set_marking(iap.id, "none")  # the drafter says: these are not revision marks
    assert cli_ids() == editor_ids() != detected


def test_a_combined_text_rejects_the_conflicts_changes_as_in_the_editor(
        session_file: Path, capsys) -> None:
    assert main(["changes", "--session", str(session_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    conflict = next(k for r in data["resolutions"] for k in r["conflicts"])
    assert main(["session", "decide", str(session_file), conflict["id"], "accept",
                 "--text", "la Résolution 64 (Rév. Dubaï, 2012) de l'AMNT;",
                 "--note", "compromis"]) == 0
    out = capsys.readouterr().out
    assert f"{len(conflict['changes'])} changes of conflict {conflict['id']} rejected" in out
    states = {c["id"]: c["decision"] for c in show(session_file, capsys)["changes"]}
    assert all(states[c] == "rejected" for c in conflict["changes"])
    assert main(["session", "show", str(session_file)]) == 0
    listing = capsys.readouterr().out
    assert "own wordings: 1" in listing
    assert f"{conflict['id']}  accepted 'la Résolution 64 (Rév. Dubaï, 2012) de …'" in listing
    assert "[note: 'compromis']" in listing
