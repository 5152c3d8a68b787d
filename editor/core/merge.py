"""Merge duplicate changes across proposals and find conflicts.

Public API
----------
* `merge(changes) -> tuple[Change, ...]`: changes with the same id (same resolution,
  kind, provision, span, old and new text) become one change listing all their sources,
  sorted by resolution, provision position, span.
* `clash(a, b) -> bool`: whether two changes cannot both be applied:
  - text changes on the same provision (or edits of the same footnote's text) whose
    spans overlap; a pure insertion clashes with another insertion at the same point
    (different text, or they would share an id) and with a replaced span that contains
    or touches the point (order would be a guess);
  - a text change on a provision another change deletes (or moves away);
  - two different provisions inserted at the same point.
  Changes sharing a source never clash (one proposal is consistent with itself); unplaced
  changes never clash (they are not applied); an abrogation (SUP) clashes with every
  change of other sources on the same resolution (except NOC).
* `Conflict` (frozen): `id` (stable: hash of its change ids), `resolution`, `provision`,
  `changes` (ids, sorted); one per connected group of clashing changes in a provision,
  plus, per resolution with an abrogation, one with `provision == ""` (SUP versus the
  changes of other sources; a change may then be in two conflicts).
* `find_conflicts(changes) -> tuple[Conflict, ...]`.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import combinations

from editor.core.changes import Change, ChangeKind, key_index


def sort_key(c: Change) -> tuple[str, int, int, int, str]:
    return (c.resolution, key_index(c.provision), c.start, c.end, c.id)


def merge(changes: Iterable[Change]) -> tuple[Change, ...]:
    by_id: dict[str, Change] = {}
    for c in changes:
        seen = by_id.get(c.id)
        if seen is None:
            by_id[c.id] = c
        else:
            by_id[c.id] = replace(seen, sources=tuple(sorted({*seen.sources, *c.sources})),
                                  placed=seen.placed and c.placed)
    return tuple(sorted(by_id.values(), key=sort_key))


_WORDS = (ChangeKind.TEXT, ChangeKind.FOOTNOTE)


def clash(a: Change, b: Change) -> bool:
    if a.id == b.id or a.resolution != b.resolution:
        return False
    if not (a.placed and b.placed) or set(a.sources) & set(b.sources):
        return False
    if ChangeKind.ABROGATE in (a.kind, b.kind):  # SUP against any change: choose one
        return ChangeKind.NOC not in (a.kind, b.kind) and a.kind is not b.kind
    if a.provision != b.provision:
        return False
    if a.kind is b.kind and a.kind in _WORDS:  # word-level edits of one text
        if a.start == a.end and b.start == b.end:
            return a.start == b.start
        # An insertion touching a replaced span is ambiguous ("toutes" + "les->plusieurs").
        if a.start == a.end:
            return b.start <= a.start <= b.end
        if b.start == b.end:
            return a.start <= b.start <= a.end
        return a.start < b.end and b.start < a.end
    if a.adds_provision and b.adds_provision:
        return True
    text_vs_removal = (a.kind is ChangeKind.TEXT and b.removes_provision) or (
        b.kind is ChangeKind.TEXT and a.removes_provision)
    return text_vs_removal


@dataclass(frozen=True)
class Conflict:
    id: str
    resolution: str
    provision: str
    changes: tuple[str, ...]


def conflict_id(change_ids: Iterable[str]) -> str:
    data = "\x1f".join(sorted(change_ids))
    return "k" + hashlib.sha1(data.encode("utf-8")).hexdigest()[:12]


def find_conflicts(changes: Iterable[Change]) -> tuple[Conflict, ...]:
    changes = tuple(changes)
    groups: dict[tuple[str, str], list[Change]] = defaultdict(list)
    for c in changes:
        if c.placed and c.provision:
            groups[(c.resolution, c.provision)].append(c)
    out: list[Conflict] = []
    for (resolution, provision), members in groups.items():
        parent = {c.id: c.id for c in members}

        def root(x: str, parent: dict[str, str] = parent) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        clashing: set[str] = set()
        for a, b in combinations(members, 2):
            if clash(a, b):
                parent[root(a.id)] = root(b.id)
                clashing.update((a.id, b.id))
        components: dict[str, list[str]] = defaultdict(list)
        for cid in sorted(clashing):
            components[root(cid)].append(cid)
        for ids in components.values():
            out.append(Conflict(conflict_id(ids), resolution, provision, tuple(ids)))
    out.extend(_abrogation_conflicts(changes))
    return tuple(sorted(out, key=lambda k: (k.resolution, key_index(k.provision), k.id)))


def _abrogation_conflicts(changes: Iterable[Change]) -> list[Conflict]:
    by_resolution: dict[str, list[Change]] = defaultdict(list)
    for c in changes:
        by_resolution[c.resolution].append(c)
    out = []
    for resolution, members in by_resolution.items():
        sups = [c for c in members if c.kind is ChangeKind.ABROGATE]
        ids = {x.id for s in sups for x in members if clash(s, x)}
        if ids:
            ids |= {s.id for s in sups}
            out.append(Conflict(conflict_id(ids), resolution, "", tuple(sorted(ids))))
    return out
