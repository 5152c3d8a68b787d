"""The inspector: the selected change's proposals, reasons, decision history and note; or,
the drafter's combined text for a conflict selected, that conflict's (`show_conflict`)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.app.desk import Desk
from editor.core.changes import Change, ChangeKind
from editor.core.merge import Conflict
from editor.core.model import DecisionState, Proposal
from editor.core.routing import Dossier
from editor.store import AuditEntry
from editor.ui import palette


def local_time(iso: str) -> str:
    """"2025-03-04T09:15:02.123Z" -> "2025-03-04 10:15:02" in the drafter's time zone."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return (moment.astimezone() if moment.tzinfo else moment).strftime("%Y-%m-%d %H:%M:%S")


def clipped(text: str) -> str:
    """At most 300 characters of `text`: a long provision would fill the narrow dock."""
    return text if len(text) < 300 else text[:300] + "…"


class Inspector(QWidget):
    noteSaved = Signal(str, str)  # noqa: N815 - target, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = ""
        self.proposals = QLabel()
        self.kind = QLabel()
        self.state = QLabel()
        self.conflict = QLabel()  # "Conflict with EUR/12A1/1", hidden when none
        self.conflict.setWordWrap(True)
        self.conflict.hide()
        self.text = QLabel()
        self.reasons = QLabel()
        for label in (self.proposals, self.text, self.reasons):
            label.setWordWrap(True)
        self.history = QListWidget()  # newest first
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)  # entries of two or three lines each
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note for this change"))
        self.save_note = QPushButton(self.tr("Save note"))
        self.save_note.clicked.connect(self._save)
        self.note.returnPressed.connect(self._save)
        # Captions above values, not a QFormLayout: wrapped labels there overlap in a dock.
        layout = QVBoxLayout(self)
        for caption, value in ((self.tr("Proposals"), self.proposals),
                               (self.tr("Kind"), self.kind),
                               (self.tr("Decision"), self.state),
                               ("", self.conflict),
                               (self.tr("Change"), self.text),
                               (self.tr("Reasons"), self.reasons)):
            if caption:
                layout.addWidget(QLabel(f"<b>{caption}</b>"))
            layout.addWidget(value)
        history = self.tr("History")  # outside the f-string, where lupdate finds it
        layout.addWidget(QLabel(f"<b>{history}</b>"))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.save_note)
        self.setEnabled(False)
        self.setMaximumWidth(340)  # long reasons wrap instead of widening the dock

    @property
    def target(self) -> str:
        return self._target

    def show_change(self, desk: Desk | None, change_id: str) -> None:
        self._target = change_id
        change = desk.change(change_id) if desk is not None and change_id else None
        self.setEnabled(change is not None)
        self.history.clear()
        if desk is None or change is None:
            for label in (self.proposals, self.kind, self.state, self.text, self.reasons):
                label.clear()
            self.conflict.hide()
            self.note.clear()
            return
        dossier = desk.dossier_of(change_id)
        proposals = [p for p in (dossier.proposals if dossier else ()) if p.id in change.sources]
        self.proposals.setText(", ".join(change.sources))
        self.kind.setText(self.kind_name(change.kind)
                          + ("" if change.placed else self.tr(" (not placed)")))
        self.state.setText(self.state_name(desk.state(change_id)))
        self.show_conflicts(desk, dossier, change)
        old, new = clipped(change.old), clipped(change.new)
        # a whole-resolution change (suppression, NOC) has no words: its kind says it all
        self.text.setText(f"«{old}» → «{new}»" if old or new else "—")
        self._reasons(proposals)
        # The change's own decisions and those on its conflict (a combined wording).
        targets = [change_id, *(k.id for k in (dossier.conflicts if dossier else ())
                                if change_id in k.changes)]
        entries = sorted((e for t in targets for e in desk.log(t)), key=lambda e: -e.seq)
        for entry in entries:
            self.history.addItem(self.history_line(entry, entry.decision.target != change_id))
        decision = desk.decisions.get(change_id)
        self.note.setText(decision.note if decision else "")

    def show_conflict(self, desk: Desk, dossier: Dossier | None, conflict: Conflict) -> None:
        """A conflict's combined text: the proposals it stands for, the text, the decisions
        on the conflict (`desk.log(conflict.id)`) and its note."""
        self._target = conflict.id
        self.setEnabled(True)
        self.history.clear()
        changes = [c for c in (dossier.changes if dossier else ()) if c.id in conflict.changes]
        sources = list(dict.fromkeys(s for c in changes for s in c.sources))
        proposals = [p for p in (dossier.proposals if dossier else ()) if p.id in sources]
        decision = desk.decisions.get(conflict.id)
        wording = decision.custom_text if decision is not None else None
        self.proposals.setText(", ".join(sources))
        self.kind.setText(self.tr("combined text"))
        state = self.state_name(desk.state(conflict.id))
        self.state.setText(state if wording is None
                           else self.tr("{0}, own wording").format(state))
        line = self.tr("Conflict between {0}").format(", ".join(sources))
        self._conflict_lines([self._resolved(desk, dossier, conflict.id, line)])
        self.text.setText(f"«{clipped(wording)}»" if wording else "—")
        self._reasons(proposals)
        for entry in sorted(desk.log(conflict.id), key=lambda e: -e.seq):
            self.history.addItem(self.history_line(entry, on_conflict=True))
        self.note.setText(decision.note if decision else "")

    def show_conflicts(self, desk: Desk, dossier: Dossier | None, change: Change) -> None:
        """Whom the change is in conflict with: the other proposals of its conflicts."""
        sources = {c.id: c.sources for c in dossier.changes} if dossier else {}
        lines = []
        for k in (dossier.conflicts if dossier else ()):
            if change.id not in k.changes:
                continue
            others = [s for c in k.changes if c != change.id for s in sources.get(c, ())
                      if s not in change.sources]
            line = self.tr("Conflict with {0}").format(", ".join(dict.fromkeys(others)))
            lines.append(self._resolved(desk, dossier, k.id, line))
        self._conflict_lines(lines)

    def _resolved(self, desk: Desk, dossier: Dossier | None, conflict_id: str, line: str) -> str:
        """`line`, saying "(resolved)" when the conflict is."""
        if dossier is not None and desk.resolved(dossier, conflict_id):
            return self.tr("{0} (resolved)").format(line)
        return line

    def _conflict_lines(self, lines: list[str]) -> None:
        """The conflict band: `lines` on the conflict colour, hidden when there are none."""
        self.conflict.setText("\n".join(lines))
        self.conflict.setStyleSheet(
            "" if not lines else f"background: {palette.CONFLICT.name()}; padding: 2px")
        self.conflict.setVisible(bool(lines))

    def _reasons(self, proposals: list[Proposal]) -> None:
        self.reasons.setText("\n".join(f"{p.id}: {p.reasons}" for p in proposals if p.reasons)
                             or self.tr("(none given)"))

    def history_line(self, entry: AuditEntry, on_conflict: bool = False) -> str:
        """"accepted (individually)", then "2025-03-04 10:15:02 · alice", then the note if
        any: short lines for a narrow dock."""
        d = entry.decision
        state = self.state_name(d.state)
        if on_conflict:
            state = self.tr("conflict: {0}").format(state)
        if d.custom_text is not None:
            state = self.tr("{0}, own wording").format(state)
        lines = [f"{state} ({self.origin_name(entry.origin)})",
                 f"{local_time(d.time)} · {d.author or '?'}"]
        return "\n".join(lines + ([f"« {d.note} »"] if d.note else []))

    def state_name(self, state: DecisionState) -> str:
        return {DecisionState.PENDING: self.tr("pending"),
                DecisionState.ACCEPTED: self.tr("accepted"),
                DecisionState.REJECTED: self.tr("rejected")}[state]

    def kind_name(self, kind: ChangeKind) -> str:
        return {ChangeKind.TEXT: self.tr("text"),
                ChangeKind.INSERT: self.tr("new provision"),
                ChangeKind.DELETE: self.tr("deleted provision"),
                ChangeKind.MOVE: self.tr("moved provision"),
                ChangeKind.ABROGATE: self.tr("resolution abrogated"),
                ChangeKind.NEW_RESOLUTION: self.tr("new resolution"),
                ChangeKind.NOC: self.tr("no change"),
                ChangeKind.FOOTNOTE: self.tr("footnote text")}.get(kind, kind.value)

    def origin_name(self, origin: str) -> str:
        """The audit log's origin ("user", "batch", "undo", "redo", "note", "merge:<file>")."""
        if origin.startswith("merge:"):
            return self.tr("merged from {0}").format(origin.partition(":")[2])
        return {"user": self.tr("individually"), "batch": self.tr("in a batch"),
                "undo": self.tr("undone"), "redo": self.tr("redone"),
                "note": self.tr("note edited")}.get(origin, origin)

    def _save(self) -> None:
        if self._target:
            self.noteSaved.emit(self._target, self.note.text())
