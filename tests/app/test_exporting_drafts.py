"""File › Export clean / tracked on a new draft (no base document): `export_job` takes the
proposals documents from the session, `run_export` writes the draft into the one that
holds it. A draft other drafts are consolidated into is exported with their changes tracked
on it. Read back by our reader and pandoc."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "docxio"))
from draft_fixtures import EUR, PANDOC, draft_file, pandoc_lines, revision_marks  # noqa: E402

from editor.app.desk import DRAFT_BASES, Desk, read_session  # noqa: E402
from editor.app.exporting import export_job, run_export  # noqa: E402
from editor.core.changes import ChangeKind  # noqa: E402
from editor.core.consolidate import consolidate  # noqa: E402
from editor.core.errors import ConsolidationError  # noqa: E402
from editor.core.model import DecisionState, Resolution, View  # noqa: E402
from editor.core.structure import parse_base  # noqa: E402
from editor.docxio import read_document  # noqa: E402
from editor.store import Session  # noqa: E402


def lines(res: Resolution, view: View = View.ORIGINAL) -> list[str]:
    return [" ".join(f"{p.label_text(view)} {p.text(view)}".split()) for p in res.provisions
            if p.exists_in(view)]


def accept_all(desk: Desk, number: str) -> None:
    desk.decide([(c, DecisionState.ACCEPTED, None, "") for c in desk.ids_of_resolution(number)])


def test_the_sample_draft_exports_clean_and_tracked(sample: Desk, tmp_path: Path) -> None:
    desk = sample
    d = desk.dossier("EUR-1")
    assert d is not None and d.base is None and desk.base_content("EUR-1") is None
    assert [c.kind for c in d.changes] == [ChangeKind.NEW_RESOLUTION]
    accept_all(desk, "EUR-1")
    result = consolidate(d.base, d.changes, desk.decisions)
    assert result.resolution is not None
    for kind in ("clean", "tracked"):
        job = export_job(desk, "EUR-1", kind, tmp_path / f"eur1-{kind}.docx")
        assert [name for name, _ in job.drafts] == ["EUR-12A1.docx"]  # its proposals file
        exported = run_export(job)
        assert exported.unplaced == ()
        back = parse_base(read_document(exported.path))
        assert lines(back, View.PROPOSED) == lines(result.resolution)
        marks = revision_marks(exported.path.read_bytes())
        if kind == "clean":
            assert marks == []
            continue
        assert lines(back, View.ORIGINAL) == []
        decided = desk.decisions[d.changes[0].id].time  # dated when it was accepted
        assert {(m["author"], m["date"]) for m in marks} == {("EUR/12A1/3", decided[:19] + "Z")}


def test_a_draft_not_yet_accepted_says_so_and_writes_nothing(sample: Desk,
                                                             tmp_path: Path) -> None:
    target = tmp_path / "eur1.docx"
    with pytest.raises(ConsolidationError, match="new draft EUR-1 is not accepted"):
        run_export(export_job(sample, "EUR-1", "clean", target))
    assert not target.exists() and list(tmp_path.glob(".*.tmp")) == []


def test_other_resolutions_and_the_synoptic_table_take_no_proposals_files(
        sample: Desk, tmp_path: Path) -> None:
    assert export_job(sample, "101", "tracked", tmp_path / "a.docx").drafts == ()
    assert export_job(sample, "EUR-1", "synoptic", tmp_path / "b.docx").drafts == ()


def test_a_draft_read_from_a_text_file_has_no_word_file_to_write_into(tmp_path: Path) -> None:
    text = "\n\n".join(["ADD\tEUR/12A1/3", "PROJET DE NOUVELLE RÉSOLUTION [EUR-1]",
                        "Internet des objets", "décide", "1\td'étudier l'Internet des objets.",
                        "Motifs:\tNouvelle résolution."]) + "\n"
    with Session.create(tmp_path / "t.synoptic", user="tester") as session:
        session.add_document("EUR-12A1.txt", text.encode("utf-8"), "proposals")
        desk = Desk(session, read_session(session))
        accept_all(desk, "EUR-1")
        with pytest.raises(ConsolidationError, match="no Word proposals document holds it"):
            run_export(export_job(desk, "EUR-1", "clean", tmp_path / "eur1.docx"))


@pytest.mark.skipif(PANDOC is None, reason="pandoc not installed")
def test_a_draft_consolidated_into_another_shows_the_changes_on_it(tmp_path: Path) -> None:
    arb = draft_file(tmp_path / "ARB-9A1.docx", "ARB/9A1/3", "ARB-1",
                     more=" et des villes intelligentes",
                     note="Voir aussi la Résolution 197 (Busan, 2014).")
    with Session.create(tmp_path / "d.synoptic", user="tester") as session:
        for path in (EUR, arb):
            session.add_document(path.name, path.read_bytes(), "proposals")
        session.set_setting(DRAFT_BASES, {"ARB-1": "EUR-1"})
        desk = Desk(session, read_session(session))
        assert desk.is_draft("EUR-1") and desk.dossier("ARB-1") is None
        accept_all(desk, "EUR-1")
        d = desk.dossier("EUR-1")
        assert d is not None and d.base is not None
        result = consolidate(d.base, d.changes, desk.decisions)
        assert result.resolution is not None
        files = {}
        for kind in ("clean", "tracked"):
            job = export_job(desk, "EUR-1", kind, tmp_path / f"{kind}.docx")
            assert {name for name, _ in job.drafts} == {"EUR-12A1.docx", "ARB-9A1.docx"}
            files[kind] = run_export(job).path
    # ARB's footnote, new to EUR-1, in the footnote style (EUR-1's file keeps no other note)
    notes = read_document(files["clean"]).footnotes
    assert [(f.text(View.PROPOSED).strip(), f.paragraphs[0].style) for f in notes] == [
        ("Voir aussi la Résolution 197 (Busan, 2014).", "footnote text")]
    accepted = pandoc_lines(files["tracked"], "accept")
    assert accepted == pandoc_lines(files["clean"], "accept")
    assert accepted[-1] == "[1] Voir aussi la Résolution 197 (Busan, 2014)."
    assert [x.replace("[1]", "") for x in accepted[:-1]] == lines(result.resolution)
    # every change tracked is ARB's; rejecting them all gives EUR-1 as proposed
    assert lines(d.base) == pandoc_lines(files["tracked"], "reject")
    assert {m["author"] for m in revision_marks(files["tracked"].read_bytes())} == {"ARB/9A1/3"}
