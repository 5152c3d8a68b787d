"""Merging a colleague's decisions on the same documents."""

from pathlib import Path

import pytest

from editor.core.errors import SessionError
from editor.core.model import DecisionState
from editor.store import Session, merge_session

A, R, P = DecisionState.ACCEPTED, DecisionState.REJECTED, DecisionState.PENDING


def new(path: Path, user: str, docs=(b"base", b"prop")) -> Session:
    s = Session.create(path, user=user)
    s.add_document("base.docx", docs[0], "base")
    s.add_document("prop.docx", docs[1], "proposals")
    return s


def test_merge_imports_theirs_and_reports_disagreements(tmp_path: Path) -> None:
    with new(tmp_path / "bob.synoptic", "bob") as bob:
        bob.decide("c1", A)
        bob.decide("c2", R)
        bob.decide("c3", A)
        bob.decide("c4", A, custom_text="ours? no, theirs")
    with new(tmp_path / "alice.synoptic", "alice") as alice:
        alice.decide("c1", A)
        alice.decide("c2", A)
        alice.decide("c3", P)
        report = merge_session(alice, tmp_path / "bob.synoptic")
        assert report.agreed == 1
        assert [d.target for d in report.imported] == ["c3", "c4"]
        assert [(d.target, d.mine.state, d.theirs.state) for d in report.disagreements] == [
            ("c2", A, R)
        ]
        assert alice.decision("c2").state is A  # mine kept
        assert alice.decision("c4").custom_text == "ours? no, theirs"
        assert alice.log("c3")[-1].origin == "merge:bob.synoptic"


def test_prefer_theirs_applies_their_side_of_disagreements(tmp_path: Path) -> None:
    with new(tmp_path / "bob.synoptic", "bob") as bob:
        bob.decide("c2", R)
    with new(tmp_path / "alice.synoptic", "alice") as alice:
        alice.decide("c2", A)
        merge_session(alice, tmp_path / "bob.synoptic", prefer="theirs")
        assert alice.decision("c2").state is R


def test_merge_refuses_other_documents(tmp_path: Path) -> None:
    new(tmp_path / "bob.synoptic", "bob", docs=(b"base", b"other")).close()
    with new(tmp_path / "alice.synoptic", "alice") as alice:
        alice.decide("c1", A)
        with pytest.raises(SessionError, match="not the same documents"):
            merge_session(alice, tmp_path / "bob.synoptic")
        assert alice.decisions().keys() == {"c1"}
