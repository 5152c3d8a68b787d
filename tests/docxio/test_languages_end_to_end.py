"""English and Spanish resolutions end to end: structure, changes, merge, consolidation,
tracked and clean DOCX export, and pandoc's reading of the exports."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docxio_fixtures import REV, dele, footnotes_xml, ins, make_docx, p, r

from editor.core.changes import ChangeKind
from editor.core.consolidate import consolidate
from editor.core.decisions import by_source
from editor.core.export_plan import plan_from_consolidation
from editor.core.model import Body, DecisionState, ProvisionKind, View
from editor.core.routing import route
from editor.core.structure import parse_base, parse_proposals
from editor.docxio import read_document
from editor.docxio.writer import write_docx

ACC = DecisionState.ACCEPTED
FN = '<w:r><w:footnoteReference w:id="1"/></w:r>'
NOTES = footnotes_xml(("1", p(r("Resolution 1."))))

EN = [
    p(r("RESOLUTION 101 (REV. GUADALAJARA, 2010)")),
    p(r("Internet Protocol-based networks")),
    p(r("The Plenipotentiary Conference of the International Telecommunication Union "
        "(Guadalajara, 2010),")),
    p(r("considering")),
    p(r("a)\tthat IP-based networks are widely accessible;")),
    p(r("b)\tthat the growth of IP-based networks"), FN, r(" is significant;")),
    p(r("bbis)\tthat developing countries need assistance;")),
    p(r("resolves")),
    p(r("1\tto continue studies in the relevant study groups;")),
    p(r("2\tto encourage cooperation among Member States,")),
    p(r("instructs the Secretary-General")),
    p(r("1\tto report to the Council on progress made.")),
]
ES = [
    p(r("RESOLUCIÓN 101 (REV. GUADALAJARA, 2010)")),
    p(r("Redes basadas en el Protocolo Internet")),
    p(r("La Conferencia de Plenipotenciarios de la Unión Internacional de "
        "Telecomunicaciones (Guadalajara, 2010),")),
    p(r("considerando")),
    p(r("a)\tque las redes IP son un medio accesible;")),
    p(r("b)\tque el crecimiento de las redes IP"), FN, r(" es importante;")),
    p(r("resuelve")),
    p(r("1\tcontinuar los estudios en las comisiones de estudio;")),
    p(r("2\tfomentar la cooperación entre los Estados Miembros,")),
    p(r("encarga al Secretario General")),
    p(r("1\tque informe al Consejo sobre los progresos.")),
]


def revised(text: str, old: str, new: str) -> str:
    before, _, after = text.partition(old)
    return p(r(before), dele(old), ins(r(new)), r(after))


def part(pid: str, body: list[str], reasons: str) -> str:
    return "".join([p(r(f"MOD\t{pid}")), *body, p(r(f"{reasons}\tUpdate."))])


def moved(tag: str, text: str, rid: str) -> str:
    return (f'<w:{tag} w:id="{rid}" {REV}><w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
            f"</w:{tag}>")


def english(folder: Path) -> tuple[Path, list[Path]]:
    number = revised("RESOLUTION 101 (REV. GUADALAJARA, 2010)", "GUADALAJARA, 2010",
                     "BUSAN, 2014")
    new_item = p(ins(r("3\tto promote IPv6 deployment,")))
    arb = [number, *EN[1:5],
           p(r("b)\tthat the growth of "), dele("IP-based"), ins(r("Internet")), r(" networks"),
             FN, r(" is significant;")),
           *EN[6:8], revised("1\tto continue studies in the relevant study groups;",
                             ";", " of all three Sectors;"), *EN[9:]]
    eur = [number, *EN[1:10], new_item, *EN[10:]]
    iap = [*EN[:10], new_item, *EN[10:]]
    base = make_docx(folder / "en-base.docx", "".join(EN), footnotes=NOTES)
    docs = [make_docx(folder / f"en-{pid[:3]}.docx", part(pid, body, "Reasons:"),
                      footnotes=NOTES)
            for pid, body in (("ARB/1A1/1", arb), ("EUR/2A1/1", eur), ("IAP/3A1/1", iap))]
    return base, docs


def spanish(folder: Path) -> tuple[Path, list[Path]]:
    arb = [revised("RESOLUCIÓN 101 (REV. GUADALAJARA, 2010)", "GUADALAJARA, 2010",
                   "BUSÁN, 2014"), *ES[1:5],
           # the footnote reference is deleted with the words it follows
           p(r("b)\tque el crecimiento "), f'<w:del w:id="30" {REV}>'
             '<w:r><w:delText xml:space="preserve">de las redes IP</w:delText></w:r>'
             f"{FN}</w:del>", ins(r("del Protocolo Internet")), r(" es importante;")),
           ES[6],
           # item 2 moved before item 1 (w:moveTo / w:moveFrom)
           p(moved("moveTo", "1\tfomentar la cooperación entre los Estados Miembros;", "21")),
           p(r("1\tcontinuar los estudios en las comisiones de estudio;")),
           p(moved("moveFrom", "2\tfomentar la cooperación entre los Estados Miembros,", "20")),
           *ES[9:]]
    base = make_docx(folder / "es-base.docx", "".join(ES), footnotes=NOTES)
    return base, [make_docx(folder / "es-ARB.docx", part("ARB/1A1/1", arb, "Motivos:"),
                            footnotes=NOTES)]


def consolidated(base_path: Path, docs: list[Path], *accepted: str):
    base = parse_base(read_document(base_path))
    proposals = [parse_proposals(read_document(d)) for d in docs]
    dossier = route([base], proposals).dossier("101")
    assert dossier is not None
    decisions: dict = {}
    for source in accepted:
        decisions = by_source(decisions, dossier.changes, source, ACC)
    return base, proposals, dossier, consolidate(base, dossier.changes, decisions)


def lines(res, view=View.ORIGINAL) -> list[str]:
    return [" ".join(f"{x.label_text(view)} {x.text(view)}".split()) for x in res.provisions
            if x.exists_in(view)]


def exports(tmp_path: Path, base_path: Path, base, result) -> dict[str, Path]:
    plan = plan_from_consolidation(result, read_document(base_path), base,
                                   date="2014-10-20T00:00:00Z")
    assert plan.unplaced == ()
    out = {}
    for name, tracked in (("tracked", True), ("clean", False)):
        out[name] = tmp_path / f"{name}.docx"
        out[name].write_bytes(write_docx(base_path.read_bytes(), plan, tracked=tracked))
    return out


def test_english_structure_changes_and_merge(tmp_path: Path) -> None:
    base_path, docs = english(tmp_path)
    base, proposals, d, _ = consolidated(base_path, docs)
    assert (base.language, base.body) == ("en", Body.PP)
    calls = [x.text(View.ORIGINAL) for x in base.provisions if x.kind is ProvisionKind.CALL]
    assert calls == ["considering", "resolves", "instructs the Secretary-General"]
    labels = [x.label_text(View.ORIGINAL) for x in base.provisions if x.kind is ProvisionKind.ITEM]
    assert labels == ["a)", "b)", "bbis)", "1", "2", "1"]
    assert [pr.reasons for doc in proposals for pr in doc.proposals] == ["Update."] * 3
    assert [(c.kind, c.old, c.new, c.sources) for c in d.changes] == [
        (ChangeKind.TEXT, "GUADALAJARA, 2010", "BUSAN, 2014", ("ARB/1A1/1", "EUR/2A1/1")),
        (ChangeKind.TEXT, "IP-based", "Internet", ("ARB/1A1/1",)),
        (ChangeKind.TEXT, ";", " of all three Sectors;", ("ARB/1A1/1",)),
        # the same new item inserted identically by two groups: one change, two sources
        (ChangeKind.INSERT, "", "to promote IPv6 deployment,", ("EUR/2A1/1", "IAP/3A1/1")),
    ]
    assert d.conflicts == ()


def test_spanish_structure_move_and_deleted_footnote(tmp_path: Path) -> None:
    base_path, docs = spanish(tmp_path)
    base, proposals, d, result = consolidated(base_path, docs, "ARB")
    assert (base.language, base.body) == ("es", Body.PP)
    calls = [x.text(View.ORIGINAL) for x in base.provisions if x.kind is ProvisionKind.CALL]
    assert calls == ["considerando", "resuelve", "encarga al Secretario General"]
    assert proposals[0].proposals[0].reasons == "Update."
    kinds = [(c.kind, c.removes_provision) for c in d.changes]
    assert kinds.count((ChangeKind.MOVE, True)) == 1 and kinds.count((ChangeKind.MOVE, False)) == 1
    assert lines(result.resolution)[7:9] == [
        "1 fomentar la cooperación entre los Estados Miembros;",
        "2 continuar los estudios en las comisiones de estudio;"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_exports_read_back_and_agree_with_pandoc(language: str, tmp_path: Path) -> None:
    base_path, docs = (english if language == "en" else spanish)(tmp_path)
    base, _, _, result = consolidated(base_path, docs, "ARB", "EUR")
    files = exports(tmp_path, base_path, base, result)
    tracked = parse_base(read_document(files["tracked"]))
    assert lines(tracked, View.ORIGINAL) == lines(base)
    assert lines(tracked, View.PROPOSED) == lines(result.resolution)
    assert lines(parse_base(read_document(files["clean"]))) == lines(result.resolution)
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc not installed")

    def pandoc(path: Path, track: str) -> str:
        return subprocess.run(["pandoc", f"--track-changes={track}", "-t", "plain",
                               "--wrap=none", str(path)], capture_output=True, text=True,
                              check=True, timeout=60).stdout

    assert pandoc(files["tracked"], "reject") == pandoc(base_path, "accept")
    assert pandoc(files["tracked"], "accept") == pandoc(files["clean"], "accept")
    clean = pandoc(files["clean"], "accept")
    if language == "en":
        assert "3 to promote IPv6 deployment," in clean and "networks[1] is" in clean
    else:
        # (whether [1] stays: see test_consolidate_footnotes, a known limitation)
        assert "BUSÁN, 2014" in clean and "crecimiento del Protocolo Internet" in clean
