"""A new draft resolution in the synoptic table, on the sample session's EUR-1 (ADD
EUR/12A1/3): its rows are its provisions with their labels, pending, accepted or rejected;
the ADD's column shows each provision inserted, the consolidated column only once the
draft is accepted. The same in the synoptic DOCX. A draft chosen as the base of another
still shows the other's changes on it."""

from __future__ import annotations

import sys
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).parents[1] / "docxio"))
from draft_fixtures import EUR, draft_file  # noqa: E402

from editor.app.desk import DRAFT_BASES, Desk, read_session  # noqa: E402
from editor.app.exporting import export_job, run_export  # noqa: E402
from editor.app.synoptic_table import ColumnRole, SegmentKind, SynopticTable  # noqa: E402
from editor.core.model import DecisionState, View  # noqa: E402
from editor.store import Session  # noqa: E402

ACC, REJ, PEN = DecisionState.ACCEPTED, DecisionState.REJECTED, DecisionState.PENDING
LABELS = ["No.", "Title", "Preamble", "considérant", "a)", "b)", "reconnaissant", "",
          "décide", "1", "2", "charge le Secrétaire gé…", "", "invite les Etats Membre…", ""]


def column(table: SynopticTable, role: ColumnRole) -> int:
    return next(i for i, c in enumerate(table.columns) if c.role is role)


def test_the_draft_rows_are_its_provisions_in_every_state(sample: Desk) -> None:
    d = sample.dossier("EUR-1")
    assert d is not None and d.base is None
    [add] = d.changes
    assert add.drafted is not None
    texts = [p.text(View.ORIGINAL) for p in add.drafted.provisions]
    keys = None
    for state in (PEN, ACC, REJ, PEN):  # as loaded, then decided, then undecided
        if keys is not None:
            sample.decide([(add.id, state, None, "")])
        table = sample.table("EUR-1")
        assert table is not None and table.state(add.id) is state
        assert [c.title for c in table.columns] == ["Base", "ADD EUR/12A1/3", "Consolidated"]
        assert [r.label for r in table.rows] == LABELS  # no "EUR-1" row holding it all
        # the same rows whatever the decision (the view updates them in place)
        assert keys in (None, [r.provision_key for r in table.rows])
        keys = [r.provision_key for r in table.rows]
        assert keys == [f"{add.id}:{i}" for i in range(len(texts))]
        prop = column(table, ColumnRole.PROPOSAL)
        last = column(table, ColumnRole.CONSOLIDATED)
        for row, text in zip(table.rows, texts, strict=True):
            assert row.change_ids == (add.id,)
            assert row.cells[0].segments == ()  # no base
            cell = row.cells[prop]
            assert cell.text == text
            assert {(s.kind, s.sources, s.change_id) for s in cell.segments} == {
                (SegmentKind.INSERT, ("EUR/12A1/3",), add.id)}
            done = row.cells[last]
            if state is ACC:
                assert done.text == text and not done.edited
                assert {s.kind for s in done.segments} == {SegmentKind.INSERT}
            else:
                assert done.segments == ()
        assert table.pending() == ((add.id,) if state is PEN else ())


def test_own_wording_on_a_draft_row_shows_in_its_consolidated_cell(sample: Desk) -> None:
    [add] = sample.dossier("EUR-1").changes  # type: ignore[union-attr]
    key = f"{add.id}:1"  # the title, as F2 keys it
    sample.decide([(add.id, ACC, None, ""),
                   (key, ACC, "Rôle de l'UIT dans l'Internet des objets", "")])
    table = sample.table("EUR-1")
    assert table is not None
    row = next(r for r in table.rows if r.provision_key == key)
    assert row.label == "Title" and row.cells[-1].edited
    assert row.cells[-1].text == "Rôle de l'UIT dans l'Internet des objets"
    assert row.cells[1].text == "Rôle de l'UIT dans le développement de l'Internet des objets"
    sample.decide([(add.id, REJ, None, "")])  # rejected: the wording is not shown either
    table = sample.table("EUR-1")
    assert table is not None and all(not r.cells[-1].segments for r in table.rows)


def _docx_table(path: Path) -> list[list[str]]:
    table = docx.Document(str(path)).tables[0]
    return [[c.text for c in r.cells] for r in table.rows]


def test_the_synoptic_docx_shows_the_draft_in_its_column(sample: Desk, tmp_path: Path) -> None:
    [add] = sample.dossier("EUR-1").changes  # type: ignore[union-attr]
    assert add.drafted is not None
    lines = [f"{p.label_text(View.ORIGINAL)} {p.text(View.ORIGINAL)}".strip()
             for p in add.drafted.provisions]
    for state, note in ((PEN, "[en attente]"), (ACC, "[acceptée]"), (REJ, "[rejetée]")):
        if state is not PEN:
            sample.decide([(add.id, state, None, "")])
        target = tmp_path / f"{state.value}.docx"
        run_export(export_job(sample, "EUR-1", "synoptic", target))
        head, *rows = _docx_table(target)
        assert head == ["Texte de base", "EUR/12A1/3", "Texte consolidé"]
        assert len(rows) == len(lines)
        assert [r[1] for r in rows] == [f"{line}\n{note}" for line in lines]
        assert all("—" not in r[1] for r in rows)
        assert [r[2] for r in rows] == (lines if state is ACC else [""] * len(lines))
        # inserted: underlined in EUR's colour
        cell = docx.Document(str(target)).tables[0].rows[5].cells[1]
        run = cell.paragraphs[0].runs[0]
        assert run.text.startswith("a) que l'Internet des objets")
        assert run.font.underline and str(run.font.color.rgb) == "1F4EC8"
        heading = [p.text for p in docx.Document(str(target)).paragraphs][1]
        assert heading == "PROJET DE NOUVELLE RÉSOLUTION [EUR-1] (BUSAN, 2014)"


def test_a_draft_footnote_is_marked_in_its_column(tmp_path: Path) -> None:
    arb = draft_file(tmp_path / "ARB-9A1.docx", "ARB/9A1/3", "ARB-1",
                     note="Voir aussi la Résolution 197 (Busan, 2014).")
    with Session.create(tmp_path / "d.synoptic", user="tester") as session:
        session.add_document(arb.name, arb.read_bytes(), "proposals")
        desk = Desk(session, read_session(session))
        table = desk.table("ARB-1")
        assert table is not None
        title = table.rows[1]
        notes = [(s.footnote, s.footnote_text) for s in title.cells[1].segments if s.footnote]
        assert notes == [("1", "Voir aussi la Résolution 197 (Busan, 2014).")]
        target = tmp_path / "arb1.docx"  # in the synoptic DOCX: a superscript mark
        run_export(export_job(desk, "ARB-1", "synoptic", target))
        cell = docx.Document(str(target)).tables[0].rows[2].cells[1]
        runs = [(r.text, bool(r.font.superscript), bool(r.font.underline))
                for r in cell.paragraphs[0].runs]
        assert runs == [("Rôle de l'UIT dans le développement de l'Internet des objets",
                         False, True), ("1", True, True)]
        desk.decide([(c, ACC, None, "") for c in desk.ids_of_resolution("ARB-1")])
        table = desk.table("ARB-1")
        assert table is not None
        done = [(s.footnote, s.footnote_text) for s in table.rows[1].cells[-1].segments
                if s.footnote]
        assert done == notes  # one footnote, one mark in both columns


def test_a_draft_chosen_as_base_still_shows_the_other_drafts_changes(tmp_path: Path) -> None:
    arb = draft_file(tmp_path / "ARB-9A1.docx", "ARB/9A1/3", "ARB-1",
                     more=" et des villes intelligentes")
    with Session.create(tmp_path / "d.synoptic", user="tester") as session:
        for path in (EUR, arb):
            session.add_document(path.name, path.read_bytes(), "proposals")
        session.set_setting(DRAFT_BASES, {"ARB-1": "EUR-1"})
        desk = Desk(session, read_session(session))
        table = desk.table("EUR-1")
        assert table is not None
        assert [c.title for c in table.columns] == ["Base", "ADD ARB/9A1/3", "Consolidated"]
        assert [r.label for r in table.rows] == LABELS
        assert [r.provision_key for r in table.rows] == [f"EUR-1:{i}" for i in range(15)]
        item = table.rows[9]
        assert item.cells[0].text.startswith("que l'UIT doit continuer de faciliter")
        inserted = [s.text for s in item.cells[1].segments if s.kind is SegmentKind.INSERT]
        assert inserted == [" et des villes intelligentes"]
        assert item.cells[2].text == item.cells[0].text  # pending: the base stays
