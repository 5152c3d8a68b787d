"""A conflict's alternatives, proposal by proposal, for the conflict picker. No Qt.

An alternative is one proposal's wording: every change of the conflict that proposal asks
for (a change several proposals ask for is one change: it belongs to each of theirs;
proposals asking for the very same changes make one alternative) and, when it removes a
provision, the provisions it inserts right after it (its replacement, unless another
proposal also asks for them or they are in a conflict of their own). Choosing it accepts
those changes and rejects the other alternatives' (`ConflictChoices.changes`).

What an alternative does is shown on the current consolidated text, never on the base: the
engine consolidates the resolution as it would be after the choice (the drafter's wordings
the choice withdraws left out, `Desk.wordings_hidden_by`), and each provision it touches is
given with that alternative's changes marked and everything else already applied. Its
`wording` is the provision's whole new text after it: where a combined text starts, since a
combined text replaces the whole provision and must keep what is accepted elsewhere in it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from editor.app.desk import Desk
from editor.app.synoptic_table import Cell, Segment, SegmentKind, has_arabic
from editor.core import consolidate as engine
from editor.core.changes import Change, ChangeKind, footnote_of
from editor.core.consolidate import Consolidated, consolidate
from editor.core.errors import ConsolidationError
from editor.core.merge import Conflict
from editor.core.model import Decision, DecisionState
from editor.core.routing import Dossier

ACCEPTED, REJECTED = DecisionState.ACCEPTED, DecisionState.REJECTED
_MARKS = {"insert": SegmentKind.INSERT, "delete": SegmentKind.DELETE}


@dataclass(frozen=True)
class Effect:
    """What an alternative does to one provision, or to the whole resolution."""

    key: str  # the synoptic row's key ("101:43", "101:43+<change id>"); "" for the whole
    cell: Cell  # the provision after the choice, only the alternative's changes marked
    abrogated: bool = False  # the whole resolution suppressed (then `cell` is empty)


@dataclass(frozen=True)
class Alternative:
    proposals: tuple[str, ...]  # proposal ids, in column order
    accept: tuple[str, ...]  # change ids accepted when it is chosen
    effects: tuple[Effect, ...]  # in reading order
    wording: str  # the provision's whole text after it ("" for a whole-resolution conflict)


@dataclass(frozen=True)
class ConflictChoices:
    conflict: Conflict
    alternatives: tuple[Alternative, ...]
    changes: tuple[str, ...]  # every change an alternative accepts: the choice decides them
    withdrawn: tuple[str, ...]  # other wordings a combined text replaces (`_wordings_on`)

    @property
    def combinable(self) -> bool:
        """A combined text is the new wording of one provision: not of a whole resolution."""
        return bool(self.conflict.provision)

    def rejected(self, index: int) -> tuple[str, ...]:
        """The changes choosing alternative `index` rejects."""
        chosen = set(self.alternatives[index].accept)
        return tuple(c for c in self.changes if c not in chosen)


def conflict_choices(desk: Desk, dossier: Dossier, conflict: Conflict) -> ConflictChoices:
    by_id = {c.id: c for c in dossier.changes}
    members = [by_id[c] for c in conflict.changes if c in by_id]
    order = {p.id: i for i, p in enumerate(dossier.proposals)}
    proposals = sorted({s for c in members for s in c.sources},
                       key=lambda s: (order.get(s, len(order)), s))
    grouped: dict[tuple[str, ...], list[str]] = {}
    for pid in proposals:
        grouped.setdefault(tuple(c.id for c in members if pid in c.sources), []).append(pid)
    in_conflict = {x for k in dossier.conflicts for x in k.changes}
    groups: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for ids, pids in grouped.items():
        removed = {by_id[c].provision for c in ids if by_id[c].removes_provision}
        replacement = tuple(c.id for c in dossier.changes
                            if c.adds_provision and c.placed and c.provision in removed
                            and c.id not in in_conflict and set(c.sources) <= set(pids))
        groups.append((tuple(pids), ids + replacement))
    changes = tuple(dict.fromkeys(c for _pids, ids in groups for c in ids))
    alternatives = tuple(
        _alternative(desk, dossier, conflict, by_id, pids, accept, changes)
        for pids, accept in groups)
    withdrawn = _wordings_on(desk, dossier, conflict, _inserts_only(conflict, by_id))
    return ConflictChoices(conflict, alternatives, changes, withdrawn)


def _alternative(desk: Desk, dossier: Dossier, conflict: Conflict, by_id: Mapping[str, Change],
                 pids: tuple[str, ...], accept: tuple[str, ...],
                 involved: tuple[str, ...]) -> Alternative:
    chosen = set(accept)
    if any(by_id[c].kind is ChangeKind.ABROGATE for c in accept):
        return Alternative(pids, accept, (Effect("", Cell(), abrogated=True),), "")
    decisions = dict(desk.decisions)
    for target in desk.wordings_hidden_by(accept):
        decisions.pop(target, None)
    for target in involved:
        decisions[target] = Decision(target, ACCEPTED if target in chosen else REJECTED)
    result = _consolidated(dossier, decisions, chosen)
    effects: list[Effect] = []
    for t in result.tracked:
        if any(s.change in chosen for s in t.segments):
            key = f"{by_id[t.key].provision}+{t.key}" if t.key in by_id else t.key
            effects.append(Effect(key, _marked(t.segments, chosen)))
    for f in result.footnotes:
        if any(s.change in chosen for s in f.segments):
            effects.append(Effect(f.key, _marked(f.segments, chosen, footnote=True)))
    wording = _wording(result, conflict, by_id, chosen) if conflict.provision else ""
    return Alternative(pids, accept, tuple(effects), wording)


def _consolidated(dossier: Dossier, decisions: dict[str, Decision],
                  keep: Collection[str]) -> Consolidated:
    """The engine's consolidation; when accepted changes elsewhere clash (a conflict the
    drafter has not resolved yet), without them; at worst with the changes `keep` alone."""
    base, changes, conflicts = dossier.base, dossier.changes, dossier.conflicts
    try:
        return consolidate(base, changes, decisions, conflicts)
    except ConsolidationError:
        pass
    for k in conflicts:
        accepted = [x for x in k.changes
                    if (d := decisions.get(x)) is not None and d.state is ACCEPTED]
        if len(accepted) > 1:
            for x in accepted:
                if x not in keep:
                    decisions.pop(x)
    try:
        return consolidate(base, changes, decisions, conflicts)
    except ConsolidationError:
        alone = {x: Decision(x, ACCEPTED) for x in keep}
        return consolidate(base, changes, alone, conflicts)


def _marked(segments: Sequence[engine.Segment], chosen: Collection[str],
            footnote: bool = False) -> Cell:
    """Segments of the engine's tracked view as a cell: the changes `chosen` marked, every
    other accepted change applied (its insertions plain, its deletions gone); a footnote's
    without the white space after its mark (layout, as in the table)."""
    out: list[Segment] = []
    for s in segments:
        if not s.text:
            continue  # a footnote reference: its mark means nothing outside the table
        if s.change in chosen and s.op in _MARKS:
            out.append(Segment(s.text, _MARKS[s.op], s.sources, s.change))
        elif s.op != "delete":  # applied already: plain, one with the plain text before
            if out and out[-1].kind is SegmentKind.SAME:
                out[-1] = Segment(out[-1].text + s.text)
            else:
                out.append(Segment(s.text))
    if footnote and out and out[0].kind is SegmentKind.SAME:
        out[0] = Segment(out[0].text.lstrip())
    text = "".join(s.text for s in out)
    return Cell(tuple(s for s in out if s.text), has_arabic(text))


def _wording(result: Consolidated, conflict: Conflict, by_id: Mapping[str, Change],
             chosen: Collection[str]) -> str:
    """The text a combined wording of the conflict replaces, after this alternative: its
    provision's (then the replacement provisions it inserts after it), or, for a conflict
    between inserted provisions, every provision inserted at that point."""
    anchor = conflict.provision
    inserts_only = _inserts_only(conflict, by_id)
    texts: list[str] = []
    if footnote_of(anchor) is not None:
        texts += [_text(f.segments).strip() for f in result.footnotes if f.key == anchor]
    for t in result.tracked:
        inserted_here = t.key in by_id and by_id[t.key].provision == anchor
        if (t.key == anchor and not inserts_only) or (
                inserted_here and (inserts_only or t.key in chosen)):
            texts.append(_text(t.segments))
    return "\n".join(t for t in texts if t)


def _text(segments: Sequence[engine.Segment]) -> str:
    return "".join(s.text for s in segments if s.op != "delete")


def _wordings_on(desk: Desk, dossier: Dossier, conflict: Conflict,
                 inserts_only: bool) -> tuple[str, ...]:
    """The drafter's other wordings in force on what a combined text of `conflict` replaces
    (the provision's own and its other conflicts' for a text, the other wordings of
    provisions inserted there for inserted ones): the engine would keep one, hide the rest."""
    if not conflict.provision:
        return ()
    by_id = {c.id: c for c in dossier.changes}
    same = [k.id for k in dossier.conflicts if k.provision == conflict.provision
            and k.id != conflict.id and inserts_only == _inserts_only(k, by_id)]
    targets = same if inserts_only else [conflict.provision, *same]
    return tuple(t for t in targets if (d := desk.decisions.get(t)) is not None
                 and d.custom_text is not None and d.state is not REJECTED)


def _inserts_only(conflict: Conflict, by_id: Mapping[str, Change]) -> bool:
    return all(by_id[c].adds_provision for c in conflict.changes if c in by_id)
