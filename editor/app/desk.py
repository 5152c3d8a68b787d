"""The editor's working state, Qt-free: a session, its documents read and routed, the
decisions, and what the synoptic view shows. The GUI drives this; so can a test.

Documents are read from the bytes stored in the session (the file is self-contained), so
an opened session never depends on where the originals were. Every decision goes to the
store first (committed before `decide` returns) and only then to the in-memory map.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from editor.app import parse_cache
from editor.app.reading import Stopped, read_all
from editor.app.synoptic_build import FallbackCells, Frame, fill_table, table_frame
from editor.app.synoptic_table import SynopticTable
from editor.core.changes import Change, ChangeKind
from editor.core.decisions import call_range, matches_source
from editor.core.errors import SessionError
from editor.core.merge import clash
from editor.core.model import (
    Action,
    Decision,
    DecisionState,
    ProposalsDocument,
    Resolution,
)
from editor.core.routing import Dossier, Routing, number_key, route
from editor.store import AuditEntry, Session

Progress = Callable[[int, int, str], bool]  # (done, total, what) -> keep going?


class Cancelled(Exception):
    """The user cancelled a long operation."""


@dataclass(frozen=True)
class Counts:
    decided: int
    total: int
    conflicts: int  # conflicts not yet resolved


@dataclass(frozen=True)
class Stored:
    """A document's bytes taken from the session (on the thread that owns it)."""

    name: str
    role: str
    marking: str
    content: bytes
    key: str = ""  # its parse cache key (`parse_cache.key`), "" when nothing is cached
    cached: bytes | None = None  # the entry the session holds under `key`, unchecked


def stored_documents(session: Session, secret: bytes = b"") -> list[Stored]:
    """The session's documents, each with its parse cache entry when the file holds one
    written by the drafter whose `secret` it is (none without a secret)."""
    docs = [(d, session.document_content(d.id)) for d in session.documents()]
    keys = [parse_cache.key(d.name, d.role, d.marking, content, secret) for d, content in docs]
    try:
        found = session.cached(k for k in keys if k)
    except SessionError:  # a damaged cache is no cache: the documents are read again
        found = {}
    return [Stored(d.name, d.role, d.marking, content, k, found.get(k))
            for (d, content), k in zip(docs, keys, strict=True)]


DRAFT_BASES = "draft_bases"  # session setting: {draft tag: tag of the draft used as its base}


@dataclass(frozen=True)
class Reading:
    routing: Routing
    base_files: dict[str, str]  # resolution number -> name of its base document
    markings: dict[str, str] = field(default_factory=dict)  # document name -> marking read
    draft_bases: dict[str, str] = field(default_factory=dict)  # those routing applied
    drafts: tuple[str, ...] = ()  # tags of every new draft (ADD) in the proposals
    cache: dict[str, bytes] = field(default_factory=dict)  # new cache entries, by key
    keys: tuple[str, ...] = ()  # the cache keys of every document read and of the routing
    # bases not used, their resolution's base being an earlier document (`first_bases`):
    # (document name, resolution number, name of the document used)
    set_aside: tuple[tuple[str, str, str], ...] = ()
    proposal_files: dict[str, str] = field(default_factory=dict)  # proposal id -> document


Routed = tuple[str, bytes]  # the session's routing cache entry: (key, data)


def read_documents(stored: Sequence[Stored], progress: Progress | None = None,
                   workers: int | None = None,
                   draft_bases: Mapping[str, str] | None = None,
                   routed: Routed | None = None) -> Reading:
    """Read and parse every document, route the proposals. Runs on any thread; many
    documents are read in `workers` processes (`reading.workers_for` when None).
    `draft_bases` consolidates drafts into others (`route`); a choice naming a draft no
    longer in the documents is left out rather than refusing the whole session.

    Documents with a good cache entry (`Stored.cached`) are not read, and the routing is
    not computed when `routed` (`routing_entry`) is the good entry of these documents and
    draft bases; what was computed comes back in `Reading.cache`."""
    sources = [(d.name, d.role, d.marking, d.content) for d in stored]
    try:
        read = read_all(sources, progress, workers, cached=[d.cached for d in stored],
                        pack=any(d.key for d in stored))
    except Stopped:
        raise Cancelled() from None
    bases: list[Resolution] = []
    base_files: dict[str, str] = {}
    proposals: list[ProposalsDocument] = []
    set_aside: list[tuple[str, str, str]] = []
    used: dict[str, str] = {}  # number_key -> document name
    for doc, result in zip(stored, read, strict=True):
        if isinstance(result.parsed, Resolution):
            number = result.parsed.number
            if number_key(number) in used:  # one resolution, one base: the first
                set_aside.append((doc.name, number, used[number_key(number)]))
                continue
            used[number_key(number)] = doc.name
            bases.append(result.parsed)
            base_files.setdefault(number, doc.name)
        else:
            proposals.append(result.parsed)
    if progress is not None:
        progress(len(stored), len(stored), "")
    numbers = {b.number.strip().upper() for b in bases}
    drafts = tuple(dict.fromkeys(
        p.target for doc in proposals for p in doc.proposals
        if p.action is Action.ADD and p.target.strip().upper() not in numbers))
    known = {t.strip().upper() for t in drafts}
    applied = {k: v for k, v in (draft_bases or {}).items()
               if k.strip().upper() in known and v.strip().upper() in known
               and k.strip().upper() != v.strip().upper()}
    markings = {doc.name: r.marking.value for doc, r in zip(stored, read, strict=True)}
    cache = {doc.key: r.packed for doc, r in zip(stored, read, strict=True)
             if doc.key and r.packed is not None}
    key = parse_cache.routing_key([d.key for d in stored], draft_bases or {})
    routing = _cached_routing(key, routed, bases, proposals)
    if routing is None:
        routing = route(bases, proposals, applied)
        if key:
            with contextlib.suppress(TypeError, ValueError):  # no JSON form: not cached
                cache[key] = parse_cache.pack_routing(routing, bases, proposals)
    keys = (*(d.key for d in stored if d.key), *((key,) if key else ()))
    proposal_files: dict[str, str] = {}
    for document in proposals:
        for p in document.proposals:
            proposal_files.setdefault(p.id, document.name)
    return Reading(routing, base_files, markings, applied, drafts, cache, keys,
                   tuple(set_aside), proposal_files)


def _cached_routing(key: str, routed: Routed | None, bases: Sequence[Resolution],
                    proposals: Sequence[ProposalsDocument]) -> Routing | None:
    if not key or routed is None or routed[0] != key:
        return None
    try:
        return parse_cache.unpack_routing(routed[1], bases, proposals)
    except ValueError:  # damaged or forged: routed again
        return None


def routing_entry(session: Session, stored: Sequence[Stored],
                  draft_bases: Mapping[str, str] | None) -> Routed | None:
    """The session's cached routing of `stored` with `draft_bases`, if it holds one (on the
    thread that owns the session, like `stored_documents`)."""
    key = parse_cache.routing_key([d.key for d in stored], draft_bases or {})
    try:
        data = session.cached([key]).get(key) if key else None
    except SessionError:
        return None
    return (key, data) if data is not None else None


def read_session(session: Session, progress: Progress | None = None,
                 secret: bytes = b"") -> Reading:
    """Read and route the session's documents, through the drafter's cache when `secret`
    (`cache_secret`) is given."""
    stored = stored_documents(session, secret)
    draft_bases = session.setting(DRAFT_BASES, {})
    return read_documents(stored, progress, draft_bases=draft_bases,
                          routed=routing_entry(session, stored, draft_bases))


def store_reading(session: Session, reading: Reading) -> None:
    """Keep in a writable session what reading it computed: the snapshot of changes and
    the cache (new entries in; entries of documents no longer there, of another version
    of the code or of other draft bases out)."""
    session.set_changes(change_rows(reading))
    if reading.cache or reading.keys:
        session.set_cached(reading.cache, keep=reading.keys)


def change_rows(reading: Reading) -> list[dict[str, object]]:
    """The session's snapshot of computed changes (see `Session.set_changes`)."""
    return [{"id": c.id, "resolution": c.resolution, "kind": c.kind.value,
             "provision": c.provision, "old": c.old, "new": c.new, "sources": c.sources}
            for d in reading.routing.dossiers for c in d.changes]


class Desk:
    """One open session and everything computed from it."""

    def __init__(self, session: Session, reading: Reading) -> None:
        self.session = session
        self.routing = reading.routing
        self.base_files = reading.base_files
        self.markings = reading.markings
        self.draft_bases = reading.draft_bases
        self.drafts = reading.drafts
        self.decisions: dict[str, Decision] = session.decisions()
        # What does not depend on decisions, computed once per resolution: the table's base
        # and proposal columns, and each resolution's counts until one of its targets is
        # decided (an accept then rebuilds one column of one table, counts one dossier).
        self._frames: dict[str, tuple[Dossier, Frame, FallbackCells]] = {}
        self._counts: dict[str, Counts] = {}
        self._owners: dict[str, list[str]] | None = None  # target -> resolution numbers

    # --- reading ---------------------------------------------------------------------

    @property
    def dossiers(self) -> tuple[Dossier, ...]:
        return self.routing.dossiers

    def dossier(self, number: str) -> Dossier | None:
        return self.routing.dossier(number)

    def change(self, change_id: str) -> Change | None:
        return next((c for d in self.dossiers for c in d.changes if c.id == change_id), None)

    def dossier_of(self, change_id: str) -> Dossier | None:
        return next((d for d in self.dossiers if any(c.id == change_id for c in d.changes)),
                    None)

    def table(self, number: str) -> SynopticTable | None:
        d = self.dossier(number)
        if d is None:
            return None
        cached = self._frames.get(d.number)
        if cached is None or cached[0] is not d or len(cached[2]) > 20 * len(d.changes) + 1000:
            frame = table_frame(d.number, d.base, d.proposals, d.changes, d.conflicts)
            cached = self._frames[d.number] = (d, frame, {})
        return fill_table(cached[1], d.base, d.changes, self.decisions, d.conflicts,
                          cached[2])

    def state(self, target: str) -> DecisionState:
        d = self.decisions.get(target)
        return d.state if d is not None else DecisionState.PENDING

    def decidable(self, dossier: Dossier) -> list[Change]:
        return [c for c in dossier.changes if c.kind is not ChangeKind.NOC]

    def resolved(self, dossier: Dossier, conflict_id: str) -> bool:
        """A conflict is resolved by the drafter's wording or when all its changes are
        decided and no two accepted ones clash (one proposal's changes, chosen together)."""
        k = next(k for k in dossier.conflicts if k.id == conflict_id)
        custom = self.decisions.get(k.id)
        if custom is not None and custom.custom_text is not None:
            return True
        states = [self.state(c) for c in k.changes]
        if DecisionState.PENDING in states or states.count(DecisionState.ACCEPTED) <= 1:
            return DecisionState.PENDING not in states
        accepted = [c for c in dossier.changes
                    if c.id in k.changes and self.state(c.id) is DecisionState.ACCEPTED]
        return not any(clash(a, b) for a, b in combinations(accepted, 2))

    def pending_in(self, number: str, key: str) -> list[str]:
        """The pending changes that edit or remove the base provision `key` (what the
        drafter's own wording of it leaves out)."""
        d = self.dossier(number)
        return [c.id for c in (d.changes if d else ()) if c.provision == key
                and not c.adds_provision and c.kind is not ChangeKind.NOC
                and self.state(c.id) is DecisionState.PENDING]

    def clashing(self, number: str, ids: Iterable[str]) -> set[str]:
        """Of the changes `ids` to be accepted together, those that would clash with
        another accepted one (already, or in the same batch) inside one of the
        resolution's conflicts: a batch leaves them pending, for the conflict picker."""
        d = self.dossier(number)
        batch = set(ids)
        if d is None or not batch:
            return set()
        by_id = {c.id: c for c in d.changes}
        out: set[str] = set()
        for k in d.conflicts:
            members = [by_id[x] for x in k.changes if x in by_id]
            if not any(c.id in batch for c in members):
                continue
            chosen = [c for c in members
                      if c.id in batch or self.state(c.id) is DecisionState.ACCEPTED]
            for a, b in combinations(chosen, 2):
                if clash(a, b):
                    out |= {c.id for c in (a, b) if c.id in batch}
        return out

    def counts(self, number: str | None = None) -> Counts:
        dossiers = [d for d in self.dossiers if number is None or d.number == number]
        each = [self._dossier_counts(d) for d in dossiers]
        return Counts(sum(c.decided for c in each), sum(c.total for c in each),
                      sum(c.conflicts for c in each))

    def _dossier_counts(self, d: Dossier) -> Counts:
        known = self._counts.get(d.number)
        if known is not None:
            return known
        ids = [c.id for c in self.decidable(d)]
        decided = sum(self.state(c) is not DecisionState.PENDING for c in ids)
        open_conflicts = sum(not self.resolved(d, k.id) for k in d.conflicts)
        counts = self._counts[d.number] = Counts(decided, len(ids), open_conflicts)
        return counts

    def _forget_counts(self, targets: Iterable[str]) -> None:
        """Drop the counts of the resolutions whose changes or conflicts are `targets`."""
        if self._owners is None:
            self._owners = {}
            for d in self.dossiers:
                for t in (*(c.id for c in d.changes), *(k.id for k in d.conflicts)):
                    self._owners.setdefault(t, []).append(d.number)
        for t in targets:
            for number in self._owners.get(t, ()):
                self._counts.pop(number, None)

    def log(self, target: str) -> tuple[AuditEntry, ...]:
        return self.session.log(target)

    def is_draft(self, number: str) -> bool:
        """A new draft's dossier: on its own, or the base other drafts are consolidated into."""
        d = self.dossier(number)
        return d is not None and (d.base is None or number in self.draft_bases.values())

    def other_drafts(self, number: str) -> list[str]:
        """The drafts that could be consolidated into draft `number`: those standing alone."""
        return [t for t in self.drafts if t != number and t not in self.draft_bases
                and t not in self.draft_bases.values() and self.dossier(t) is not None]

    def consolidated_into(self, number: str) -> list[str]:
        return [k for k, v in self.draft_bases.items() if v == number]

    def reload_decisions(self) -> None:
        """Take the decisions from the store again (another program or a merge wrote them)."""
        self.decisions = self.session.decisions()
        self._counts.clear()

    def base_content(self, number: str) -> bytes | None:
        """Bytes of the base document of resolution `number` (None for a new draft)."""
        name = self.base_files.get(number)
        doc = next((d for d in self.session.documents() if d.name == name and d.role == "base"),
                   None)
        return self.session.document_content(doc.id) if doc is not None else None

    # --- selecting -------------------------------------------------------------------

    def ids_of_source(self, number: str, source: str) -> list[str]:
        d = self.dossier(number)
        return [c.id for c in self.decidable(d) if matches_source(c, source)] if d else []

    def ids_of_call(self, number: str, call_index: int) -> list[str]:
        d = self.dossier(number)
        if d is None or d.base is None:
            return []
        keys = {f"{d.number}:{i}" for i in call_range(d.base, call_index)}
        return [c.id for c in self.decidable(d) if c.provision in keys]

    def ids_of_resolution(self, number: str) -> list[str]:
        d = self.dossier(number)
        return [c.id for c in self.decidable(d)] if d else []

    # --- deciding --------------------------------------------------------------------

    def decide(self, items: Sequence[tuple[str, DecisionState, str | None, str]],
               origin: str = "user") -> list[Decision]:
        """Record decisions (target, state, custom_text, note): durable when it returns."""
        if not items:
            return []
        made = self.session.decide_many(items, origin=origin)
        for d in made:
            self.decisions[d.target] = d
        self._forget_counts(d.target for d in made)
        return made

    def wordings_hidden_by(self, ids: Iterable[str]) -> list[str]:
        """The drafter's wordings (of a conflict, of a provision) that would hide the changes
        `ids` once accepted: a wording replaces the whole provision, so an accept after it
        withdraws it rather than being silently ignored."""
        wordings = {t for t, w in self.decisions.items()
                    if w.custom_text is not None and w.state is not DecisionState.REJECTED}
        wanted = set(ids)
        out: list[str] = []
        for d in self.dossiers if wordings and wanted else ():
            for c in d.changes:
                if c.id not in wanted:
                    continue
                replaced = c.kind is ChangeKind.TEXT or c.removes_provision
                targets = [k.id for k in d.conflicts if c.id in k.changes]
                out += [t for t in (*targets, *([c.provision] if replaced else []))
                        if t in wordings and t not in out]
        return out

    def set_note(self, target: str, note: str) -> Decision:
        d = self.decisions.get(target)
        state = d.state if d else DecisionState.PENDING
        return self.decide([(target, state, d.custom_text if d else None, note)], "note")[0]

    def snapshot(self, targets: Iterable[str]) -> list[tuple[str, DecisionState, str | None, str]]:
        """Current decisions of `targets`, to restore them (undo)."""
        out = []
        for t in targets:
            d = self.decisions.get(t)
            out.append((t, d.state, d.custom_text, d.note) if d is not None
                       else (t, DecisionState.PENDING, None, ""))
        return out
