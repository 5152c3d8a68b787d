"""GUI timings: open a resolution of 300 provisions x 7 columns (goal <= 300 ms) and
update every view after an accept (goal <= 50 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from editor.app.synoptic_table import (  # noqa: E402
    Cell,
    Column,
    ColumnRole,
    Row,
    Segment,
    SegmentKind,
    SynopticTable,
)
from editor.core.model import DecisionState  # noqa: E402
from editor.ui.synoptic_view import SynopticView  # noqa: E402

TEXT = ("charge le Secrétaire général, en collaboration avec les Directeurs des Bureaux, de "
        "prendre les mesures nécessaires pour la mise en œuvre de la présente résolution {n} "
        "et de faire rapport chaque année au Conseil sur les progrès accomplis")


def table(rows: int = 300, proposals: int = 5, accepted: frozenset[str] = frozenset()
          ) -> SynopticTable:
    ids = [f"P{i}/1/1" for i in range(proposals)]
    columns = (Column("base", "Base", ColumnRole.BASE),
               *(Column(p, f"MOD {p}", ColumnRole.PROPOSAL, p.split("/")[0]) for p in ids),
               Column("consolidated", "Consolidated", ColumnRole.CONSOLIDATED))
    out = []
    for r in range(rows):
        base = TEXT.format(n=r)
        cells = [Cell((Segment(base),))]
        changes = []
        for i, p in enumerate(ids):
            if (r + i) % 3:
                cells.append(Cell((Segment(base),)))
                continue
            cid = f"c{r}-{i}"
            changes.append(cid)
            cells.append(Cell((Segment(base[:30]), Segment(base[30:52], SegmentKind.DELETE, (p,), cid),
                               Segment("en coopération avec", SegmentKind.INSERT, (p,), cid),
                               Segment(base[52:]))))
        done = [c for c in changes if c in accepted]
        cells.append(Cell((Segment(base[:30]),
                           *(Segment("en coopération avec", SegmentKind.INSERT, ("P0/1/1",), c)
                             for c in done), Segment(base[52 if done else 30:]))))
        out.append(Row(f"1:{r}", str(r), tuple(cells), tuple(changes)))
    states = {c: DecisionState.ACCEPTED for c in accepted}
    return SynopticTable("1", "Benchmark", columns, tuple(out), states,
                         tuple(p.split("/")[0] for p in ids))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    view = SynopticView()
    view.resize(1600, 1000)
    view.show()
    app.processEvents()
    opens, accepts = [], []
    for _ in range(5):
        view.set_table(None)
        app.processEvents()
        t = table()
        start = time.perf_counter()
        view.set_table(t)
        view.repaint()
        app.processEvents()
        opens.append((time.perf_counter() - start) * 1000)
        for k in range(5):
            updated = table(accepted=frozenset({f"c{150 + 3 * k}-0"}))
            start = time.perf_counter()
            view.set_table(updated)
            view.repaint()
            app.processEvents()
            accepts.append((time.perf_counter() - start) * 1000)
    sample = _sample_accepts(app, view)
    print(f"{'operation':<42} {'median ms':>10} {'max ms':>8} {'goal ms':>8}")
    for name, values, goal in (("open 300 provisions x 7 columns", opens, 300),
                               ("accept: update every view", accepts, 50),
                               ("sample Res. 102: store + engine + view", sample, 50)):
        print(f"{name:<42} {statistics.median(values):>10.1f} {max(values):>8.1f} {goal:>8}")


def _sample_accepts(app: QApplication, view: SynopticView) -> list[float]:
    """An accept on the sample's Res. 102 (52 changes): store, engine, table and view."""
    import tempfile
    from pathlib import Path

    from editor.app.desk import Desk, read_session
    from editor.app.samples import create_sample_session

    with tempfile.TemporaryDirectory() as tmp:
        session = create_sample_session(Path(tmp) / "bench.synoptic", "bench")
        desk = Desk(session, read_session(session))
        view.set_table(desk.table("102"))
        times = []
        for cid in desk.ids_of_resolution("102")[:10]:
            start = time.perf_counter()
            desk.decide([(cid, DecisionState.ACCEPTED, None, "")])
            view.set_table(desk.table("102"))
            view.repaint()
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        session.close()
    return times


if __name__ == "__main__":
    main()
