"""`synoptic consolidate --format docx`: clean and tracked exports through the shared
`editor.app.export_backend.patched_docx` (the GUI writes with the same function)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from editor.app.export_backend import patched_docx, read_base
from editor.cli import main
from editor.core.consolidate import consolidate
from editor.core.decisions import by_source
from editor.core.model import Decision, DecisionState, Resolution, View
from editor.core.routing import route
from editor.core.structure import parse_base, parse_proposals
from editor.docxio import read_document

DOCX = Path(__file__).resolve().parents[2] / "resources" / "samples" / "docx"
FILES = [DOCX / n for n in ("ARB-79A3.docx", "EUR-12A1.docx", "IAP-34A2.docx")]
PROPOSALS = [a for f in FILES for a in ("--proposal", str(f))]
MARK = re.compile(r'<w:(ins|del) ([^>]*)>')

pytestmark = pytest.mark.skipif(not all(f.exists() for f in FILES), reason="no corpus")


def lines(res: Resolution, view: View = View.ORIGINAL) -> list[str]:
    return [" ".join(f"{p.label_text(view)} {p.text(view)}".split()) for p in res.provisions
            if p.exists_in(view)]


def engine(number: str, *accepted: str):
    base = parse_base(read_document(DOCX / f"base-res{number}.docx"))
    routing = route([base], [parse_proposals(read_document(f)) for f in FILES])
    d = routing.dossier(number)
    decisions: dict[str, Decision] = {}
    for source in accepted:
        decisions = by_source(decisions, d.changes, source, DecisionState.ACCEPTED)
    return base, d, decisions, consolidate(d.base, d.changes, decisions)


def marks(path: Path) -> list[tuple[str, dict[str, str]]]:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return [(m.group(1), dict(re.findall(r'w:(\w+)="([^"]*)"', m.group(2))))
            for m in MARK.finditer(xml)]


def test_tracked_export_attributes_every_mark_to_an_accepted_proposal(tmp_path):
    out = tmp_path / "res101.docx"
    code = main(["consolidate", "--base", str(DOCX / "base-res101.docx"), *PROPOSALS,
                 "--resolution", "101",
                 "--accept", "ARB", "--accept", "IAP", "--format", "docx", "--tracked",
                 "-o", str(out)])
    assert code == 0
    base, d, decisions, result = engine("101", "ARB", "IAP")
    # a change several groups ask for (merged) is accepted with ARB's and names them all
    accepted = {", ".join(c.sources) for c in d.changes if c.id in decisions}
    found = marks(out)
    assert found
    assert {a["author"] for _, a in found} == accepted
    for _tag, attributes in found:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", attributes["date"])
    back = parse_base(read_document(out))
    assert lines(back, View.PROPOSED) == lines(result.resolution)
    assert lines(back, View.ORIGINAL) == lines(base)


def test_clean_export_is_the_consolidated_text_without_marks(tmp_path):
    out = tmp_path / "res101.docx"
    code = main(["consolidate", "--base", str(DOCX / "base-res101.docx"), *PROPOSALS,
                 "--resolution", "101",
                 "--accept", "EUR", "--format", "docx", "--clean", "-o", str(out)])
    assert code == 0
    _, _, _, result = engine("101", "EUR")
    assert marks(out) == []
    assert lines(parse_base(read_document(out))) == lines(result.resolution)


@pytest.mark.parametrize("name", ["out.docx", "out"])  # without a suffix: .docx added
def test_several_resolutions_give_one_file_each(tmp_path, name):
    out = tmp_path / name
    code = main(["consolidate", "--base", str(DOCX / "base-res101.docx"),
                 "--base", str(DOCX / "base-res102.docx"), *PROPOSALS,
                 "--accept", "ARB", "--format", "docx", "--tracked", "-o", str(out)])
    assert code == 0
    assert (tmp_path / "out-101.docx").exists() and (tmp_path / "out-102.docx").exists()
    assert not out.exists()


def test_tracked_changes_are_dated_by_their_decisions(tmp_path):
    base, d, decisions, result = engine("101", "ARB")
    first, *rest = sorted(decisions)
    times = {first: "2014-10-21T09:15:02.250Z"}
    dated = {t: Decision(t, x.state, time=times.get(t, "2014-10-22T16:00:00.000Z"))
             for t, x in decisions.items()}
    content = (DOCX / "base-res101.docx").read_bytes()
    patched = patched_docx(content, read_base(content), base, result, dated, tracked=True)
    assert patched.unplaced == ()
    path = tmp_path / "dated.docx"
    path.write_bytes(patched.data)
    # whole seconds for Word; every mark dated by its decision, none by the clock
    assert rest and {a["date"] for _, a in marks(path)} == {
        "2014-10-21T09:15:02Z", "2014-10-22T16:00:00Z"}
