"""A long scripted session on the real store: thousands of decisions, undone and redone as
the GUI does it, the file closed and reopened (for writing, read-only, saved under another
name) at random points. Nothing may be lost: at every reopening the store's decisions equal a
model kept here, and the audit log holds every recorded call, in order.

The GUI's undo re-records the previous decision of each target of the undone step (pending
when there was none) with origin "undo"; a redo re-records the undone decisions, origin
"redo". Batches ("accept everything from EUR") are one step.

The second test plays random decisions on the real changes of Res. 101 (base + ARB/79A3,
EUR/12A1, IAP/34A2) through the store and checks the consolidated text against the base with
the accepted changes applied independently here.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fuzzing import SAMPLES

from editor.core.changes import Change, ChangeKind, head_key, provision_key
from editor.core.consolidate import consolidate
from editor.core.errors import ConsolidationError
from editor.core.merge import clash
from editor.core.model import DecisionState, View
from editor.core.routing import route
from editor.core.structure import parse_base, parse_proposals
from editor.docxio import read_document
from editor.store import Session

STEPS = int(os.environ.get("SYNOPTIC_LONG_SESSION_STEPS", "3000"))
ACCEPTED, REJECTED, PENDING = DecisionState.ACCEPTED, DecisionState.REJECTED, DecisionState.PENDING
Value = tuple[DecisionState, str | None]  # what a decision says: state and custom text
Item = tuple[str, DecisionState, str | None, str]  # a call to decide_many: target, state, text, note


class Clock:
    """Strictly increasing times, so the audit's order can be checked against them too."""

    def __init__(self) -> None:
        self.tick = 0

    def __call__(self) -> str:
        self.tick += 1
        return f"2026-05-01T10:00:00.000Z#{self.tick:07d}"


@dataclass
class Model:
    """What the store must hold, and the GUI's undo and redo stacks."""

    current: dict[str, Value] = field(default_factory=dict)
    audit: list[tuple[str, DecisionState, str | None, str]] = field(default_factory=list)
    undo: list[tuple[list[tuple[str, Value]], list[tuple[str, Value]]]] = field(default_factory=list)
    redo: list[tuple[list[tuple[str, Value]], list[tuple[str, Value]]]] = field(default_factory=list)

    def value(self, target: str) -> Value:
        return self.current.get(target, (PENDING, None))


def record(session: Session, model: Model, items: list[tuple[str, Value]], origin: str) -> None:
    calls: list[Item] = [(t, state, text, "") for t, (state, text) in items]
    if len(calls) == 1:
        target, state, text, note = calls[0]
        session.decide(target, state, custom_text=text, note=note, origin=origin)
    else:
        session.decide_many(calls, origin=origin)
    for target, value in items:
        model.current[target] = value
        model.audit.append((target, value[0], value[1], origin))


def step(session: Session, model: Model, rng: random.Random, targets: list[str]) -> None:
    """One user action: a decision, a batch, an undo or a redo."""
    roll = rng.random()
    if roll < 0.15 and model.undo:
        before, after = model.undo.pop()
        record(session, model, before, "undo")  # re-records the previous decisions
        model.redo.append((before, after))
        return
    if roll < 0.25 and model.redo:
        before, after = model.redo.pop()
        record(session, model, after, "redo")  # re-records the undone ones
        model.undo.append((before, after))
        return
    chosen = rng.sample(targets, rng.randint(2, 12)) if roll > 0.95 else [rng.choice(targets)]
    after = []
    for target in chosen:
        state = rng.choice([ACCEPTED, ACCEPTED, REJECTED, PENDING])
        text = None
        if state is not REJECTED and rng.random() < 0.15:
            text = rng.choice(["", "texte « révisé »", "x" * rng.randint(1, 3000), "a\nb\tc", "\u200b"])
        after.append((target, (state, text)))
    before = [(target, model.value(target)) for target, _ in after]
    record(session, model, after, "batch" if len(after) > 1 else "user")
    model.undo.append((before, after))
    model.redo.clear()  # a new decision forgets what was undone, as in any editor


def check(session: Session, model: Model, user: str) -> None:
    stored = session.decisions()
    assert {t: (d.state, d.custom_text) for t, d in stored.items()} == model.current
    log = session.log()
    assert [(e.decision.target, e.decision.state, e.decision.custom_text, e.origin) for e in log] == (
        model.audit
    )
    assert [e.seq for e in log] == sorted({e.seq for e in log})
    assert [e.decision.time for e in log] == sorted(e.decision.time for e in log)
    assert all(d.author == user for d in stored.values())


def reopen(session: Session, rng: random.Random, model: Model, clock: Clock, folder: Path) -> Session:
    """Close and open again, the way a drafter does over a conference week."""
    user = session.user
    path = session.path
    roll = rng.random()
    if roll < 0.2:  # save under another name and go on there
        target = folder / f"session-{rng.randrange(10**6)}.synoptic"
        session.save_as(target)
        check(session, model, user)
        return session
    session.close()
    if roll < 0.5:  # a colleague looks at it read-only in between
        with Session.open(path, user="colleague", read_only=True) as peek:
            check(peek, model, user)
    session = Session.open(path, user=user, clock=clock)
    check(session, model, user)
    return session


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_thousands_of_decisions_with_undo_and_redo_lose_nothing(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    clock = Clock()
    targets = [f"101:{i}:{kind}" for i in range(60) for kind in ("mod", "ins")] + ["101:3", "k:101:7"]
    model = Model()
    session = Session.create(tmp_path / "long.synoptic", user="drafter", clock=clock)
    try:
        for _ in range(STEPS):
            step(session, model, rng, targets)
            if rng.random() < 0.01:
                session = reopen(session, rng, model, clock, tmp_path)
        check(session, model, "drafter")
        assert len(model.audit) >= STEPS
        assert {o for *_, o in model.audit} == {"user", "batch", "undo", "redo"}
    finally:
        session.close()
    with Session.open(session.path, user="drafter", read_only=True) as last:
        check(last, model, "drafter")


# --- consolidation on the corpus ------------------------------------------------------------

DOCX = {p.name: p for p in SAMPLES}


@pytest.fixture(scope="module")
def dossier_101():  # type: ignore[no-untyped-def]
    base = parse_base(read_document(DOCX["base-res101.docx"]))
    proposals = [parse_proposals(read_document(DOCX[n]))
                 for n in ("ARB-79A3.docx", "EUR-12A1.docx", "IAP-34A2.docx")]
    dossier = route([base], proposals).dossier("101")
    assert dossier is not None and dossier.base is not None
    assert len(dossier.changes) > 20
    return dossier


def expected_texts(dossier, decisions: dict[str, Value]) -> list[str] | None:  # type: ignore[no-untyped-def]
    """The base with the accepted changes applied, computed here; None when they clash."""
    base = dossier.base
    number = dossier.number
    accepted = [c for c in dossier.changes if decisions.get(c.id, (PENDING, None))[0] is ACCEPTED]
    if any(clash(a, b) for a in accepted for b in accepted if a.id < b.id):
        return None
    accepted = [c for c in accepted if c.placed]
    if any(c.kind is ChangeKind.ABROGATE for c in accepted):
        return []

    def inserted(anchor: str) -> list[str]:
        here = [c for c in accepted if c.adds_provision and c.provision == anchor]
        return [c.new for c in sorted(here, key=lambda c: (c.start, c.sources, c.id))]

    texts = inserted(head_key(number))
    for i, p in enumerate(base.provisions):
        key = provision_key(number, i)
        state, custom = decisions.get(key, (PENDING, None))
        if custom is not None and state is not REJECTED:
            texts.append(custom)
        elif not any(c.removes_provision and c.provision == key for c in accepted):
            text = p.text(View.ORIGINAL)
            mine = [c for c in accepted if c.kind is ChangeKind.TEXT and c.provision == key]
            for c in sorted(mine, key=lambda c: c.start, reverse=True):
                assert text[c.start : c.end] == c.old, (c.id, text[c.start : c.end], c.old)
                text = text[: c.start] + c.new + text[c.end :]
            texts.append(text)
        texts.extend(inserted(key))
    return texts


def _decidable(dossier) -> list[str]:  # type: ignore[no-untyped-def]
    ids: list[str] = [c.id for c in dossier.changes if c.kind is not ChangeKind.NOC]
    keys = [provision_key(dossier.number, i) for i in range(len(dossier.base.provisions))]
    return ids * 4 + keys  # mostly changes, sometimes a custom text on a provision


@pytest.mark.slow
@pytest.mark.parametrize("seed", [11, 12, 13])
def test_consolidated_text_is_the_base_plus_the_accepted_changes(
    tmp_path: Path, seed: int, dossier_101  # type: ignore[no-untyped-def]
) -> None:
    rng = random.Random(seed)
    clock = Clock()
    targets = _decidable(dossier_101)
    changes: dict[str, Change] = {c.id: c for c in dossier_101.changes}
    model = Model()
    session = Session.create(tmp_path / "res101.synoptic", user="drafter", clock=clock)
    checked = clashed = most_applied = 0
    try:
        for n in range(400):
            step(session, model, rng, targets)
            if rng.random() < 0.02:
                session = reopen(session, rng, model, clock, tmp_path)
            # custom texts on changes are the GUI's business; keep the provision ones only
            if n % 20:
                continue
            decisions = session.decisions()
            wanted = expected_texts(
                dossier_101,
                {t: (d.state, d.custom_text if t not in changes else None) for t, d in decisions.items()},
            )
            if wanted is None:
                with pytest.raises(ConsolidationError, match="conflict"):
                    consolidate(dossier_101.base, dossier_101.changes, decisions)
                clashed += 1
                continue
            result = consolidate(dossier_101.base, dossier_101.changes, decisions)
            got = [p.text(View.PROPOSED) for p in result.resolution.provisions] if result.resolution else []
            assert got == wanted
            checked += 1
            most_applied = max(most_applied, len(result.applied))
        check(session, model, "drafter")
    finally:
        session.close()
    assert checked >= 5 and clashed >= 1 and most_applied >= 3, (checked, clashed, most_applied)
