"""Bad and hostile input: each is refused with one clear line naming the file, never a hang."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from docxio_fixtures import BAD_INPUTS, NS, make_docx, p, r, zip_bomb

from editor.core.errors import InputError
from editor.core.model import View
from editor.core.views import view_texts
from editor.docxio import read_document, read_docx
from editor.docxio.safety import MAX_TOTAL_BYTES, Package, open_package


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_an_input_error_naming_file_and_problem(tmp_path: Path, case: str) -> None:
    build, problem = BAD_INPUTS[case]
    path = build(tmp_path)
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: ")
    assert problem in message
    assert "\n" not in message


def test_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    path = zip_bomb(tmp_path, megabytes=MAX_TOTAL_BYTES // (1 << 20) + 1)
    start = time.perf_counter()
    with pytest.raises(InputError, match="ZIP bomb"):
        read_docx(path)
    assert time.perf_counter() - start < 1.0  # refused from the central directory alone


def test_highly_compressed_member_under_the_cap_is_refused_by_ratio(tmp_path: Path) -> None:
    path = zip_bomb(tmp_path, megabytes=40)
    with pytest.raises(InputError, match=r"compresses \d+:1"):
        read_docx(path)


def test_bounded_reader_stops_at_the_budget_whatever_the_header_says(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "d.docx", p(r("x" * 50_000)))
    package = open_package(path)
    small = Package(path, package.archive, budget=10_000)
    with pytest.raises(InputError, match="inflates past"):
        small.read("word/document.xml")
    package.close()


def test_lying_size_header_is_caught(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "liar.docx", p(r("y" * 100_000)))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("word/document.xml")
    # Patch the central directory's uncompressed size of document.xml to 100 bytes.
    name = b"word/document.xml"
    at = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    data[at + 24 : at + 28] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    assert info.file_size > 100
    with pytest.raises(InputError) as caught:
        read_docx(path)
    assert "liar.docx" in str(caught.value)


def test_unsupported_zip_version_is_an_input_error(tmp_path: Path) -> None:
    # Regression (fuzzing in CI): zipfile raises NotImplementedError("zip file version 6.4")
    # when a central-directory entry asks for a newer extractor; it escaped as a crash.
    data = bytearray(make_docx(tmp_path / "good.docx", p(r("x"))).read_bytes())
    at = data.rfind(b"PK\x01\x02")
    data[at + 6 : at + 8] = (64).to_bytes(2, "little")  # "version needed to extract" 6.4
    path = tmp_path / "newer.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as caught:
        read_docx(path)
    assert caught.value.code == "zip-unsupported"
    assert str(caught.value) == (
        "newer.docx: uses ZIP features this reader does not support (zip file version 6.4)")


@pytest.mark.parametrize(
    ("method", "header"), [(zipfile.ZIP_DEFLATED, 0), (zipfile.ZIP_LZMA, 9), (zipfile.ZIP_BZIP2, 4)]
)
def test_damaged_compressed_stream_is_an_input_error(
    tmp_path: Path, method: int, header: int
) -> None:
    # Regression (fuzzing): zlib.error, then lzma.LZMAError, escaped from inflating a member
    # whose compressed bytes were damaged but whose headers were intact.
    good = make_docx(tmp_path / "good.docx", p(r("z" * 5_000)))
    path = tmp_path / "damaged.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", method) as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        offset = z.getinfo("word/document.xml").header_offset
    start = offset + 30 + int.from_bytes(data[offset + 26 : offset + 28], "little")
    start += int.from_bytes(data[offset + 28 : offset + 30], "little") + header
    data[start : start + 16] = b"\xff" * 16  # past the method's own header: invalid data
    path.write_bytes(bytes(data))
    problem = r"damaged\.docx: (corrupt ZIP member|cannot inflate) word/document\.xml: "
    with pytest.raises(InputError, match=problem):
        read_docx(path)


def test_external_entity_is_never_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    document = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file://{secret}">]>'
        f"<w:document {NS}><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = make_docx(tmp_path / "xxe.docx", "", document=document)
    with pytest.raises(InputError, match="DTD") as caught:
        read_docx(path)
    assert "SECRET" not in str(caught.value)


def test_empty_body_gives_a_document_without_paragraphs(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "vide.docx", ""))
    assert doc.paragraphs == ()
    assert view_texts(doc, View.PROPOSED) == ()


def test_five_megabyte_paragraph_reads_in_reasonable_time(tmp_path: Path) -> None:
    words = "consolidation " * (5 * 1024 * 1024 // 14)
    runs = "".join(r(words[i : i + 50_000]) for i in range(0, len(words), 50_000))
    path = make_docx(tmp_path / "long.docx", p(runs) + p(r("fin")))
    start = time.perf_counter()
    doc = read_document(path)
    elapsed = time.perf_counter() - start
    assert view_texts(doc, View.PROPOSED) == (words, "fin")
    assert elapsed < 10.0


def test_five_megabyte_single_text_node(tmp_path: Path) -> None:
    words = "résolution " * (5 * 1024 * 1024 // 11)
    doc = read_docx(make_docx(tmp_path / "one.docx", p(r(words))))
    assert doc.paragraphs[0].text(View.ORIGINAL) == words


@pytest.mark.parametrize("depth", [1500, 5000])  # past Python's recursion, past libxml2's
def test_deep_nesting_is_an_input_error(tmp_path: Path, depth: int) -> None:
    nested = "<w:smartTag>" * depth + r("x") + "</w:smartTag>" * depth
    path = make_docx(tmp_path / "deep.docx", p(nested))
    with pytest.raises(InputError):
        read_docx(path)


def test_text_file_goes_to_the_text_reader(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"  # the extension lies; the content decides
    path.write_text("RÉSOLUTION 101\nTitre\n", encoding="utf-8")
    doc = read_document(path)
    assert "RÉSOLUTION 101" in view_texts(doc, View.PROPOSED)


def test_strict_open_xml_is_refused_with_the_fix(tmp_path: Path) -> None:
    strict = 'xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"'
    document = f"<w:document {strict}><w:body><w:p/></w:body></w:document>"
    path = make_docx(tmp_path / "strict.docx", "", document=document)
    with pytest.raises(InputError, match="Strict Open XML"):
        read_docx(path)
