"""File › Export on the sample's new draft EUR-1 in the real window: accepted with the
keyboard, exported clean and tracked (before, both failed with "no base document");
rejected, the export says there is no text yet."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from editor.core.model import DecisionState, View
from editor.core.structure import parse_base
from editor.docxio import read_document

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_the_sample_draft_exports_clean_and_tracked(window, qtbot, tmp_path):
    window.navigator.resolutionChosen.emit("EUR-1")
    qtbot.waitUntil(lambda: window.review.number == "EUR-1")
    failures: list[str] = []
    window.exports.failed.connect(failures.append)
    window.view.grid.setFocus()
    qtbot.keyClick(window.view.grid, Qt.Key.Key_N)
    qtbot.keyClick(window.view.grid, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: window.desk.counts("EUR-1").decided == 1)
    for kind in ("clean", "tracked"):
        target = tmp_path / f"eur1-{kind}.docx"
        with qtbot.waitSignal(window.exports.finished, timeout=30_000) as done:
            window.exports.export(kind, target)
        assert done.args == [str(target)]
        view = View.ORIGINAL if kind == "clean" else View.PROPOSED
        res = parse_base(read_document(target))
        assert res.number_line(view) == "PROJET DE NOUVELLE RÉSOLUTION [EUR-1] (BUSAN, 2014)"
        with zipfile.ZipFile(target) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        assert ('w:author="EUR/12A1/3"' in xml) == (kind == "tracked")
    assert failures == []
    # rejected again, the draft has no text: the export says so, nothing is written
    qtbot.keyClick(window.view.grid, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.desk.state(window.desk.ids_of_resolution("EUR-1")[0])
                    is DecisionState.REJECTED)
    with qtbot.waitSignal(window.exports.failed, timeout=30_000):
        window.exports.export("clean", tmp_path / "rejected.docx")
    assert "EUR-1 is not accepted" in failures[-1] and not (tmp_path / "rejected.docx").exists()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "accept it first" in box.informativeText() + box.text()
    box.accept()


def test_own_wording_on_a_draft_provision_reaches_the_view_and_the_export(window, qtbot,
                                                                          tmp_path):
    window.navigator.resolutionChosen.emit("EUR-1")
    qtbot.waitUntil(lambda: window.review.number == "EUR-1")
    window.view.grid.setFocus()
    qtbot.keyClick(window.view.grid, Qt.Key.Key_N)
    qtbot.keyClick(window.view.grid, Qt.Key.Key_A)
    table = window.view.table
    row = next(i for i, r in enumerate(table.rows) if r.provision_key.endswith(":1"))  # title
    key = table.rows[row].provision_key
    title = table.rows[row].cells[-1].text
    window.deciding.custom_text(key, title + " et des villes intelligentes")
    cell = window.view.table.rows[row].cells[-1]
    assert cell.text.endswith("et des villes intelligentes") and cell.edited
    target = tmp_path / "eur1-clean.docx"
    with qtbot.waitSignal(window.exports.finished, timeout=30_000):
        window.exports.export("clean", target)
    assert parse_base(read_document(target)).title() == title + " et des villes intelligentes"
