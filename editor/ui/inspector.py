"""The inspector: the selected change's proposals, reasons, decision history and note."""

from __future__ import annotations

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


class Inspector(QWidget):
    noteSaved = Signal(str, str)  # noqa: N815 - target, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = ""
        self.proposals = QLabel()
        self.kind = QLabel()
        self.state = QLabel()
        self.text = QLabel()
        self.reasons = QLabel()
        for label in (self.proposals, self.text, self.reasons):
            label.setWordWrap(True)
        self.history = QListWidget()
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
                               (self.tr("Change"), self.text),
                               (self.tr("Reasons"), self.reasons)):
            layout.addWidget(QLabel(f"<b>{caption}</b>"))
            layout.addWidget(value)
        layout.addWidget(QLabel(f"<b>{self.tr('History')}</b>"))
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
            self.note.clear()
            return
        dossier = desk.dossier_of(change_id)
        proposals = [p for p in (dossier.proposals if dossier else ()) if p.id in change.sources]
        self.proposals.setText(", ".join(change.sources))
        self.kind.setText(change.kind.value + ("" if change.placed else self.tr(" (not placed)")))
        self.state.setText(desk.state(change_id).value)
        old = change.old if len(change.old) < 300 else change.old[:300] + "…"
        new = change.new if len(change.new) < 300 else change.new[:300] + "…"
        self.text.setText(f"«{old}» → «{new}»")
        self.reasons.setText("\n".join(f"{p.id}: {p.reasons}" for p in proposals if p.reasons)
                             or self.tr("(none given)"))
        for entry in desk.log(change_id):
            d = entry.decision
            line = f"{d.time}  {d.author}  {d.state.value}  ({entry.origin})"
            if d.note:
                line += f"  — {d.note}"
            self.history.addItem(line)
        decision = desk.decisions.get(change_id)
        self.note.setText(decision.note if decision else "")

    def _save(self) -> None:
        if self._target:
            self.noteSaved.emit(self._target, self.note.text())
