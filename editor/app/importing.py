"""Checking a document before it enters a session: a file that cannot be read and parsed is
refused with its name and the problem, and never stored (a stored document is read again at
every opening, so one bad file would make the whole session unopenable)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import NamedTuple

from editor.app.reading import parse_source
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
        if role == "base":  # a base must hold a resolution
            parse_source((path.name, "base", "", content), tmp)
    return Checked(path.name, content, role)
