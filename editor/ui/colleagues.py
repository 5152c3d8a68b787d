"""Importing a colleague's decisions (File › Import a colleague's decisions…).

The colleague's session must hold the same documents; their decisions fill what is still
pending here, ours are kept where both decided differently (`merge_session`, prefer
"mine"), and the report lists those disagreements so the drafter can take theirs, row by
row. The merge itself is in the session's log (origin "merge:<file>") but is not undone by
Edit › Undo; taking theirs afterwards is an ordinary, undoable decision.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.app.desk import Desk
from editor.core.errors import SynopticError
from editor.core.model import Decision, DecisionState
from editor.store.merge import Disagreement, MergeReport, merge_session
from editor.ui.deciding import DecideCommand, Item
from editor.ui.error_text import error_text
from editor.ui.inspector import local_time

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

SNIPPET = 60  # characters of a change's text shown in the list


class MergeReportDialog(QDialog):
    """How many decisions came in, how many agreed, and the disagreements: the change, our
    decision and theirs with who made them; "Take theirs" on the selected rows."""

    takeTheirs = Signal(list)  # noqa: N815 - the Disagreements chosen

    def __init__(self, report: MergeReport, other: str, describe: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decisions imported from {0}").format(other))
        self.disagreements = list(report.disagreements)
        counts = QFormLayout()
        self.imported = QLabel(str(len(report.imported)))
        self.agreed = QLabel(str(report.agreed))
        self.differing = QLabel(str(len(report.disagreements)))
        counts.addRow(self.tr("Imported (still pending here):"), self.imported)
        counts.addRow(self.tr("Decided the same way:"), self.agreed)
        counts.addRow(self.tr("Disagreements (yours kept):"), self.differing)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Yours"), self.tr("Theirs")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a row, elided; the tooltip has it all
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # the change's words matter most: they get the room left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, 250)
        for d in self.disagreements:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((describe(d.target), self.decision_text(d.mine),
                                           self.decision_text(d.theirs))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.take = QPushButton(self.tr("Take theirs for the selected rows"))
        self.take.setEnabled(False)
        self.take.clicked.connect(self.take_selected)
        self.table.itemSelectionChanged.connect(
            lambda: self.take.setEnabled(bool(self.selected_rows())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.take, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(counts)
        if self.disagreements:
            layout.addWidget(QLabel(self.tr("Where you decided differently, your decision is "
                                            "kept. Select rows to take theirs instead:")))
            layout.addWidget(self.table)
        else:
            self.table.hide()
            layout.addWidget(QLabel(self.tr("No disagreements.")))
        layout.addWidget(buttons)
        rows = min(len(self.disagreements), 12)
        self.resize(960, 230 + 30 * rows if rows else 160)

    def decision_text(self, d: Decision) -> str:
        words = {DecisionState.ACCEPTED: self.tr("accepted"),
                 DecisionState.REJECTED: self.tr("rejected"),
                 DecisionState.PENDING: self.tr("pending")}
        what = words[d.state]
        if d.custom_text is not None:
            what = self.tr("own wording: “{0}”").format(_snippet(d.custom_text))
        who = ", ".join(x for x in (d.author, local_time(d.time)) if x)
        return f"{what} ({who})" if who else what

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectedIndexes()})

    def take_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        chosen = [self.disagreements[r] for r in rows]
        for r in reversed(rows):  # taken: theirs is now ours, no longer a disagreement
            self.table.removeRow(r)
            del self.disagreements[r]
        self.differing.setText(str(len(self.disagreements)))
        self.takeTheirs.emit(chosen)


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[:SNIPPET - 1] + "…"


class Colleagues(QObject):
    """Asks for the colleague's file, merges, refreshes the views, shows the report."""

    failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: MergeReportDialog | None = None

    def ask(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a colleague's decisions"), "",
            self.window.actions_.session_filter())
        if path:
            self.import_decisions(path)

    def import_decisions(self, path: str | Path) -> MergeReport | None:
        desk = self.window.desk
        if desk is None:
            return None
        other = Path(path)
        try:
            report = merge_session(desk.session, other, prefer="mine")
        except SynopticError as err:
            self.failed.emit(self.tr("The colleague's decisions could not be imported.")
                             + "\n" + error_text(err))
            return None
        desk.reload_decisions()
        self.window.review.refresh()
        self.dialog = dialog = MergeReportDialog(report, other.name,
                                                 lambda t: self.describe(desk, t), self.window)
        dialog.takeTheirs.connect(lambda chosen: self.take_theirs(other.name, chosen))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        dialog.finished.connect(self._back_to_table)
        dialog.open()
        dialog.activateWindow()
        return report

    def _back_to_table(self) -> None:
        """The keys (A, R, N...) go to the synoptic view again, not nowhere."""
        self.window.activateWindow()
        self.window.view.grid.setFocus()

    def take_theirs(self, name: str, chosen: Sequence[Disagreement]) -> None:
        """Their decisions on `chosen`, recorded as ours (undoable), noting where from."""
        deciding = self.window.deciding
        if deciding.desk is None or not chosen:
            return
        new: list[Item] = [
            (d.target, d.theirs.state, d.theirs.custom_text,
             self.tr("taken from {0} ({1})").format(name, d.theirs.author or "?"))
            for d in chosen]
        old = deciding.desk.snapshot(d.target for d in chosen)
        deciding.stack.push(DecideCommand(
            deciding, self.tr("Take theirs ({0})").format(len(new)), new, old,
            origin=f"merge:{name}"))

    def describe(self, desk: Desk, target: str) -> str:
        """A decision's target as the drafter knows it: resolution, sources, the words."""
        change = desk.change(target)
        if change is not None:
            words = " → ".join(_snippet(t) for t in (change.old, change.new) if t)
            return self.tr("Res. {0} · {1} · {2}").format(
                change.resolution, ", ".join(change.sources), words)
        number, _, _ = target.partition(":")
        dossier = desk.dossier(number)
        if dossier is not None:
            return self.tr("Res. {0} · own wording of a provision").format(number)
        conflict = next((d.number for d in desk.dossiers for k in d.conflicts
                         if k.id == target), None)
        if conflict is not None:
            return self.tr("Res. {0} · conflict").format(conflict)
        return target
