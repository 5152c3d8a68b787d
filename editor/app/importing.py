"""Checking a document before it enters a session: a file that cannot be read and parsed is
refused with its name and the problem, and never stored (a stored document is read again at
every opening, so one bad file would make the whole session unopenable)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import NamedTuple

from editor.app.reading import parse_source
from editor.core.errors import InputError
from editor.core.model import ProposalsDocument


class Checked(NamedTuple):
    name: str
    content: bytes
    role: str  # "base" or "proposals"


def check_document(path: str | Path, role: str = "") -> Checked:
    """Read and parse `path`; its role guessed from its content when not given.

    Raises the reader's InputError (naming the file) for anything that would not open.
    """
    from editor.docxio.safety import check_file, unreadable

    path = Path(path)
    check_file(path)
    try:
        content = path.read_bytes()
    except OSError as err:
        raise unreadable(path, err) from err
    with tempfile.TemporaryDirectory(prefix="synoptic-import-") as tmp:
        if role != "base":
            parsed = parse_source((path.name, "proposals", "", content), tmp)
            if not role:
                has_parts = isinstance(parsed, ProposalsDocument) and bool(parsed.proposals)
                role = "proposals" if has_parts else "base"
            elif isinstance(parsed, ProposalsDocument):
                require_proposals(path, parsed)
        if role == "base":  # a base must hold a resolution
            parse_source((path.name, "base", "", content), tmp)
    return Checked(path.name, content, role)


def require_proposals(path: str | Path, document: ProposalsDocument) -> None:
    """Refuse, naming the file, a document given as proposals in which no proposal was
    found: without it the file would sit in the session and change nothing, silently."""
    if not document.proposals:
        raise InputError(path, "no proposal found in it (no MOD, ADD, SUP or NOC line with "
                               "a proposal id such as ARB/79A3/1): is it a base resolution?",
                         code="no-proposals")

