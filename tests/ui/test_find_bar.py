"""The find bar: Enter goes to the next hit, Shift+Enter to the previous one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize("enter", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_goes_forward_and_shift_enter_back(window, qtbot, enter):
    window.actions_.find.trigger()
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "Internet")
    total = int(bar.count.text().split()[0])
    assert total >= 3
    for _ in range(3):
        qtbot.keyClick(bar.field, enter)
    assert bar.count.text() == f"3 of {total}"
    cell = window.view.grid.currentIndex()
    qtbot.keyClick(bar.field, enter, SHIFT)
    assert bar.count.text() == f"2 of {total}"
    assert window.view.grid.currentIndex() != cell
    qtbot.keyClick(bar.field, enter, SHIFT)
    qtbot.keyClick(bar.field, enter, SHIFT)  # from the first hit back to the last
    assert bar.count.text() == f"{total} of {total}"
    assert bar.field.hasFocus()  # the drafter keeps typing / stepping in the field


def test_the_find_buttons_say_their_keys(window):
    bar = window.find_bar
    assert "Shift+Enter" in bar.previous.toolTip() and "Enter" in bar.next.toolTip()
