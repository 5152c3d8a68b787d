"""The sample session: the real ARB/79A3 proposals and the fictitious EUR and IAP ones on
the bases of the resolutions they revise (`resources/samples/docx/`, found by
`editor.resources.resource_path`: checkout, PyInstaller bundle or $SYNOPTIC_RESOURCES)."""

from __future__ import annotations

from pathlib import Path

from editor.resources import resource_path
from editor.store import Session

SAMPLES = resource_path("samples/docx")  # where they were when this module was imported
PROPOSALS = ("ARB-79A3", "EUR-", "IAP-")


def sample_folder() -> Path:
    """Looked up at each call, so a $SYNOPTIC_RESOURCES set after start-up is honoured."""
    return resource_path("samples/docx")


def sample_files(folder: Path | None = None) -> list[tuple[Path, str]]:
    """(file, role) of the sample session, bases first."""
    folder = folder or sample_folder()
    bases = sorted(folder.glob("base-res*.docx"))
    proposals = sorted(p for p in folder.glob("*.docx") if p.name.startswith(PROPOSALS))
    return [(p, "base") for p in bases] + [(p, "proposals") for p in proposals]


def create_sample_session(path: Path, user: str, folder: Path | None = None) -> Session:
    folder = folder or sample_folder()
    files = sample_files(folder)
    if not files:
        from editor.core.errors import InputError

        raise InputError(folder, "no sample documents found (run resources/samples/build.py)",
                         code="no-samples")
    session = Session.create(path, user=user)
    for file, role in files:
        session.add_document(file.name, file.read_bytes(), role)
    return session
