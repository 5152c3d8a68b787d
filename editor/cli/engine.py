"""`synoptic changes` and `synoptic consolidate`: the comparison engine from the shell.

    synoptic changes --base BASE --proposal P [--proposal P ...] [--resolution N] [--json]
    synoptic consolidate --base BASE --proposal P ... [--resolution N]
                         [--accept SOURCE|all] [--reject SOURCE|all] [--format txt] -o OUT

SOURCE is a proposal id (`ARB/79A3/1`) or a group/country (`ARB`); `--accept` and
`--reject` apply in the order given. Pending changes are not applied (counted on
stderr); accepted changes that conflict: exit 3, the conflicts on stderr.

Extension points: output formats are the `WRITERS` table (format name -> function
writing a list of `Consolidated` to a path), so `--format docx` is one entry more;
`--session` supplies the bases, proposals and decisions stored in a session file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from editor.app.importing import Loaded, refuse_repeats, require_no_proposals, require_proposals
from editor.cli import export
from editor.cli.session import session_inputs
from editor.cli.wording import counted
from editor.core.changes import Change, ChangeKind, footnote_of, key_index
from editor.core.consolidate import Consolidated, consolidate
from editor.core.decisions import by_source, matches_source
from editor.core.errors import ConsolidationError, InputError
from editor.core.model import (
    Action,
    Decision,
    DecisionState,
    Document,
    Marking,
    Proposal,
    ProposalsDocument,
    View,
)
from editor.core.routing import Dossier, Routing, route
from editor.core.structure import parse_base, parse_proposals
from editor.docxio import read_document

CONFLICT_EXIT = 3


def write_txt(results: Sequence[Consolidated], out: Path) -> None:
    """One paragraph per line, `label<TAB>text`; resolutions separated by an empty line."""
    blocks: list[str] = []
    for r in results:
        if r.resolution is None:
            if r.abrogated_by:
                number = next((t.provision.text(View.ORIGINAL) for t in r.tracked), r.number)
                blocks.append(f"SUP\t{number}\t({', '.join(r.abrogated_by)})")
            continue
        lines = []
        for p in r.resolution.provisions:
            label = p.label_text(View.ORIGINAL)
            text = p.text(View.ORIGINAL)
            lines.append(f"{label}\t{text}" if label else text)
        blocks.append("\n".join(lines))
    out.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


WRITERS: dict[str, Callable[[Sequence[Consolidated], Path], None]] = {"txt": write_txt}


class _Decide(argparse.Action):
    """Collect --accept/--reject in command-line order."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        state = DecisionState.ACCEPTED if option_string == "--accept" else DecisionState.REJECTED
        ops = list(getattr(namespace, "decisions", None) or [])
        ops.append((state, str(values)))
        namespace.decisions = ops


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base", action="append", default=[], metavar="BASE",
                        help="a base resolution file (.docx or text); repeatable")
    parser.add_argument("--proposal", action="append", default=[], metavar="P",
                        help="a proposals document; repeatable")
    parser.add_argument("--session", metavar="FILE",
                        help="take the documents and the decisions from a session file "
                        "(--accept/--reject then apply on top)")
    parser.add_argument("--resolution", metavar="N", help="only resolution N")
    parser.add_argument("--draft-base", action="append", default=[], metavar="DRAFT=BASE",
                        help="consolidate new draft DRAFT (e.g. ARB-1) against draft BASE "
                        "(e.g. EUR-1), whose text becomes the base; repeatable")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("changes", help="list the changes and conflicts of proposals",
                              description="List, per resolution, the changes each proposal "
                              "asks for on the base, merged across proposals, and conflicts.")
    _common(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handle_changes)
    c = subparsers.add_parser("consolidate", help="apply accepted changes to the base",
                              description="Write the base with the accepted changes applied.")
    _common(c)
    c.add_argument("--accept", action=_Decide, metavar="SOURCE",
                   help="accept the changes of a proposal id, a group (ARB) or all")
    c.add_argument("--reject", action=_Decide, metavar="SOURCE",
                   help="reject the changes of a proposal id, a group (ARB) or all")
    c.add_argument("--format", choices=sorted([*WRITERS, "docx"]), default="txt")
    export.add_arguments(c)  # --clean | --tracked | --synoptic for --format docx
    c.add_argument("-o", "--output", required=True, metavar="OUT")
    c.set_defaults(handler=handle_consolidate, decisions=[])


def load_routing(args: argparse.Namespace) -> Routing:
    markings = getattr(args, "session_markings", {})  # the session's per-document choice

    def read(path: str) -> Document:
        marking = markings.get(path, "")
        return read_document(path, Marking(marking) if marking else None)

    checking = not getattr(args, "session", None)  # a session's were checked on import
    bases = []
    for path in args.base:
        text = read(path)
        if checking:  # a proposals document given as --base: said, not taken as the text
            require_no_proposals(path, parse_proposals(text))
        bases.append(parse_base(text))
    documents = [parse_proposals(read(path)) for path in args.proposal]
    if checking:
        for path, document in zip(args.proposal, documents, strict=True):
            require_proposals(path, document)
        # two bases of one resolution, proposals given twice: refused, not half-used
        refuse_repeats(list(zip(args.base, bases, strict=True)),
                       list(zip(args.proposal, documents, strict=True)))
    else:  # a session that took a second base before those were refused: the first is used
        held = Loaded()
        for path, base in zip(args.base, bases, strict=True):
            try:
                held.check(path, base)
            except InputError as err:
                print(f"synoptic: {err}: not used", file=sys.stderr)
            held.add(path, base)
    draft_bases = {**getattr(args, "session_draft_bases", {}), **_draft_bases(args.draft_base)}
    _check_draft_bases(_draft_bases(args.draft_base), documents)
    routing = route(bases, documents, draft_bases=draft_bases)
    if args.resolution:
        kept = tuple(d for d in routing.dossiers if d.number == args.resolution)
        if not kept:
            loaded = ", ".join(d.number for d in routing.dossiers) or "none"
            raise ConsolidationError(
                f"resolution {args.resolution} is not among the loaded ones ({loaded})")
        routing = routing._replace(dossiers=kept)
    return routing


def waiting_line(p: Proposal) -> str:
    """Why a proposal is not compared: its base is not loaded, or its target is unknown."""
    if not p.target:
        return f"{p.action.value} {p.id}: target resolution not found"
    return f"waiting (base {p.target} not loaded): {p.action.value} {p.id}"


def _check_draft_bases(chosen: dict[str, str], documents: Sequence[ProposalsDocument]) -> None:
    """--draft-base names new drafts that are loaded (DRAFT=DRAFT makes a draft's own text
    the base of the others on its subject)."""
    drafts = sorted({p.target for d in documents for p in d.proposals if p.action is Action.ADD})
    for draft, base in chosen.items():
        for tag in (draft, base):
            if tag not in drafts:
                raise ConsolidationError(
                    f"--draft-base {draft}={base}: no new draft {tag} is loaded "
                    f"(new drafts: {', '.join(drafts) or 'none'})")


def _draft_bases(pairs: Sequence[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        draft, sep, base = pair.partition("=")
        if not sep or not draft.strip() or not base.strip():
            raise ConsolidationError(f"--draft-base wants DRAFT=BASE (e.g. ARB-1=EUR-1), not {pair!r}")
        out[draft.strip()] = base.strip()
    return out


def _where(d: Dossier, c: Change) -> str:
    if not c.provision:
        return c.resolution
    if footnote_of(c.provision) is not None:
        return f"{c.provision} footnote"
    i = key_index(c.provision)
    if d.base is None or i < 0:
        return c.provision
    label = d.base.provisions[i].label_text(View.ORIGINAL)
    if c.adds_provision and c.kind is not ChangeKind.MOVE:  # anchored after that provision
        return f"{c.provision} after {label}".rstrip() if label else f"{c.provision} after"
    return f"{c.provision} {label}".rstrip()


def change_record(d: Dossier, c: Change) -> dict[str, object]:
    return {"id": c.id, "resolution": c.resolution, "kind": c.kind.value,
            "provision": c.provision, "where": _where(d, c), "start": c.start, "end": c.end,
            "old": c.old, "new": c.new if c.kind is not ChangeKind.NEW_RESOLUTION else "",
            "sources": list(c.sources), "placed": c.placed}


def handle_changes(args: argparse.Namespace) -> int:
    with session_inputs(args):
        return _changes(args)


def _changes(args: argparse.Namespace) -> int:
    routing = load_routing(args)
    if args.json:
        data = {
            "resolutions": [{
                "number": d.number,
                "changes": [change_record(d, c) for c in d.changes],
                "conflicts": [{"id": k.id, "provision": k.provision, "changes": list(k.changes)}
                              for k in d.conflicts],
            } for d in routing.dossiers],
            "waiting": [p.id for p in routing.waiting],
        }
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    for d in routing.dossiers:
        print(f"Resolution {d.number}: {counted(len(d.changes), 'change')}, "
              f"{counted(len(d.conflicts), 'conflict')}")
        for c in d.changes:
            flag = "" if c.placed else "  UNPLACED"
            print(f"  {c.id}  {c.kind.value:<16} {_where(d, c):<12} "
                  f"{', '.join(c.sources)}{flag}")
            if c.kind in (ChangeKind.TEXT, ChangeKind.FOOTNOTE):
                print("      " + (f"[-{c.old}-]" if c.old else "")
                      + (f"{{+{c.new}+}}" if c.new else ""))
            elif c.adds_provision or c.removes_provision:
                print(f"      {c.new or c.old}")
        for k in d.conflicts:
            print(f"  conflict {k.id} on {k.provision}: {', '.join(k.changes)}")
    for p in routing.waiting:
        print(waiting_line(p))
    return 0


def decisions_for(changes: Sequence[Change], ops: Sequence[tuple[DecisionState, str]],
                  start: Mapping[str, Decision] | None = None) -> dict[str, Decision]:
    """`start` (a session's decisions), then each --accept/--reject in order."""
    decisions: dict[str, Decision] = dict(start or {})
    for state, source in ops:
        decisions = by_source(decisions, changes, source, state)
    return decisions


def handle_consolidate(args: argparse.Namespace) -> int:
    with session_inputs(args):
        return _consolidate(args)


def _consolidate(args: argparse.Namespace) -> int:
    routing = load_routing(args)
    changes = [c for d in routing.dossiers for c in d.changes]
    for state, source in args.decisions:  # a typo must not pass for "nothing to decide"
        if not any(matches_source(c, source) for c in changes):
            option = "--accept" if state is DecisionState.ACCEPTED else "--reject"
            raise ConsolidationError(f"{option} {source}: no change of that source in the "
                                     "resolutions consolidated")
    results: list[Consolidated] = []
    problems: list[str] = []
    pending = 0
    used: dict[str, dict[str, Decision]] = {}
    for d in routing.dossiers:
        decisions = used[d.number] = decisions_for(d.changes, args.decisions,
                                                   args.session_decisions)
        try:
            result = consolidate(d.base, d.changes, decisions)
        except ConsolidationError as err:
            problems.append(f"resolution {d.number}: {err}")
            continue
        pending += len(result.pending)
        if result.unplaced:
            print(f"synoptic: resolution {d.number}: {len(result.unplaced)} accepted changes "
                  f"could not be placed: {', '.join(result.unplaced)}", file=sys.stderr)
        results.append(result)
    if problems:
        for line in problems:
            print(f"synoptic: {line}", file=sys.stderr)
        return CONFLICT_EXIT
    try:
        if args.format == "docx":
            export.write(args, routing, results, used)
        else:
            WRITERS[args.format](results, Path(args.output))
    except OSError as err:  # a missing folder, a folder, a read-only place
        raise InputError(args.output, f"cannot be written: {err.strerror or err}") from None
    if pending:
        print(f"synoptic: {counted(pending, 'change')} pending (not applied)", file=sys.stderr)
    for p in routing.waiting:
        print(f"synoptic: {waiting_line(p)}", file=sys.stderr)
    return 0
