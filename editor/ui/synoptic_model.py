"""The Qt model over a `SynopticTable`: one row per provision, one column per text.

Replacing the table with a new one of the same shape (same columns, same row keys) only
signals the rows whose content changed, so an accept repaints and re-measures one row,
not three hundred.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from editor.app.synoptic_table import Cell, Row, SynopticTable

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class SynopticModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: SynopticTable | None = None

    @property
    def table(self) -> SynopticTable | None:
        return self._table

    def set_table(self, table: SynopticTable | None) -> list[int] | None:
        """Show `table`; the indexes of the rows that changed, or None after a reset."""
        old = self._table
        same_shape = (
            old is not None and table is not None and old.columns == table.columns
            and [r.provision_key for r in old.rows] == [r.provision_key for r in table.rows]
        )
        if not same_shape or old is None or table is None:
            self.beginResetModel()
            self._table = table
            self.endResetModel()
            return None
        self._table = table
        states_changed = {c for c in {*old.states, *table.states}
                          if old.state(c) is not table.state(c)}
        changed = [i for i, (a, b) in enumerate(zip(old.rows, table.rows, strict=True))
                   if a != b or states_changed.intersection(b.change_ids)]
        last = self.columnCount() - 1
        for i in changed:
            self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        return changed

    def row(self, i: int) -> Row:
        assert self._table is not None
        return self._table.rows[i]

    def cell(self, index: Index) -> Cell:
        return self.row(index.row()).cells[index.column()]

    # --- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self._table is None else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self._table is None else len(self._table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(index).text
        if role == CELL_ROLE:
            return self.cell(index)
        if role == ROW_ROLE:
            return self.row(index.row())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation is Qt.Orientation.Horizontal:
            return self._table.columns[section].title
        return self._table.rows[section].label
