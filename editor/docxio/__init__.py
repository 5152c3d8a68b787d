"""Reading and writing Word files: the only package that imports python-docx or lxml.

`read_document` looks at what a file holds, not at its extension: a DOCX (ZIP), a legacy
or encrypted Word file (OLE2, refused with the fix to apply), or plain text.
"""

from __future__ import annotations

from pathlib import Path

from editor.core.errors import InputError
from editor.core.model import Document, Marking

from .reader import read_docx
from .safety import check_file, unreadable

__all__ = ["read_document", "read_docx", "sniff"]

_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_SNIFF = 8192


def read_document(path: str | Path, marking: Marking | None = None) -> Document:
    """Read a DOCX or a text file; anything else is an `InputError` naming the fix."""
    path = Path(path)
    kind = sniff(path)
    if kind == "docx":
        return read_docx(path, marking)
    if kind == "text":
        from .textfile import read_text_file  # another module's reader, loaded on demand

        return read_text_file(path)
    raise InputError(path, f"unrecognised kind of file ({kind})", code="unknown-kind",
                     params={"kind": kind})  # pragma: no cover - sniff only returns docx or text


def sniff(path: Path) -> str:
    """The kind of file at `path`, "docx" or "text"; any other is an `InputError`."""
    check_file(path)
    try:
        with path.open("rb") as f:
            head = f.read(_SNIFF)
    except OSError as err:
        raise unreadable(path, err) from None
    if not head:
        raise InputError(path, "empty file (0 bytes)", code="empty-file")
    if head.startswith(_ZIP):
        return "docx"
    if head.startswith(_OLE):
        if _ole_holds_encrypted_package(path):
            raise InputError(
                path,
                "password-protected (encrypted) DOCX: remove the password in Word and save again",
                code="encrypted-docx",
            )
        raise InputError(path, "legacy binary Word .doc file (Word 97-2003): save it as .docx",
                         code="legacy-doc")
    if head.startswith(b"%PDF"):
        raise InputError(path, "PDF file: open it in Word and save it as .docx", code="pdf-file")
    if head.lstrip(b"\xef\xbb\xbf").startswith(b"{\\rtf"):
        raise InputError(path, "RTF file: open it in Word and save it as .docx", code="rtf-file")
    if _looks_like_text(head):
        return "text"
    raise InputError(path, "not a Word document nor a text file (unrecognised binary content)",
                     code="unknown-content")


def _ole_holds_encrypted_package(path: Path) -> bool:
    """Whether the compound file names an `EncryptedPackage` stream (Office encryption).

    Directory entries hold UTF-16LE names; scanning the file for that name is enough and
    avoids walking the FAT of a file we refuse anyway.
    """
    tail = b""
    try:
        with path.open("rb") as f:
            while chunk := f.read(1024 * 1024):
                if _ENCRYPTED in tail + chunk:
                    return True
                tail = chunk[-len(_ENCRYPTED) :]
    except OSError as err:
        raise unreadable(path, err) from None
    return False


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte order mark
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(head) // 100
