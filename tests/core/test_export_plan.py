"""The export plan: the engine's tracked view mapped onto the base file's paragraphs."""

import sys
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from engine_fixtures import (  # noqa: E402
    BASE_LINES,
    D2,
    NUMBER,
    A,
    B,
    C,
    base,
    edited,
    key,
    proposal,
)

from editor.core.changes import extract  # noqa: E402
from editor.core.consolidate import consolidate  # noqa: E402
from editor.core.decisions import by_source  # noqa: E402
from editor.core.export_plan import (  # noqa: E402
    DeleteParagraph,
    ExportPlan,
    InsertParagraph,
    KeepParagraph,
    RewriteParagraph,
    Segment,
    _with_footnotes,
    paragraph_indexes,
    plan_from_consolidation,
    planned_texts,
)
from editor.core.merge import merge  # noqa: E402
from editor.core.model import (  # noqa: E402
    DecisionState,
    Document,
    Paragraph,
    Provision,
    ProvisionKind,
    Run,
    View,
)

DATE = "2014-10-20T00:00:00Z"
# The base file: a heading and an empty paragraph before the resolution, one after.
FILE_TEXTS = ("Annexe au Document 79", "", *(line.partition(": ")[2] for line in BASE_LINES), "")
OFFSET = 2


def base_document() -> Document:
    return Document("base.docx", tuple(Paragraph((Run(t),) if t else ()) for t in FILE_TEXTS))


PROPOSALS = [
    proposal("ARB/79A3/1", "101", edited(
        {NUMBER: "N: RÉSOLUTION 101 (RÉV. [-GUADALAJARA, 2010-]{+BUSAN, 2014+})",
         D2: "I: 2\td'encourager la coopération [-entre les États Membres-]{+régionale+};"},
        {A: ["I: {+b)\tque l'accès à l'Internet est essentiel;+}"]})),
    proposal("EUR/12A1/1", "101", edited({C: "I: [-c)\tque les pays en développement ont "
                                              "besoin d'une assistance technique,-]"})),
]


def consolidated(*accepted: str):
    b = base()
    changes = merge(c for p in PROPOSALS for c in extract(b, p))
    decisions: dict = {}
    for source in accepted:
        decisions = by_source(decisions, changes, source, DecisionState.ACCEPTED)
    return b, consolidate(b, changes, decisions)


def test_provisions_are_found_in_the_file_in_order() -> None:
    where = paragraph_indexes(base_document(), base())
    assert where == [i + OFFSET for i in range(len(BASE_LINES))]


def test_plan_of_accepted_changes_reads_as_the_consolidated_text() -> None:
    b, result = consolidated("ARB", "EUR")
    plan = plan_from_consolidation(result, base_document(), b, date=DATE)
    assert plan.unplaced == ()
    indexes = [p.base_index for p in plan.paragraphs if not isinstance(p, InsertParagraph)]
    assert indexes == sorted(set(indexes))
    assert result.resolution is not None
    expected = [(p.label_text(View.ORIGINAL) + "\t" if p.label else "") + p.text(View.ORIGINAL)
                for p in result.resolution.provisions]
    accepted = planned_texts(plan, FILE_TEXTS, View.PROPOSED)
    assert accepted[OFFSET : OFFSET + len(expected)] == expected
    assert accepted[:OFFSET] == list(FILE_TEXTS[:OFFSET])
    assert planned_texts(plan, FILE_TEXTS, View.ORIGINAL) == list(FILE_TEXTS)
    kinds = {type(p).__name__ for p in plan.paragraphs}
    assert kinds == {"KeepParagraph", "RewriteParagraph", "InsertParagraph", "DeleteParagraph"}


def test_changes_are_attributed_to_their_proposals() -> None:
    b, result = consolidated("ARB", "EUR")
    plan = plan_from_consolidation(result, base_document(), b, author="Drafter", date=DATE)
    deleted = next(p for p in plan.paragraphs if isinstance(p, DeleteParagraph))
    assert deleted.base_index == C + OFFSET and deleted.author == "EUR/12A1/1"
    inserted = next(p for p in plan.paragraphs if isinstance(p, InsertParagraph))
    assert inserted.author == "ARB/79A3/1" and inserted.like_base_index == A + OFFSET
    number = plan.paragraphs[0]
    assert isinstance(number, RewriteParagraph)
    assert {s.author for s in number.segments if s.kind != "equal"} == {"ARB/79A3/1"}
    relabelled = next(p for p in plan.paragraphs if isinstance(p, RewriteParagraph)
                      and p.base_index == B + OFFSET)
    assert [(s.kind, s.text, s.author) for s in relabelled.label_segments] == [
        ("delete", "b)", "Drafter"), ("insert", "c)", "Drafter")]
    assert plan.title == "RÉSOLUTION 101 (RÉV. BUSAN, 2014)"


def test_nothing_accepted_keeps_every_paragraph() -> None:
    b, result = consolidated()
    plan = plan_from_consolidation(result, base_document(), b)
    assert all(isinstance(p, KeepParagraph) for p in plan.paragraphs)
    assert planned_texts(plan, FILE_TEXTS, View.PROPOSED) == list(FILE_TEXTS)


def test_a_provision_missing_from_the_file_is_reported() -> None:
    b, result = consolidated("ARB")
    doc = base_document()
    texts = list(doc.paragraphs)
    texts[NUMBER + OFFSET] = Paragraph((Run("Quelque chose d'autre"),))
    plan = plan_from_consolidation(result, replace(doc, paragraphs=tuple(texts)), b)
    assert plan.unplaced == ("101:0",)


def test_footnote_references_stay_after_their_words() -> None:
    p = Provision(ProvisionKind.ITEM, (Run("abc"), Run("", footnote="1"), Run("def"),
                                       Run("", footnote="2")))
    segs = (Segment("ab"), Segment("cd", "delete", "ARB"), Segment("X", "insert", "ARB"),
            Segment("ef"))
    out = _with_footnotes(p, segs)
    assert [(s.kind, s.text, s.footnote) for s in out] == [
        ("equal", "ab", None), ("delete", "c", None), ("delete", "", "1"),
        ("delete", "d", None), ("insert", "X", None), ("equal", "ef", None),
        ("equal", "", "2")]


def test_footnote_after_a_replaced_word_is_kept_after_the_new_word() -> None:
    # `(Rév. [-Hyderabad, 2010-]{+Dubaï, 2014+})[1]`: the reference follows the span; the
    # proposal did not delete it, and the consolidated text keeps it (segments.runs_of).
    p = Provision(ProvisionKind.ITEM, (Run("(Rév. Hyderabad, 2010)"), Run("", footnote="1"),
                                       Run(" et")))
    segs = (Segment("(Rév. "), Segment("Hyderabad, 2010)", "delete", "ARB"),
            Segment("Dubaï, 2014)", "insert", "ARB"), Segment(" et"))
    out = _with_footnotes(p, segs)
    assert [(s.kind, s.text, s.footnote) for s in out] == [
        ("equal", "(Rév. ", None), ("delete", "Hyderabad, 2010)", None),
        ("insert", "Dubaï, 2014)", None), ("equal", "", "1"), ("equal", " et", None)]
    b = base()
    item = replace(b.provisions[B], runs=(Run("que les réseaux sont un puissant moteur"),
                                          Run("", footnote="1"), Run(" de croissance;")))
    b = replace(b, provisions=(*b.provisions[:B], item, *b.provisions[B + 1:]))
    [c] = extract(b, proposal("ARB/1/1", "101", [
        "I: b)\tque les réseaux sont un puissant [-moteur-]{+facteur+} de croissance;"]))
    result = consolidate(b, [c], by_source({}, [c], "ARB", DecisionState.ACCEPTED))
    [t] = [t for t in result.tracked if t.key == key(B)]
    segs = tuple(Segment(s.text, s.op) for s in t.segments)
    exported = "".join(f"[{s.footnote}]" if s.footnote else s.text
                       for s in _with_footnotes(item, segs) if s.kind != "delete")
    consolidated = "".join(f"[{r.footnote}]" if r.footnote else r.text
                           for r in result.resolution.provisions[B].runs)
    assert exported == consolidated == "que les réseaux sont un puissant facteur[1] de croissance;"


@given(st.lists(st.sampled_from(["keep", "rewrite", "delete", "insert"]), max_size=12))
def test_planned_texts_reject_to_the_base(ops: list[str]) -> None:
    base_texts = tuple(f"alinéa {i}" for i in range(len(ops)))
    items: list = []
    for i, op in enumerate(ops):
        if op == "keep":
            items.append(KeepParagraph(i))
        elif op == "rewrite":
            items.append(RewriteParagraph(i, (Segment(base_texts[i], "delete", "A"),
                                              Segment("neuf", "insert", "A"))))
        elif op == "delete":
            items.append(DeleteParagraph(i, "A"))
        else:
            items.append(InsertParagraph(0, (Segment("ajouté", "insert", "A"),)))
    plan = ExportPlan(tuple(items))
    # base paragraphs the plan does not name (here: one per insert) are kept in place
    assert planned_texts(plan, base_texts, View.ORIGINAL) == list(base_texts)
    accepted = planned_texts(plan, base_texts, View.PROPOSED)
    assert len(accepted) == ops.count("keep") + ops.count("rewrite") + 2 * ops.count("insert")
    assert accepted.count("neuf") == ops.count("rewrite")
