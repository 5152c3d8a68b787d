"""Batch decisions: each helper returns a NEW decisions map (`{target id: Decision}`).

* `decide(decisions, ids, state)`: set the state of the given changes.
* `matches_source(change, source)`: `source` is `"all"`, a proposal id (`ARB/79A3/1`)
  or a source group / country (`ARB`, as in `model.proposal_sources`).
* `by_source`, `by_resolution`, `by_call`: decide the changes of one source, one
  resolution, one call of a base resolution (the call provision and the items up to
  the next call, insertions anchored there included).
* `without_conflict(decisions, changes, conflicts, state)`: decide every change not
  part of a conflict (the "accept all without conflict" button). NOC changes are skipped
  by every helper: there is nothing to decide on them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from editor.core.changes import Change, ChangeKind, key_index
from editor.core.merge import Conflict
from editor.core.model import Decision, DecisionState, ProvisionKind, Resolution, proposal_sources

Decisions = dict[str, Decision]


def decide(decisions: Mapping[str, Decision], ids: Iterable[str], state: DecisionState,
           author: str = "", time: str = "") -> Decisions:
    out = dict(decisions)
    for cid in ids:
        out[cid] = Decision(cid, state, author=author, time=time)
    return out


def matches_source(change: Change, source: str) -> bool:
    if source == "all":
        return True
    return any(source == s or source in proposal_sources(s) for s in change.sources)


def _ids(changes: Iterable[Change], keep: Callable[[Change], bool]) -> list[str]:
    return [c.id for c in changes if c.kind is not ChangeKind.NOC and keep(c)]


def by_source(decisions: Mapping[str, Decision], changes: Sequence[Change], source: str,
              state: DecisionState) -> Decisions:
    return decide(decisions, _ids(changes, lambda c: matches_source(c, source)), state)


def by_resolution(decisions: Mapping[str, Decision], changes: Sequence[Change], number: str,
                  state: DecisionState) -> Decisions:
    return decide(decisions, _ids(changes, lambda c: c.resolution == number), state)


def call_range(base: Resolution, call_index: int) -> range:
    """Provision indexes of the call at `call_index` and its items (up to the next call)."""
    stop = call_index + 1
    while stop < len(base.provisions) and base.provisions[stop].kind in (
            ProvisionKind.ITEM, ProvisionKind.TEXT):
        stop += 1
    return range(call_index, stop)


def by_call(decisions: Mapping[str, Decision], changes: Sequence[Change], base: Resolution,
            call_index: int, state: DecisionState) -> Decisions:
    span = call_range(base, call_index)
    return decide(decisions, _ids(changes, lambda c: c.resolution == base.number
                                  and key_index(c.provision) in span), state)


def without_conflict(decisions: Mapping[str, Decision], changes: Sequence[Change],
                     conflicts: Iterable[Conflict], state: DecisionState) -> Decisions:
    busy = {x for k in conflicts for x in k.changes}
    return decide(decisions, _ids(changes, lambda c: c.id not in busy and c.placed), state)
