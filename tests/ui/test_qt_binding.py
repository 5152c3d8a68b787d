"""The Qt binding must not leak or steal references: a regression seen with PySide6 6.12."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_refcount(qtbot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("y")  # returns void
    assert abs(sys.getrefcount(None) - before) < 50
