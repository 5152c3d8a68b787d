"""Reading ITU structure in a `Document`: resolutions (number line, title, preamble, calls,
items, annexes) and proposals documents (`MOD ARB/79A3/1` parts). Pure functions.

Word styles decide when the document has them (`Call`, `Proposal`, `Reasons`, `ResNo`...);
otherwise the words do. Text is always read on runs, so revisions stay attached: a
proposal's number line `RÉSOLUTION 101 (RÉV. [-GUADALAJARA, 2010-]{+BUSAN, 2014+})` is
recognised in either view and kept with its revisions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .calls import call_language, is_preamble, preamble_body, preamble_language
from .errors import InputError
from .itemlabels import LevelTracker, label_kind, label_of, split_label
from .model import (
    Action,
    Body,
    Document,
    Footnote,
    Paragraph,
    Proposal,
    ProposalsDocument,
    Provision,
    ProvisionKind,
    Resolution,
    Revision,
    Run,
    View,
)

_NUMBER_LINE = re.compile(
    r"^(?:(?:projet\s+de|proyecto\s+de|draft)\s+)?(?:(?:nouvelle|new|nueva)\s+)?"
    r"(?P<word>résolution|resolution|resolución|resolucion)\s+"
    r"(?:\[(?P<tag>[^\]]{1,24})\]|(?:(?:uit|itu)[-\u2011\u2010 ][rtd]\s+)?(?P<num>\d+[a-z]?)\b)"
    r"\s*(?:\((?:[^()]|\([^()]*\))*\))?\s*\.?$",
    re.IGNORECASE,
)
_PARENTHESIS_LINE = re.compile(r"^\(.*\)$")
_ACTION = re.compile(r"^(?P<action>\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)(?:\s+(?P<id>\S+))?\s*$")
_PROPOSAL_ID = re.compile(r"^[A-Z]{2,5}(?:/[A-Z]{2,5})*/\d+[A-Z0-9]*/\d+$")
_PART_HEADER = re.compile(r"^(?:partie|part|parte)\s+\d+\b", re.IGNORECASE)
_PROPOSAL_HEADING = re.compile(r"^(?:proposition|proposal|propuesta)s?\b", re.IGNORECASE)
_REASONS = re.compile(r"^(?:motifs?|reasons?|motivos?)\s*:\s*", re.IGNORECASE)
_ANNEX = re.compile(r"^(?:ANNEXE|ANNEX|ANEXO)\b|^(?:Annexe|Annex|Anexo)\s+(?:\d|[A-Z]\b|à|to|a)")
_RESOLUTION_IN_HEADING = re.compile(
    r"\b(?:résolution|resolution|resolución|resolucion)\s+(?:\[(?P<tag>[^\]]+)\]|(?P<num>\d+))",
    re.IGNORECASE,
)
_COUNCIL_SESSION = re.compile(r"\bC\d{2}\b")
_ACTIONS = {
    "MOD": Action.MOD,
    "(MOD)": Action.EDITORIAL,
    "ADD": Action.ADD,
    "ADD*": Action.ADD,
    "SUP": Action.SUP,
    "SUP*": Action.SUP,
    "NOC": Action.NOC,
}
_NUMBER_WORD_LANGUAGE = {
    "résolution": "fr",
    "resolution": "en",
    "resolución": "es",
    "resolucion": "es",
}
_MAX_TITLE_LINES = 4
_MAX_CALL = 400  # a call runs to a few lines at most; longer unlabelled text is text
_MAX_UNKNOWN_CALL = 100


# --- reading paragraphs ------------------------------------------------------------------


def _style(paragraph: Paragraph) -> str:
    """Style name compared loosely: `Normal_after_title` and `Normalaftertitle` agree."""
    return re.sub(r"[^a-z0-9]", "", paragraph.style.lower())


def _squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _texts(paragraph: Paragraph) -> tuple[str, ...]:
    """The paragraph's non-empty texts, proposed view first."""
    # Both views in one pass over the runs (this is called several times per paragraph):
    # a revision either inserts (proposed view only) or deletes (original view only).
    proposed: list[str] = []
    original: list[str] = []
    for run in paragraph.runs:
        if run.footnote is not None:
            continue
        if run.revision is None:
            proposed.append(run.text)
            original.append(run.text)
        elif run.revision.inserts:
            proposed.append(run.text)
        else:
            original.append(run.text)
    seen = ("".join(proposed), "".join(original))
    return tuple(dict.fromkeys(t for t in seen if t.strip()))


def _text(paragraph: Paragraph) -> str:
    """What the paragraph says: the proposed text, or the original one when deleted."""
    texts = _texts(paragraph)
    return texts[0] if texts else ""


def _is_empty(paragraph: Paragraph) -> bool:
    return not _texts(paragraph) and not any(r.footnote for r in paragraph.runs)


def _mark(paragraph: Paragraph) -> Revision | None:
    """The revision inserting or deleting the whole paragraph, if any."""
    revisions = [r.revision for r in paragraph.runs if r.text.strip() or r.footnote]
    if revisions and all(r is not None and r.inserts for r in revisions):
        return revisions[0]
    if revisions and all(r is not None and r.deletes for r in revisions):
        return revisions[0]
    return paragraph.mark


def number_of(paragraph: Paragraph) -> str | None:
    """The number (or draft tag) if `paragraph` is a number line, else None.

    The original view wins, because a proposal targets the resolution as it stands; an
    inserted (new) resolution only has a proposed view.
    """
    for view in (View.ORIGINAL, View.PROPOSED):
        m = _NUMBER_LINE.match(_squash(paragraph.text(view)))
        if m:
            return m.group("tag") or m.group("num").upper()
    return None


def _number_word(paragraph: Paragraph) -> str:
    m = _NUMBER_LINE.match(_squash(_text(paragraph)))
    return m.group("word").lower() if m else ""


def is_annex_heading(paragraph: Paragraph) -> bool:
    style = _style(paragraph)
    if style in ("annexno", "annex", "annextitle", "annexnotitle", "annexnos"):
        return True
    text = _squash(_text(paragraph))
    return len(text) <= 150 and not text.endswith(".") and _ANNEX.match(text) is not None


# --- resolutions ----------------------------------------------------------------------


def _known_call(text: str) -> bool:
    """A known call word, short, without the final punctuation of a sentence."""
    squashed = _squash(text)
    if not squashed or text[:1].isspace() or len(squashed) > _MAX_CALL:
        return False
    if squashed.endswith((".", ";", ":")) or squashed.endswith(",") and len(squashed) > 60:
        return False
    return call_language(squashed) is not None


def _unknown_call(text: str, previous: Provision | None, following: Paragraph | None) -> bool:
    """An unlabelled short lowercase line between two item lists: a call not in our words."""
    squashed = _squash(text)
    return (  # the label split of the following paragraph last: it costs the most
        previous is not None
        and previous.kind is ProvisionKind.ITEM
        and following is not None
        and not text[:1].isspace()
        and 0 < len(squashed) <= _MAX_UNKNOWN_CALL
        and squashed[0].isalpha()
        and squashed[0].islower()
        and not squashed.endswith((".", ";", ":", ","))
        and split_label(following.runs) is not None
    )


class _Reader:
    """One pass over a resolution's paragraphs; state kept here, not in globals."""

    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self.paragraphs = [p for p in paragraphs if not _is_empty(p)]
        self.style_calls = any(_style(p) == "call" for p in self.paragraphs)
        self.provisions: list[Provision] = []
        self.levels = LevelTracker()
        self.number = ""
        self.number_word = ""
        self.title_lines = 0
        self.in_title = False
        self.seen_preamble = False
        self.seen_call = False
        self.in_annex = False
        self.annex_title_open = False

    def add(
        self,
        kind: ProvisionKind,
        paragraph: Paragraph,
        runs: tuple[Run, ...] | None = None,
        label: tuple[Run, ...] = (),
        level: int = 0,
    ) -> None:
        self.provisions.append(
            Provision(
                kind=kind,
                runs=paragraph.runs if runs is None else runs,
                label=label,
                level=level,
                style=paragraph.style,
                mark=_mark(paragraph),
                in_annex=self.in_annex,
            )
        )

    def read(self) -> list[Provision]:
        for index, paragraph in enumerate(self.paragraphs):
            following = self.paragraphs[index + 1] if index + 1 < len(self.paragraphs) else None
            self.read_one(paragraph, following)
        return self.provisions

    def read_one(self, paragraph: Paragraph, following: Paragraph | None) -> None:
        style = _style(paragraph)
        text = _text(paragraph)
        if self.in_annex:
            self.read_annex(paragraph, text)
            return
        if is_annex_heading(paragraph) and self.provisions:
            self.in_annex = True
            self.annex_title_open = True
            self.add(ProvisionKind.ANNEX_HEADING, paragraph)
            return
        if not self.number and not self.seen_preamble and not self.seen_call:
            number = number_of(paragraph)
            if number is not None or style == "resno":
                self.number = number or ""
                self.number_word = _number_word(paragraph)
                self.in_title = True
                self.add(ProvisionKind.NUMBER, paragraph)
                return
        if (
            not self.seen_preamble
            and not self.seen_call
            and (style == "normalaftertitle" or any(is_preamble(t) for t in _texts(paragraph)))
        ):
            self.in_title = False
            self.seen_preamble = True
            self.add(ProvisionKind.PREAMBLE, paragraph)
            return
        split = split_label(paragraph.runs)
        if self.is_call(paragraph, text, split is not None, following):
            self.in_title = False
            self.seen_call = True
            self.levels.reset()
            self.add(ProvisionKind.CALL, paragraph)
            return
        if split is not None:
            self.in_title = False
            kind = label_kind(label_of(split))
            level = self.levels.level(kind) if kind else 1
            self.add(ProvisionKind.ITEM, paragraph, runs=split.text, label=split.label, level=level)
            return
        if self.in_title:
            last = self.provisions[-1].kind if self.provisions else None
            if last is ProvisionKind.NUMBER and _PARENTHESIS_LINE.match(_squash(text)):
                self.add(ProvisionKind.TEXT, paragraph)  # (adoptée à la sixième séance...)
                return
            if self.title_lines < _MAX_TITLE_LINES:
                self.title_lines += 1
                self.add(ProvisionKind.TITLE, paragraph)
                return
            self.in_title = False
        self.add(ProvisionKind.TEXT, paragraph)

    def is_call(
        self, paragraph: Paragraph, text: str, labelled: bool, following: Paragraph | None
    ) -> bool:
        if self.style_calls:
            return _style(paragraph) == "call"
        if labelled:
            return False
        if any(_known_call(t) for t in _texts(paragraph)):
            return True
        previous = self.provisions[-1] if self.provisions else None
        return _unknown_call(text, previous, following)

    def read_annex(self, paragraph: Paragraph, text: str) -> None:
        split = split_label(paragraph.runs)
        if self.annex_title_open:
            self.annex_title_open = False
            squashed = _squash(text)
            if split is None and len(squashed) <= 300 and not squashed.endswith((".", ";", ":")):
                self.add(ProvisionKind.ANNEX_HEADING, paragraph)
                return
        if split is not None:
            kind = label_kind(label_of(split))
            level = self.levels.level(kind) if kind else 1
            self.add(ProvisionKind.ITEM, paragraph, runs=split.text, label=split.label, level=level)
        elif self.style_calls and _style(paragraph) == "call":
            self.levels.reset()
            self.add(ProvisionKind.CALL, paragraph)
        else:
            self.add(ProvisionKind.TEXT, paragraph)


def parse_resolution(
    paragraphs: Sequence[Paragraph], footnotes: Sequence[Footnote] = (), name: str = ""
) -> Resolution:
    """The resolution `paragraphs` hold, with the footnotes its runs reference.

    `number` is "" when no number line is found (a fragment); `name` is the file the
    paragraphs come from, kept for symmetry with `parse_base`.
    """
    del name  # nothing here can fail; the name only matters to `parse_base`'s message
    reader = _Reader(paragraphs)
    provisions = tuple(reader.read())
    preamble = next((p for p in provisions if p.kind is ProvisionKind.PREAMBLE), None)
    number_line = next((p for p in provisions if p.kind is ProvisionKind.NUMBER), None)
    body = Body.UNKNOWN
    language = ""
    if preamble is not None:
        preamble_text = preamble.text(View.PROPOSED) or preamble.text(View.ORIGINAL)
        body = preamble_body(preamble_text)
        language = preamble_language(preamble_text)
    number_text = (
        number_line.text(View.ORIGINAL) or number_line.text(View.PROPOSED) if number_line else ""
    )
    if body is Body.UNKNOWN and _COUNCIL_SESSION.search(number_text):
        body = Body.COUNCIL
    if not language:
        language = next(
            (
                lang
                for p in provisions
                if p.kind is ProvisionKind.CALL
                and (lang := call_language(p.text(View.PROPOSED) or p.text(View.ORIGINAL)))
            ),
            "",
        ) or _NUMBER_WORD_LANGUAGE.get(reader.number_word, "")
    return Resolution(
        number=reader.number,
        provisions=provisions,
        body=body,
        footnotes=_referenced(provisions, footnotes),
        language=language,
    )


def _referenced(
    provisions: Sequence[Provision], footnotes: Sequence[Footnote]
) -> tuple[Footnote, ...]:
    by_id = {f.id: f for f in footnotes}
    ids = dict.fromkeys(
        r.footnote for p in provisions for r in (*p.label, *p.runs) if r.footnote is not None
    )
    return tuple(by_id[i] for i in ids if i in by_id)


def resolution_spans(paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
    """(start, end) of each resolution: from a number line to the next one."""
    starts = [i for i, p in enumerate(paragraphs) if number_of(p) is not None]
    return [
        (s, starts[k + 1] if k + 1 < len(starts) else len(paragraphs)) for k, s in enumerate(starts)
    ]


def parse_base(document: Document) -> Resolution:
    """The first resolution of a base file; `InputError` if there is none."""
    spans = resolution_spans(document.paragraphs)
    if not spans:
        raise InputError(
            document.name,
            "no resolution found (no line like 'RÉSOLUTION 101 (RÉV. BUSAN, 2014)')",
        )
    start, end = spans[0]
    return parse_resolution(document.paragraphs[start:end], document.footnotes, document.name)


# --- proposals ------------------------------------------------------------------------


def action_of(paragraph: Paragraph) -> tuple[Action, str] | None:
    """(action, id) if `paragraph` is an action line such as `MOD\\tARB/79A3/1`.

    Without the `Proposal` style an id is required, so a stray "ADD" in text is not one.
    """
    styled = _style(paragraph) == "proposal"
    for text in _texts(paragraph):
        m = _ACTION.match(_squash(text))
        if not m:
            continue
        proposal_id = m.group("id") or ""
        if _PROPOSAL_ID.match(proposal_id) or styled:
            return _ACTIONS[m.group("action")], proposal_id
    return None


def _is_part_number(paragraph: Paragraph) -> bool:
    text = _squash(_text(paragraph))
    return _style(paragraph) == "partno" or (
        len(text) <= 40 and _PART_HEADER.match(text) is not None
    )


def _is_header(paragraph: Paragraph) -> bool:
    text = _squash(_text(paragraph))
    return (
        _is_part_number(paragraph)
        or _style(paragraph) == "parttitle"
        or (len(text) <= 300 and _PROPOSAL_HEADING.match(text) is not None)
    )


def _reasons_of(paragraph: Paragraph) -> str | None:
    text = _text(paragraph)
    m = _REASONS.match(text.strip())
    if m:
        return text.strip()[m.end() :].strip()
    if _style(paragraph) == "reasons":
        return text.strip()
    return None


def parse_proposals(document: Document) -> ProposalsDocument:
    """The proposals of a proposals document, in order; none when it has no action line."""
    paragraphs = document.paragraphs
    actions = [(i, found) for i, p in enumerate(paragraphs) if (found := action_of(p))]
    starts: list[int] = []
    for k, (i, _) in enumerate(actions):
        floor = actions[k - 1][0] + 1 if k else 0
        start = i
        while start - 1 >= floor and _is_header(paragraphs[start - 1]):
            start -= 1
        # `PARTIE 7 (VII)` then a heading in any words (`EXEMPLE FICTIF – Proposition...`)
        part = next(
            (j for j in range(i - 1, max(floor, i - 3) - 1, -1) if _is_part_number(paragraphs[j])),
            None,
        )
        starts.append(min(start, part) if part is not None else start)
    proposals: list[Proposal] = []
    for k, (i, (action, proposal_id)) in enumerate(actions):
        end = starts[k + 1] if k + 1 < len(actions) else len(paragraphs)
        heading = " ".join(_squash(_text(p)) for p in paragraphs[starts[k] : i])
        body = list(paragraphs[i + 1 : end])
        reasons: list[str] = []
        cut = next((j for j, p in enumerate(body) if _reasons_of(p) is not None), None)
        if cut is not None:
            for p in body[cut:]:
                reason = _reasons_of(p)
                if reason is None:
                    break  # what follows the reasons belongs to no proposal
                reasons.append(reason)
            body = body[:cut]
        resolution = (
            parse_resolution(body, document.footnotes, document.name)
            if any(not _is_empty(p) for p in body)
            else None
        )
        proposals.append(
            Proposal(
                action=action,
                id=proposal_id,
                target=_target(resolution, heading),
                resolution=resolution,
                reasons="\n".join(r for r in reasons if r),
                heading=heading,
                document=document.name,
            )
        )
    return ProposalsDocument(
        name=document.name,
        proposals=tuple(proposals),
        marking=document.marking,
        title=document.title,
    )


def _target(resolution: Resolution | None, heading: str) -> str:
    if resolution is not None and resolution.number:
        return resolution.number
    m = _RESOLUTION_IN_HEADING.search(heading)
    if m:
        return m.group("tag") or m.group("num")
    return ""
