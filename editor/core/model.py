"""The document model, in the drafters' language. Frozen dataclasses, no Qt, no I/O.

Two layers:

* what a file holds, independent of ITU conventions: `Document` of `Paragraph`s made of
  `Run`s, each run possibly carrying a `Revision` (tracked change or formatting mark);
* what a drafter reads in it: a `ProposalsDocument` of `Proposal`s, each targeting a
  `Resolution` made of `Provision`s (number line, title, preamble, calls, items...).

Text with revisions is always kept as runs, so both views stay available:
`View.ORIGINAL` (every revision rejected) and `View.PROPOSED` (every revision accepted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class View(StrEnum):
    """Which text of a revised document to read."""

    ORIGINAL = "reject"  # every revision rejected: the text the proposal started from
    PROPOSED = "accept"  # every revision accepted: the text the proposal asks for


class RevisionKind(StrEnum):
    INSERT = "insert"
    DELETE = "delete"
    MOVE_FROM = "move-from"  # deleted here because moved elsewhere
    MOVE_TO = "move-to"  # inserted here because moved from elsewhere


@dataclass(frozen=True)
class Revision:
    """One revision mark: a tracked change, or strike/underline formatting read as one."""

    kind: RevisionKind
    author: str = ""
    date: str = ""  # ISO 8601 as found in the file, "" when absent
    id: str = ""  # w:id in the source, for traceability only

    @property
    def inserts(self) -> bool:
        return self.kind in (RevisionKind.INSERT, RevisionKind.MOVE_TO)

    @property
    def deletes(self) -> bool:
        return self.kind in (RevisionKind.DELETE, RevisionKind.MOVE_FROM)

    def visible_in(self, view: View) -> bool:
        """Whether text under this revision is part of `view`."""
        return self.inserts if view is View.PROPOSED else self.deletes


@dataclass(frozen=True)
class Run:
    """A piece of text with at most one revision.

    `footnote` is the id of a footnote referenced at this point (its `text` is then the
    reference mark as displayed, often ""), so footnotes move with the words they follow.
    """

    text: str
    revision: Revision | None = None
    footnote: str | None = None

    def visible_in(self, view: View) -> bool:
        return self.revision is None or self.revision.visible_in(view)


def runs_text(runs: tuple[Run, ...], view: View) -> str:
    """Plain text of `runs` as seen in `view` (footnote marks excluded)."""
    return "".join(r.text for r in runs if r.footnote is None and r.visible_in(view))


@dataclass(frozen=True)
class FormatChange:
    """A formatting revision (w:rPrChange / w:pPrChange): recorded, never shown as text."""

    scope: str  # "run" or "paragraph"
    author: str = ""
    date: str = ""
    text: str = ""  # the text whose formatting changed ("" for a paragraph)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph as the file holds it.

    `mark` is a revision on the paragraph mark itself: an inserted mark means the
    paragraph break is new (in the original view this paragraph joins the next); a deleted
    mark means the break goes away (in the proposed view this paragraph joins the next).
    """

    runs: tuple[Run, ...]
    style: str = ""  # style name as shown in Word ("Call", "enumlev1"), "" when none
    mark: Revision | None = None
    in_table: bool = False
    format_changes: tuple[FormatChange, ...] = ()

    def text(self, view: View) -> str:
        return runs_text(self.runs, view)

    @property
    def has_revisions(self) -> bool:
        return self.mark is not None or any(r.revision is not None for r in self.runs)


@dataclass(frozen=True)
class Footnote:
    id: str
    paragraphs: tuple[Paragraph, ...]

    def text(self, view: View) -> str:
        return "\n".join(p.text(view) for p in self.paragraphs)


class Marking(StrEnum):
    """How a document shows its revisions."""

    TRACKED = "tracked"  # Word tracked changes (w:ins / w:del ...)
    FORMATTING = "formatting"  # strike-through = deleted, underline = inserted
    NONE = "none"  # clean text


@dataclass(frozen=True)
class Document:
    """What a DOCX or text file holds, in document order (table cells included)."""

    name: str  # file name, for messages
    paragraphs: tuple[Paragraph, ...]
    footnotes: tuple[Footnote, ...] = ()
    marking: Marking = Marking.NONE
    title: str = ""  # core properties title, "" when absent

    def footnote(self, footnote_id: str) -> Footnote | None:
        return next((f for f in self.footnotes if f.id == footnote_id), None)


# --- ITU structure -------------------------------------------------------------------


class ProvisionKind(StrEnum):
    NUMBER = "number"  # RÉSOLUTION 101 (RÉV. BUSAN, 2014)
    TITLE = "title"
    PREAMBLE = "preamble"  # La Conférence de plénipotentiaires ... (Busan, 2014),
    CALL = "call"  # considérant, décide, charge le Secrétaire général...
    ITEM = "item"  # a) ..., i) ..., 1 ..., 1.1 ...
    TEXT = "text"  # any other paragraph (unlabelled, quotations, notes)
    ANNEX_HEADING = "annex-heading"  # ANNEXE / Annex to Resolution 101 and its title


@dataclass(frozen=True)
class Provision:
    """One paragraph of a resolution, as the drafter sees it.

    `label` is kept apart from the text ("a)", "1.1") and as runs, because a proposal that
    inserts an item relabels the following ones (`c)` -> `d)`): a label change, not a text
    edit. `mark` is set when the whole provision is inserted or deleted.
    """

    kind: ProvisionKind
    runs: tuple[Run, ...]
    label: tuple[Run, ...] = ()
    level: int = 0  # 0: number/title/preamble/call/text; 1: a) or 1; 2: i) or 1.1; 3 ...
    style: str = ""
    mark: Revision | None = None
    in_annex: bool = False

    def text(self, view: View) -> str:
        return runs_text(self.runs, view)

    def label_text(self, view: View) -> str:
        return runs_text(self.label, view).strip()

    def exists_in(self, view: View) -> bool:
        return self.mark is None or self.mark.visible_in(view)

    @property
    def has_revisions(self) -> bool:
        return self.mark is not None or any(
            r.revision is not None for r in (*self.label, *self.runs)
        )


class Body(StrEnum):
    PP = "PP"  # Plenipotentiary Conference
    WTDC = "WTDC"  # World Telecommunication Development Conference
    WTSA = "WTSA"  # World Telecommunication Standardization Assembly
    WRC = "WRC"
    RA = "RA"
    COUNCIL = "Council"
    UNKNOWN = "?"


_REVISION_LINE = re.compile(r"\((?P<rev>[^()]*)\)\s*$")


@dataclass(frozen=True)
class Resolution:
    """A resolution: its number line, title, preamble, calls and items, footnotes, annexes.

    Everything the drafter can revise is a `Provision` in `provisions`, in document order,
    so alignment and consolidation treat the number line and title like any other text.
    """

    number: str  # "101"; for a new draft without a number, its tag ("ARB-1")
    provisions: tuple[Provision, ...]
    body: Body = Body.UNKNOWN
    footnotes: tuple[Footnote, ...] = ()
    language: str = ""  # "fr", "en", "es"

    def _first(self, kind: ProvisionKind) -> Provision | None:
        return next((p for p in self.provisions if p.kind is kind), None)

    def number_line(self, view: View = View.ORIGINAL) -> str:
        p = self._first(ProvisionKind.NUMBER)
        return p.text(view) if p else ""

    def revision_line(self, view: View = View.ORIGINAL) -> str:
        """`RÉV. GUADALAJARA, 2010` from `RÉSOLUTION 101 (RÉV. GUADALAJARA, 2010)`."""
        m = _REVISION_LINE.search(self.number_line(view))
        return m.group("rev").strip() if m else ""

    def title(self, view: View = View.ORIGINAL) -> str:
        p = self._first(ProvisionKind.TITLE)
        return p.text(view) if p else ""

    def preamble(self, view: View = View.ORIGINAL) -> str:
        p = self._first(ProvisionKind.PREAMBLE)
        return p.text(view) if p else ""

    @property
    def calls(self) -> tuple[Provision, ...]:
        return tuple(p for p in self.provisions if p.kind is ProvisionKind.CALL)

    @property
    def annexes(self) -> tuple[Provision, ...]:
        return tuple(p for p in self.provisions if p.in_annex)


class Action(StrEnum):
    MOD = "MOD"
    EDITORIAL = "(MOD)"
    ADD = "ADD"
    SUP = "SUP"
    NOC = "NOC"


_PROPOSAL_ID = re.compile(r"^(?P<src>[A-Z]{2,5}(?:/[A-Z]{2,5})*)/(?P<doc>\d+[A-Z0-9]*)/(?P<n>\d+)$")


def proposal_sources(proposal_id: str) -> tuple[str, ...]:
    """Source groups or countries of an id: `ARB/79A3/1` -> ("ARB",).

    Multi-country ids name several sources before the document number
    (`AFG/BEN/12/3` -> ("AFG", "BEN")); an id of another shape gives ("<id>",).
    """
    m = _PROPOSAL_ID.match(proposal_id.strip())
    if not m:
        return (proposal_id.strip(),)
    return tuple(m.group("src").split("/"))


@dataclass(frozen=True)
class Proposal:
    """One part of a proposals document: `MOD ARB/79A3/1` and the text it proposes."""

    action: Action
    id: str  # "ARB/79A3/1"
    target: str  # number of the resolution it acts on; for ADD of a new draft, its tag
    resolution: Resolution | None = None  # the text with its revisions; None for NOC/SUP alone
    reasons: str = ""
    heading: str = ""  # part header, e.g. "PARTIE 22 (XXII) Proposition de modification..."
    document: str = ""  # name of the file it came from
    sources: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.sources:
            object.__setattr__(self, "sources", proposal_sources(self.id))


@dataclass(frozen=True)
class ProposalsDocument:
    """A proposals document (e.g. ARB/79A3): several proposals, each on one resolution."""

    name: str
    proposals: tuple[Proposal, ...]
    marking: Marking = Marking.NONE
    title: str = ""


# --- Decisions -----------------------------------------------------------------------


class DecisionState(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Decision:
    """What the drafter decided on one change, conflict or provision.

    `target` is the id of a change (or of a conflict / provision when `custom_text` holds
    the drafter's own wording for it).
    """

    target: str
    state: DecisionState
    custom_text: str | None = None
    author: str = ""
    time: str = ""  # ISO 8601 UTC
    note: str = ""
