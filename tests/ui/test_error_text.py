"""Expected errors in the drafter's language: real failures (bad documents, foreign or
locked sessions) worded in French from their code and params, the core's own English
words when the UI is in English, and the English problem for a code the UI does not know."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from editor.core.errors import ConsolidationError, FileError, InputError, SessionError
from editor.core.model import DecisionState
from editor.docxio import read_document
from editor.store import Session
from editor.store.merge import merge_session
from editor.store.schema import SCHEMA_VERSION
from editor.ui.error_text import error_text, problem_text, wordings

EDITOR = Path(__file__).resolve().parents[2] / "editor"
CODED = [*(EDITOR / "docxio").glob("*.py"), *(EDITOR / "store").glob("*.py"),
         *(EDITOR / "app").glob("*.py")]
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# words French shares with the English problems (names of formats and things)
SHARED = {"Word", "doc", "docx", "ZIP", "XML", "DTD", "PDF", "RTF", "UTF", "Synoptic",
          "SQLite", "Strict", "Open", "WordprocessingML", "document", "documents", "format",
          "session", "table", "tables", "version", "xml", "word", "DOCX", "archive"}


# --- real failures ---------------------------------------------------------------------


def zipped(path: Path, document: str, member: str = "word/document.xml") -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(member, document)
    return path


def written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def read(make: Callable[[Path], Path]) -> Callable[[Path], None]:
    return lambda folder: read_document(make(folder)) and None


def session(folder: Path, name: str = "s.synoptic", document: str = "a.docx") -> Path:
    path = folder / name
    with Session.create(path, user="alice") as s:
        s.add_document(document, document.encode(), "base")
        s.decide("c1", DecisionState.ACCEPTED)
    return path


def newer(folder: Path) -> None:
    path = session(folder)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    Session.open(path, user="bob")


def foreign(folder: Path) -> None:
    path = folder / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    Session.open(path, user="bob")


def locked(folder: Path) -> None:
    path = session(folder)
    with Session.open(path, user="alice"):
        Session.open(path, user="bob")


def read_only(folder: Path) -> None:
    with Session.open(session(folder), user="bob", read_only=True) as s:
        s.decide("c1", DecisionState.REJECTED)


def corrupted(folder: Path) -> None:
    path = session(folder)
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes(len(data[100:4096]))  # the schema page wiped
    path.write_bytes(bytes(data))
    Session.open(path, user="bob")


def other_documents(folder: Path) -> None:
    with Session.open(session(folder), user="alice") as ours:
        merge_session(ours, session(folder, "theirs.synoptic", "b.docx"))


def too_large(folder: Path) -> None:
    path = written(folder / "huge.txt", b"RESOLUTION 101\n" * 600)
    with path.open("r+b") as f:
        f.truncate(51 * 1024 * 1024)  # sparse: the size is what is refused
    read_document(path)


FAILURES: dict[str, tuple[str, Callable[[Path], None]]] = {
    "legacy doc": ("legacy-doc", read(lambda d: written(
        d / "Res101.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)))),
    "encrypted": ("encrypted-docx", read(lambda d: written(
        d / "locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
        + "EncryptedPackage".encode("utf-16-le")))),
    "pdf": ("pdf-file", read(lambda d: written(d / "Res101.docx", b"%PDF-1.7\n"))),
    "rtf": ("rtf-file", read(lambda d: written(d / "Res101.rtf", b"{\\rtf1\\ansi x}"))),
    "empty": ("empty-file", read(lambda d: written(d / "empty.docx", b""))),
    "missing": ("missing-file", read(lambda d: d / "absent.docx")),
    "folder": ("is-folder", read(lambda d: (d / "dossier.docx").mkdir() or d / "dossier.docx")),
    "not a zip": ("not-a-zip", read(lambda d: written(d / "cut.docx", b"PK\x03\x04" + bytes(50)))),
    "not word": ("not-word", read(lambda d: zipped(d / "photos.docx", "PNG", "image.png"))),
    "malformed": ("malformed-xml", read(lambda d: zipped(
        d / "bad.docx", f"<w:document {NS}><w:body><w:p></w:body></w:document>"))),
    "entities": ("xml-entities", read(lambda d: zipped(
        d / "entity.docx", '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x "x">]>'
        f"<w:document {NS}/>"))),
    "encoding": ("unknown-encoding", read(lambda d: written(
        d / "latin1.txt", "café résolution\n".encode("latin-1")))),
    "too large": ("too-large", too_large),
    "exists": ("session-exists", lambda d: Session.create(
        written(d / "taken.synoptic", b"x"), user="a") and None),
    "newer": ("session-newer", newer),
    "foreign": ("session-foreign", foreign),
    "locked": ("session-locked", locked),
    "read-only": ("session-read-only", read_only),
    "corrupted": ("session-corrupted", corrupted),
    "merge": ("merge-other-documents", other_documents),
}


def failure(case: str, folder: Path) -> FileError:
    code, make = FAILURES[case]
    with pytest.raises((InputError, SessionError)) as caught:
        make(folder)
    assert caught.value.code == code, str(caught.value)
    return caught.value


def words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text))


@pytest.mark.parametrize("case", sorted(FAILURES))
def test_in_english_the_dialog_reads_the_cores_own_words(qapp, case, tmp_path):
    err = failure(case, tmp_path)
    assert error_text(err) == str(err)


@pytest.mark.parametrize("case", sorted(FAILURES))
def test_in_french_the_problem_has_no_english_left(french, case, tmp_path):
    err = failure(case, tmp_path)
    text = error_text(err)
    assert text.startswith(f"{err.name} : ") and "\n" not in text
    problem = problem_text(err)
    assert problem != err.problem
    for value in err.params.values():
        assert value in problem  # the holder, the versions, the XML error...
    quoted = words(" ".join(err.params.values()))
    english = words(problem) & words(err.problem) - SHARED - quoted
    assert not english, f"{problem!r} keeps {english} of {err.problem!r}"


def test_the_lock_holder_and_the_versions_are_in_the_french_message(french, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert problem_text(failure("locked", tmp_path / "a")).startswith(
        "déjà ouverte dans un autre Synoptic (utilisateur alice")
    assert problem_text(failure("newer", tmp_path / "b")) == (
        "créée par un Synoptic plus récent (format de session 99, celui-ci lit jusqu'au "
        f"format {SCHEMA_VERSION}) : mettez Synoptic à jour pour l'ouvrir")


# --- the table of wordings -------------------------------------------------------------


def test_every_code_the_readers_and_the_store_raise_is_worded(qapp):
    raised = {code for path in CODED
              for code in re.findall(r'code="([^"]+)"', path.read_text(encoding="utf-8"))}
    assert len(raised) > 40
    assert raised - wordings().keys() == set()


def test_each_wording_uses_exactly_its_params(qapp):
    for code, (text, names) in wordings().items():
        assert sorted(re.findall(r"\{(\d)\}", text)) == [str(i) for i in range(len(names))], code


def test_an_unknown_code_or_a_missing_param_shows_the_english_problem(french):
    newer = SessionError("n.synoptic", "made by a newer Synoptic (format 9)", code="session-newer",
                         params={"version": "9"})  # "supported" missing: not half-filled
    assert problem_text(newer) == "made by a newer Synoptic (format 9)"
    unknown = InputError("x.docx", "a problem of tomorrow", code="from-the-future")
    assert error_text(unknown) == "x.docx : a problem of tomorrow"
    uncoded = InputError("x.docx", "cannot be written: disk full")
    assert problem_text(uncoded) == "cannot be written: disk full"
    assert error_text(ConsolidationError("accepted changes overlap")) == "accepted changes overlap"
