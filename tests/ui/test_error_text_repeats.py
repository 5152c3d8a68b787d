"""The refusals of a repeated document, of a proposal without target, of a session merged
with itself and of a write our own data broke, in the drafter's language: raised for real,
worded in French from their code and params, in the core's English otherwise."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from editor.app.importing import Loaded, check_document
from editor.core.errors import FileError
from editor.store import Session
from editor.store.merge import merge_session
from editor.ui.error_text import error_text, problem_text

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"


def loaded() -> Loaded:
    out = Loaded()
    check_document(SAMPLES / "base-res101.docx", "base", out)
    check_document(SAMPLES / "ARB-79A3.docx", "proposals", out)
    return out


def second_base(folder: Path) -> None:
    text = folder / "base-101.txt"
    text.write_text("RÉSOLUTION 101 (RÉV. GUADALAJARA, 2010)\nRéseaux\n", encoding="utf-8")
    check_document(text, "base", loaded())


def same_proposals(folder: Path) -> None:
    text = folder / "arb.txt"
    text.write_text("MOD\tARB/79A3/1\nRÉSOLUTION 101 (RÉV. GUADALAJARA, 2010)\n", encoding="utf-8")
    check_document(text, "proposals", loaded())


def same_document(folder: Path) -> None:
    check_document(shutil.copy(SAMPLES / "ARB-79A3.docx", folder / "copie.docx"), "", loaded())


def same_name(folder: Path) -> None:
    check_document(shutil.copy(SAMPLES / "EUR-12A1.docx", folder / "ARB-79A3.docx"), "",
                   loaded())


def no_target(folder: Path) -> None:
    text = folder / "lost.txt"
    text.write_text("MOD\tARB/79A3/1\nLe texte, sans numéro.\n", encoding="utf-8")
    check_document(text, "proposals")


def merged_with_itself(folder: Path) -> None:
    with Session.create(folder / "s.synoptic", user="alice") as s:
        merge_session(s, folder / "s.synoptic")


def write_refused(folder: Path) -> None:
    with Session.create(folder / "s.synoptic", user="alice") as s, s._writing() as db:
        db.execute("INSERT INTO changes (id, position) VALUES ('k', 0)")
        db.execute("INSERT INTO changes (id, position) VALUES ('k', 1)")


FAILURES: dict[str, tuple[str, Callable[[Path], None]]] = {
    "base-loaded": ("la Rés. 101 est déjà chargée depuis base-res101.docx (une résolution n'a "
                    "qu'une base)", second_base),
    "proposals-loaded": ("les propositions ARB/79A3/1 sont déjà chargées depuis ARB-79A3.docx",
                         same_proposals),
    "already-loaded": ("déjà dans la session (sous le nom ARB-79A3.docx)", same_document),
    "name-loaded": ("un autre document de ce nom est déjà dans la session : renommez le "
                    "fichier pour l'importer", same_name),
    "no-targets": ("aucune de ses propositions n'indique la résolution qu'elle vise (MOD "
                   "ARB/79A3/1 : aucune ligne telle que « RÉSOLUTION 101 » sous elle)", no_target),
    "merge-same-session": ("est cette session elle-même : choisissez le fichier de session "
                           "d'un collègue", merged_with_itself),
    "session-write-refused": ("enregistrement impossible (UNIQUE constraint failed: "
                              "changes.id) : une erreur de Synoptic, le fichier n'est pas "
                              "endommagé", write_refused),
}


def failure(code: str, folder: Path) -> FileError:
    with pytest.raises(FileError) as caught:
        FAILURES[code][1](folder)
    assert caught.value.code == code, str(caught.value)
    return caught.value


@pytest.mark.parametrize("code", sorted(FAILURES))
def test_in_french(french, code, tmp_path):
    err = failure(code, tmp_path)
    assert problem_text(err) == FAILURES[code][0]
    assert error_text(err) == f"{err.name} : {FAILURES[code][0]}"


@pytest.mark.parametrize("code", sorted(FAILURES))
def test_in_english_the_cores_own_words(qapp, code, tmp_path):
    err = failure(code, tmp_path)
    assert error_text(err) == str(err)
