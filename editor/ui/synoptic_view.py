"""The synoptic view: base | each proposal | consolidated, rows aligned by provision.

One QTableView over `SynopticModel`; no widget per cell: `SegmentDelegate`
(segment_delegate.py) lays out each cell as a QTextDocument (cached per cell and width) and
paints it, so rows wrap and get
their true height. Unchanged provisions can be collapsed, columns hidden, the text zoomed
(Ctrl +/-). A change is selected by clicking on its text, or with Left / Right (previous /
next change); `changeSelected` then carries its id. Hovering a footnote mark shows the
footnote's text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.app.synoptic_table import ColumnRole, SynopticTable
from editor.core.model import DecisionState
from editor.ui import palette
from editor.ui.cell_document import Look
from editor.ui.segment_delegate import SegmentDelegate
from editor.ui.synoptic_model import SynopticModel

MIN_ZOOM, MAX_ZOOM = -6, 16


class SynopticGrid(QTableView):
    """The table itself: click and arrow keys select changes."""

    def __init__(self, owner: SynopticView) -> None:
        super().__init__(owner)
        self._owner = owner

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self._owner.click_at(index, event.position().toPoint() - self.visualRect(index).topLeft())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Right and not event.modifiers():
            self._owner.step_change(1)
        elif event.key() == Qt.Key.Key_Left and not event.modifiers():
            self._owner.step_change(-1)
        else:
            super().keyPressEvent(event)


class SynopticView(QWidget):
    changeSelected = Signal(str)  # noqa: N815 - Qt naming
    rowChanged = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SynopticModel(self)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        # a long title wraps: on one line it would widen the window past a laptop's screen
        self.legend.setWordWrap(True)
        self.grid = SynopticGrid(self)
        self.grid.setModel(self.model)
        self.delegate = SegmentDelegate(self)
        self.grid.setItemDelegate(self.delegate)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.setWordWrap(True)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        header.sectionResized.connect(lambda *_: self._refit.start())
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().setMaximumWidth(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.grid)
        self._refit.timeout.connect(self.fit_rows)
        self.grid.verticalScrollBar().valueChanged.connect(lambda *_: self._fit_visible())
        self._exact: set[int] = set()
        self._pending: set[int] = set()
        self._fit_pending = QTimer(self)
        self._fit_pending.setSingleShot(True)
        self._fit_pending.setInterval(0)
        self._fit_pending.timeout.connect(self._fit_now)
        self.grid.selectionModel().currentRowChanged.connect(self._row_changed)
        self._zoom = 0
        self._current = ""
        self._collapsed = False
        self._base_hidden_for_draft = False
        self._find = ""
        self._found_before = False
        self._matches: list[tuple[int, int]] = []
        self._match = -1
        self.zoom_in_action = self._action(self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn,
                                           lambda: self.zoom(1))
        self.zoom_out_action = self._action(self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut,
                                            lambda: self.zoom(-1))
        self.collapse_action = self._action(self.tr("Collapse unchanged provisions"), None,
                                            self.set_collapsed, checkable=True)

    def _action(self, text: str, key: Any, slot: Any, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        return action

    # --- content ---------------------------------------------------------------------

    @property
    def table(self) -> SynopticTable | None:
        return self.model.table

    def set_table(self, table: SynopticTable | None) -> None:
        reset = self.model.table is None or table is None or (
            self.model.table.resolution != table.resolution)
        changed = None if reset else self.model.set_table(table)
        if reset:
            self.model.set_table(table)
        if changed is None:
            if reset:
                self._base_column(table)
            self.delegate.invalidate()
            self._legend()
            self._apply_collapse()
            if table is not None and self._current not in table.change_ids:
                self._current = ""
            self.fit_rows()
            self._refind()
        else:
            # Only the changed rows lose their documents and exact heights; those on screen
            # are measured now, the others when scrolled to (an accept can change many
            # consolidated cells: laying them all out would cost more than the accept).
            self.delegate.invalidate(changed)
            self._exact.difference_update(changed)
            self._fit_visible()
            self.grid.viewport().update()

    def _legend(self) -> None:
        table = self.model.table
        if table is None:
            self.legend.clear()
            return
        parts = [f'<span style="color:{palette.source_colour(g).name()}">■</span>&nbsp;{g}'
                 for g in table.sources]
        if len(table.sources) > 1:
            parts.append(f'<span style="color:{palette.SEVERAL.name()}">■</span>&nbsp;'
                         + self.tr("several groups"))
        deleted, inserted = self.tr("deleted"), self.tr("inserted")
        conflict, accepted = self.tr("conflict"), self.tr("accepted")
        parts += [f"<s>{deleted}</s>", f"<u>{inserted}</u>",
                  f'<span style="background:{palette.CONFLICT.name()}">&nbsp;{conflict}&nbsp;</span>',
                  f'<span style="background:{palette.ACCEPTED.name()}">&nbsp;{accepted}&nbsp;</span>']
        self.legend.setText(f"<b>{table.title}</b>&nbsp;&nbsp; " + " &nbsp; ".join(parts))

    def cell_look(self, row: int, column: int) -> tuple[Any, Look, dict[str, DecisionState]]:
        table = self.model.table
        assert table is not None
        r = table.rows[row]
        font = QFont(self.font())
        font.setPointSizeF(max(4.0, font.pointSizeF() + self._zoom))
        col = table.columns[column]
        look = Look(font, col.role, self._current, frozenset(r.conflict_changes), self._find,
                    col.source if col.role is ColumnRole.PROPOSAL else "")
        return r.cells[column], look, dict(table.states)

    def cell_background(self, row: int, column: int, selected: bool) -> Any:
        table = self.model.table
        assert table is not None
        r = table.rows[row]
        if r.conflict and any(table.state(c) is DecisionState.PENDING for c in r.conflict_changes):
            return palette.CONFLICT.lighter(108)
        if 0 <= self._match < len(self._matches) and self._matches[self._match] == (row, column):
            return palette.FIND_CURRENT.lighter(160)
        if r.cells[column].edited:
            return palette.EDITED
        return palette.SELECTED_ROW if selected else None

    def fit_rows(self, rows: list[int] | None = None) -> None:
        """Give rows the height of their tallest visible cell.

        Laying out every cell of a long resolution costs more than opening it should, so
        all rows first get an estimate from the font metrics, then the rows on screen (and
        later those scrolled to) are measured exactly.
        """
        table = self.model.table
        if table is None:
            return
        if rows is None:
            self._exact.clear()
            self._estimate_all()
            self._fit_visible()
            return
        for i in rows:
            self._fit_exact(i)

    def request_fit(self, row: int) -> None:
        """Measure `row` again soon (painting found its height stale)."""
        self._pending.add(row)
        self._fit_pending.start()

    def _fit_now(self) -> None:
        rows, self._pending = sorted(self._pending), set()
        self.fit_rows(rows)

    def _visible_columns(self) -> list[int]:
        table = self.model.table
        count = len(table.columns) if table else 0
        return [c for c in range(count) if not self.grid.isColumnHidden(c)]

    def _fit_exact(self, i: int) -> None:
        if self.grid.isRowHidden(i):
            return
        height = max((self.delegate.height(i, c) for c in self._visible_columns()), default=20)
        self._exact.add(i)
        header = self.grid.verticalHeader()
        if header.sectionSize(i) != height:
            header.resizeSection(i, height)

    def _estimate_all(self) -> None:
        table = self.model.table
        assert table is not None
        font = QFont(self.font())
        font.setPointSizeF(max(4.0, font.pointSizeF() + self._zoom))
        metrics = QFontMetrics(font)
        char = max(1.0, metrics.averageCharWidth() * 1.05)
        line = metrics.lineSpacing()
        widths = {c: max(10, self.grid.columnWidth(c) - 8) for c in self._visible_columns()}
        header = self.grid.verticalHeader()
        for i, r in enumerate(table.rows):
            if self.grid.isRowHidden(i):
                continue
            lines = max((-(-int(len(r.cells[c].text) * char) // w) for c, w in widths.items()),
                        default=1)
            header.resizeSection(i, max(1, lines) * line + 9)

    def _fit_visible(self) -> None:
        table = self.model.table
        if table is None or not table.rows:
            return
        for _ in range(4):  # measuring changes heights, hence what is on screen
            top = self.grid.rowAt(0)
            bottom = self.grid.rowAt(self.grid.viewport().height())
            first = max(0, top if top >= 0 else 0)
            last = bottom if bottom >= 0 else len(table.rows) - 1
            todo = [i for i in range(first, min(last + 3, len(table.rows))) if i not in self._exact]
            if not todo:
                return
            for i in todo:
                self._fit_exact(i)

    # --- changes ---------------------------------------------------------------------

    @property
    def current_change(self) -> str:
        return self._current

    def select_change(self, change_id: str, scroll: bool = True) -> None:
        table = self.model.table
        if table is None:
            return
        old_rows = [i for i, r in enumerate(table.rows) if self._current in r.change_ids]
        self._current = change_id
        row = table.row_of(change_id)
        # every row showing the change is drawn as selected (a new draft: all of its rows)
        new_rows = [i for i, r in enumerate(table.rows) if change_id in r.change_ids]
        self.delegate.invalidate(old_rows + new_rows)
        if row >= 0:
            if self.grid.isRowHidden(row):
                self.grid.setRowHidden(row, False)
                self.fit_rows([row])
            current = self.grid.currentIndex().row()
            if current not in new_rows:  # stay on a row already showing it (a draft's)
                self.grid.setCurrentIndex(self.model.index(row, self._shown_column()))
            if scroll and current not in new_rows:
                self.grid.scrollTo(self.model.index(row, 0))
        self.grid.viewport().update()
        self.changeSelected.emit(change_id)

    def step_change(self, step: int, only: Any = None) -> bool:
        """Select the next (step 1) or previous (-1) change satisfying `only(id)`."""
        table = self.model.table
        if table is None:
            return False
        ids = [c for c in table.change_ids if only is None or only(c)]
        if not ids:
            return False
        order = table.change_ids
        here = order.index(self._current) if self._current in order else (
            -1 if step > 0 else len(order))
        if self._current not in order and self.grid.currentIndex().isValid():
            row = self.grid.currentIndex().row()
            before = [c for r in table.rows[:row] for c in r.change_ids]
            here = len(before) - (1 if step > 0 else 0)
        candidates = [c for c in ids if (order.index(c) > here if step > 0 else order.index(c) < here)]
        if not candidates:
            return False
        self.select_change(candidates[0] if step > 0 else candidates[-1])
        return True

    def click_at(self, index: QModelIndex, local: QPoint) -> None:
        doc = self.delegate.document(index.row(), index.column(), self.grid.columnWidth(index.column()))
        anchor = doc.documentLayout().anchorAt(QPointF(local))
        row = self.model.row(index.row())
        if anchor:
            self.select_change(anchor, scroll=False)
        elif row.change_ids and self._current not in row.change_ids:
            self.select_change(row.change_ids[0], scroll=False)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.row(current.row())
        self.rowChanged.emit(current.row())
        if row.change_ids and self._current not in row.change_ids:
            self.select_change(row.change_ids[0], scroll=False)

    # --- display options ----------------------------------------------------------------

    def zoom(self, step: int) -> None:
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, self._zoom + step))
        self.delegate.invalidate()
        self.fit_rows()
        self.grid.viewport().update()

    @property
    def zoom_level(self) -> int:
        return self._zoom

    def set_collapsed(self, collapsed: bool) -> None:
        self._collapsed = collapsed
        self._apply_collapse()
        self.fit_rows()

    def _apply_collapse(self) -> None:
        table = self.model.table
        for i, r in enumerate(table.rows if table else ()):
            self.grid.setRowHidden(i, self._collapsed and r.unchanged)

    def _shown_column(self) -> int:
        """The current column, or the first one shown when it is hidden (keys then move)."""
        column = max(self.grid.currentIndex().column(), 0)
        if not self.grid.isColumnHidden(column):
            return column
        count = self.model.columnCount()
        return next((c for c in range(count) if not self.grid.isColumnHidden(c)), column)

    def _base_column(self, table: SynopticTable | None) -> None:
        """A new draft has no base text: its empty Base column is hidden, and shown again
        for a resolution that has one (unless the drafter hid it)."""
        empty = table is not None and bool(table.rows) and not any(
            r.cells[0].text for r in table.rows)
        if empty and not self.grid.isColumnHidden(0):
            self.grid.setColumnHidden(0, True)
            self._base_hidden_for_draft = True
        elif not empty and self._base_hidden_for_draft:
            self.grid.setColumnHidden(0, False)
            self._base_hidden_for_draft = False

    def set_column_visible(self, column: int, visible: bool) -> None:
        if column == 0:
            self._base_hidden_for_draft = False  # the drafter's own choice from now on
        self.grid.setColumnHidden(column, not visible)
        self.fit_rows()

    def _column_menu(self, pos: QPoint) -> None:
        self.column_menu().exec(self.grid.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        menu = QMenu(self.tr("Columns"), self)
        table = self.model.table
        for i, column in enumerate(table.columns if table else ()):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not self.grid.isColumnHidden(i))
            action.toggled.connect(lambda on, i=i: self.set_column_visible(i, on))
        return menu

    # --- find ------------------------------------------------------------------------

    def find_text(self, term: str) -> int:
        """Highlight `term` in every column; the number of cells holding it."""
        self._find = term
        self._refind()
        return len(self._matches)

    def _refind(self) -> None:
        table = self.model.table
        needle = self._find.casefold()
        self._matches = [(i, c) for i, r in enumerate(table.rows if table else ())
                         for c, cell in enumerate(r.cells)
                         if needle and needle in cell.text.casefold()]
        self._match = -1
        if needle or self._found_before:
            self.delegate.invalidate()
            self.grid.viewport().update()
        self._found_before = bool(needle)

    def find_step(self, step: int) -> tuple[int, int]:
        """Go to the next / previous cell holding the term: (position 1.., count)."""
        if not self._matches:
            return 0, 0
        self._match = (self._match + step) % len(self._matches)
        row, column = self._matches[self._match]
        if self.grid.isRowHidden(row):
            self.grid.setRowHidden(row, False)
            self.fit_rows([row])
        self.grid.setCurrentIndex(self.model.index(row, column))
        self.grid.scrollTo(self.model.index(row, column))
        self.grid.viewport().update()
        return self._match + 1, len(self._matches)
