"""What our own data does wrong is not a corrupted file: the snapshot of changes keeps one
entry per id, and a constraint our data breaks is said as such (rolled back, the file still
fine), never "the session file is corrupted", which would send the drafter to a backup."""

from pathlib import Path

import pytest

from editor.core.errors import SessionError
from editor.core.model import DecisionState
from editor.store import Session


def row(change_id: str, new: str) -> dict[str, object]:
    return {"id": change_id, "resolution": "101", "kind": "text", "provision": "101:0",
            "old": "GUADALAJARA, 2010", "new": new, "sources": ["ARB/79A3/1"]}


def test_an_id_given_twice_is_stored_once_as_first_given(tmp_path: Path) -> None:
    with Session.create(tmp_path / "s.synoptic", user="alice") as session:
        session.set_changes([row("c1", "BUSAN, 2014"), row("c2", "x"), row("c1", "DUBAÏ")])
        assert [(c["id"], c["new"]) for c in session.changes()] == [
            ("c1", "BUSAN, 2014"), ("c2", "x")]


def test_a_constraint_our_data_breaks_is_not_called_corruption(tmp_path: Path) -> None:
    path = tmp_path / "s.synoptic"
    with Session.create(path, user="alice") as session:
        session.decide("c1", DecisionState.ACCEPTED)
        with pytest.raises(SessionError) as caught, session._writing() as db:
            db.execute("INSERT INTO changes (id, position) VALUES ('k', 0)")
            db.execute("INSERT INTO changes (id, position) VALUES ('k', 1)")
        err = caught.value
        assert err.code == "session-write-refused" and "corrupted" not in str(err)
        assert str(err) == ("s.synoptic: could not be saved (UNIQUE constraint failed: "
                            "changes.id): an error in Synoptic, the file is not damaged")
        assert session.changes() == []  # rolled back whole
        session.decide("c2", DecisionState.REJECTED)  # and the session goes on
    with Session.open(path, user="alice") as again:
        assert set(again.decisions()) == {"c1", "c2"}
