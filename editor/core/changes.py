"""Changes a proposal asks for, expressed on the base resolution.

Public API
----------
* `ChangeKind`, `Change` (frozen): one change, with a stable `id` (see `change_id`).
* `provision_key(number, index)`: the key of base provision `index` (its position in
  `Resolution.provisions`): `"101:7"`. `head_key(number)` (`"101:^"`) anchors provisions
  inserted before the first one; whole-resolution changes (abrogate, new-resolution, noc)
  have `provision == ""`. Keys are stable as long as the base file is the same.
* `extract(base, proposal) -> list[Change]`: the changes of one proposal, each with
  `sources == (proposal.id,)`; `merge.merge` then joins duplicates across proposals.

Extraction: the proposal's provisions in its ORIGINAL view are aligned with the base
(`align`), labels apart, so relabelling (`[-c)-]{+d)+}`) is never a change. A kept
provision gives word-level `text` changes, one per revision span of the author
(`revision_hunks`: consecutive marks joined, widened to whole words); a whole inserted provision gives `insert-provision`
anchored after the base provision it follows (`start == end ==` its rank among the
insertions of that proposal at that point); a whole deleted one `delete-provision`; moves
give `move-provision` (removal: `new == ""`; arrival: `inserted` is set). A proposal
without any revision mark, in its provisions or footnotes (clean MOD, ADD on a loaded
base), is word-diffed against the base: unaligned proposal provisions are inserted,
unaligned base provisions deleted. An ADD never deletes (base text it omits stays); a SUP
whose text has no number line suppresses the provisions it gives (`delete-provision`
each), not the resolution.

When the proposal's original text differs from the base (editorial variant, ’ vs ', an
older base), each change is re-anchored with diff-match-patch fuzzy patching
(`patch_make` on the proposal's texts, `patch_apply` on the base text); a change that
cannot be placed keeps its proposal offsets with `placed=False`: flagged, never dropped.

Footnote references travel with the words they follow: `Change.notes` are the references
in `new` (`Note(at, text)`: after `new[:at]`, with the footnote's text from the proposal's
`Resolution.footnotes`, since a proposal's footnote ids mean nothing in the base), and
`Change.dropped_notes` the offsets in `old` of the base references the change deletes
(`[-de las redes IP[1]-]`: offset `len(old)`). A change of references only
(`moteur{+[^7]+}`) has `old == new`. Both enter the id only when non-empty, and by
text, not id: two proposals inserting the same words with the same footnote make one change.
A clean proposal's references are paired with the base's by place (`footnote_refs`): one
without a base partner is a new reference, a note of the change next to it (or of a change
of references only).

Edits of a footnote's own text are `footnote-text` changes (`footnote_changes`), keyed
`footnote_key(number, base footnote id)` (`"101:fn:1"`), offsets in the base footnote's
text (`footnote_changes.note_text`); `key_index` puts them after every provision.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import NamedTuple

from editor.core.align import Slot, align
from editor.core.diff import edits_to_hunks, engine, hunks, word_diff
from editor.core.footnote_refs import base_offset, pair, proposal_starts, references
from editor.core.model import (
    Action,
    Footnote,
    Proposal,
    Provision,
    ProvisionKind,
    Resolution,
    Run,
    View,
    runs_text,
)
from editor.core.tokens import tokenize


class Note(NamedTuple):
    """A footnote reference in a change's new text: after `new[:at]`, footnote `text`."""

    at: int
    text: str


class ChangeKind(StrEnum):
    TEXT = "text"
    INSERT = "insert-provision"
    DELETE = "delete-provision"
    MOVE = "move-provision"
    ABROGATE = "abrogate"  # SUP of a whole resolution
    NEW_RESOLUTION = "new-resolution"  # ADD of a draft resolution
    NOC = "noc"  # shown to the drafter, nothing to apply
    FOOTNOTE = "footnote-text"  # words of a base footnote's text (see the module docstring)


@dataclass(frozen=True)
class Change:
    id: str
    resolution: str
    kind: ChangeKind
    provision: str  # base key; for inserted provisions, the key of the one they follow
    start: int  # offsets in the base provision's text (insertions: rank at the anchor)
    end: int
    old: str
    new: str
    sources: tuple[str, ...]  # proposal ids, sorted
    placed: bool = True  # False: could not be re-anchored on the base
    inserted: Provision | None = None  # the new provision (insert, move arrival)
    drafted: Resolution | None = None  # the new resolution (new-resolution)
    notes: tuple[Note, ...] = ()  # footnote references in `new` (see the module docstring)
    dropped_notes: tuple[int, ...] = ()  # offsets in `old` of base references deleted

    @property
    def adds_provision(self) -> bool:
        return self.inserted is not None

    @property
    def removes_provision(self) -> bool:
        return self.kind is ChangeKind.DELETE or (
            self.kind is ChangeKind.MOVE and self.inserted is None
        )


def change_id(resolution: str, kind: ChangeKind, provision: str, start: int, end: int,
              old: str, new: str, notes: tuple[Note, ...] = (),
              dropped_notes: tuple[int, ...] = ()) -> str:
    """Stable id: same inputs, same id, in any run or process (no `hash()`).

    Footnotes enter only when there are some, so changes without any keep their ids."""
    fields = [resolution, kind.value, provision, str(start), str(end), old, new]
    if notes:
        fields.append("notes:" + "\x1e".join(f"{n.at}:{n.text}" for n in notes))
    if dropped_notes:
        fields.append("dropped:" + ",".join(map(str, dropped_notes)))
    data = "\x1f".join(fields)
    return "c" + hashlib.sha1(data.encode("utf-8")).hexdigest()[:12]


def make_change(resolution: str, kind: ChangeKind, provision: str, start: int, end: int,
                old: str, new: str, sources: tuple[str, ...], **extra: object) -> Change:
    notes = extra.get("notes", ())
    dropped = extra.get("dropped_notes", ())
    cid = change_id(resolution, kind, provision, start, end, old, new,
                    notes, dropped)  # type: ignore[arg-type]
    return Change(cid, resolution, kind, provision, start, end, old, new,
                  tuple(sorted(sources)), **extra)  # type: ignore[arg-type]


def provision_key(number: str, index: int) -> str:
    return f"{number}:{index}"


def head_key(number: str) -> str:
    return f"{number}:^"


FOOTNOTES = 1 << 30  # `key_index` of footnote keys: after every provision


def footnote_key(number: str, footnote_id: str) -> str:
    return f"{number}:fn:{footnote_id}"


def footnote_of(key: str) -> str | None:
    """The base footnote id of a footnote key, None for any other key."""
    head, sep, tail = key.rpartition(":fn:")
    return tail if sep and head else None


def key_index(key: str) -> int:
    """Position of a key for sorting: -1 for the head, -2 for the whole resolution,
    `FOOTNOTES` (+ the id when a number) for a footnote, after every provision."""
    tail = key.rpartition(":")[2]
    if not key:
        return -2
    if footnote_of(key) is not None:
        return FOOTNOTES + (int(tail) if tail.isdigit() else 0)
    return -1 if tail == "^" else int(tail)


def clean_provision(p: Provision) -> Provision:
    """The provision as proposed, without revision marks."""
    runs = tuple(Run(r.text, None, r.footnote) for r in p.runs if r.visible_in(View.PROPOSED))
    label = tuple(Run(r.text) for r in p.label if r.visible_in(View.PROPOSED))
    return replace(p, runs=runs, label=label, mark=None)


def clean_resolution(res: Resolution) -> Resolution:
    return replace(res, provisions=tuple(
        clean_provision(p) for p in res.provisions if p.exists_in(View.PROPOSED)))


class Revised(NamedTuple):
    """One revision span of the author (see `revision_hunks`)."""

    start: int
    end: int
    old: str
    new: str
    notes: tuple[tuple[int, str], ...] = ()  # (offset in `new`, proposal footnote id)
    dropped: tuple[int, ...] = ()  # offsets in `old` of deleted references


def revision_hunks(runs: tuple[Run, ...]) -> list[Revised]:
    """The author's revisions as replacements in the ORIGINAL text, widened to words.

    Consecutive revised runs form one hunk (a deletion followed by an insertion is a
    replacement); a hunk starting or ending inside a word takes in the whole word
    (`économi[-que-]{+e+}` -> `économique` -> `économie`), so changes read word by word.
    Inserted and deleted footnote references go with their hunk; kept ones do not split it.
    """
    spans: list[list[int]] = []  # raw hunks: [start, end] in the original text
    member: list[int] = []  # per run: its raw hunk, -1 when unrevised
    pos, open_ = 0, False
    for r in runs:
        if r.revision is None:
            member.append(-1)
            if r.footnote is None:
                open_ = False
                pos += len(r.text)
            continue
        if not open_:
            spans.append([pos, pos])
            open_ = True
        member.append(len(spans) - 1)
        if r.revision.deletes and r.footnote is None:
            pos += len(r.text)
        spans[-1][1] = pos
    if not spans:
        return []
    orig = runs_text(runs, View.ORIGINAL)
    bounds = [0]
    for tok in tokenize(orig):
        bounds.append(bounds[-1] + len(tok))
    groups: list[list[int]] = []  # widened spans, joined when they overlap
    group_of: list[int] = []
    for a, b in spans:
        s = bounds[bisect_right(bounds, a) - 1]
        e = bounds[bisect_left(bounds, b)]
        if groups and s < groups[-1][1]:  # widened into the previous one: join them
            groups[-1][1] = max(groups[-1][1], e)
        else:
            groups.append([s, e])
        group_of.append(len(groups) - 1)
    news: list[list[str]] = [[] for _ in groups]
    notes: list[list[tuple[int, str]]] = [[] for _ in groups]
    dropped: list[list[int]] = [[] for _ in groups]
    lengths = [0] * len(groups)
    pos = 0
    for r, m in zip(runs, member, strict=True):
        if m < 0:
            if r.footnote is None:
                for g, (s, e) in enumerate(groups):
                    piece = orig[max(s, pos):min(e, pos + len(r.text))]
                    if piece and pos < e and pos + len(r.text) > s:
                        news[g].append(piece)
                        lengths[g] += len(piece)
                pos += len(r.text)
            continue
        g = group_of[m]
        assert r.revision is not None
        if r.revision.deletes:
            if r.footnote is not None:
                dropped[g].append(pos - groups[g][0])
            else:
                pos += len(r.text)
        elif r.footnote is not None:
            notes[g].append((lengths[g], r.footnote))
        else:
            news[g].append(r.text)
            lengths[g] += len(r.text)
    out: list[Revised] = []
    for g, (s, e) in enumerate(groups):
        h = Revised(s, e, orig[s:e], "".join(news[g]), tuple(notes[g]), tuple(dropped[g]))
        if h.old != h.new or h.notes or h.dropped:
            out.append(h)
    return out


def _slot(p: Provision, view: View) -> Slot:
    return Slot(p.kind, p.text(view), p.label_text(view))


def reanchor(base_text: str, orig: str, start: int, end: int, new: str,
             ) -> tuple[int, int, str, str] | None:
    """Place the replacement of `orig[start:end]` by `new` on `base_text`, or None."""
    dmp = engine()
    dmp.Match_Threshold = 0.4  # stricter than dmp's 0.5: a wrong place is worse than none
    dmp.Match_Distance = 5000  # provisions are long; variants shift offsets a lot
    dmp.Patch_DeleteThreshold = 0.4
    target = orig[:start] + new + orig[end:]
    patches = dmp.patch_make(orig, target)
    result, oks = dmp.patch_apply(patches, base_text)
    if not oks or not all(oks) or result == base_text:
        return None
    found = hunks(base_text, result)
    s, e = found[0].start, found[-1].end
    delta = len(result) - len(base_text)
    return s, e, base_text[s:e], result[s:e + delta]


def extract(base: Resolution | None, proposal: Proposal) -> list[Change]:
    """Changes of `proposal` on `base` (None: no base loaded, only ADD makes sense)."""
    number = base.number if base is not None else proposal.target
    src = (proposal.id,)
    if proposal.action is Action.NOC:
        return [make_change(number, ChangeKind.NOC, "", 0, 0, "", "", src)]
    res = proposal.resolution
    if proposal.action is Action.SUP:
        if base is not None and res is not None and res.provisions and not any(
                p.kind is ProvisionKind.NUMBER for p in res.provisions):
            return _suppressed(base, res, src)  # SUP of provisions, not of the resolution
        return [make_change(number, ChangeKind.ABROGATE, "", 0, 0, "", "", src)]
    if res is None:
        return []
    if base is None:
        drafted = clean_resolution(res)
        text = "\n".join(p.text(View.PROPOSED) for p in drafted.provisions)
        return [make_change(number, ChangeKind.NEW_RESOLUTION, "", 0, 0, "", text, src,
                            drafted=drafted)]
    marked = any(p.has_revisions for p in res.provisions) or any(
        q.has_revisions for f in res.footnotes for q in f.paragraphs)
    aligned: list[tuple[Provision, int]] = []  # (proposal provision, base index)
    if marked:
        changes = _from_marks(base, res, src, aligned)
    else:
        changes = _from_clean(base, res, src, aligned)
    from editor.core.footnote_changes import footnote_edits  # it builds on this module
    changes += footnote_edits(base, res, aligned, src, marked)
    if proposal.action is Action.ADD:  # an ADD only adds: base text it omits stays
        return [c for c in changes if not c.removes_provision]
    return changes


def _suppressed(base: Resolution, res: Resolution, src: tuple[str, ...]) -> list[Change]:
    """SUP of some provisions: each one given is deleted (flagged when not in the base)."""
    number = base.number
    given = [p for p in res.provisions if p.exists_in(View.ORIGINAL)]
    mapping = align([_slot(p, View.ORIGINAL) for p in base.provisions],
                    [_slot(p, View.ORIGINAL) for p in given])
    out: list[Change] = []
    for p, b in zip(given, mapping, strict=True):
        key = provision_key(number, b) if b is not None else head_key(number)
        old = (base.provisions[b] if b is not None else p).text(View.ORIGINAL)
        out.append(make_change(number, ChangeKind.DELETE, key, 0, len(old), old, "", src,
                               placed=b is not None))
    return out


def _inserted(number: str, anchor: str, rank: int, p: Provision, src: tuple[str, ...],
              texts: dict[str, str]) -> Change:
    new = clean_provision(p)
    kind = ChangeKind.MOVE if p.mark is not None and p.mark.kind.value == "move-to" else (
        ChangeKind.INSERT)
    notes, at = [], 0
    for r in new.runs:
        if r.footnote is not None:
            notes.append(Note(at, texts.get(r.footnote, "")))
        else:
            at += len(r.text)
    return make_change(number, kind, anchor, rank, rank, "", new.text(View.ORIGINAL), src,
                       inserted=new, notes=tuple(notes))


def footnote_texts(footnotes: tuple[Footnote, ...]) -> dict[str, str]:
    """Footnote id -> its text as proposed (what a new footnote in the export says)."""
    return {f.id: f.text(View.PROPOSED).strip() for f in footnotes}


def _placed_notes(h: Revised, texts: dict[str, str], old: str, new: str
                  ) -> dict[str, tuple[Note, ...] | tuple[int, ...]]:
    """`notes` and `dropped_notes` of hunk `h` once placed as `old` -> `new` (re-anchoring
    may take in some context around the hunk: offsets follow the hunk's own text)."""
    shift_new = max(0, new.find(h.new)) if h.new else 0
    shift_old = max(0, old.find(h.old)) if h.old else 0
    return {
        "notes": tuple(Note(min(len(new), at + shift_new), texts.get(fid, ""))
                       for at, fid in h.notes),
        "dropped_notes": tuple(min(len(old), at + shift_old) for at in h.dropped),
    }


def _from_marks(base: Resolution, res: Resolution, src: tuple[str, ...],
                aligned: list[tuple[Provision, int]]) -> list[Change]:
    """The revisions as changes; `aligned` receives each kept provision and its base index."""
    number = base.number
    texts = footnote_texts(res.footnotes)
    base_slots = [_slot(p, View.ORIGINAL) for p in base.provisions]
    originals = [p for p in res.provisions if p.exists_in(View.ORIGINAL)]
    mapping = dict(zip(map(id, originals),
                       align(base_slots, [_slot(p, View.ORIGINAL) for p in originals]),
                       strict=True))
    out: list[Change] = []
    anchor, rank = head_key(number), 0
    for p in res.provisions:
        if not p.exists_in(View.ORIGINAL):
            out.append(_inserted(number, anchor, rank, p, src, texts))
            rank += 1
            continue
        b = mapping[id(p)]
        key = provision_key(number, b) if b is not None else anchor
        orig = p.text(View.ORIGINAL)
        if not p.exists_in(View.PROPOSED):
            kind = ChangeKind.MOVE if p.mark and p.mark.kind.value == "move-from" else (
                ChangeKind.DELETE)
            old = base.provisions[b].text(View.ORIGINAL) if b is not None else orig
            out.append(make_change(number, kind, key, 0, len(old), old, "", src,
                                   placed=b is not None))
        else:
            if b is not None:
                aligned.append((p, b))
            base_text = base.provisions[b].text(View.ORIGINAL) if b is not None else None
            for h in revision_hunks(p.runs):
                placed = (h.start, h.end, h.old, h.new) if base_text == orig else (
                    reanchor(base_text, orig, *h[:2], h.new) if base_text is not None
                    else None)
                if placed is None:
                    out.append(make_change(number, ChangeKind.TEXT, key, h.start, h.end,
                                           h.old, h.new, src, placed=False,
                                           **_placed_notes(h, texts, h.old, h.new)))
                else:
                    s, e, old, new = placed
                    out.append(make_change(number, ChangeKind.TEXT, key, s, e, old, new, src,
                                           **_placed_notes(h, texts, old, new)))
        if b is not None:
            anchor, rank = key, 0
    return out


def _from_clean(base: Resolution, res: Resolution, src: tuple[str, ...],
                aligned: list[tuple[Provision, int]]) -> list[Change]:
    """The word diff as changes; `aligned` receives each proposal provision and its base
    index."""
    number = base.number
    texts = footnote_texts(res.footnotes)
    mapping = align([_slot(p, View.ORIGINAL) for p in base.provisions],
                    [_slot(p, View.PROPOSED) for p in res.provisions])
    out: list[Change] = []
    matched = {b for b in mapping if b is not None}
    anchor, rank, last = head_key(number), 0, -1

    def deletions_until(stop: int) -> None:
        for i in range(last + 1, stop):
            if i not in matched:
                old = base.provisions[i].text(View.ORIGINAL)
                out.append(make_change(number, ChangeKind.DELETE, provision_key(number, i),
                                       0, len(old), old, "", src))

    for p, b in zip(res.provisions, mapping, strict=True):
        if b is None:
            out.append(_inserted(number, anchor, rank, p, src, texts))
            rank += 1
            continue
        deletions_until(b)
        aligned.append((p, b))
        out.extend(_clean_edits(number, base.provisions[b], p, provision_key(number, b), src,
                                texts))
        anchor, rank, last = provision_key(number, b), 0, b
    deletions_until(len(base.provisions))
    return out


def _clean_edits(number: str, b: Provision, p: Provision, key: str, src: tuple[str, ...],
                 texts: dict[str, str]) -> list[Change]:
    """Word-diff changes of clean provision `p` on base `b`; a reference without a partner in
    the base (`footnote_refs.pair`) is new: a note of the change around it, or of a change
    of references only where no words change."""
    old, new = b.text(View.ORIGINAL), p.text(View.PROPOSED)
    edits = word_diff(old, new)
    found = edits_to_hunks(edits)
    refs = references(p.runs, View.PROPOSED)
    alone = pair(references(b.runs, View.ORIGINAL), refs, edits)[1] if refs else []
    starts = proposal_starts(edits) if alone else []
    notes: list[list[Note]] = [[] for _ in found]
    only: dict[int, list[Note]] = {}  # base offset -> notes of references alone
    for q, fid in alone:
        note = texts.get(fid, "")
        k = next((k for k, s in enumerate(starts) if s <= q <= s + len(found[k].new)), None)
        if k is not None:
            notes[k].append(Note(q - starts[k], note))
        else:
            only.setdefault(base_offset(edits, q), []).append(Note(0, note))
    out = [make_change(number, ChangeKind.TEXT, key, *h, src, notes=tuple(n))
           for h, n in zip(found, notes, strict=True)]
    out += [make_change(number, ChangeKind.TEXT, key, at, at, "", "", src, notes=tuple(n))
            for at, n in only.items()]
    return sorted(out, key=lambda c: (c.start, c.end))
