"""Reading a session's documents in worker processes gives what reading them here gives:
same parsed documents in the same order, same errors, same cancelling."""

from __future__ import annotations

import io
import zipfile

import pytest

from editor.app.desk import Cancelled, Stored, read_documents
from editor.app.reading import PARALLEL_FROM, Stopped, parse_all, workers_for
from editor.app.samples import sample_files
from editor.core.errors import InputError


@pytest.fixture(scope="module")
def stored() -> list[Stored]:
    files = sample_files()
    assert files, "sample documents missing (resources/samples/build.py)"
    return [Stored(f.name, role, "", f.read_bytes()) for f, role in files]


def test_processes_read_the_same_documents_in_the_same_order(stored: list[Stored]) -> None:
    alone = read_documents(stored, workers=1)
    shared = read_documents(stored, workers=2)
    assert shared.base_files == alone.base_files
    assert shared.routing == alone.routing
    assert sum(len(d.changes) for d in alone.routing.dossiers) > 50


def test_an_unreadable_document_fails_with_the_same_message(stored: list[Stored]) -> None:
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("readme.txt", "no word/document.xml here")
    broken = [*stored[:2], Stored("cassé.docx", "proposals", "", empty.getvalue())]
    sources = [(s.name, s.role, s.marking, s.content) for s in broken]
    with pytest.raises(InputError) as alone:
        parse_all(sources, workers=1)
    with pytest.raises(InputError) as shared:
        parse_all(sources, workers=2)
    assert str(shared.value) == str(alone.value)
    assert str(shared.value).startswith("cassé.docx: ")
    # the code and params survive the trip, so the editor can translate the message
    assert (shared.value.code, shared.value.params) == (alone.value.code, alone.value.params)
    assert shared.value.code


def test_progress_can_cancel_the_processes(stored: list[Stored]) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, _name: str) -> bool:
        seen.append((done, total))
        return False

    with pytest.raises(Cancelled):
        read_documents(stored, progress, workers=2)
    assert seen and seen[0] == (0, len(stored))
    sources = [(s.name, s.role, s.marking, s.content) for s in stored]
    with pytest.raises(Stopped):
        parse_all(sources, lambda *_: False, workers=1)


def test_few_documents_are_read_here() -> None:
    assert workers_for(PARALLEL_FROM - 1) == 1
    assert workers_for(0) == 1
