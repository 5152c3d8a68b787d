"""Draws the synoptic view's cells: each cell a QTextDocument built from its segments
(`cell_document`), cached per cell and column width, painted and measured for the row
heights; hovering a footnote mark shows its text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize
from PySide6.QtGui import QHelpEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from editor.ui.cell_document import build_document, tooltip_at
from editor.ui.synoptic_model import Index

if TYPE_CHECKING:
    from editor.ui.synoptic_view import SynopticView


class SegmentDelegate(QStyledItemDelegate):
    def __init__(self, view: SynopticView) -> None:
        super().__init__(view)
        self._view = view
        self._cache: dict[tuple[int, int], tuple[int, QTextDocument]] = {}

    def invalidate(self, rows: list[int] | None = None) -> None:
        if rows is None:
            self._cache.clear()
            return
        wanted = set(rows)
        for key in [k for k in self._cache if k[0] in wanted]:
            del self._cache[key]

    def document(self, row: int, column: int, width: int) -> QTextDocument:
        hit = self._cache.get((row, column))
        if hit is not None and hit[0] == width:
            return hit[1]
        if hit is not None:  # same content, new width: only lay out again
            hit[1].setTextWidth(width)
            self._cache[(row, column)] = (width, hit[1])
            return hit[1]
        doc = build_document(*self._view.cell_look(row, column))
        doc.setTextWidth(width)
        self._cache[(row, column)] = (width, doc)
        return doc

    def height(self, row: int, column: int) -> int:
        return int(self.document(row, column, self._view.grid.columnWidth(column)).size().height()) + 1

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        painter.save()
        background = self._view.cell_background(index.row(), index.column(),
                                                bool(option.state & QStyle.StateFlag.State_Selected))  # type: ignore[attr-defined]
        if background is not None:
            painter.fillRect(rect, background)
        # The width measured for the row height, not rect.width() (one pixel less: grid line).
        doc = self.document(index.row(), index.column(), self._view.grid.columnWidth(index.column()))
        painter.translate(rect.topLeft())
        painter.setClipRect(QRect(QPoint(0, 0), rect.size()))
        doc.drawContents(painter)
        painter.restore()
        if doc.size().height() > rect.height() + 1:  # a stale height: measure the row again
            self._view.request_fit(index.row())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = self._view.grid.columnWidth(index.column())
        return QSize(width, self.height(index.row(), index.column()))

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802
                  option: QStyleOptionViewItem, index: Index) -> bool:
        if event.type() is not QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        tip = self.tooltip_at(index.row(), index.column(), event.pos() - rect.topLeft())
        if tip:
            QToolTip.showText(event.globalPos(), tip, view)
        else:
            QToolTip.hideText()
        return True

    def tooltip_at(self, row: int, column: int, local: QPoint) -> str:
        """The footnote text under `local` (a point in the cell), "" when none."""
        doc = self.document(row, column, self._view.grid.columnWidth(column))
        return tooltip_at(doc, QPointF(local))
