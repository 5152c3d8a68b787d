"""GUI latencies on the benchmark session, offscreen: open a resolution (build its
synoptic table, show and paint it) and accept a change (store, engine, table, repaint).
Imported only when PySide6 is importable."""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from editor.app.desk import Desk  # noqa: E402
from editor.core.model import DecisionState  # noqa: E402
from editor.ui.synoptic_view import SynopticView  # noqa: E402

SAMPLED = 10
ACCEPTS = 5


def _quiet(kind: QtMsgType, context: object, message: str) -> None:
    """Drop the offscreen platform's notices about window hints; print the rest."""
    if "does not support" not in message:
        print(message, file=sys.stderr)


def latencies(desk: Desk) -> tuple[list[float], list[float], str]:
    """(open ms, accept ms, which resolutions): the largest resolution and others
    spread over the corpus."""
    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication([])
    view = SynopticView()
    view.resize(1600, 1000)
    view.show()
    app.processEvents()
    dossiers = sorted(desk.dossiers, key=lambda d: len(d.changes))
    step = max(1, len(dossiers) // (SAMPLED - 1))
    chosen = list(dict.fromkeys([*dossiers[::step][: SAMPLED - 1], dossiers[-1]]))
    opens: list[float] = []
    accepts: list[float] = []
    for d in chosen:
        view.set_table(None)
        app.processEvents()
        start = time.perf_counter()
        view.set_table(desk.table(d.number))
        view.repaint()
        app.processEvents()
        opens.append((time.perf_counter() - start) * 1000)
        ids = desk.ids_of_resolution(d.number)
        pending = [c for c in ids if desk.state(c) is not DecisionState.ACCEPTED]
        for cid in (pending or ids)[:ACCEPTS]:
            state = DecisionState.ACCEPTED if pending else DecisionState.REJECTED
            start = time.perf_counter()
            desk.decide([(cid, state, None, "")])
            view.set_table(desk.table(d.number))
            view.repaint()
            app.processEvents()
            accepts.append((time.perf_counter() - start) * 1000)
    view.close()
    biggest = chosen[-1]
    where = (f"{len(chosen)} resolutions, largest {biggest.number}: "
             f"{len(biggest.base.provisions) if biggest.base else 0} provisions, "
             f"{len(biggest.changes)} changes, {1 + len(biggest.proposals) + 1} columns")
    return opens, accepts, where


def summary(values: list[float]) -> str:
    return f"{statistics.median(values):.0f} / {max(values):.0f} ms"
