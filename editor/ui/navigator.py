"""The navigator: resolutions with their pending and conflict counts, and the calls of
each (considérant, décide...) to jump to. Its context menu on a new draft consolidates
another draft on the same subject into it (or sets them apart again)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from editor.app.desk import Desk
from editor.app.synoptic_build import provision_label
from editor.core.changes import provision_key
from editor.core.model import ProvisionKind

KEY = Qt.ItemDataRole.UserRole


class Navigator(QTreeWidget):
    resolutionChosen = Signal(str)  # noqa: N815
    provisionChosen = Signal(str, str)  # noqa: N815 - resolution, provision key
    # draft, the draft to use as its base ("" to set it apart again)
    draftBaseChosen = Signal(str, str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.desk: Desk | None = None
        self.dialog: QInputDialog | None = None
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def show_desk(self, desk: Desk | None) -> None:
        self.desk = desk
        self.clear()
        if desk is None:
            return
        for d in desk.dossiers:
            item = QTreeWidgetItem(self, [self._title(desk, d.number)])
            item.setData(0, KEY, (d.number, ""))
            if d.base is None:
                continue
            for i, p in enumerate(d.base.provisions):
                if p.kind is ProvisionKind.CALL:
                    child = QTreeWidgetItem(item, [provision_label(p)])
                    child.setData(0, KEY, (d.number, provision_key(d.number, i)))
        self._show_waiting(desk)

    def _show_waiting(self, desk: Desk) -> None:
        """Proposals whose resolution has no base loaded: listed, so that none is forgotten
        (they join their resolution when its base is imported)."""
        waiting = desk.routing.waiting
        if not waiting:
            return
        item = QTreeWidgetItem(self, [self.tr("Waiting for their base: %n proposals", "",
                                              len(waiting))])
        item.setData(0, KEY, ("", ""))
        item.setToolTip(0, self.tr("Import the base resolution to compare these proposals."))
        font = item.font(0)
        font.setItalic(True)
        item.setFont(0, font)
        for p in waiting:
            target = p.target or "?"
            child = QTreeWidgetItem(item, [self.tr("{0} {1} → Res. {2}").format(
                p.action.value, p.id, target)])
            child.setData(0, KEY, ("", ""))
            child.setToolTip(0, self.tr("{0}: import the base of Resolution {1}").format(
                p.document, target))

    def _title(self, desk: Desk, number: str) -> str:
        counts = desk.counts(number)
        pending = counts.total - counts.decided
        text = self.tr("Res. {0} — {1} pending").format(number, pending)
        if counts.conflicts:
            text += self.tr(", %n conflicts", "", counts.conflicts)
        return text

    def update_counts(self, desk: Desk) -> None:
        for item in self._resolutions():
            item.setText(0, self._title(desk, item.data(0, KEY)[0]))

    def _resolutions(self) -> list[QTreeWidgetItem]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in items if item is not None and item.data(0, KEY)[0]]

    def select_resolution(self, number: str) -> None:
        for item in self._resolutions():
            if item.data(0, KEY)[0] == number:
                self.setCurrentItem(item)
                item.setExpanded(True)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        number, key = item.data(0, KEY)
        if not number:  # a waiting proposal: nothing to show until its base is there
            return
        if key:
            self.provisionChosen.emit(number, key)
        else:
            self.resolutionChosen.emit(number)

    # --- two drafts on one subject -----------------------------------------------------

    def draft_menu(self, number: str) -> QMenu | None:
        """The context menu of draft `number`; None for a resolution that is not a draft."""
        desk = self.desk
        if desk is None or not desk.is_draft(number):
            return None
        menu = QMenu(self)
        others = desk.other_drafts(number)
        consolidate = menu.addAction(self.tr("Consolidate another draft into this one…"),
                                     partial(self.ask_draft, number))
        consolidate.setEnabled(bool(others))
        for other in desk.consolidated_into(number):
            menu.addAction(self.tr("Set draft {0} apart again").format(other),
                           partial(self.set_apart, other))
        return menu

    def set_apart(self, draft: str, _checked: bool = False) -> None:
        self.draftBaseChosen.emit(draft, "")

    def ask_draft(self, number: str) -> None:
        """Which draft to consolidate into `number` (window-modal, no nested event loop)."""
        others = self.desk.other_drafts(number) if self.desk else []
        if not others:
            return
        self.dialog = dialog = QInputDialog(self.window())
        dialog.setWindowTitle(self.tr("Consolidate drafts"))
        dialog.setLabelText(self.tr("Draft {0} becomes the base text; the draft chosen here is "
                                    "compared with it like a proposal:").format(number))
        dialog.setComboBoxItems(others)
        dialog.setOption(QInputDialog.InputDialogOption.UseListViewForComboBoxItems)
        dialog.textValueSelected.connect(lambda other: self.draftBaseChosen.emit(other, number))
        dialog.open()

    def _context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is None:
            return
        number, key = item.data(0, KEY)
        menu = None if key or not number else self.draft_menu(number)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.viewport().mapToGlobal(pos))
