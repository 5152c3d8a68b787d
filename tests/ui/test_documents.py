"""File › Documents and revision marks…: the session's documents with the marking detected,
the drafter's choice stored in the session, the documents read and routed again off the UI
thread, the decisions on the changes that did not move kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor.core.model import DecisionState
from editor.ui.documents import DocumentsDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

IAP = "IAP-34A2.docx"  # strike-through and underline in the sample; the others tracked


def found(dialog: DocumentsDialog) -> dict[str, tuple[str, str]]:
    t = dialog.table
    return {t.item(r, 0).text(): (t.item(r, 1).text(), t.item(r, 2).text())
            for r in range(t.rowCount())}


def test_choosing_how_a_document_is_read_routes_again_and_keeps_decisions(
        window, qtbot, output):
    desk = window.desk
    before = {c.id: c for d in desk.dossiers for c in d.changes}
    iap = [c for c in before.values() if any(s.startswith("IAP/") for s in c.sources)]
    arb = next(c for c in before.values() if c.sources == ("ARB/79A3/1",))
    window.deciding.decide([arb.id], DecisionState.ACCEPTED)
    window.review.show_resolution("139")

    window.actions_.documents.trigger()
    dialog = window.documents_dialog
    assert isinstance(dialog, DocumentsDialog)
    qtbot.waitExposed(dialog)
    rows = found(dialog)
    assert len(rows) == len(desk.session.documents())
    assert rows[IAP] == ("proposals", "detected: strike-through and underline")
    assert rows["ARB-79A3.docx"] == ("proposals", "detected: tracked changes")
    assert rows["base-res101.docx"] == ("base resolution", "detected: none (clean text)")
    assert all(c.currentText() == "automatic" for c in dialog.choices)
    dialog.grab().save(str(output / "documents.png"))

    # the drafter says the IAP proposals are clean text, with the combo box and OK
    combo = dialog.choices[[d.name for d in dialog.documents].index(IAP)]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice: none
    assert combo.currentData() == "none"
    assert dialog.changed() == {next(d.id for d in dialog.documents if d.name == IAP): "none"}
    with qtbot.waitSignal(window.sessions.deskReady, timeout=30_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        assert window.progress.busy  # read again off the UI thread, with Cancel
    new = window.desk
    assert new is not desk
    assert {d.name: d.marking for d in new.session.documents()}[IAP] == "none"
    assert new.markings[IAP] == "none"
    after = {c.id for d in new.dossiers for c in d.changes}
    assert not {c.id for c in iap} <= after  # the IAP changes read differently now
    assert arb.id in after and new.state(arb.id) is DecisionState.ACCEPTED
    assert window.review.number == "139"  # still on the resolution shown

    # opened again: the choice is shown as the drafter's, Cancel changes nothing
    window.actions_.documents.trigger()
    again = window.documents_dialog
    assert again is not None and again is not dialog
    assert found(again)[IAP] == ("proposals", "your choice: none (clean text)")
    assert again.choices[[d.name for d in again.documents].index(IAP)].currentData() == "none"
    again.choose(IAP, "")
    again.reject()
    assert window.desk is new
    assert {d.name: d.marking for d in new.session.documents()}[IAP] == "none"
