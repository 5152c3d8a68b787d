"""The session's documents and how their revision marks are read (File › Documents…).

Word tracked changes, or strike-through and underline standing for deleted and inserted
text, are detected per document; when the detection is wrong (a clean document with
struck text, formatting marks in a file that also has a few tracked changes) the drafter
chooses here. The choice is stored in the session and the documents are read and routed
again; decisions on the changes that did not move keep their ids, so they are kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.store import StoredDocument

MARKINGS = ("", "tracked", "formatting", "none")  # "" = detect


class DocumentsDialog(QDialog):
    """One row per document: name, role, the marking read, and the choice (a combo box)."""

    def __init__(self, documents: Sequence[StoredDocument], read: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Documents"))
        self.documents = list(documents)
        self.table = QTableWidget(len(self.documents), 4)
        self.table.setHorizontalHeaderLabels([
            self.tr("Document"), self.tr("Role"), self.tr("Revision marks found"),
            self.tr("Read revision marks as")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        roles = {"base": self.tr("base resolution"), "proposals": self.tr("proposals")}
        self.choices: list[QComboBox] = []
        for row, doc in enumerate(self.documents):
            found = self.marking_name(read.get(doc.name, ""))
            found = (self.tr("your choice: {0}") if doc.marking
                     else self.tr("detected: {0}")).format(found) if found else "—"
            for column, text in enumerate((doc.name, roles.get(doc.role, doc.role), found)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            combo = QComboBox()
            for marking in MARKINGS:
                combo.addItem(self.marking_name(marking) if marking
                              else self.tr("automatic"), marking)
            combo.setCurrentIndex(max(combo.findData(doc.marking), 0))
            self.table.setCellWidget(row, 3, combo)
            self.choices.append(combo)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "How each document shows its revisions. When the detection is wrong, choose "
            "here: the documents are read again, decisions are kept.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(860, 120 + 32 * min(len(self.documents), 14))

    def marking_name(self, marking: str) -> str:
        return {"tracked": self.tr("tracked changes"),
                "formatting": self.tr("strike-through and underline"),
                "none": self.tr("none (clean text)")}.get(marking, marking)

    def choose(self, name: str, marking: str) -> None:
        """Choose `marking` for the document `name` (as the combo box does)."""
        row = next(i for i, d in enumerate(self.documents) if d.name == name)
        combo = self.choices[row]
        combo.setCurrentIndex(combo.findData(marking))

    def changed(self) -> dict[int, str]:
        """Document id -> marking, for the documents whose choice changed."""
        return {d.id: str(c.currentData()) for d, c in zip(self.documents, self.choices,
                                                             strict=True)
                if str(c.currentData()) != d.marking}
