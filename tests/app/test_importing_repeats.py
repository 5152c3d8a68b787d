"""A document repeating what the session holds is refused on import, naming the file and
the document that holds it; a session that took a second base before opens with the first
and says which one is set aside."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from editor.app.desk import Desk, read_session, store_reading
from editor.app.importing import Loaded, check_document
from editor.core.errors import InputError
from editor.core.model import DecisionState
from editor.store import Session

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"  # ../shared beside the repo
ARB_TEXT = SEEDS / "000_08dbc6edd9b14ed5.txt"  # ARB/79A3 exported as text


def resaved(source: Path, target: Path) -> Path:
    """The same document with other bytes, as after a save in another program."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as out:
        for item in src.infolist():
            out.writestr(item.filename, src.read(item.filename))
    assert target.read_bytes() != source.read_bytes()
    return target


def loaded_sample(tmp_path: Path) -> tuple[Session, Loaded]:
    """A session holding Res. 101's base and ARB/79A3, and what the editor knows of it."""
    session = Session.create(tmp_path / "s.synoptic", user="tester")
    for name, role in (("base-res101.docx", "base"), ("ARB-79A3.docx", "proposals")):
        session.add_document(name, (SAMPLES / name).read_bytes(), role)
    reading = read_session(session)
    return session, Loaded.of(((d.name, d.sha256) for d in session.documents()),
                              reading.base_files, reading.proposal_files)


def refused(path: Path, role: str, loaded: Loaded) -> InputError:
    with pytest.raises(InputError) as caught:
        check_document(path, role, loaded)
    return caught.value


def test_a_second_base_of_a_loaded_resolution_is_refused(tmp_path: Path) -> None:
    session, loaded = loaded_sample(tmp_path)
    with session:
        err = refused(resaved(SAMPLES / "base-res101.docx", tmp_path / "base-101-bis.docx"),
                      "base", loaded)
    assert str(err) == ("base-101-bis.docx: Res. 101 is already loaded from base-res101.docx "
                        "(a resolution has one base)")
    assert (err.code, err.params) == ("base-loaded",
                                      {"number": "101", "loaded": "base-res101.docx"})


def test_proposals_already_loaded_from_another_document_are_refused(tmp_path: Path) -> None:
    session, loaded = loaded_sample(tmp_path)
    with session:
        copy = resaved(SAMPLES / "ARB-79A3.docx", tmp_path / "ARB-79A3-copie.docx")
        err = refused(copy, "", loaded)  # its role guessed: proposals
    assert err.code == "proposals-loaded"
    assert str(err) == ("ARB-79A3-copie.docx: proposals ARB/79A3/1, ARB/79A3/2, ARB/79A3/3, … "
                        "are already loaded from ARB-79A3.docx")


@pytest.mark.skipif(not ARB_TEXT.is_file(), reason="seed exports not available")
def test_the_text_export_of_a_loaded_document_is_refused(tmp_path: Path) -> None:
    session, loaded = loaded_sample(tmp_path)
    with session:
        err = refused(ARB_TEXT, "proposals", loaded)
    assert err.code == "proposals-loaded" and err.params["loaded"] == "ARB-79A3.docx"


def test_the_same_document_again_under_any_name_is_refused(tmp_path: Path) -> None:
    session, loaded = loaded_sample(tmp_path)
    with session:
        renamed = shutil.copy(SAMPLES / "ARB-79A3.docx", tmp_path / "renamed.doc")
        err = refused(Path(renamed), "proposals", loaded)
        assert str(err) == "renamed.doc: already in the session (as ARB-79A3.docx)"
        again = refused(SAMPLES / "ARB-79A3.docx", "", loaded)
        assert again.code == "already-loaded"


def test_another_document_of_a_loaded_name_is_refused(tmp_path: Path) -> None:
    session, loaded = loaded_sample(tmp_path)
    with session:
        (tmp_path / "other").mkdir()
        namesake = shutil.copy(SAMPLES / "base-res102.docx", tmp_path / "other" / "ARB-79A3.docx")
        err = refused(Path(namesake), "base", loaded)
    assert err.code == "name-loaded"


def test_a_docx_named_doc_is_read_for_what_it_is(tmp_path: Path) -> None:
    renamed = Path(shutil.copy(SAMPLES / "EUR-12A1.docx", tmp_path / "EUR-12A1.doc"))
    checked = check_document(renamed, "", Loaded())
    assert (checked.name, checked.role) == ("EUR-12A1.doc", "proposals")


def test_a_batch_is_checked_against_itself(tmp_path: Path) -> None:
    loaded = Loaded()
    check_document(SAMPLES / "base-res101.docx", "base", loaded)
    second = resaved(SAMPLES / "base-res101.docx", tmp_path / "base-101-bis.docx")
    assert refused(second, "base", loaded).params["loaded"] == "base-res101.docx"
    check_document(SAMPLES / "base-res102.docx", "base", loaded)  # another resolution: fine


def test_a_document_whose_proposals_have_no_target_is_refused(tmp_path: Path) -> None:
    lost = tmp_path / "lost.txt"
    lost.write_text("MOD\tARB/79A3/1\nLe texte, sans numéro de résolution.\n", encoding="utf-8")
    err = refused(lost, "proposals", Loaded())
    assert (err.code, err.params) == ("no-targets", {"proposal": "MOD ARB/79A3/1"})
    assert "lost.txt: no proposal in it has a target resolution (MOD ARB/79A3/1" in str(err)
    # one proposal with a target is enough: the other is reported where it waits
    lost.write_text("MOD\tARB/79A3/1\nLe texte.\n\nMOD\tARB/79A3/2\n"
                    "RÉSOLUTION 101 (RÉV. GUADALAJARA, 2010)\nRéseaux\n", encoding="utf-8")
    assert check_document(lost, "", Loaded()).role == "proposals"


def test_a_session_with_two_bases_of_one_resolution_opens_with_the_first(tmp_path: Path) -> None:
    second = resaved(SAMPLES / "base-res101.docx", tmp_path / "base-101-bis.docx")
    with Session.create(tmp_path / "two.synoptic", user="tester") as session:
        session.add_document("base-res101.docx", (SAMPLES / "base-res101.docx").read_bytes(),
                             "base")
        session.add_document(second.name, second.read_bytes(), "base")
        session.add_document("ARB-79A3.docx", (SAMPLES / "ARB-79A3.docx").read_bytes(),
                             "proposals")
        reading = read_session(session)
        assert reading.set_aside == (("base-101-bis.docx", "101", "base-res101.docx"),)
        assert [d.number for d in reading.routing.dossiers] == ["101"]
        store_reading(session, reading)  # the snapshot of changes is stored (no id twice)
        assert len(session.changes()) == len(reading.routing.dossiers[0].changes) > 10
        desk = Desk(session, reading)
        change = desk.decidable(desk.dossiers[0])[0].id
        desk.decide([(change, DecisionState.ACCEPTED, None, "")])
    with Session.open(tmp_path / "two.synoptic", user="tester") as again:
        assert again.decision(change) is not None
        assert read_session(again).set_aside == reading.set_aside
