"""The model as JSON data and back: every parsed sample comes back equal, any model the
strategies build comes back equal, and anything that is not exactly that form is refused
with ValueError (a session's cache is someone else's data)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.app.samples import sample_files
from editor.core import serial
from editor.core.model import (
    Action,
    Body,
    Footnote,
    FormatChange,
    Paragraph,
    Proposal,
    ProposalsDocument,
    Provision,
    ProvisionKind,
    Resolution,
    Revision,
    RevisionKind,
    Run,
)
from editor.core.structure import parse_base, parse_proposals
from editor.docxio import read_document


def through_json(value: object, kind: type) -> object:
    return serial.decoder(kind)(json.loads(json.dumps(serial.encode(value))))


@pytest.mark.parametrize(("path", "role"), sample_files(), ids=lambda v: getattr(v, "name", v))
def test_every_parsed_sample_comes_back_equal(path: Path, role: str) -> None:
    document = read_document(path)
    parsed = parse_base(document) if role == "base" else parse_proposals(document)
    kind = Resolution if role == "base" else ProposalsDocument
    again = through_json(parsed, kind)
    assert again == parsed
    assert type(again) is kind


def test_trailing_defaults_are_left_out() -> None:
    assert serial.encode(Run("mots")) == ["mots"]
    insert = Revision(RevisionKind.INSERT, "ARB", "2014-09-15T00:00:00Z", "7")
    assert serial.encode(Run("x", insert)) == ["x", ["insert", "ARB", "2014-09-15T00:00:00Z", "7"]]
    assert serial.encode(Run("", None, "2")) == ["", None, "2"]
    # a proposal's sources are kept even though the constructor would derive them again
    p = Proposal(Action.MOD, "ARB/79A3/1", "101", sources=("ARB", "EUR"))
    assert through_json(p, Proposal) == p


texts = st.text(max_size=12)
revisions = st.builds(Revision, st.sampled_from(RevisionKind), texts, texts, texts)
runs = st.builds(Run, texts, st.none() | revisions, st.none() | texts)
run_tuples = st.lists(runs, max_size=4).map(tuple)
provisions = st.builds(Provision, st.sampled_from(ProvisionKind), run_tuples, run_tuples,
                       st.integers(0, 5), texts, st.none() | revisions, st.booleans())
paragraphs = st.builds(Paragraph, run_tuples, texts, st.none() | revisions, st.booleans(),
                       st.lists(st.builds(FormatChange, st.sampled_from(["run", "paragraph"]),
                                          texts, texts, texts), max_size=2).map(tuple))
footnotes = st.builds(Footnote, texts, st.lists(paragraphs, max_size=2).map(tuple))
resolutions = st.builds(Resolution, texts, st.lists(provisions, max_size=5).map(tuple),
                        st.sampled_from(Body), st.lists(footnotes, max_size=2).map(tuple), texts)
proposals = st.builds(Proposal, st.sampled_from(Action), texts, texts,
                      st.none() | resolutions, texts, texts, texts)
documents = st.builds(ProposalsDocument, texts, st.lists(proposals, max_size=3).map(tuple))


@settings(max_examples=60, deadline=None)
@given(document=documents)
def test_any_proposals_document_comes_back_equal(document: ProposalsDocument) -> None:
    assert through_json(document, ProposalsDocument) == document


@settings(max_examples=60, deadline=None)
@given(resolution=resolutions)
def test_any_resolution_comes_back_equal(resolution: Resolution) -> None:
    assert through_json(resolution, Resolution) == resolution


class Mark(NamedTuple):
    at: int
    text: str = ""


@dataclass(frozen=True)
class Noted:
    marks: tuple[Mark, ...]
    pair: tuple[int, str]
    where: Provision | None = None


def test_named_tuples_and_fixed_tuples_have_a_json_form_too() -> None:
    # as the engine's classes have (Change.notes are named tuples)
    value = Noted((Mark(3, "fn"), Mark(0)), (1, "a"), Provision(ProvisionKind.TEXT, (Run("x"),)))
    assert serial.encode(value) == [[[3, "fn"], [0]], [1, "a"], ["text", [["x"]]]]
    assert through_json(value, Noted) == value
    with pytest.raises(ValueError):
        serial.decoder(Noted)([[], [1]])  # a pair of one


RUN = serial.decoder(Run)


@pytest.mark.parametrize("value", [
    None, "mots", {}, [], ["a", None, None, "extra"],  # not a run's shape
    [1], [True], [None], [["a"]],  # text of the wrong type
    ["a", "insert"], ["a", ["inserted"]], ["a", ["insert", 1]], ["a", [None]],  # revision
    ["a", None, 2], ["a", None, ["2"]],  # footnote id
])
def test_anything_else_is_refused(value: object) -> None:
    with pytest.raises(ValueError):
        RUN(value)


def test_integers_and_booleans_are_told_apart() -> None:
    provision = serial.decoder(Provision)
    assert provision(["item", [], [], 2]).level == 2
    for level in (True, 2.0, "2", None):
        with pytest.raises(ValueError):
            provision(["item", [], [], level])
    with pytest.raises(ValueError):
        provision(["item", [], [], 1, "", None, 1])  # in_annex is a boolean


def test_a_missing_required_field_is_refused() -> None:
    with pytest.raises(ValueError):
        serial.decoder(Resolution)(["101"])
    with pytest.raises(ValueError):
        serial.decoder(Proposal)(["MOD", "ARB/79A3/1"])


def test_a_class_without_a_json_form_is_a_type_error() -> None:
    @dataclass(frozen=True)
    class Odd:
        values: dict[str, int]

    with pytest.raises(TypeError):
        serial.encode(Odd({"a": 1}))
    with pytest.raises(TypeError):
        serial.decoder(Odd)
