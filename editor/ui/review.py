"""Reviewing one resolution at a time: what the view shows, moving between changes and
conflicts, deciding on the selected change, a call, a source or the whole resolution.

A combined text for a conflict between inserted provisions has rows of its own (one per
line, keyed `<anchor>+<conflict id>:<n>`, no change of their own): selecting one selects
the conflict, as clicking its words does; the inspector then shows the conflict, and the
conflict picker (Ctrl+K, or F2 there) opens on that combined text to rewrite it."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QWidget

from editor.app.alternatives import conflict_choices
from editor.app.desk import Desk
from editor.app.synoptic_table import Cell, ColumnRole, Row, SegmentKind, SynopticTable
from editor.core.changes import footnote_of, key_index
from editor.core.merge import Conflict
from editor.core.model import DecisionState, ProvisionKind, View
from editor.ui.deciding import Deciding, Item
from editor.ui.dialogs import ConflictDialog, ProvisionDialog
from editor.ui.inspector import Inspector
from editor.ui.navigator import Navigator
from editor.ui.synoptic_view import SynopticView

ACCEPT, REJECT = DecisionState.ACCEPTED, DecisionState.REJECTED


def reads(cell: Cell) -> str:
    """What `cell` reads once its changes are made: kept and inserted words, not struck ones."""
    return "".join(s.text for s in cell.segments if s.kind is not SegmentKind.DELETE)


class Review(QObject):
    statusChanged = Signal(str)  # noqa: N815
    notice = Signal(str)  # a passing message for the status bar

    def __init__(self, view: SynopticView, navigator: Navigator, inspector: Inspector,
                 deciding: Deciding, window: QWidget) -> None:
        super().__init__(window)
        self.view, self.navigator, self.inspector = view, navigator, inspector
        self.deciding = deciding
        self.window = window
        self.desk: Desk | None = None
        self.number = ""
        self.dialog: ConflictDialog | ProvisionDialog | None = None
        self._translated: tuple[SynopticTable, SynopticTable] | None = None  # (built, shown)
        view.changeSelected.connect(lambda _cid: self.inspect())
        view.rowChanged.connect(self._row_changed)
        navigator.resolutionChosen.connect(self.show_resolution)
        navigator.provisionChosen.connect(self.go_to_provision)
        inspector.noteSaved.connect(deciding.note)
        deciding.changed.connect(self.refresh)
        deciding.withdrew.connect(self._withdrew)  # a method: gone with this window
        view.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.grid.customContextMenuRequested.connect(self._context_menu)

    # --- showing ---------------------------------------------------------------------

    def show_desk(self, desk: Desk | None) -> None:
        # the same session read again (markings, drafts): stay on the resolution shown
        same = desk is not None and self.desk is not None and desk.session is self.desk.session
        keep = self.number if same and desk is not None and desk.dossier(self.number) else ""
        self.desk = desk
        self.deciding.set_desk(desk)
        self.navigator.show_desk(desk)
        self.number = ""
        if desk is not None and desk.dossiers:
            self.show_resolution(keep or desk.dossiers[0].number)
        else:
            self.view.set_table(None)
        self._status()

    def show_resolution(self, number: str) -> None:
        if self.desk is None or self.desk.dossier(number) is None:
            return
        if number != self.number:
            self.number = number
            self.view.set_table(self.translated(self.desk.table(number)))
            self.navigator.select_resolution(number)
        self.inspect()

    def translated(self, table: SynopticTable | None) -> SynopticTable | None:
        """`table` with the few words `editor.app` builds in English in the drafter's language:
        the base and consolidated column titles, the labels of the number, title, preamble
        and annex rows. Unchanged rows stay the same objects (the model compares them)."""
        if table is None:
            return None
        if self._translated is not None and self._translated[0] is table:
            return self._translated[1]
        titles = {ColumnRole.BASE: self.tr("Base"),
                  ColumnRole.CONSOLIDATED: self.tr("Consolidated")}
        labels = {"No.": self.tr("No."), "Title": self.tr("Title"),
                  "Preamble": self.tr("Preamble"), "Annex": self.tr("Annex")}
        columns = tuple(replace(c, title=titles[c.role]) if c.role in titles else c
                        for c in table.columns)
        footnote = self.tr("Footnote {0}")

        def label(row: Row) -> str:  # "Title", or "+ Title" for an inserted one
            text = row.label
            if footnote_of(row.provision_key) is not None:  # "Footnote 1"
                return footnote.format(text.rpartition(" ")[2])
            head, plus, rest = text.rpartition("+ ")
            return f"{head}{plus}{labels[rest]}" if rest in labels and not head else text

        rows = tuple(r if label(r) == r.label else replace(r, label=label(r))
                     for r in table.rows)
        shown = table if columns == table.columns and rows == table.rows else replace(
            table, columns=columns, rows=rows)
        self._translated = (table, shown)
        return shown

    def go_to_provision(self, number: str, key: str) -> None:
        self.show_resolution(number)
        table = self.view.table
        row = next((i for i, r in enumerate(table.rows) if r.provision_key == key), -1) if table else -1
        if row >= 0:
            self.view.grid.setRowHidden(row, False)
            self.view.grid.selectRow(row)
            self.view.grid.scrollTo(self.view.model.index(row, 0))

    def refresh(self, _targets: list[str] | None = None) -> None:
        if self.desk is None:
            return
        self.view.set_table(self.translated(self.desk.table(self.number)))
        self.navigator.update_counts(self.desk)
        self.inspect()
        self._status()

    def inspect(self) -> None:
        """The inspector on the current change, or on the conflict whose combined text is
        selected (its words clicked, or one of its own rows current)."""
        cid = self.view.current_change
        conflict = self.conflict(cid) if cid else self.combined_conflict()
        if self.desk is not None and conflict is not None:
            self.inspector.show_conflict(self.desk, self.desk.dossier(self.number), conflict)
        else:
            self.inspector.show_change(self.desk, cid)

    def conflict(self, conflict_id: str) -> Conflict | None:
        """The resolution's conflict `conflict_id`, None when it is not one (a change)."""
        dossier = self.desk.dossier(self.number) if self.desk is not None else None
        return next((k for k in (dossier.conflicts if dossier else ()) if k.id == conflict_id),
                    None)

    def combined_conflict(self) -> Conflict | None:
        """The conflict whose combined text the current row is a line of, None when it is
        no such row."""
        table, index = self.view.table, self.view.grid.currentIndex()
        if table is None or not index.isValid() or index.row() >= len(table.rows):
            return None
        added = table.rows[index.row()].provision_key.partition("+")[2]
        return self.conflict(added.rpartition(":")[0]) if ":" in added else None

    def _row_changed(self, _row: int) -> None:
        # such a row has no change of its own: the view would stay on the one selected before
        conflict = self.combined_conflict()
        if conflict is not None and self.view.current_change != conflict.id:
            self.view.select_change(conflict.id, scroll=False)

    def _status(self) -> None:
        if self.desk is None:
            self.statusChanged.emit("")
            return
        c = self.desk.counts()
        decided = self.tr("{0} of %n decided", "", c.total).format(c.decided)
        self.statusChanged.emit(decided + self.tr(", %n conflicts", "", c.conflicts))

    # --- moving ----------------------------------------------------------------------

    def next_pending(self, step: int = 1) -> bool:
        desk = self.desk
        if desk is None:
            return False
        pending = lambda c: desk.state(c) is DecisionState.PENDING  # noqa: E731
        if self.view.step_change(step, pending):
            return True
        table = self.view.table
        left = [c for c in (table.change_ids if table else ()) if pending(c)
                and c != self.view.current_change]
        if left:  # wrap around: none left behind in this resolution before moving on
            self.view.select_change(left[0] if step > 0 else left[-1])
            self.notice.emit(self.tr("Back to the first pending change of this resolution")
                             if step > 0 else
                             self.tr("Back to the last pending change of this resolution"))
            return True
        numbers = [d.number for d in desk.dossiers]
        order = numbers[numbers.index(self.number) + 1:] if step > 0 else (
            numbers[:numbers.index(self.number)][::-1])
        for number in order:  # the next resolution with something left to decide
            table = desk.table(number)
            if table is not None and table.pending():
                self.show_resolution(number)
                ids = table.pending()
                self.view.select_change(ids[0] if step > 0 else ids[-1])
                return True
        return False

    def open_conflict_changes(self) -> set[str]:
        desk, dossier = self.desk, self.desk.dossier(self.number) if self.desk else None
        if desk is None or dossier is None:
            return set()
        return {c for k in dossier.conflicts if not desk.resolved(dossier, k.id) for c in k.changes}

    def next_conflict(self) -> bool:
        members = self.open_conflict_changes()
        if self.view.step_change(1, lambda c: c in members):
            return True
        table = self.view.table
        first = next((c for c in (table.change_ids if table else ()) if c in members), "")
        if first and first != self.view.current_change:
            self.view.select_change(first)
            return True
        return False

    # --- deciding --------------------------------------------------------------------

    def decide_current(self, state: DecisionState) -> None:
        if self.view.current_change:
            self.deciding.decide([self.view.current_change], state)

    def decide_source(self, source: str, state: DecisionState) -> None:
        if self.desk is not None:
            self._batch(self.desk.ids_of_source(self.number, source), state)

    def decide_resolution(self, state: DecisionState) -> None:
        if self.desk is not None:
            self._batch(self.desk.ids_of_resolution(self.number), state)

    def decide_call(self, state: DecisionState) -> None:
        call = self.current_call()
        if self.desk is not None and call >= 0:
            self._batch(self.desk.ids_of_call(self.number, call), state)

    def _withdrew(self, count: int) -> None:
        self.notice.emit(self.tr("%n own wordings withdrawn: an accepted change replaces "
                                 "them (Ctrl+Z brings them back)", "", count))

    def _batch(self, ids: list[str], state: DecisionState) -> None:
        """A batch fills in what is still pending: it never overturns a decision already
        taken (a change rejected one by one stays rejected under "accept all"), nor
        accepts both sides of a conflict: those stay pending, and the status bar says so
        (the conflict picker chooses between them)."""
        if self.desk is None:
            return
        desk = self.desk
        ids = [i for i in ids if desk.state(i) is DecisionState.PENDING]
        held = desk.clashing(self.number, ids) if state is DecisionState.ACCEPTED else set()
        self.deciding.decide([i for i in ids if i not in held], state)
        if held:
            self.notice.emit(self.tr("%n changes in conflict left pending: choose in the "
                                     "conflict picker (Ctrl+K)", "", len(held)))

    def current_call(self) -> int:
        """Base index of the call the current row belongs to, -1 when none."""
        dossier = self.desk.dossier(self.number) if self.desk else None
        index = self.view.grid.currentIndex()
        if dossier is None or dossier.base is None or not index.isValid():
            return -1
        key = self.view.model.row(index.row()).provision_key.partition("+")[0]
        if key.rpartition(":")[2] == "*" or footnote_of(key) is not None:
            return -1  # the whole resolution, a footnote: in no call
        position = key_index(key)
        for i in range(min(position, len(dossier.base.provisions) - 1), -1, -1):
            if dossier.base.provisions[i].kind is ProvisionKind.CALL:
                return i
        return -1

    def resolve_conflict(self) -> None:
        """The picker of the current change's conflict: one alternative per proposal, on the
        current consolidated text (`editor.app.alternatives`); the combined text selected:
        its conflict's, that text in the editor."""
        desk = self.desk
        cid = self.view.current_change
        dossier = desk.dossier(self.number) if desk is not None else None
        if desk is None or dossier is None or not cid:
            return
        conflict = self.conflict(cid)
        if conflict is not None:
            self.open_conflict(conflict, combined=True)
            return
        # A change in two conflicts (its provision's, a suppression's): the open one first,
        # then its provision's.
        mine = sorted((k for k in dossier.conflicts if cid in k.changes),
                      key=lambda k: (desk.resolved(dossier, k.id), not k.provision))
        if mine:
            self.open_conflict(mine[0])

    def open_conflict(self, conflict: Conflict, combined: bool = False) -> None:
        """The conflict picker of `conflict`; `combined`: starting from its combined text,
        when it has one."""
        desk, table = self.desk, self.view.table
        dossier = desk.dossier(self.number) if desk is not None else None
        if desk is None or table is None or dossier is None:
            return
        choices = conflict_choices(desk, dossier, conflict)
        titles = {c.key: c.title for c in table.columns}
        labels = {r.provision_key: r.label for r in table.rows}
        self.dialog = dialog = ConflictDialog(choices, self.number, titles, labels, self.window)
        wording = desk.decisions.get(conflict.id)
        if combined and choices.combinable and wording is not None and (
                wording.custom_text is not None and wording.state is not REJECT):
            dialog.editor.setPlainText(wording.custom_text)  # typing it: chosen

        def done(result: int) -> None:
            if result != ConflictDialog.DialogCode.Accepted:
                return
            choice = dialog.choice()
            if choice.index >= 0:
                chosen = choices.alternatives[choice.index]
                self.deciding.choose(chosen.accept, choices.rejected(choice.index))
            elif choices.combinable:
                # The wording replaces the whole provision: every alternative is rejected,
                # the other wordings there withdrawn (it started from them).
                also: list[Item] = [(c, REJECT, None, "") for c in choices.changes]
                also += [(t, DecisionState.PENDING, None, "") for t in choices.withdrawn]
                self.deciding.custom_text(conflict.id, choice.combined or "", also,
                                          self.tr("Combined text"))

        dialog.finished.connect(done)
        self._show(dialog)

    def edit_provision(self) -> None:
        desk, table = self.desk, self.view.table
        index = self.view.grid.currentIndex()
        if desk is None or table is None or not index.isValid():
            return
        row = table.rows[index.row()]
        key = row.provision_key
        conflict = self.combined_conflict()
        if conflict is not None:  # a line of a combined text: rewritten in the picker
            self.open_conflict(conflict, combined=True)
            return
        if "+" in key or key.endswith(":*") or footnote_of(key) is not None:
            return  # only base provisions take the drafter's own wording
        dossier = desk.dossier(self.number)
        current = row.cells[-1]
        # what the consolidated column reads: kept and inserted words, never the struck ones
        # (an edited provision is tracked word by word against the base, like the others)
        text = reads(current)
        if not text and (dossier is None or dossier.base is None):  # a draft not yet taken
            text = next((t for c in row.cells[1:-1] if (t := reads(c))), "")
        text = text or (dossier.base.provisions[key_index(key)].text(View.ORIGINAL)
                        if dossier and dossier.base else "")
        self.dialog = dialog = ProvisionDialog(row.label, text, self.window)
        def done(result: int) -> None:
            if result == ProvisionDialog.DialogCode.Accepted:
                # the wording replaces the provision: its changes still pending are left
                # out of it, so they are rejected with it (one undo step), not left to be
                # accepted later over the wording
                pending = [(c, DecisionState.REJECTED, None, "")
                           for c in desk.pending_in(self.number, key)]
                self.deciding.custom_text(key, dialog.text(), pending)

        dialog.finished.connect(done)
        self._show(dialog)

    def _show(self, dialog: ConflictDialog | ProvisionDialog) -> None:
        dialog.open()  # window-modal, never a nested event loop
        # Some platforms (and window managers) leave the keyboard where it was: the
        # drafter goes on with the keys in the dialog, then in the table again.
        dialog.activateWindow()
        dialog.finished.connect(self._back_to_table)

    def _back_to_table(self) -> None:
        self.window.activateWindow()
        self.view.grid.setFocus()

    # --- context menu ------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        menu = QMenu(self.window)
        menu.addAction(self.tr("Accept"), lambda: self.decide_current(ACCEPT))
        menu.addAction(self.tr("Reject"), lambda: self.decide_current(REJECT))
        menu.addAction(self.tr("Resolve conflict…"), self.resolve_conflict)
        menu.addAction(self.tr("Edit consolidated text…"), self.edit_provision)
        menu.addSeparator()
        self.batch_menu(menu)
        return menu

    def batch_menu(self, menu: QMenu) -> None:
        table = self.view.table
        for state, word in ((ACCEPT, self.tr("Accept")), (REJECT, self.tr("Reject"))):
            sub = menu.addMenu(self.tr("{0} all…").format(word))
            for column in (table.columns if table else ()):
                if column.role.value == "proposal":
                    sub.addAction(self.tr("from {0}").format(column.key),
                                  partial(self.decide_source, column.key, state))
            for group in (table.sources if table else ()):
                sub.addAction(self.tr("from every {0} proposal").format(group),
                              partial(self.decide_source, group, state))
            sub.addAction(self.tr("in this call"), partial(self.decide_call, state))
            sub.addAction(self.tr("in this resolution"), partial(self.decide_resolution, state))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.grid.indexAt(pos)
        if index.isValid():
            self.view.click_at(index, pos - self.view.grid.visualRect(index).topLeft())
        self.context_menu().popup(self.view.grid.viewport().mapToGlobal(pos))
