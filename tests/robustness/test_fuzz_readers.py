"""Fuzzing the reading layer: whatever the bytes, reading ends quickly in a document or in one
`SynopticError` line naming the file, never in another exception or a hang.

Inputs: the sample corpus mutated at every layer (bytes, ZIP members, XML inside a valid ZIP),
random ZIP archives, random WordprocessingML in document.xml and footnotes.xml, random text
files. Each input is read by `read_document` then `parse_proposals` and `parse_base`, under a
watchdog; a sample of mutated inputs is also read in a child process with a hard timeout, which
catches a hang inside C code that a signal cannot interrupt. Inputs that once broke a reader
live in `corpus/` and are replayed.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import subprocess
import sys
import warnings
import zipfile
from functools import cache
from pathlib import Path

import pytest
from fuzzing import CORPUS, PER_INPUT_SECONDS, SAMPLES, corpus, fuzz_settings, watchdog
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from editor.core.errors import SynopticError
from editor.core.structure import parse_base, parse_proposals
from editor.docxio import read_document
from editor.docxio.textfile import read_text_file

_spec = importlib.util.spec_from_file_location(
    "docxio_fixtures", Path(__file__).resolve().parents[1] / "docxio" / "docxio_fixtures.py"
)
assert _spec and _spec.loader
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

W = fx.W_NS
_W = "{" + W + "}"
REVISIONS = ("ins", "del", "moveFrom", "moveTo")
STORIES = ("word/document.xml", "word/footnotes.xml")


# --- the property ---------------------------------------------------------------------


def read_everything(path: Path) -> None:
    """Read `path` as the application does; only a `SynopticError` naming it may escape."""
    with watchdog():
        try:
            document = read_document(path)
            proposals = parse_proposals(document)
            with contextlib.suppress(SynopticError):  # no resolution: proposals, or garbage
                parse_base(document)
        except SynopticError as err:
            message = str(err)
            assert message.startswith(f"{path.name}: "), message
            assert "\n" not in message, message
            return
    assert document.name == path.name
    assert proposals.name == path.name
    assert all(p.document == path.name for p in proposals.proposals)


def write(tmp_path: Path, data: bytes, name: str = "fuzzed.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- building packages ----------------------------------------------------------------


@cache
def sample_bytes(name: str) -> bytes:
    return next(p for p in SAMPLES if p.name == name).read_bytes()


@cache
def sample_members(name: str) -> tuple[tuple[str, bytes], ...]:
    with zipfile.ZipFile(io.BytesIO(sample_bytes(name))) as z:
        return tuple((info.filename, z.read(info)) for info in z.infolist())


def zip_of(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point
        with zipfile.ZipFile(out, "w", method) as z:
            for name, data in members:
                z.writestr(name, data)
    return out.getvalue()


def index(draw: st.DrawFn, n: int) -> int:
    return draw(st.integers(0, max(n - 1, 0)))


# --- (a) mutations of real documents ---------------------------------------------------


@st.composite
def mutated_tree(draw: st.DrawFn, data: bytes) -> bytes:
    """One XML part with elements or attributes removed, revisions wrapped around elements,
    or huge attribute values; serialised back to bytes."""
    root = etree.fromstring(data)
    for _ in range(draw(st.integers(1, 6))):
        elements = [e for e in root.iter() if isinstance(e.tag, str)]
        target = elements[index(draw, len(elements))]
        op = draw(st.sampled_from(["remove", "unwrap", "attribute", "wrap", "huge", "text"]))
        parent = target.getparent()
        if op == "remove" and parent is not None:
            parent.remove(target)
        elif op == "unwrap" and parent is not None:  # children take the element's place
            at = parent.index(target)
            for offset, child in enumerate(list(target)):
                parent.insert(at + offset, child)
            parent.remove(target)
        elif op == "attribute" and target.attrib:
            names = sorted(target.attrib)
            del target.attrib[names[index(draw, len(names))]]
        elif op == "wrap" and parent is not None:
            # w:ins / w:del / w:moveFrom nested around any element, even where Word never puts them
            at = parent.index(target)
            outer = inner = etree.Element(_W + draw(st.sampled_from(REVISIONS)))
            for _ in range(draw(st.integers(0, 4))):
                deeper = etree.SubElement(inner, _W + draw(st.sampled_from(REVISIONS)))
                deeper.set(_W + "author", draw(st.sampled_from(["ARB", "", "EUR"])))
                inner = deeper
            parent.insert(at, outer)
            inner.append(target)
        elif op == "huge":
            name = draw(st.sampled_from(["val", "id", "author", "styleId", "fldCharType", "type"]))
            size = draw(st.sampled_from([1_000, 100_000, 2_000_000]))
            target.set(_W + name, draw(st.sampled_from(["9", "x", "é", "-"])) * size)
        elif op == "text":
            target.text = draw(st.text(max_size=40).filter(_xml_safe))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _xml_safe(text: str) -> bool:
    try:
        etree.Element("x").text = text
    except ValueError:
        return False
    return True


ENTITY_DECLARATIONS = (
    b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
    b'<!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/evil.dtd">',
    b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    b"<!DOCTYPE w:document>",
)


@st.composite
def broken_text(draw: st.DrawFn, data: bytes) -> bytes:
    """An XML part broken as text: namespaces, DTDs and entities, stray bytes."""
    op = draw(st.sampled_from(["namespace", "prefix", "dtd", "entity ref", "splice", "cut"]))
    if op == "namespace":
        other = draw(st.sampled_from([b"", b"urn:x", b"http://purl.oclc.org/ooxml/wordprocessingml/main"]))
        return data.replace(W.encode(), other, draw(st.integers(1, 3)))
    if op == "prefix":  # the w: prefix no longer declared
        return data.replace(b"xmlns:w=", b"xmlns:q=", 1)
    if op == "dtd":
        at = data.find(b"?>") + 2
        return data[:at] + draw(st.sampled_from(ENTITY_DECLARATIONS)) + data[at:]
    if op == "entity ref":
        at = index(draw, len(data))
        return data[:at] + draw(st.sampled_from([b"&a;", b"&#0;", b"&#xD800;", b"&amp"])) + data[at:]
    if op == "splice":
        at = index(draw, len(data))
        return data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
    start = index(draw, len(data))
    return data[:start] + data[start + draw(st.integers(1, 400)) :]


@st.composite
def mutated_docx(draw: st.DrawFn) -> bytes:
    name = draw(st.sampled_from([p.name for p in SAMPLES]))
    data = sample_bytes(name)
    members = list(sample_members(name))
    op = draw(st.sampled_from(["flip", "truncate", "duplicate", "remove", "xml", "xml"]))
    if op == "flip":
        flipped = bytearray(data)
        for _ in range(draw(st.integers(1, 20))):
            flipped[index(draw, len(data))] = draw(st.integers(0, 255))
        return bytes(flipped)
    if op == "truncate":
        return data[: index(draw, len(data))]
    if op == "remove":
        del members[index(draw, len(members))]
        return zip_of(members)
    parts = [i for i, (n, _) in enumerate(members) if n.endswith((".xml", ".rels"))]
    stories = [i for i in parts if members[i][0] in STORIES]
    at = draw(st.sampled_from(stories)) if stories and draw(st.booleans()) else draw(st.sampled_from(parts))
    part, content = members[at]
    if draw(st.booleans()):
        content = draw(mutated_tree(content))
    if draw(st.integers(0, 2)) == 0:
        content = draw(broken_text(content))
    if op == "duplicate":  # the same name twice, the copy maybe altered
        members.insert(index(draw, len(members) + 1), (part, content))
    else:
        members[at] = (part, content)
    return zip_of(members)


@fuzz_settings(300)
@given(data=mutated_docx())
def test_mutated_samples(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    read_everything(write(tmp_path_factory.mktemp("mutated"), data))


# --- (b) random ZIP archives ----------------------------------------------------------

PART_NAMES = (
    "[Content_Types].xml",
    "_rels/.rels",
    "word/document.xml",
    "word/_rels/document.xml.rels",
    "word/styles.xml",
    "word/footnotes.xml",
    "docProps/core.xml",
    "customXml/item1.xml",
)
REL_TYPES = ("officeDocument", "styles", "footnotes", "metadata/core-properties", "image")


@st.composite
def relationships(draw: st.DrawFn) -> bytes:
    rels = []
    for i in range(draw(st.integers(0, 5))):
        target = draw(
            st.one_of(
                st.sampled_from(["word/document.xml", "/word/document.xml", "document.xml",
                                 "../word/styles.xml", "../../../etc/passwd", "", ".", "word/",
                                 "footnotes.xml", "docProps/core.xml", "_rels/.rels"]),
                st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=20),
            )
        )
        mode = draw(st.sampled_from(["", ' TargetMode="External"']))
        kind = draw(st.sampled_from(REL_TYPES))
        rels.append(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships/{kind}" Target="{escape_attr(target)}"{mode}/>'
        )
    return (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    ).encode()


def escape_attr(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


@st.composite
def random_zip(draw: st.DrawFn) -> bytes:
    members = []
    for _ in range(draw(st.integers(0, 8))):
        name = draw(st.one_of(st.sampled_from(PART_NAMES), st.text(min_size=1, max_size=30)))
        content = draw(
            st.one_of(
                st.binary(max_size=2_000),
                relationships(),
                word_xml(),
                st.sampled_from([c for _, c in sample_members("base-res172.docx")]),
            )
        )
        members.append((name, content))
    method = draw(
        st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
    )
    data = zip_of([(n.replace("\x00", "_"), c) for n, c in members], method)
    if draw(st.booleans()):  # the "encrypted" flag set on every member
        data = data.replace(b"PK\x01\x02\x14\x00\x00\x00", b"PK\x01\x02\x14\x00\x01\x00")
    if draw(st.integers(0, 3)) == 0:  # a damaged header or directory
        flipped = bytearray(data)
        for _ in range(draw(st.integers(1, 4))):
            if flipped:
                flipped[index(draw, len(flipped))] ^= draw(st.integers(1, 255))
        data = bytes(flipped)
    return data


@fuzz_settings(100)
@given(data=random_zip())
def test_random_zip_archives(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    read_everything(write(tmp_path_factory.mktemp("zip"), data))


# --- (c) random WordprocessingML in the stories ---------------------------------------

ATTRIBUTES = st.dictionaries(
    st.sampled_from(["w:id", "w:author", "w:date", "w:val", "w:type", "w:fldCharType", "w:styleId"]),
    st.one_of(
        st.sampled_from(["1", "0", "-1", "begin", "separate", "end", "separator", "single",
                         "false", "Call", "textWrapping", "page"]),
        st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=12),
    ),
    max_size=3,
)
TEXTS = st.one_of(
    st.sampled_from(["MOD\tARB/79A3/1", "RÉSOLUTION 101 (RÉV. BUSAN, 2014)", "décide", "a)\t",
                     "Motifs:", "1.1\tx", "La Conférence de plénipotentiaires (Busan, 2014),",
                     "ANNEXE", "PARTIE 1", "SUP\tEUR/12A1/3"]),
    st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=30),
)
CONTAINERS = ("p", "r", "ins", "del", "moveFrom", "moveTo", "tbl", "tr", "tc", "trPr", "pPr",
              "rPr", "hyperlink", "smartTag", "sdt", "sdtContent", "customXml", "fldSimple",
              "footnote", "body", "rPrChange", "pPrChange")
LEAVES = ("t", "delText", "tab", "br", "cr", "noBreakHyphen", "fldChar", "footnoteReference",
          "strike", "dstrike", "u", "pStyle", "rStyle", "instrText", "sectPr", "bookmarkStart")


def _element(name: str, attributes: dict[str, str], inner: str) -> str:
    attrs = "".join(f' {k}="{escape_attr(v)}"' for k, v in attributes.items())
    return f"<w:{name}{attrs}>{inner}</w:{name}>"


def _leaf(name: str, attributes: dict[str, str], text: str) -> str:
    body = text.replace("&", "&amp;").replace("<", "&lt;") if name in ("t", "delText", "instrText") else ""
    return _element(name, attributes, body)


LEAF = st.builds(_leaf, st.sampled_from(LEAVES), ATTRIBUTES, TEXTS)
FRAGMENT = st.recursive(
    LEAF,
    lambda inner: st.builds(
        lambda name, attrs, children: _element(name, attrs, "".join(children)),
        st.sampled_from(CONTAINERS),
        ATTRIBUTES,
        st.lists(inner, max_size=5),
    ),
    max_leaves=40,
)


@st.composite
def word_xml(draw: st.DrawFn) -> bytes:
    body = "".join(draw(st.lists(FRAGMENT, max_size=6)))
    root = draw(st.sampled_from(["document", "footnotes", "styles"]))
    text = f'<w:{root} xmlns:w="{W}"><w:body>{body}</w:body></w:{root}>'
    if draw(st.integers(0, 4)) == 0:  # sometimes not even well-formed
        text = text[: index(draw, len(text))]
    return text.encode()


@fuzz_settings(100)
@given(document=word_xml(), footnotes=st.one_of(st.none(), word_xml()))
def test_random_wordprocessingml(
    tmp_path_factory: pytest.TempPathFactory, document: bytes, footnotes: bytes | None
) -> None:
    folder = tmp_path_factory.mktemp("xml")
    path = fx.make_docx(
        folder / "random.docx",
        "",
        document=document.decode(),
        footnotes=footnotes.decode() if footnotes is not None else None,
    )
    read_everything(path)


@fuzz_settings(50)
@given(notes=st.lists(FRAGMENT, max_size=6), ids=st.lists(st.sampled_from(["-1", "0", "1", "2", "x"])))
def test_random_footnotes_of_a_real_proposal(
    tmp_path_factory: pytest.TempPathFactory, notes: list[str], ids: list[str]
) -> None:
    """The ARB/79A3 body with a random footnotes part: references may point at anything."""
    members = [m for m in sample_members("ARB-79A3.docx") if m[0] != "word/footnotes.xml"]
    footnotes = "".join(
        f'<w:footnote w:id="{ids[i % len(ids)] if ids else i}">{note}</w:footnote>'
        for i, note in enumerate(notes)
    )
    members.append(("word/footnotes.xml", f'<w:footnotes xmlns:w="{W}">{footnotes}</w:footnotes>'.encode()))
    read_everything(write(tmp_path_factory.mktemp("notes"), zip_of(members, zipfile.ZIP_STORED)))


# --- text files -------------------------------------------------------------------------

BOMS = (b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@st.composite
def text_bytes(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return draw(st.binary(max_size=3_000))
    line = st.one_of(
        TEXTS,
        st.sampled_from(["[footnoteRef:1]1 et", "[1: 1\tPar pays]", "[footnoteRef:2]", "[2: [x] ",
                         "[bookmark: _Toc1]", "[footnoteRef:]", "[: ]", "\r", "\u2028"]),
    )
    text = "\n".join(draw(st.lists(st.lists(line, max_size=4).map("".join), max_size=20)))
    bom = draw(st.sampled_from(BOMS))
    encoding = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}.get(bom, "utf-8")
    return bom + text.encode(encoding, "surrogatepass")


@fuzz_settings(200)
@given(data=text_bytes())
def test_text_files(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = write(tmp_path_factory.mktemp("text"), data, "fuzzed.txt")
    with watchdog():
        try:
            document = read_text_file(path)
        except SynopticError as err:
            assert str(err).startswith("fuzzed.txt: ") and "\n" not in str(err)
            return
        parse_proposals(document)
    assert all("\n" not in r.text and "\r" not in r.text for p in document.paragraphs for r in p.runs)


@fuzz_settings(100)
@given(data=text_bytes())
def test_any_bytes_through_read_document(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    read_everything(write(tmp_path_factory.mktemp("any"), data, "fuzzed.docx"))


# --- hangs in C code, and the regression corpus ------------------------------------------

_CHILD = """
import sys
from pathlib import Path
from editor.core.errors import SynopticError
from editor.core.structure import parse_proposals
from editor.docxio import read_document
for name in sys.argv[1:]:
    try:
        parse_proposals(read_document(Path(name)))
    except SynopticError:
        pass
"""


@pytest.mark.slow
@fuzz_settings(4)
@given(batch=st.lists(mutated_docx(), min_size=5, max_size=5))
def test_mutated_samples_in_a_child_process_finish(
    tmp_path_factory: pytest.TempPathFactory, batch: list[bytes]
) -> None:
    """A process-level timeout: a hang in lxml or zlib would not see our SIGALRM."""
    folder = tmp_path_factory.mktemp("child")
    paths = [write(folder, data, f"case{i}.docx") for i, data in enumerate(batch)]
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=10 + PER_INPUT_SECONDS * len(paths),
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]


REPLAY = corpus(".docx", ".txt", ".doc")


def test_corpus_is_not_empty() -> None:
    assert REPLAY, f"no regression inputs in {CORPUS}"


@pytest.mark.parametrize("path", REPLAY, ids=lambda p: p.name)
def test_corpus_replay(path: Path) -> None:
    read_everything(path)
