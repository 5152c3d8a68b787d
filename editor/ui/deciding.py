"""Deciding: accept / reject / own wording, every decision undoable.

Each decision is a QUndoCommand whose redo and undo both write a new decision to the store
(origin "user", or "batch" for several changes at once, then "undo" or "redo"), so the
audit log tells the whole story and nothing the drafter saw done is lost if the program dies.
Accepting a change withdraws, in the same step, a wording that would hide it (`Desk.wordings_hidden_by`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from editor.app.desk import Desk
from editor.core.errors import SynopticError
from editor.core.model import DecisionState
from editor.ui.error_text import error_text

Item = tuple[str, DecisionState, str | None, str]


class DecideCommand(QUndoCommand):
    def __init__(self, deciding: Deciding, text: str, new: list[Item], old: list[Item],
                 origin: str = "user") -> None:
        super().__init__(text)
        self._deciding = deciding
        self._new = new
        self._old = old
        self._origin = origin
        self._done = False

    def redo(self) -> None:
        if not self._deciding.apply(self._new, "redo" if self._done else self._origin):
            self.setObsolete(True)  # not saved (read-only, disk full): no step to undo
        self._done = True

    def undo(self) -> None:
        if not self._deciding.apply(self._old, "undo"):
            self.setObsolete(True)


class Deciding(QObject):
    changed = Signal(list)  # the targets whose decision changed
    withdrew = Signal(int)  # own wordings withdrawn by an accept (to say so)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.desk: Desk | None = None

    def set_desk(self, desk: Desk | None) -> None:
        """Show `desk`. The undo history belongs to the session: it survives the documents
        being read again (an import, a marking override: change ids are stable and the
        commands name decisions by target) and goes with another session."""
        same_session = (desk is not None and self.desk is not None
                        and desk.session is self.desk.session)
        self.desk = desk
        if not same_session:
            self.stack.clear()

    def apply(self, items: list[Item], origin: str) -> bool:
        """Record `items`; False when they could not be saved (said, nothing changed)."""
        if self.desk is None:
            return False
        try:
            self.desk.decide(items, origin)
        except SynopticError as err:  # read-only session, disk full...: say so, keep going
            self.failed.emit(self.tr("The decision could not be saved.") + "\n" + error_text(err))
            return False
        self.changed.emit([t for t, *_ in items])
        return True

    def decide(self, ids: Sequence[str], state: DecisionState, text: str = "") -> None:
        """Set `state` on the changes `ids` (those already in that state are left alone)."""
        if self.desk is None:
            return
        desk = self.desk
        old = [o for o in desk.snapshot(ids) if o[1] is not state]
        if not old:
            return
        new: list[Item] = [(t, state, None, note) for t, _s, _c, note in old]
        if state is DecisionState.ACCEPTED:
            new, old = self._withdrawing(new, old)
        label = text or (self.tr("Accept") if state is DecisionState.ACCEPTED
                         else self.tr("Reject"))
        self.stack.push(DecideCommand(self, f"{label} ({len(new)})", new, old,
                                      "batch" if len(new) > 1 else "user"))

    def custom_text(self, target: str, wording: str, also: Sequence[Item] = (),
                    text: str = "") -> None:
        """The drafter's own wording for a provision or a conflict (plus other decisions)."""
        if self.desk is None:
            return
        targets = [target, *(t for t, *_ in also)]
        old = self.desk.snapshot(targets)
        notes = {t: n for t, _s, _c, n in old}
        new = [(target, DecisionState.ACCEPTED, wording, notes[target]),
               *((t, s, c, notes.get(t, n)) for t, s, c, n in also)]
        self.stack.push(DecideCommand(self, text or self.tr("Edit wording"), new, old))

    def choose(self, accept: Sequence[str], reject: Sequence[str]) -> None:
        """Resolve a conflict by one proposal's wording: accept its changes `accept`,
        reject the other proposals' `reject` (a change in both is accepted), in one step."""
        if self.desk is None:
            return
        chosen = set(accept)
        targets = list(dict.fromkeys([*accept, *reject]))  # each once: a change in both, accepted
        old = self.desk.snapshot(targets)
        new: list[Item] = [
            (t, DecisionState.ACCEPTED if t in chosen else DecisionState.REJECTED, None, n)
            for t, _s, _c, n in old]
        new, old = self._withdrawing(new, old)
        self.stack.push(DecideCommand(self, self.tr("Resolve conflict"), new, old))

    def _withdrawing(self, new: list[Item], old: list[Item]) -> tuple[list[Item], list[Item]]:
        """`new` and `old` plus the withdrawal of the wordings the accepted changes of `new`
        would be hidden by (in the same undo step)."""
        assert self.desk is not None
        accepted = [t for t, s, _c, _n in new if s is DecisionState.ACCEPTED]
        hidden = self.desk.wordings_hidden_by(accepted)
        if hidden:  # latest decision wins, but the drafter is told (Ctrl+Z brings it back)
            self.withdrew.emit(len(hidden))
        before = self.desk.snapshot(hidden)
        return ([*new, *((t, DecisionState.PENDING, None, n) for t, _s, _c, n in before)],
                [*old, *before])

    def note(self, target: str, note: str) -> None:
        if self.desk is None:
            return
        try:
            self.desk.set_note(target, note)
        except SynopticError as err:
            self.failed.emit(self.tr("The note could not be saved.") + "\n" + error_text(err))
            return
        self.changed.emit([target])
