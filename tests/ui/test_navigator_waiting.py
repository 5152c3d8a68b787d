"""Proposals whose base is not loaded are listed in the navigator, never forgotten: ARB/79A3
revises six resolutions, only Res. 101's base is in this session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor.app.samples import SAMPLES
from editor.store import Session

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_waiting_proposals_are_listed_with_their_resolution(fresh_window, qtbot, tmp_path: Path):
    path = tmp_path / "one-base.synoptic"
    with Session.create(path, user="tester") as s:
        s.add_document("base-res101.docx", (SAMPLES / "base-res101.docx").read_bytes(), "base")
        s.add_document("ARB-79A3.docx", (SAMPLES / "ARB-79A3.docx").read_bytes(), "proposals")
    with qtbot.waitSignal(fresh_window.sessions.deskReady, timeout=30_000):
        fresh_window.sessions.open_session(path)
    nav = fresh_window.navigator
    tops = [nav.topLevelItem(i) for i in range(nav.topLevelItemCount())]
    assert tops[0].text(0).startswith("Res. 101 — 15 pending")
    waiting = tops[-1]
    assert waiting.text(0) == "Waiting for their base: 5 proposals"
    listed = [waiting.child(i).text(0) for i in range(waiting.childCount())]
    assert listed == ["MOD ARB/79A3/2 → Res. 102", "MOD ARB/79A3/3 → Res. 139",
                      "MOD ARB/79A3/4 → Res. 172", "MOD ARB/79A3/5 → Res. 177",
                      "MOD ARB/79A3/6 → Res. 179"]
    assert "ARB-79A3.docx" in waiting.child(0).toolTip(0)
    shown = fresh_window.review.number
    rect = nav.visualItemRect(waiting.child(0))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert fresh_window.review.number == shown  # nothing to show until its base is there
    nav.update_counts(fresh_window.desk)  # the counts refresh skips the waiting list
    assert waiting.text(0) == "Waiting for their base: 5 proposals"
    # Importing the base of Res. 102 takes its proposal out of the list.
    with qtbot.waitSignal(fresh_window.sessions.deskReady, timeout=30_000):
        fresh_window.sessions.import_files([SAMPLES / "base-res102.docx"], "base")
    tops = [nav.topLevelItem(i) for i in range(nav.topLevelItemCount())]
    assert [t.text(0).split(" —")[0] for t in tops[:2]] == ["Res. 101", "Res. 102"]
    assert tops[-1].text(0) == "Waiting for their base: 4 proposals"
    fresh_window.grab().save(str(tmp_path / "waiting.png"))
