"""The sample session: the real ARB/79A3 proposals and the fictitious EUR and IAP ones on
the bases of the resolutions they revise (`resources/samples/docx/`)."""

from __future__ import annotations

from pathlib import Path

from editor.store import Session

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"
PROPOSALS = ("ARB-79A3", "EUR-", "IAP-")


def sample_files(folder: Path = SAMPLES) -> list[tuple[Path, str]]:
    """(file, role) of the sample session, bases first."""
    bases = sorted(folder.glob("base-res*.docx"))
    proposals = sorted(p for p in folder.glob("*.docx") if p.name.startswith(PROPOSALS))
    return [(p, "base") for p in bases] + [(p, "proposals") for p in proposals]


def create_sample_session(path: Path, user: str, folder: Path = SAMPLES) -> Session:
    files = sample_files(folder)
    if not files:
        from editor.core.errors import InputError

        raise InputError(folder, "no sample documents found (run resources/samples/build.py)")
    session = Session.create(path, user=user)
    for file, role in files:
        session.add_document(file.name, file.read_bytes(), role)
    return session


def guess_role(path: Path) -> str:
    """"proposals" when the file holds proposals (`MOD ARB/79A3/1`...), else "base"."""
    from editor.core.structure import parse_proposals
    from editor.docxio import read_document

    return "proposals" if parse_proposals(read_document(path)).proposals else "base"
