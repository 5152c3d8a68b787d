"""Two new drafts on one subject: the navigator's context menu on a draft consolidates the
other into it (chosen in a dialog), stored in the session; the chosen draft is then the base
column, the other a proposal column; "Set apart again" undoes the choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMenu

from editor.app.desk import DRAFT_BASES
from editor.app.synoptic_table import ColumnRole
from editor.core.changes import ChangeKind
from editor.store import Session

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "grabbing the keyboard",
                                       r"support raise\(\)")

DRAFT = """ADD\t{id}

PROJET DE NOUVELLE RÉSOLUTION [{tag}]

Internet des objets

La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Dubaï, 2018),

décide

1\td'étudier l'Internet des objets{more};

2\tde publier un rapport.

Motifs:\tNouvelle résolution.
"""


def drafts_session(folder: Path) -> Path:
    """EUR and ARB each propose a new resolution on the Internet of things (text files, as
    File › Import proposals… takes them)."""
    path = folder / "drafts.synoptic"
    with Session.create(path, user="tester") as s:
        for name, pid, tag, more in (("EUR-12A1.txt", "EUR/12A1/3", "EUR-1", ""),
                                     ("ARB-79A3.txt", "ARB/79A3/7", "ARB-1",
                                      " et les villes intelligentes")):
            text = DRAFT.format(id=pid, tag=tag, more=more)
            s.add_document(name, text.encode("utf-8"), "proposals")
    return path


@pytest.fixture
def drafts_window(qtbot, tmp_path, settings):
    from editor.ui.main_window import MainWindow
    from editor.ui.progress import ProgressPanel
    from editor.ui.sessions import Sessions

    progress = ProgressPanel()
    sessions = Sessions(settings, progress, data_dir=tmp_path)
    w = MainWindow(settings, sessions, progress)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(sessions.deskReady, timeout=30_000):
        sessions.open_session(drafts_session(tmp_path))
    yield w
    sessions.close_session()


def titles(w) -> list[str]:
    n = w.navigator
    return [n.topLevelItem(i).text(0) for i in range(n.topLevelItemCount())]


def right_click(qtbot, w, title_start: str) -> QMenu:
    n = w.navigator
    item = next(n.topLevelItem(i) for i in range(n.topLevelItemCount())
                if n.topLevelItem(i).text(0).startswith(title_start))
    pos = n.visualItemRect(item).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, n.viewport().mapToGlobal(pos))
    QApplication.sendEvent(n.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def click(qtbot, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    assert action.isEnabled()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_consolidating_one_draft_into_another_and_apart_again(drafts_window, qtbot):
    w = drafts_window
    assert titles(w) == ["Res. EUR-1 — 1 pending", "Res. ARB-1 — 1 pending"]
    # on its own, a draft is its own proposal column, the base column empty
    assert [c.key for c in w.view.table.columns if c.role is ColumnRole.PROPOSAL] == [
        "EUR/12A1/3"]
    assert not any(r.cells[0].text for r in w.view.table.rows)

    menu = right_click(qtbot, w, "Res. EUR-1")
    click(qtbot, menu, "Consolidate another draft into this one…")
    dialog = w.navigator.dialog
    assert isinstance(dialog, QInputDialog)
    qtbot.waitExposed(dialog)
    assert dialog.comboBoxItems() == ["ARB-1"]
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(w.sessions.deskReady, timeout=30_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    desk = w.desk
    assert desk.session.setting(DRAFT_BASES) == {"ARB-1": "EUR-1"}
    assert titles(w) == ["Res. EUR-1 — 2 pending"]
    table = w.view.table
    assert table.resolution == "EUR-1"
    assert "d'étudier l'Internet des objets;" in [r.cells[0].text for r in table.rows]
    assert [(c.role, c.key) for c in table.columns if c.role is not ColumnRole.CONSOLIDATED] == [
        (ColumnRole.BASE, "base"), (ColumnRole.PROPOSAL, "ARB/79A3/7")]
    changes = desk.dossier("EUR-1").changes
    assert (ChangeKind.TEXT, "", " et les villes intelligentes") in [
        (c.kind, c.old, c.new) for c in changes]
    assert all(c.sources == ("ARB/79A3/7",) for c in changes)

    # kept in the session: opened again, the drafts are still consolidated
    path = desk.session.path
    w.sessions.close_session()
    with qtbot.waitSignal(w.sessions.deskReady, timeout=30_000):
        w.sessions.open_session(path)
    assert titles(w) == ["Res. EUR-1 — 2 pending"]

    menu = right_click(qtbot, w, "Res. EUR-1")
    with qtbot.waitSignal(w.sessions.deskReady, timeout=30_000):
        click(qtbot, menu, "Set draft ARB-1 apart again")
    assert w.desk.session.setting(DRAFT_BASES) == {}
    assert titles(w) == ["Res. EUR-1 — 1 pending", "Res. ARB-1 — 1 pending"]


def test_a_resolution_with_a_base_has_no_draft_menu(window, qtbot):
    n = window.navigator
    assert n.draft_menu("101") is None
    menu = n.draft_menu("EUR-1")  # the sample's one new draft: nothing to consolidate
    assert menu is not None
    action = menu.actions()[0]
    assert action.text() == "Consolidate another draft into this one…"
    assert not action.isEnabled()
