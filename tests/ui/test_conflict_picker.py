"""The conflict picker on the real window and the sample session: one alternative per
proposal, on the current consolidated text, a combined text that keeps what is accepted,
the keys, a dialog that fits the screen, and the inspector naming the other side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.app.alternatives import Alternative, ConflictChoices, Effect
from editor.app.synoptic_table import plain_cell
from editor.core.consolidate import consolidate
from editor.core.merge import Conflict
from editor.core.model import DecisionState, View
from editor.ui.dialogs import ConflictDialog, typed

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ACCEPTED, REJECTED, PENDING = (DecisionState.ACCEPTED, DecisionState.REJECTED,
                               DecisionState.PENDING)
CTRL = Qt.KeyboardModifier.ControlModifier


def find(desk, number: str, old: str, new: str = "", where: str = "") -> str:
    [found] = [c.id for c in desk.dossier(number).changes if c.old.startswith(old)
               and c.new.startswith(new) and (not where or c.provision == where)]
    return found


def consolidated(desk, number: str, key: str) -> str:
    d = desk.dossier(number)
    out = consolidate(d.base, d.changes, desk.decisions, d.conflicts)
    return next(t.provision.text(View.ORIGINAL) for t in out.tracked if t.key == key)


def open_picker(qtbot, window, change: str) -> ConflictDialog:
    qtbot.waitUntil(window.isActiveWindow)  # back from a dialog closed before
    window.view.select_change(change)
    qtbot.keyClick(window.view.grid, Qt.Key.Key_K, CTRL)
    dialog = window.review.dialog
    assert isinstance(dialog, ConflictDialog)
    qtbot.waitUntil(dialog.isActiveWindow)  # the keys go to it
    return dialog


def fits_the_screen(dialog) -> bool:
    screen = dialog.screen().availableGeometry()
    return screen.contains(dialog.frameGeometry()) or (
        dialog.width() <= screen.width() and dialog.height() <= screen.height())


def test_a_combined_text_keeps_the_changes_accepted_in_the_provision(window, qtbot):
    """QA: item g) of Res. 101, the date and ARB's "aux mesures…" accepted, then a combined
    text for the IPv6 conflict: both stay in the consolidated text."""
    desk = window.desk
    for old in ("Johannesburg, 2008", "à l'encouragement du"):
        window.view.select_change(find(desk, "101", old, where="101:10"))
        qtbot.keyClick(window.view.grid, Qt.Key.Key_A)
    dialog = open_picker(qtbot, window, find(desk, "101", "IPv6", "la version 6"))
    prefill = typed(dialog.editor)
    assert "(Rév. Dubaï, 2012)" in prefill and "aux mesures propres" in prefill
    dialog.editor.setPlainText(prefill.replace("ce protocole\xa0;", "IPv6 ;"))
    assert dialog.combined_choice.isChecked()
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    text = consolidated(desk, "101", "101:10")
    assert text.startswith("la Résolution 64 (Rév. Dubaï, 2012)")
    assert "aux mesures propres à faciliter le passage" in text and text.endswith("IPv6 ;")
    window.actions_.undo.trigger()  # one step
    assert "Johannesburg" not in consolidated(desk, "101", "101:10")


def test_choosing_a_proposal_takes_all_its_changes(window, qtbot):
    """QA: item 3 of "charge le Secrétaire général": EUR's option is both its dates, ARB's
    its deletion and the item it inserts instead."""
    desk = window.desk
    deletion = find(desk, "101", "de proposer à la session de 2011", "")
    dialog = open_picker(qtbot, window, deletion)
    assert [b.text() for b in dialog.buttons] == ["1  MOD ARB/79A3/1 — 2 changes",
                                                   "2  MOD EUR/12A1/1 — 2 changes"]
    assert "<s" in dialog.effects_html(dialog.choices.alternatives[0], "")  # struck item
    qtbot.keyClick(dialog, Qt.Key.Key_2)
    assert dialog.buttons[1].isChecked() and "trimestre de 2017" in typed(dialog.editor)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    text = consolidated(desk, "101", "101:43")
    assert "session de 2015 du Conseil" in text and "trimestre de 2017" in text
    assert desk.state(deletion) is REJECTED
    replacement = find(desk, "101", "", "de proposer au Conseil à sa session de 2015")
    assert desk.state(replacement) is REJECTED  # ARB's wording of the item: not taken
    window.actions_.undo.trigger()
    dialog = open_picker(qtbot, window, deletion)
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert desk.state(deletion) is ACCEPTED and desk.state(replacement) is ACCEPTED
    assert desk.counts("101").conflicts == len(desk.dossier("101").conflicts) - 1


def test_suppression_or_revision_of_resolution_172(window, qtbot):
    """QA: EUR suppresses Res. 172, ARB revises it (17 changes): two alternatives, the
    dialog within the screen, ARB's chosen in one step."""
    desk = window.desk
    window.navigator.resolutionChosen.emit("172")
    d = desk.dossier("172")
    sup = next(c.id for c in d.changes if c.kind.value == "abrogate")
    dialog = open_picker(qtbot, window, sup)
    assert [b.text() for b in dialog.buttons] == ["1  MOD ARB/79A3/4 — 17 changes",
                                                   "2  SUP EUR/12A1/4"]
    assert fits_the_screen(dialog)
    assert all(dialog.area.viewport().rect().intersects(f.geometry()) for f in dialog.frames)
    eur = dialog.effects_html(dialog.choices.alternatives[1], "")
    assert "Suppress Resolution 172 (SUP EUR/12A1/4)" in eur
    arb = dialog.effects_html(dialog.choices.alternatives[0], "")
    assert "la Résolution 140 (Rév. " in arb and "Busan, 2014" in arb
    assert not dialog.combined_choice.isVisibleTo(dialog)  # no wording for a resolution
    qtbot.keyClick(dialog, Qt.Key.Key_3)  # not an option: nothing changes
    assert dialog.buttons[0].isChecked()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    arb_changes = dialog.choices.alternatives[0].accept
    assert len(arb_changes) == 17
    assert all(desk.state(c) is ACCEPTED for c in arb_changes)
    assert desk.state(sup) is REJECTED and desk.counts("172").conflicts == 0
    window.actions_.undo.trigger()
    assert all(desk.state(c) is PENDING for c in (*arb_changes, sup))


def test_many_long_alternatives_stay_on_the_screen_and_the_keys_stop_at_nine(qtbot):
    conflict = Conflict("k1", "1", "1:0", tuple(f"c{i}" for i in range(12)))
    long_text = " ".join(["une proposition de rédaction assez longue"] * 40)
    alternatives = tuple(
        Alternative((f"P{i}/1",), (f"c{i}",), (Effect("1:0", plain_cell(long_text)),),
                    long_text) for i in range(12))
    dialog = ConflictDialog(ConflictChoices(conflict, alternatives, conflict.changes, ()),
                            "1", {}, {"1:0": "a)"})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert fits_the_screen(dialog)
    assert dialog.buttons[8].text().startswith("9  ") and dialog.buttons[9].text() == "P9/1"
    assert not dialog.combined_choice.text()[0].isdigit()  # past 9: click or Tab
    qtbot.keyClick(dialog, Qt.Key.Key_9)
    assert dialog.choice().index == 8 and dialog.buttons[8].hasFocus()
    dialog.editor.setPlainText("ma rédaction")
    assert dialog.choice().index == -1 and dialog.choice().combined == "ma rédaction"


def test_the_inspector_names_the_other_side_of_a_conflict(window, qtbot):
    desk = window.desk
    inspector = window.inspector
    window.view.select_change(find(desk, "101", "IPv6", "la version 6"))
    assert inspector.conflict.isVisible()
    assert inspector.conflict.text() == "Conflict with ARB/79A3/1"
    window.view.select_change(find(desk, "101", "Johannesburg, 2008", where="101:10"))
    assert not inspector.conflict.isVisible()  # no conflict on that change
    window.view.select_change(find(desk, "101", "IPv6,", "ce protocole"))
    assert inspector.conflict.text() == "Conflict with EUR/12A1/1"
    qtbot.keyClick(window.view.grid, Qt.Key.Key_A)
    window.view.select_change(find(desk, "101", "IPv6", "la version 6"))
    qtbot.keyClick(window.view.grid, Qt.Key.Key_R)
    assert inspector.conflict.text() == "Conflict with ARB/79A3/1 (resolved)"
