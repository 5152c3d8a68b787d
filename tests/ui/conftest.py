"""Fixtures of the GUI tests: hand-made synoptic tables and the sample session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from editor.app.synoptic_table import (
    Cell,
    Column,
    ColumnRole,
    Row,
    Segment,
    SegmentKind,
    SynopticTable,
)
from editor.core.model import DecisionState

OUTPUT = Path(__file__).resolve().parents[1] / "_output"

LONG = ("décide de charger le Secrétaire général de prendre toutes les mesures nécessaires "
        "pour la mise en œuvre de la présente résolution et de faire rapport au Conseil")


def hand_table(rows: int = 6, states: dict[str, DecisionState] | None = None) -> SynopticTable:
    """Base | ARB | EUR | consolidated; row i changes in ARB when i is even, a conflict at 2."""
    columns = (Column("base", "Base", ColumnRole.BASE),
               Column("ARB/79A3/1", "MOD ARB/79A3/1", ColumnRole.PROPOSAL, "ARB"),
               Column("EUR/12A1/1", "MOD EUR/12A1/1", ColumnRole.PROPOSAL, "EUR"),
               Column("consolidated", "Consolidated", ColumnRole.CONSOLIDATED))
    out = []
    for i in range(rows):
        base = Cell((Segment(f"{i}. {LONG}"),))
        if i % 2:
            out.append(Row(f"1:{i}", f"{i})", (base, base, base, base)))
            continue
        arb, eur = f"a{i}", f"e{i}"
        arb_cell = Cell((Segment(f"{i}. "), Segment("décide", SegmentKind.DELETE, ("ARB/79A3/1",), arb),
                         Segment("résout", SegmentKind.INSERT, ("ARB/79A3/1",), arb),
                         Segment(LONG[6:])))
        ids: tuple[str, ...] = (arb,)
        eur_cell = base
        conflict, members = "", ()
        if i == 2:
            eur_cell = Cell((Segment(f"{i}. "), Segment("décide", SegmentKind.DELETE, ("EUR/12A1/1",), eur),
                             Segment("demande", SegmentKind.INSERT, ("EUR/12A1/1",), eur),
                             Segment(LONG[6:])))
            ids = (arb, eur)
            conflict, members = "k2", (arb, eur)
        out.append(Row(f"1:{i}", f"{i})", (base, arb_cell, eur_cell, base), ids, conflict, members))
    out.append(Row("1:ar", "ar", (Cell((Segment("يقرر أن يكلف الأمين العام"),), right_to_left=True),) * 4))
    return SynopticTable("1", "Résolution 1", columns, tuple(out), states or {}, ("ARB", "EUR"))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def output() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


@pytest.fixture
def fresh_window(qtbot, tmp_path: Path, settings: QSettings):
    """The real main window on its first-start screen (no session yet), shown and active."""
    from editor.ui.main_window import MainWindow
    from editor.ui.progress import ProgressPanel
    from editor.ui.sessions import Sessions

    progress = ProgressPanel()
    sessions = Sessions(settings, progress, data_dir=tmp_path)
    w = MainWindow(settings, sessions, progress)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    sessions.close_session()


@pytest.fixture
def window(qtbot, fresh_window):
    """The real main window with the sample session open, shown and active."""
    with qtbot.waitSignal(fresh_window.sessions.deskReady, timeout=30_000):
        qtbot.mouseClick(fresh_window.welcome.sample, Qt.MouseButton.LeftButton)
    return fresh_window


@pytest.fixture(scope="session")
def qapp_cls():
    """The tests run in the editor's own application class (it handles QFileOpenEvent)."""
    from editor.ui.app import SynopticApplication

    return SynopticApplication
