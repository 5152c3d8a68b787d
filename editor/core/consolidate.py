"""Consolidated text: the base plus the accepted changes, and its tracked view.

Public API
----------
`consolidate(base, changes, decisions) -> Consolidated`

* `base`: the base `Resolution` (None for a new draft: then an accepted `new-resolution`
  change gives the text); `changes`: merged changes (`merge.merge`) of that resolution;
  `decisions`: `{target id: model.Decision}`. A change is applied only when its decision
  is ACCEPTED; pending and rejected changes are not applied (pending ones are counted in
  `Consolidated.pending`). Accepted changes that could not be placed are not applied
  either and are listed in `Consolidated.unplaced`.
* A decision with `custom_text` (state not REJECTED) whose target is a provision key
  (`"101:7"`) or a conflict id replaces that provision's text (for a conflict between
  inserted provisions: inserts one provision with that text instead).
* Accepting two changes that clash (`merge.clash`) raises `ConsolidationError` naming
  the conflicts and changes. An accepted `abrogate` gives `resolution=None` and every
  provision deleted in the tracked view; `noc` changes do nothing.
* Item labels are recomputed (`numbering.relabel`); cross-references in the text are never
  touched; footnote references stay after the words they followed.

`Consolidated.tracked` is a plain structure for the DOCX export and the GUI: one
`TrackedProvision` per base or inserted provision, in order, with `segments` of equal /
inserted / deleted text, each difference naming its change and sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from editor.core.changes import Change, ChangeKind, head_key, provision_key
from editor.core.diff import DELETE, EQUAL, INSERT
from editor.core.errors import ConsolidationError
from editor.core.merge import Conflict, clash, find_conflicts
from editor.core.model import Decision, DecisionState, Provision, Resolution, Run, View
from editor.core.numbering import Entry, relabel

UNCHANGED, MODIFIED, INSERTED, DELETED, CUSTOM = (
    "unchanged", "modified", "inserted", "deleted", "custom")


class Segment(NamedTuple):
    op: str  # "equal" | "insert" | "delete"
    text: str
    sources: tuple[str, ...] = ()  # proposal ids of the change ("" for equal text)
    change: str = ""  # change id, or the decision target of a custom text


class TrackedProvision(NamedTuple):
    key: str  # base provision key, or the change id of an inserted provision
    provision: Provision  # consolidated (relabelled); the base one when deleted
    label: str  # label in the consolidated text ("" when none)
    base_label: str  # label in the base ("" for an inserted provision)
    status: str  # "unchanged" | "modified" | "inserted" | "deleted" | "custom"
    segments: tuple[Segment, ...]


class Consolidated(NamedTuple):
    number: str
    resolution: Resolution | None  # None when abrogated (or a draft not accepted)
    tracked: tuple[TrackedProvision, ...]
    abrogated_by: tuple[str, ...]  # sources of an accepted abrogation
    applied: tuple[str, ...]  # ids of the changes applied
    pending: tuple[str, ...]  # ids of changes still pending (not applied)
    unplaced: tuple[str, ...]  # accepted but could not be placed: not applied


def state_of(decisions: Mapping[str, Decision], target: str) -> DecisionState:
    d = decisions.get(target)
    return d.state if d is not None else DecisionState.PENDING


def _custom(decisions: Mapping[str, Decision], target: str) -> str | None:
    d = decisions.get(target)
    if d is None or d.custom_text is None or d.state is DecisionState.REJECTED:
        return None
    return d.custom_text


def check_clashes(accepted: Sequence[Change], all_changes: Sequence[Change],
                  conflicts: Sequence[Conflict] | None = None) -> None:
    """Raise ConsolidationError when accepted changes clash, listing their conflicts
    (`conflicts`: those of `all_changes`, computed when not given)."""
    if conflicts is not None:
        # Two changes of a provision clash only inside one of its conflicts, and a change
        # clashing with a SUP is in the SUP's conflict: the others need no pairwise check.
        members = {x for k in conflicts for x in k.changes}
        accepted = [c for c in accepted if not c.provision or c.id in members]
    by_key: dict[str, list[Change]] = defaultdict(list)
    sups = [c for c in accepted if c.kind is ChangeKind.ABROGATE]
    for c in accepted:
        by_key[c.provision].append(c)
        by_key[c.provision].extend(sups)  # SUP clashes with changes anywhere
    bad = sorted({(a.id, b.id) for group in by_key.values() for a in group for b in group
                  if a.id < b.id and clash(a, b)})
    if not bad:
        return
    ids = {x for pair in bad for x in pair}
    names = {c.id: f"{c.id} ({', '.join(c.sources)})" for c in accepted}
    parts = [f"{k.id} [{', '.join(names[x] for x in k.changes if x in ids)}]"
             for k in (find_conflicts(all_changes) if conflicts is None else conflicts)
             if ids & set(k.changes)]
    raise ConsolidationError("accepted changes conflict: " + "; ".join(parts))


def consolidate(base: Resolution | None, changes: Sequence[Change],
                decisions: Mapping[str, Decision],
                conflicts: Sequence[Conflict] | None = None) -> Consolidated:
    """See the module's docstring; `conflicts` are `merge.find_conflicts(changes)`, passed
    by callers that keep them (a routed dossier) so they are not computed again."""
    accepted = [c for c in changes if state_of(decisions, c.id) is DecisionState.ACCEPTED]
    pending = tuple(c.id for c in changes if c.kind is not ChangeKind.NOC
                    and state_of(decisions, c.id) is DecisionState.PENDING)
    check_clashes(accepted, changes, conflicts)
    unplaced = tuple(c.id for c in accepted if not c.placed)
    accepted = [c for c in accepted if c.placed and c.kind is not ChangeKind.NOC]
    if base is None:
        return _draft(changes, accepted, pending, unplaced)
    abrogations = [c for c in accepted if c.kind is ChangeKind.ABROGATE]
    if abrogations:
        by = tuple(sorted({s for c in abrogations for s in c.sources}))
        tracked = tuple(
            _deleted(provision_key(base.number, i), p, by, abrogations[0].id)
            for i, p in enumerate(base.provisions))
        return Consolidated(base.number, None, tracked, by,
                            tuple(c.id for c in abrogations), pending, unplaced)
    return _apply(base, changes, accepted, decisions, pending, unplaced, conflicts)


def _draft(changes: Sequence[Change], accepted: list[Change], pending: tuple[str, ...],
           unplaced: tuple[str, ...]) -> Consolidated:
    number = changes[0].resolution if changes else ""
    drafts = [c for c in accepted if c.kind is ChangeKind.NEW_RESOLUTION and c.drafted]
    if not drafts or drafts[0].drafted is None:
        return Consolidated(number, None, (), (), (), pending, unplaced)
    c, res = drafts[0], drafts[0].drafted
    tracked = tuple(
        TrackedProvision(f"{c.id}:{i}", p, p.label_text(View.ORIGINAL), "", INSERTED,
                         (Segment(INSERT, p.text(View.ORIGINAL), c.sources, c.id),))
        for i, p in enumerate(res.provisions))
    return Consolidated(number, res, tracked, (), (c.id,), pending, unplaced)


def _deleted(key: str, p: Provision, sources: tuple[str, ...], cid: str) -> TrackedProvision:
    label = p.label_text(View.ORIGINAL)
    text = p.text(View.ORIGINAL)
    segs = (Segment(DELETE, text, sources, cid),) if text else ()
    return TrackedProvision(key, p, label, label, DELETED, segs)


def _apply(base: Resolution, changes: Sequence[Change], accepted: list[Change],
           decisions: Mapping[str, Decision], pending: tuple[str, ...],
           unplaced: tuple[str, ...], conflicts: Sequence[Conflict] | None) -> Consolidated:
    number = base.number
    texts: dict[str, list[Change]] = defaultdict(list)
    removals: dict[str, Change] = {}
    inserts: dict[str, list[Change]] = defaultdict(list)
    for c in accepted:
        if c.kind is ChangeKind.TEXT:
            texts[c.provision].append(c)
        elif c.removes_provision:
            removals.setdefault(c.provision, c)
        elif c.adds_provision:
            inserts[c.provision].append(c)
    custom_texts: dict[str, tuple[str, str]] = {}  # provision key -> (text, target)
    custom_inserts: dict[str, tuple[Change, str, str]] = {}
    by_id = {c.id: c for c in changes}
    for k in find_conflicts(changes) if conflicts is None else conflicts:
        text = _custom(decisions, k.id)
        if text is None:
            continue
        members = [by_id[x] for x in k.changes]
        if all(m.adds_provision for m in members):
            custom_inserts[k.provision] = (members[0], text, k.id)
        else:
            custom_texts[k.provision] = (text, k.id)
    entries: list[TrackedProvision] = []

    def add_inserts(anchor: str) -> None:
        if anchor in custom_inserts:
            model, text, target = custom_inserts[anchor]
            assert model.inserted is not None
            p = replace(model.inserted, runs=(Run(text),))
            entries.append(TrackedProvision(target, p, p.label_text(View.ORIGINAL), "",
                                            CUSTOM, (Segment(INSERT, text, (), target),)))
            return
        for c in sorted(inserts.get(anchor, ()), key=lambda c: (c.start, c.sources, c.id)):
            assert c.inserted is not None
            entries.append(TrackedProvision(
                c.id, c.inserted, c.inserted.label_text(View.ORIGINAL), "", INSERTED,
                (Segment(INSERT, c.new, c.sources, c.id),)))

    add_inserts(head_key(number))
    for i, p in enumerate(base.provisions):
        key = provision_key(number, i)
        custom = _custom(decisions, key)
        if custom is not None:
            custom_texts[key] = (custom, key)
        entries.append(_provision(key, p, texts.get(key, []), removals.get(key),
                                  custom_texts.get(key)))
        add_inserts(key)
    labels = relabel([Entry(t.provision, t.label, t.status) for t in entries])
    tracked = tuple(
        t if label == t.label or t.status == DELETED else t._replace(
            label=label, provision=replace(t.provision, label=(Run(label),)))
        for t, label in zip(entries, labels, strict=True))
    resolution = replace(base, provisions=tuple(
        t.provision for t in tracked if t.status != DELETED))
    applied = tuple(c.id for c in accepted)
    return Consolidated(number, resolution, tracked, (), applied, pending, unplaced)


def _provision(key: str, p: Provision, texts: list[Change], removal: Change | None,
               custom: tuple[str, str] | None) -> TrackedProvision:
    label = p.label_text(View.ORIGINAL)
    old = p.text(View.ORIGINAL)
    if custom is not None:
        text, target = custom
        segs = tuple(s for s in (Segment(DELETE, old, (), target),
                                 Segment(INSERT, text, (), target)) if s.text)
        return TrackedProvision(key, replace(p, runs=(Run(text),)), label, label, CUSTOM, segs)
    if removal is not None:
        return _deleted(key, p, removal.sources, removal.id)
    if not texts:
        segs = (Segment(EQUAL, old),) if old else ()
        return TrackedProvision(key, p, label, label, UNCHANGED, segs)
    out: list[Segment] = []
    pos = 0
    for c in sorted(texts, key=lambda c: (c.start, c.end, c.id)):
        if c.start < pos:
            raise ConsolidationError(f"overlapping accepted changes in provision {key}")
        if c.start > pos:
            out.append(Segment(EQUAL, old[pos:c.start]))
        if c.old:
            out.append(Segment(DELETE, c.old, c.sources, c.id))
        if c.new:
            out.append(Segment(INSERT, c.new, c.sources, c.id))
        pos = c.end
    if pos < len(old):
        out.append(Segment(EQUAL, old[pos:]))
    return TrackedProvision(key, replace(p, runs=_runs(p, out)), label, label, MODIFIED,
                            tuple(out))


def _runs(p: Provision, segments: list[Segment]) -> tuple[Run, ...]:
    """New runs: the consolidated text, footnote references kept after their words."""
    notes: list[tuple[int, Run]] = []
    pos = 0
    for r in p.runs:
        if r.footnote is not None:
            notes.append((pos, r))
        elif r.visible_in(View.ORIGINAL):
            pos += len(r.text)
    runs: list[Run] = []
    buf, bp, k = "", 0, 0
    for seg in segments:
        if seg.op == INSERT:
            buf += seg.text
            continue
        text = seg.text
        while k < len(notes) and notes[k][0] < bp + len(text):
            cut = max(0, notes[k][0] - bp)
            if seg.op == EQUAL:
                buf += text[:cut]
            if buf:
                runs.append(Run(buf))
            buf = ""
            runs.append(notes[k][1])
            text, bp, k = text[cut:], bp + cut, k + 1
        if seg.op == EQUAL:
            buf += text
        bp += len(text)
    if buf:
        runs.append(Run(buf))
    runs.extend(r for _, r in notes[k:])
    return tuple(runs)
