"""`synoptic inspect`: proposals and resolutions found in seeds and sample DOCX files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples" / "docx"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"  # ../shared beside the repo
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed exports not available")
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="sample DOCX not built")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["inspect", *args])
    out, err = capsys.readouterr()
    return code, out, err


def inspect_json(capsys: pytest.CaptureFixture[str], path: Path) -> dict:
    code, out, _ = run(capsys, "--json", str(path))
    assert code == 0
    return json.loads(out)


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@needs_seeds
def test_text_output_on_the_arb_seed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(seed("000")))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"{seed('000').name}: 6 proposals"
    assert "MOD ARB/79A3/1  sources: ARB  target: 101" in lines
    assert "  rappelant: a) b) c) d) e) f) g) h)" in lines
    assert "  reconnaissant: a) i) ii) iii) b) c) d)" in lines
    assert "  (PARTIE 23 (XXIII) Proposition De modification de la resolution 102)" in lines
    assert "  notant: a) b) cb) d) c) d) e)" in lines
    assert sum(line.startswith("MOD ARB/79A3/") for line in lines) == 6


@needs_seeds
def test_json_on_the_arb_seed(capsys: pytest.CaptureFixture[str]) -> None:
    report = inspect_json(capsys, seed("000"))
    assert report["file"] == seed("000").name and report["resolutions"] == []
    proposals = report["proposals"]
    assert [(p["action"], p["id"], p["sources"], p["target"]) for p in proposals] == [
        ("MOD", f"ARB/79A3/{n}", ["ARB"], t)
        for n, t in enumerate(["101", "102", "139", "172", "177", "179"], start=1)
    ]
    r101 = proposals[0]["resolution"]
    assert (r101["number"], r101["body"], r101["language"]) == ("101", "PP", "fr")
    assert r101["revision"] == "RÉV. GUADALAJARA, 2010BUSAN, 2014"
    assert r101["title"] == "Réseaux fondés sur le protocole Internet"
    assert r101["calls"][0] == {"text": "rappelant", "labels": [f"{c})" for c in "abcdefgh"]}
    assert len(r101["calls"]) == 12


@needs_seeds
def test_a_file_without_action_line_is_a_base(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(seed("001")))
    assert code == 0
    assert out.splitlines() == [
        f"{seed('001').name}: base resolution 1306",
        "  RÉSOLUTION 1306 (C09, dernière mod. C24)  [Council, fr]",
        "  Groupe de travail du Conseil sur la protection en ligne des enfants",
        "  considérant: a) b) c) d) e) f) g) h) i) j)",
        "  reconnaissant: a) b) c) d) e)",
        "  rappelant:",
        "  décide: 1 1.1 1.2 1.3 2 3 4 5 6",
    ]
    report = inspect_json(capsys, seed("004"))
    assert report["proposals"] == []
    (r21,) = report["resolutions"]
    assert (r21["number"], r21["body"], r21["footnotes"]) == ("21", "WTDC", ["1"])


def test_unreadable_file_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("RÉSOLUTION 1 considérant".encode("cp1252"))
    code, out, err = run(capsys, str(path))
    assert code == 2 and out == ""
    assert err == (
        "synoptic: latin1.txt: not UTF-8 or UTF-16 text (unknown encoding): save it as UTF-8\n"
    )
    empty = tmp_path / "notes.txt"
    empty.write_text("Compte rendu de la réunion\n", encoding="utf-8")
    code, _, err = run(capsys, str(empty))
    assert code == 2 and "notes.txt: no resolution found" in err


# --- sample DOCX (read through editor.docxio.read_document) ---------------------------


@needs_samples
def test_arb_docx_matches_the_seed_structure(capsys: pytest.CaptureFixture[str]) -> None:
    report = inspect_json(capsys, SAMPLES / "ARB-79A3.docx")
    proposals = report["proposals"]
    assert [(p["action"], p["id"], p["target"]) for p in proposals] == [
        ("MOD", f"ARB/79A3/{n}", t)
        for n, t in enumerate(["101", "102", "139", "172", "177", "179"], start=1)
    ]
    assert proposals[0]["heading"].startswith("PARTIE 22 (XXII)")
    r101 = proposals[0]["resolution"]
    assert r101["revision"] == "RÉV. BUSAN, 2014"  # the proposed view of the tracked change
    calls = {c["text"]: " ".join(c["labels"]) for c in r101["calls"]}
    assert calls["rappelant"] == "a) b) c) d) e) f) g) h)"
    assert calls["reconnaissant"] == "a) i) ii) iii) b) c) d)"
    r139 = proposals[2]["resolution"]
    faisant = next(c for c in r139["calls"] if c["text"] == "faisant sienne")
    assert faisant["labels"] == ["1", "2", "3", "4"]  # `{+1\t+}` made the text an item


@needs_samples
@pytest.mark.parametrize(
    ("name", "calls"),
    [
        (
            "base-council-res1306.docx",
            [
                ("considérant", "a) b) c) d) e) f) g) h) i) j)"),
                ("reconnaissant", "a) b) c) d) e)"),
                ("rappelant", ""),
                ("décide", "1 1.1 1.2 1.3 2 3 4 5 6"),
            ],
        ),
        (
            "base-council-res1423.docx",
            [
                ("considérant", "a) b) c)"),
                ("rappelant", ""),
                ("tenant compte", "a) b) c)"),
                ("reconnaissant", "a) b)"),
                ("décide", "1 2"),
                ("invite les États Membres et les Membres de Secteur", "1 2"),
            ],
        ),
        (
            "base-res101.docx",
            [
                ("rappelant", "a) b) c) d) e) f) g)"),
                ("consciente", "a) b)"),
                ("considérant", "a) b) c)"),
                ("considérant en outre", "a) b) c)"),
                ("reconnaissant", "a) i) ii) iii) b) c) d)"),
                ("prie le Secteur de la normalisation des télécommunications de l'UIT", ""),
                ("prie les trois Secteurs", ""),
                ("décide", "1 2 3 4 5"),
                ("charge le Secrétaire général", "1 2 3"),
                ("invite le Conseil", ""),
                ("invite les Etats Membres et les Membres des Secteurs", "1 2"),
            ],
        ),
    ],
)
def test_base_docx(capsys: pytest.CaptureFixture[str], name: str, calls: list) -> None:
    report = inspect_json(capsys, SAMPLES / name)
    assert report["proposals"] == []
    (resolution,) = report["resolutions"]
    assert [(c["text"], " ".join(c["labels"])) for c in resolution["calls"]] == calls


@needs_samples
def test_eur_and_iap_actions(capsys: pytest.CaptureFixture[str]) -> None:
    eur = inspect_json(capsys, SAMPLES / "EUR-12A1.docx")["proposals"]
    assert [(p["action"], p["target"]) for p in eur] == [
        ("MOD", "101"),
        ("MOD", "179"),
        ("ADD", "EUR-1"),
        ("SUP", "172"),
    ]
    assert all(p["reasons"] for p in eur)
    assert eur[2]["heading"] == "PARTIE 7 (VII) EXEMPLE FICTIF – Proposition de nouvelle résolution"
    iap = inspect_json(capsys, SAMPLES / "IAP-34A2.docx")["proposals"]
    assert [(p["action"], p["id"], p["target"]) for p in iap] == [
        ("MOD", "IAP/34A2/1", "101"),
        ("NOC", "IAP/34A2/2", "102"),
        ("MOD", "IAP/34A2/3", "179"),
    ]
    assert iap[1]["resolution"]["calls"] == []
