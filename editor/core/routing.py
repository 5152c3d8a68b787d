"""Route proposals to the resolutions they target, for a whole session.

`route(bases, documents) -> Routing`:

* each proposal goes to the `Dossier` of the resolution it targets (`Proposal.target`
  == `Resolution.number`), which holds the base, its proposals, their merged changes
  (`merge.merge` of `changes.extract`) and conflicts;
* an ADD whose target is not a loaded base is a new draft: its own dossier, base None;
* any other proposal whose base is not loaded waits in `Routing.waiting` until it is
  (route again with that base), and so does a proposal whose target could not be found
  (`Proposal.target` empty): no dossier is ever numbered "";
* one resolution has one base: of two bases with the same number the first is used and
  the other set aside (`first_bases`), so one number never has two dossiers (their changes
  would have the same ids). Callers refuse such a second base on import; this keeps a
  session that already holds one usable.
* two ADDs on one subject are consolidated by choosing one as the base: with
  `draft_bases={"ARB-1": "EUR-1"}` the text of draft EUR-1 (as proposed) becomes the base
  of dossier EUR-1 and draft ARB-1 is compared with it like a clean proposal.

Dossiers come in the order of the bases, then new drafts in the order met.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import NamedTuple

from editor.core.changes import Change, clean_resolution, extract
from editor.core.errors import ConsolidationError
from editor.core.merge import Conflict, find_conflicts, merge
from editor.core.model import Action, Proposal, ProposalsDocument, Resolution


@dataclass(frozen=True)
class Dossier:
    number: str
    base: Resolution | None  # None for a new draft (ADD)
    proposals: tuple[Proposal, ...]
    changes: tuple[Change, ...]
    conflicts: tuple[Conflict, ...]


class Routing(NamedTuple):
    dossiers: tuple[Dossier, ...]
    waiting: tuple[Proposal, ...]

    def dossier(self, number: str) -> Dossier | None:
        return next((d for d in self.dossiers if d.number == number), None)


def _key(number: str) -> str:
    return number.strip().upper()


def build_dossier(number: str, base: Resolution | None, proposals: Iterable[Proposal]
                  ) -> Dossier:
    proposals = tuple(proposals)
    changes = merge(c for p in proposals for c in extract(base, p))
    return Dossier(number, base, proposals, changes, find_conflicts(changes))


def number_key(number: str) -> str:
    """How resolution numbers are compared: `101`, ` 101 ` and `ARB-1`/`arb-1` alike."""
    return _key(number)


def first_bases(bases: Iterable[Resolution]) -> tuple[list[Resolution], list[Resolution]]:
    """(the bases used: the first of each number, in order; the others, set aside)."""
    used: dict[str, Resolution] = {}
    set_aside: list[Resolution] = []
    for b in bases:
        if _key(b.number) in used:
            set_aside.append(b)
        else:
            used[_key(b.number)] = b
    return list(used.values()), set_aside


def route(bases: Iterable[Resolution], documents: Iterable[ProposalsDocument],
          draft_bases: Mapping[str, str] | None = None) -> Routing:
    documents = tuple(documents)
    chosen = {_key(k): _key(v) for k, v in (draft_bases or {}).items()}
    bases, _ = first_bases((*bases, *_drafts_as_bases(documents, set(chosen.values()))))
    by_number = {_key(b.number): b for b in bases}
    assigned: dict[str, list[Proposal]] = {_key(b.number): [] for b in bases}
    drafts: dict[str, list[Proposal]] = {}
    waiting: list[Proposal] = []
    for doc in documents:
        for p in doc.proposals:
            key = chosen.get(_key(p.target), _key(p.target))
            if p.action is Action.ADD and key in chosen.values() and _key(p.target) == key:
                continue  # the draft chosen as base: its text is the base, not a change
            if not key:
                waiting.append(p)  # its target could not be found: no base will ever fit
            elif key in by_number:
                assigned[key].append(p)
            elif p.action is Action.ADD:
                drafts.setdefault(key, []).append(p)
            else:
                waiting.append(p)
    dossiers = [build_dossier(b.number, b, assigned[_key(b.number)]) for b in bases]
    dossiers += [build_dossier(ps[0].target, None, ps) for ps in drafts.values()]
    return Routing(tuple(dossiers), tuple(waiting))


def _drafts_as_bases(documents: Iterable[ProposalsDocument], tags: set[str]
                     ) -> list[Resolution]:
    """The drafts chosen as bases, as proposed (no revision marks), in the order met."""
    found: dict[str, Resolution] = {}
    for doc in documents:
        for p in doc.proposals:
            key = _key(p.target)
            if (p.action is Action.ADD and key in tags and key not in found
                    and p.resolution is not None):
                found[key] = replace(clean_resolution(p.resolution), number=p.target)
    if missing := tags - found.keys():
        raise ConsolidationError(f"no draft resolution {', '.join(sorted(missing))} to use as base")
    return list(found.values())
