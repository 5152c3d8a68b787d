"""The plain-text reader: encodings, export artefacts of the seeds, limits."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.errors import InputError
from editor.core.model import Marking, View
from editor.docxio import textfile
from editor.docxio.textfile import read_text_file

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"  # ../shared beside the repo
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed exports not available")


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def texts(path: Path) -> list[str]:
    return [p.text(View.ORIGINAL) for p in read_text_file(path).paragraphs]


# --- seeds -----------------------------------------------------------------------------


@needs_seeds
@pytest.mark.parametrize(
    ("prefix", "paragraphs"), [("000", 383), ("001", 36), ("002", 24), ("003", 32), ("004", 63)]
)
def test_one_paragraph_per_non_empty_line(prefix: str, paragraphs: int) -> None:
    document = read_text_file(seed(prefix))
    assert len(document.paragraphs) == paragraphs
    assert document.marking is Marking.NONE
    assert document.name == seed(prefix).name
    for p in document.paragraphs:
        assert p.text(View.ORIGINAL).strip()
        assert "[bookmark:" not in p.text(View.ORIGINAL)
        assert "[footnoteRef" not in p.text(View.ORIGINAL)


@needs_seeds
def test_leading_space_and_bookmarks_are_export_artefacts() -> None:
    assert texts(seed("000"))[:3] == [
        "MOD\tARB/79A3/1",
        "RÉSOLUTION 101 (RÉV. GUADALAJARA, 2010BUSAN, 2014)",
        "Réseaux fondés sur le protocole Internet",
    ]
    assert texts(seed("003"))[0] == "RÉSOLUTION 59 (RÉV.DUBAÏ, 2014BUENOS AIRES, 2017)"
    assert texts(seed("001"))[:2] == [
        "RÉSOLUTION 1306 (C09, dernière mod. C24)",
        "(adoptée à la dixième séance plénière)",
    ]


@needs_seeds
def test_quoted_paragraphs_keep_their_leading_tab() -> None:
    quoted = [t for t in texts(seed("001")) if t.startswith("\t")]
    assert len(quoted) == 3
    assert quoted[1] == "\tet il est indiqué dans l'Agenda de Tunis ce qui suit:"


@needs_seeds
def test_inline_footnote_bodies_become_footnotes() -> None:
    document = read_text_file(seed("000"))
    assert [f.id for f in document.footnotes] == ["1", "2", "3"]
    assert document.footnotes[0].text(View.ORIGINAL).startswith(
        "Par exemple la manifestation pluridisciplinaire"
    )
    assert document.footnotes[2].text(View.ORIGINAL).endswith("World Wide Web Consortium (W3C).")
    referencing = [p for p in document.paragraphs if any(r.footnote for r in p.runs)]
    assert [[r.footnote for r in p.runs if r.footnote] for p in referencing] == [["1"], ["2"], ["3"]]
    # the displayed number ("1" for footnote 3) and the body are gone from the text
    third = referencing[2].text(View.ORIGINAL)
    assert "organisations compétentes participant au développement" in third
    assert third.endswith("le plus d'avantages possible à la communauté mondiale,")


@needs_seeds
def test_reference_without_displayed_number() -> None:
    document = read_text_file(seed("002"))
    assert [f.id for f in document.footnotes] == ["1", "2"]
    assert document.footnotes[1].text(View.ORIGINAL).startswith("Données tirées de la carte")
    item = next(p for p in document.paragraphs if any(r.footnote == "1" for r in p.runs))
    assert "aux pays en développement, pour l'élaboration" in item.text(View.ORIGINAL)
    assert item.text(View.ORIGINAL).endswith("concernant l'initiative COP;")
    ref = next(r for r in item.runs if r.footnote)
    assert ref.text == ""


@needs_seeds
def test_displayed_number_after_reference_is_dropped() -> None:
    item = next(t for t in texts(seed("003")) if t.startswith("a)\t"))
    assert 'entre pays en développement et pays développés";' in item
    assert "[1:" not in item


# --- encodings ---------------------------------------------------------------------------

SAMPLE = "RÉSOLUTION 101 (RÉV. BUSAN, 2014)\r\n\r\nconsidérant\r\na)\tque l'Union…\n"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom"],
)
def test_supported_encodings_read_the_same(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "res.txt"
    path.write_bytes(data)
    assert texts(path) == ["RÉSOLUTION 101 (RÉV. BUSAN, 2014)", "considérant", "a)\tque l'Union…"]


@pytest.mark.parametrize(
    "data",
    [
        "RÉSOLUTION 101 considérant".encode("cp1252"),
        b"\x00\x01\x02binary\x00data",
        "considérant".encode("utf-16-le"),  # UTF-16 without byte order mark
    ],
    ids=["cp1252", "binary", "utf16-no-bom"],
)
def test_unknown_encodings_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_text_file(path)
    assert str(err.value) == "bad.txt: not UTF-8 or UTF-16 text (unknown encoding): save it as UTF-8"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        read_text_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="not a file"):
        read_text_file(tmp_path)


def test_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 2048, encoding="utf-8")
    monkeypatch.setattr(textfile, "MAX_BYTES", 1024)
    with pytest.raises(InputError, match="too big"):
        read_text_file(path)


def test_artefacts_on_hand_written_lines(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        "[bookmark: _Toc1]Titre\n"
        "a)\tvoir[footnoteRef:7]3 le texte; [7: 3\tLa note [avec crochets].] \n"
        "   \n"
        "b)\tsans note[footnoteRef:8] ici\n",
        encoding="utf-8",
    )
    document = read_text_file(path)
    assert [p.text(View.ORIGINAL) for p in document.paragraphs] == [
        "Titre",
        "a)\tvoir le texte;",
        "b)\tsans note ici",
    ]
    assert [(f.id, f.text(View.ORIGINAL)) for f in document.footnotes] == [
        ("7", "La note [avec crochets].")
    ]
    assert [r.footnote for r in document.paragraphs[2].runs] == [None, "8", None]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(
            st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="[]\u2028\u2029\x85")
            | st.just("\t"),
            max_size=40,
        ),
        max_size=8,
    )
)
def test_plain_lines_round_trip(tmp_path_factory: pytest.TempPathFactory, lines: list[str]) -> None:
    path = tmp_path_factory.mktemp("rt") / "t.txt"
    path.write_bytes("\n".join(lines).encode("utf-8"))
    expected = [line.lstrip(" ") if line.startswith(" ") else line for line in lines]
    assert texts(path) == [line for line in expected if line.strip()]
