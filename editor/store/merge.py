"""Import a colleague's decisions on the same documents, showing where the two disagree.

Only what the colleague decided comes in: a change they left pending (perhaps with a note,
or after undoing) is no decision, so it is neither imported, nor counted, nor logged, nor
a disagreement. A session is never merged with itself (the same file under any path)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from editor.core.errors import SessionError
from editor.core.model import Decision, DecisionState
from editor.store.session import Session


@dataclass(frozen=True)
class Disagreement:
    target: str
    mine: Decision
    theirs: Decision


@dataclass(frozen=True)
class MergeReport:
    imported: tuple[Decision, ...]  # theirs, taken where we had nothing decided
    agreed: int  # decided the same way on both sides
    disagreements: tuple[Disagreement, ...]  # kept as ours unless prefer="theirs"


def _same(a: Decision, b: Decision) -> bool:
    return a.state == b.state and (a.custom_text or None) == (b.custom_text or None)


def merge_session(session: Session, other: str | Path, *, prefer: str = "mine") -> MergeReport:
    """Bring `other`'s decisions into `session` (which must hold the same documents)."""
    if prefer not in ("mine", "theirs"):
        raise ValueError("prefer must be 'mine' or 'theirs'")
    other = Path(other)
    if _same_file(session.path, other):
        raise SessionError(other, "is this session itself: choose a colleague's session file",
                           code="merge-same-session")
    with Session.open(other, user=session.user, read_only=True) as theirs_session:
        ours_docs = {d.sha256: d.name for d in session.documents()}
        their_docs = {d.sha256: d.name for d in theirs_session.documents()}
        if ours_docs.keys() != their_docs.keys():
            only_theirs = sorted(their_docs[h] for h in their_docs.keys() - ours_docs.keys())
            only_ours = sorted(ours_docs[h] for h in ours_docs.keys() - their_docs.keys())
            theirs_only, ours_only = str(only_theirs or "[]"), str(only_ours or "[]")
            raise SessionError(
                other,
                f"not the same documents: only in theirs {theirs_only}, only in ours {ours_only}",
                code="merge-other-documents", params={"theirs": theirs_only, "ours": ours_only},
            )
        theirs = theirs_session.decisions()
    mine = session.decisions()
    imported: list[Decision] = []
    disagreements: list[Disagreement] = []
    agreed = 0
    for target, their in sorted(theirs.items()):
        if _pending(their):
            continue  # nothing decided there: nothing to bring
        my = mine.get(target)
        if my is None or _pending(my):
            imported.append(their)
        elif _same(my, their):
            agreed += 1
        else:
            disagreements.append(Disagreement(target, my, their))
    to_apply = imported + ([d.theirs for d in disagreements] if prefer == "theirs" else [])
    if to_apply:
        session.decide_many(
            [(d.target, d.state, d.custom_text, _merge_note(d)) for d in to_apply],
            origin=f"merge:{other.name}",
        )
    return MergeReport(tuple(imported), agreed, tuple(disagreements))


def _pending(d: Decision) -> bool:
    return d.state is DecisionState.PENDING and d.custom_text is None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them is not there: opening it says so
        return False


def _merge_note(d: Decision) -> str:
    who = f"{d.author} at {d.time}" if d.author else d.time
    return f"{d.note} (from {who})".strip() if who else d.note
