"""Merging brings only what the colleague decided, and never a session into itself."""

import os
import shutil
from pathlib import Path

import pytest

from editor.core.errors import SessionError
from editor.core.model import DecisionState
from editor.store import Session, merge_session

A, R, P = DecisionState.ACCEPTED, DecisionState.REJECTED, DecisionState.PENDING


def new(path: Path, user: str) -> Session:
    s = Session.create(path, user=user)
    s.add_document("base.docx", b"base", "base")
    s.add_document("prop.docx", b"prop", "proposals")
    return s


def test_their_pending_changes_are_neither_imported_counted_nor_logged(tmp_path: Path) -> None:
    with new(tmp_path / "bob.synoptic", "bob") as bob:
        bob.decide("c1", A)
        bob.decide("c1", P)  # undone: pending again
        bob.decide("c2", P, note="à revoir avec la CEPT")  # a note, nothing decided
        bob.decide("c3", P)
        bob.decide("c4", R)
    with new(tmp_path / "alice.synoptic", "alice") as alice:
        alice.decide("c3", A)
        log_before = len(alice.log())
        report = merge_session(alice, tmp_path / "bob.synoptic", prefer="theirs")
        assert [d.target for d in report.imported] == ["c4"]
        assert report.agreed == 0 and report.disagreements == ()  # c3: pending is no side
        kept = alice.decision("c3")
        assert kept is not None and kept.state is A  # not reset by prefer="theirs"
        assert alice.decision("c1") is None and alice.decision("c2") is None
        assert [e.decision.target for e in alice.log()[log_before:]] == ["c4"]


@pytest.mark.parametrize("spelling", ["same", "relative", "link"])
def test_a_session_is_not_merged_with_itself(tmp_path: Path, monkeypatch, spelling) -> None:
    path = tmp_path / "s1.synoptic"
    with new(path, "alice") as s:
        s.decide("c1", A)
    monkeypatch.chdir(tmp_path)
    other = {"same": path, "relative": Path("./s1.synoptic"),
             "link": tmp_path / "lien.synoptic"}[spelling]
    if spelling == "link":
        os.symlink(path, other)
    with Session.open(path, user="alice") as s:
        with pytest.raises(SessionError) as caught:
            merge_session(s, other)
        assert caught.value.code == "merge-same-session"
        assert "is this session itself" in str(caught.value)
        assert len(s.log()) == 1


def test_a_copy_of_the_session_is_a_colleagues_file(tmp_path: Path) -> None:
    path = tmp_path / "s1.synoptic"
    with new(path, "alice") as s:
        s.decide("c1", A)
    shutil.copy(path, tmp_path / "s1b.synoptic")
    with Session.open(tmp_path / "s1b.synoptic", user="bob") as copy:
        copy.decide("c2", R)
    with Session.open(path, user="alice") as s:
        report = merge_session(s, tmp_path / "s1b.synoptic")
        assert ([d.target for d in report.imported], report.agreed) == (["c2"], 1)
