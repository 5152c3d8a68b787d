"""The navigator: resolutions with their pending and conflict counts, and the calls of
each (considérant, décide...) to jump to."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from editor.app.desk import Desk
from editor.app.synoptic_build import provision_label
from editor.core.changes import provision_key
from editor.core.model import ProvisionKind

KEY = Qt.ItemDataRole.UserRole


class Navigator(QTreeWidget):
    resolutionChosen = Signal(str)  # noqa: N815
    provisionChosen = Signal(str, str)  # noqa: N815 - resolution, provision key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def show_desk(self, desk: Desk | None) -> None:
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
        return [item for item in items if item is not None]

    def select_resolution(self, number: str) -> None:
        for item in self._resolutions():
            if item.data(0, KEY)[0] == number:
                self.setCurrentItem(item)
                item.setExpanded(True)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        number, key = item.data(0, KEY)
        if key:
            self.provisionChosen.emit(number, key)
        else:
            self.resolutionChosen.emit(number)
