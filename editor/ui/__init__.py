"""The desktop editor (PySide6): the only package that imports Qt.

PySide6 is pinned to 6.11.3: 6.12.0 on Python 3.11 releases a reference to None on every
Qt call returning void, and CPython aborts ("none_dealloc") after a few thousand calls;
tests/ui/test_qt_binding.py guards against that coming back with a future pin.
"""
