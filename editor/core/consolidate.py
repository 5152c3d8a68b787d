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
  (`"101:7"`) or a conflict id replaces that provision's text. Its tracked view is
  the word diff of the base text and that wording (`wording_segments`): the words it keeps
  stay equal, only the others are deleted / inserted, attributed to the decision's target
  (no sources: the export's author, or the proposals a conflict's wording stands for).
  For a conflict between inserted provisions the wording inserts one provision per
  non-empty line instead (`_own_inserts`), numbered like any inserted provision.
* Accepting two changes that clash (`merge.clash`) raises `ConsolidationError` naming
  the conflicts and changes. An accepted `abrogate` gives `resolution=None` and every
  provision deleted in the tracked view; `noc` changes do nothing.
* Item labels are recomputed (`numbering.relabel`); cross-references in the text are never
  touched; footnote references stay after the words they followed: a base reference at the
  end of a replaced span follows the replacement unless the change drops it
  (`Change.dropped_notes`), one inside it stays in place, one at its start or before a pure
  insertion stays with the words before. A change's new references (`Change.notes`) become
  footnotes `"<change id>-<n>"` of the consolidated resolution (texts from the proposal);
  base footnotes no longer referenced leave `Consolidated.resolution.footnotes`.

* Accepted `footnote-text` changes edit the text of their base footnote (a custom text on
  the footnote key or on a conflict of its edits replaces it); `Consolidated.footnotes`
  has a `TrackedFootnote` per base footnote, its segments attributed like a provision's.

`Consolidated.tracked` is a plain structure for the DOCX export and the GUI: one
`TrackedProvision` per base or inserted provision, in order, with `segments` of equal /
inserted / deleted text, each difference naming its change and sources. A footnote
reference is a segment of its own (`text == ""`, `footnote` set), so it is equal, inserted or
deleted with the words around it; its text is in `Consolidated.resolution.footnotes`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from editor.core.changes import Change, ChangeKind, footnote_key, head_key, provision_key
from editor.core.diff import DELETE, EQUAL, INSERT
from editor.core.errors import ConsolidationError
from editor.core.footnote_changes import note_text
from editor.core.merge import Conflict, clash, find_conflicts
from editor.core.model import (
    Decision,
    DecisionState,
    Footnote,
    Paragraph,
    Provision,
    ProvisionKind,
    Resolution,
    Run,
    View,
)
from editor.core.numbering import Entry, relabel
from editor.core.segments import (
    Segment,
    edits_of,
    new_footnote,
    new_footnote_id,
    run_segments,
    runs_of,
    segments_of,
    wording_segments,
)

UNCHANGED, MODIFIED, INSERTED, DELETED, CUSTOM = (
    "unchanged", "modified", "inserted", "deleted", "custom")


class TrackedProvision(NamedTuple):
    # base provision key, change id of an inserted provision, `<conflict id>:<n>` (`_own_inserts`)
    key: str
    provision: Provision  # consolidated (relabelled); the base one when deleted
    label: str  # label in the consolidated text ("" when none)
    base_label: str  # label in the base ("" for an inserted provision)
    status: str  # "unchanged" | "modified" | "inserted" | "deleted" | "custom"
    segments: tuple[Segment, ...]


class TrackedFootnote(NamedTuple):
    """A base footnote's text with the accepted edits (`"\n"` between its paragraphs)."""

    key: str  # `changes.footnote_key`
    id: str  # the base footnote's id
    status: str  # "unchanged" | "modified" | "custom"
    segments: tuple[Segment, ...]


class Consolidated(NamedTuple):
    number: str
    resolution: Resolution | None  # None when abrogated (or a draft not accepted)
    tracked: tuple[TrackedProvision, ...]
    abrogated_by: tuple[str, ...]  # sources of an accepted abrogation
    applied: tuple[str, ...]  # ids of the changes applied
    pending: tuple[str, ...]  # ids of changes still pending (not applied)
    unplaced: tuple[str, ...]  # accepted but could not be placed: not applied
    footnotes: tuple[TrackedFootnote, ...] = ()  # one per base footnote, in its order


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
        return _draft(changes, accepted, pending, unplaced, decisions)
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
           unplaced: tuple[str, ...], decisions: Mapping[str, Decision]) -> Consolidated:
    number = changes[0].resolution if changes else ""
    drafts = [c for c in accepted if c.kind is ChangeKind.NEW_RESOLUTION and c.drafted]
    if not drafts or drafts[0].drafted is None:
        return Consolidated(number, None, (), (), (), pending, unplaced)
    c, res = drafts[0], drafts[0].drafted
    tracked: list[TrackedProvision] = []
    for i, p in enumerate(res.provisions):
        key = f"{c.id}:{i}"  # the target of the drafter's own wording for it
        custom = _custom(decisions, key)
        if custom is None:
            tracked.append(TrackedProvision(key, p, p.label_text(View.ORIGINAL), "", INSERTED,
                                            run_segments(INSERT, p.runs, c.sources, c.id)))
            continue
        # All of a new text is inserted: the draft's words credited to its proposal, the
        # drafter's own words to the wording; the draft's words it drops never appear.
        segs = tuple(Segment(INSERT, s.text, c.sources, c.id, s.footnote) if s.op == EQUAL
                     else s for s in wording_segments(p, custom, key) if s.op != DELETE)
        tracked.append(TrackedProvision(key, replace(p, runs=runs_of(p, segs)),
                                        p.label_text(View.ORIGINAL), "", CUSTOM, segs))
    res = replace(res, provisions=tuple(t.provision for t in tracked))
    return Consolidated(number, res, tuple(tracked), (), (c.id,), pending, unplaced)


def _deleted(key: str, p: Provision, sources: tuple[str, ...], cid: str) -> TrackedProvision:
    label = p.label_text(View.ORIGINAL)
    segs = run_segments(DELETE, p.runs, sources, cid)
    return TrackedProvision(key, p, label, label, DELETED, segs)


def _inserted_provision(c: Change, added: dict[str, Footnote]) -> TrackedProvision:
    """An inserted provision, its footnote references renamed to the change's new ones."""
    assert c.inserted is not None
    runs, n = [], 0
    for r in c.inserted.runs:
        if r.footnote is not None and n < len(c.notes):
            fid = new_footnote_id(c.id, n)
            added[fid] = new_footnote(fid, c.notes[n].text)
            r, n = Run(r.text, r.revision, fid), n + 1
        runs.append(r)
    p = replace(c.inserted, runs=tuple(runs))
    return TrackedProvision(c.id, p, p.label_text(View.ORIGINAL), "", INSERTED,
                            run_segments(INSERT, p.runs, c.sources, c.id))


def _own_inserts(members: list[Change], text: str, target: str) -> list[TrackedProvision]:
    """The combined text `text` of a conflict (`target`) between inserted provisions: one
    inserted provision per non-empty line, shaped (kind, level, style) like the one at its
    place in the longest series a proposal inserts there, the likeliest model of the lines
    (past its end, like its last one). Labels come from `relabel`."""
    series: dict[tuple[str, ...], list[Change]] = defaultdict(list)
    for c in sorted(members, key=lambda c: (c.start, c.sources, c.id)):
        series[c.sources].append(c)
    models = max(series.values(), key=len)
    out: list[TrackedProvision] = []
    for n, line in enumerate(x.strip() for x in text.split("\n") if x.strip()):
        model = models[min(n, len(models) - 1)].inserted
        assert model is not None
        p = replace(model, runs=(Run(line),))
        out.append(TrackedProvision(f"{target}:{n + 1}", p, p.label_text(View.ORIGINAL), "",
                                    CUSTOM, (Segment(INSERT, line, (), target),)))
    return out


def _apply(base: Resolution, changes: Sequence[Change], accepted: list[Change],
           decisions: Mapping[str, Decision], pending: tuple[str, ...],
           unplaced: tuple[str, ...], conflicts: Sequence[Conflict] | None) -> Consolidated:
    number = base.number
    texts: dict[str, list[Change]] = defaultdict(list)
    removals: dict[str, Change] = {}
    inserts: dict[str, list[Change]] = defaultdict(list)
    for c in accepted:
        if c.kind in (ChangeKind.TEXT, ChangeKind.FOOTNOTE):
            texts[c.provision].append(c)
        elif c.removes_provision:
            removals.setdefault(c.provision, c)
        elif c.adds_provision:
            inserts[c.provision].append(c)
    custom_texts: dict[str, tuple[str, str]] = {}  # provision key -> (text, target)
    custom_inserts: dict[str, tuple[list[Change], str, str]] = {}
    by_id = {c.id: c for c in changes}
    for k in find_conflicts(changes) if conflicts is None else conflicts:
        text = _custom(decisions, k.id)
        if text is None:
            continue
        members = [by_id[x] for x in k.changes]
        if all(m.adds_provision for m in members):
            custom_inserts[k.provision] = (members, text, k.id)
        else:
            custom_texts[k.provision] = (text, k.id)
    entries: list[TrackedProvision] = []
    added: dict[str, Footnote] = {}  # new footnotes, by id
    own: set[str] = set()  # keys of the drafter's inserted provisions

    def add_inserts(anchor: str) -> None:
        if anchor in custom_inserts:
            new = _own_inserts(*custom_inserts[anchor])
            own.update(t.key for t in new)
            entries.extend(new)
            return
        for c in sorted(inserts.get(anchor, ()), key=lambda c: (c.start, c.sources, c.id)):
            entries.append(_inserted_provision(c, added))

    add_inserts(head_key(number))
    for i, p in enumerate(base.provisions):
        key = provision_key(number, i)
        custom = _custom(decisions, key)
        if custom is not None:
            custom_texts[key] = (custom, key)
        entries.append(_provision(key, p, texts.get(key, []), removals.get(key),
                                  custom_texts.get(key), added))
        add_inserts(key)
    # the drafter's inserted provisions are numbered as inserted ones, not kept as labelled
    labels = relabel([Entry(t.provision, t.label, INSERTED if t.key in own else t.status)
                      for t in entries])
    tracked = tuple(
        t if label == t.label or t.status == DELETED else t._replace(
            label=label, provision=replace(t.provision, label=(Run(label),)))
        for t, label in zip(entries, labels, strict=True))
    provisions = tuple(t.provision for t in tracked if t.status != DELETED)
    referenced = {r.footnote for p in provisions for r in (*p.label, *p.runs)
                  if r.footnote is not None}
    notes = [_footnote(number, f, texts, decisions, custom_texts) for f in base.footnotes]
    edited = {new.id: new for t, new in notes if t.status != UNCHANGED}
    footnotes = tuple(edited.get(f.id, f)
                      for f in (*base.footnotes, *added.values()) if f.id in referenced)
    resolution = replace(base, provisions=provisions, footnotes=footnotes)
    applied = tuple(c.id for c in accepted)
    return Consolidated(number, resolution, tracked, (), applied, pending, unplaced,
                        tuple(t for t, _ in notes))


def _footnote(number: str, f: Footnote, texts: Mapping[str, list[Change]],
              decisions: Mapping[str, Decision], custom_texts: Mapping[str, tuple[str, str]]
              ) -> tuple[TrackedFootnote, Footnote]:
    """Base footnote `f` with its accepted edits, and the footnote it becomes."""
    key = footnote_key(number, f.id)
    old = note_text(f)
    custom = _custom(decisions, key)
    wording = (custom, key) if custom is not None else custom_texts.get(key)
    # The footnote's text as a provision's, to place the edits the same way.
    plain = Provision(ProvisionKind.TEXT, (Run(old),))
    if wording is not None:  # the drafter's words; the white space after the mark stays
        text, target = wording
        segs = wording_segments(plain, text, target, keep_spaces=True)
        status = CUSTOM
    elif texts.get(key):
        segs = segments_of(plain, edits_of(key, texts[key], {}))
        status = MODIFIED
    else:
        return TrackedFootnote(key, f.id, UNCHANGED, (Segment(EQUAL, old),)), f
    new = "".join(s.text for s in segs if s.op != DELETE).split("\n")
    styles = [p.style for p in f.paragraphs] or [""]
    paragraphs = tuple(Paragraph((Run(line),), styles[min(i, len(styles) - 1)])
                       for i, line in enumerate(new))
    return TrackedFootnote(key, f.id, status, segs), Footnote(f.id, paragraphs)


def _provision(key: str, p: Provision, texts: list[Change], removal: Change | None,
               custom: tuple[str, str] | None, added: dict[str, Footnote]) -> TrackedProvision:
    label = p.label_text(View.ORIGINAL)
    if custom is not None:
        text, target = custom
        segs = wording_segments(p, text, target)
        return TrackedProvision(key, replace(p, runs=runs_of(p, segs)), label, label, CUSTOM,
                                segs)
    if removal is not None:
        return _deleted(key, p, removal.sources, removal.id)
    if not texts:
        return TrackedProvision(key, p, label, label, UNCHANGED,
                                run_segments(EQUAL, p.runs))
    segs = segments_of(p, edits_of(key, texts, added))
    return TrackedProvision(key, replace(p, runs=runs_of(p, segs)), label, label, MODIFIED,
                            segs)
