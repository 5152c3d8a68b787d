"""Opening untrusted DOCX packages without being hurt by them.

A DOCX is a ZIP of XML parts. Both layers can be hostile: a ZIP can declare (or hide) gigabytes
of output, and XML can carry a DTD with entities that expand or fetch. So sizes are checked from
the central directory before anything is inflated, members are read through a bounded reader in
case a header lies, and XML goes through a parser that never loads a DTD, resolves an entity or
touches the network; a document that carries a DOCTYPE at all is refused.
"""

from __future__ import annotations

import lzma
import posixpath
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from editor.core.errors import InputError

MAX_TOTAL_BYTES = 256 * 1024 * 1024  # what the package may inflate to, all members together
MAX_MEMBERS = 20_000
MAX_RATIO = 200  # compression ratio refused for big members (deflate tops out near 1,000:1)
RATIO_FLOOR = 10 * 1024 * 1024  # small members may compress well (repetitive XML): allowed
_CHUNK = 1024 * 1024

_MB = 1024 * 1024
_DTD_MARKERS = (
    b"<!DOCTYPE",
    b"<!ENTITY",
    "<!DOCTYPE".encode("utf-16-le"),
    "<!ENTITY".encode("utf-16-le"),
    "<!DOCTYPE".encode("utf-16-be"),
    "<!ENTITY".encode("utf-16-be"),
)


def xml_parser() -> etree.XMLParser:
    """A parser that cannot be made to read anything but the bytes it is given."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=True,  # a 5 MB paragraph is one text node; sizes are capped before parsing
        remove_pis=True,
    )


def unreadable(path: Path, err: OSError) -> InputError:
    """The error for a file the system refuses to read (permissions, I/O error...)."""
    reason = err.strerror or str(err)
    return InputError(path, f"cannot be read: {reason}", code="unreadable",
                      params={"reason": reason})


def check_file(path: Path) -> None:
    """Refuse, with a clear problem, a path that is not a readable regular file."""
    if not path.exists():
        raise InputError(path, "file not found", code="missing-file")
    if path.is_dir():
        raise InputError(path, "is a folder, not a file", code="is-folder")
    if not path.is_file():
        raise InputError(path, "is not a regular file", code="not-regular-file")


@dataclass
class Package:
    """An opened DOCX package whose members are read with a shared size budget."""

    path: Path
    archive: zipfile.ZipFile
    budget: int = MAX_TOTAL_BYTES

    def has(self, name: str) -> bool:
        try:
            self.archive.getinfo(name)
        except KeyError:
            return False
        return True

    def read(self, name: str) -> bytes:
        """The bytes of member `name`, never more than what is left of the budget."""
        info = self.archive.getinfo(name)
        if info.flag_bits & 0x1:
            raise InputError(self.path, f"{name} is encrypted inside the ZIP archive",
                             code="encrypted-member", params={"member": name})
        chunks: list[bytes] = []
        size = 0
        try:
            with self.archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    size += len(chunk)
                    if size > self.budget:
                        raise InputError(
                            self.path,
                            f"{name} inflates past {MAX_TOTAL_BYTES // _MB} MB (ZIP bomb?): refused",
                            code="zip-bomb-member",
                            params={"member": name, "limit": str(MAX_TOTAL_BYTES // _MB)},
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, lzma.LZMAError) as err:  # damaged stream
            raise InputError(self.path, f"corrupt ZIP member {name}: {err}", code="corrupt-member",
                             params={"member": name, "detail": str(err)}) from None
        except NotImplementedError:
            raise InputError(self.path, f"{name} uses an unsupported ZIP compression",
                             code="zip-compression", params={"member": name}) from None
        except (OSError, EOFError, ValueError) as err:
            raise InputError(self.path, f"cannot inflate {name}: {err}", code="inflate-failed",
                             params={"member": name, "detail": str(err)}) from None
        self.budget -= size
        return b"".join(chunks)

    def xml(self, name: str) -> etree._Element:
        """Member `name` parsed safely; refuses DTDs and malformed XML."""
        return parse_xml(self.path, name, self.read(name))

    def close(self) -> None:
        self.archive.close()


def parse_xml(path: Path, name: str, data: bytes) -> etree._Element:
    # A DOCTYPE has no business in OOXML; refusing it outright is simpler than taming it.
    if any(marker in data for marker in _DTD_MARKERS):
        raise InputError(path, f"{name} declares a DTD or entities (unsafe XML): refused",
                         code="xml-entities", params={"member": name})
    try:
        root = etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as err:
        msg = (str(err).splitlines() or ["syntax error"])[0].replace(" (<string>, line", " (line")
        raise InputError(path, f"malformed XML in {name}: {msg}", code="malformed-xml",
                         params={"member": name, "detail": msg}) from None
    if root is None:
        raise InputError(path, f"{name} is empty", code="empty-member", params={"member": name})
    tree = root.getroottree()
    if tree.docinfo.doctype:
        raise InputError(path, f"{name} declares a DTD (unsafe XML): refused", code="xml-dtd",
                         params={"member": name})
    return root


def open_package(path: Path) -> Package:
    """Open `path` as a ZIP after checking its central directory for bombs."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise InputError(path, "corrupt or truncated ZIP archive (not a readable .docx)",
                         code="not-a-zip") from None
    except NotImplementedError as err:  # e.g. "zip file version 6.4" in the central directory
        raise InputError(path, f"uses ZIP features this reader does not support ({err})",
                         code="zip-unsupported", params={"detail": str(err)}) from None
    except (OSError, EOFError, ValueError) as err:
        raise InputError(path, f"cannot open as a ZIP archive: {err}", code="zip-unopenable",
                         params={"detail": str(err)}) from None
    try:
        check_archive(path, archive.infolist())
    except InputError:
        archive.close()
        raise
    return Package(path, archive)


def check_archive(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse archives whose declared sizes or ratios are those of a ZIP bomb."""
    if len(infos) > MAX_MEMBERS:
        raise InputError(path, f"ZIP archive has {len(infos)} members (limit {MAX_MEMBERS})",
                         code="zip-members", params={"count": str(len(infos)),
                                                     "limit": str(MAX_MEMBERS)})
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise InputError(
                path,
                f"ZIP archive declares over {MAX_TOTAL_BYTES // _MB} MB uncompressed "
                "(ZIP bomb?): refused",
                code="zip-bomb",
                params={"limit": str(MAX_TOTAL_BYTES // _MB)},
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise InputError(
                path,
                f"ZIP member {info.filename} compresses {ratio}:1 (ZIP bomb?): refused",
                code="zip-bomb-ratio",
                params={"member": info.filename, "ratio": str(ratio)},
            )


def resolve_target(source_part: str, target: str) -> str:
    """The member name a relationship target points to, relative to its source part."""
    if target.startswith("/"):
        return target.lstrip("/")
    base = posixpath.dirname(source_part)
    return posixpath.normpath(posixpath.join(base, target))
