"""`synoptic session ...`: consolidation sessions from the shell, on the same store as the GUI.

    synoptic session new FILE --base BASE [--base ...] --proposal P [--proposal ...] [--user NAME]
    synoptic session decide FILE CHANGE_ID accept|reject|pending [--note TEXT] [--text CUSTOM]
    synoptic session show FILE [--json]
    synoptic session log FILE [--json]
    synoptic session merge FILE OTHER [--prefer mine|theirs]

Every decision is committed to the file before the command returns.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from editor.app.cache_secret import cache_secret, user_data_dir
from editor.app.desk import DRAFT_BASES, change_rows, read_session, store_reading
from editor.app.importing import Loaded, check_document
from editor.cli.wording import counted
from editor.core.errors import SynopticError
from editor.core.model import Decision, DecisionState
from editor.store import Session, merge_session

STATES = {"accept": DecisionState.ACCEPTED, "reject": DecisionState.REJECTED,
          "pending": DecisionState.PENDING}


def default_user() -> str:
    return os.environ.get("SYNOPTIC_USER") or getpass.getuser()


def register(subparsers: argparse._SubParsersAction) -> None:
    s = subparsers.add_parser("session", help="create, decide in and show session files")
    sub = s.add_subparsers(dest="session_command", metavar="ACTION", required=True)

    new = sub.add_parser("new", help="create a session from a base and proposals")
    new.add_argument("file")
    new.add_argument("--base", action="append", required=True, metavar="BASE")
    new.add_argument("--proposal", action="append", default=[], metavar="P")
    new.add_argument("--user", default=None, help="decision author (default: $SYNOPTIC_USER or login)")
    new.set_defaults(handler=handle_new)

    decide = sub.add_parser("decide", help="accept, reject or reset one change")
    decide.add_argument("file")
    decide.add_argument("change_id")
    decide.add_argument("state", choices=sorted(STATES))
    decide.add_argument("--note", default="")
    decide.add_argument("--text", default=None, help=(
        "own wording: the whole new text of the provision (of the conflict's provision "
        "for a conflict id); it replaces all of it, changes already accepted there "
        "included, so start from its consolidated text"))
    decide.add_argument("--user", default=None)
    decide.set_defaults(handler=handle_decide)

    show = sub.add_parser("show", help="list every change with its decision")
    show.add_argument("file")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=handle_show)

    merge = sub.add_parser("merge", help="import a colleague's decisions on the same documents")
    merge.add_argument("file")
    merge.add_argument("other", help="the colleague's session file")
    merge.add_argument("--prefer", choices=("mine", "theirs"), default="mine",
                       help="which side wins where the two disagree (default: mine)")
    merge.add_argument("--user", default=None)
    merge.set_defaults(handler=handle_merge)

    log = sub.add_parser("log", help="the audit log of every decision ever made")
    log.add_argument("file")
    log.add_argument("--json", action="store_true")
    log.set_defaults(handler=handle_log)


def handle_new(args: argparse.Namespace) -> int:
    files = [(p, "base") for p in args.base] + [(p, "proposals") for p in args.proposal]
    loaded = Loaded()
    contents = []
    for name, role in files:  # every file read and checked before anything is created
        checked = check_document(name, role, loaded)  # one base per resolution, no repeats
        contents.append((checked.name, checked.content, role))
    session = Session.create(args.file, user=args.user or default_user())
    try:
        for name, content, role in contents:
            session.add_document(name, content, role)
        # refuses unreadable documents with their name; cached for the editor's next open
        reading = read_session(session, secret=cache_secret(user_data_dir()))
        store_reading(session, reading)
    except BaseException:
        session.close()
        Path(args.file).unlink(missing_ok=True)
        raise
    session.close()
    waiting = reading.routing.waiting
    print(f"{args.file}: {counted(len(contents), 'document')}, "
          f"{counted(len(change_rows(reading)), 'change')}"
          + (f", {counted(len(waiting), 'proposal')} waiting for their base" if waiting else ""))
    return 0


def handle_decide(args: argparse.Namespace) -> int:
    with Session.open(args.file, user=args.user or default_user()) as session:
        known = {c["id"] for c in session.changes()}
        if args.change_id not in known and args.text is None:
            print(f"synoptic: {Path(args.file).name}: no change {args.change_id} "
                  "(see `synoptic session show`)", file=sys.stderr)
            return 2
        members = _conflict_members(session, args.change_id) if args.change_id not in known \
            else []
        if args.text is not None and members and STATES[args.state] is DecisionState.ACCEPTED:
            # as in the editor: a combined text replaces the provision, so each of the
            # conflict's changes is rejected with it (one step, one transaction)
            made = session.decide_many(
                [(args.change_id, DecisionState.ACCEPTED, args.text, args.note),
                 *((m, DecisionState.REJECTED, None, "") for m in members)])
            d = made[0]
            print(f"{len(members)} changes of conflict {args.change_id} rejected for the "
                  "combined text")
        else:
            d = session.decide(args.change_id, STATES[args.state], custom_text=args.text,
                               note=args.note)
    print(f"{d.target} {d.state.value} by {d.author} at {d.time}")
    return 0


def _conflict_members(session: Session, target: str) -> list[str]:
    """The changes of conflict `target` (empty when it is not one of the session's)."""
    reading = read_session(session, secret=cache_secret(user_data_dir()))
    for d in reading.routing.dossiers:
        for k in d.conflicts:
            if k.id == target:
                return list(k.changes)
    return []


def handle_show(args: argparse.Namespace) -> int:
    with Session.open(args.file, user=default_user(), read_only=True) as session:
        changes = session.changes()
        decisions = session.decisions()
        documents = session.documents()
    rows = []
    for c in changes:
        d = decisions.get(c["id"])
        rows.append({**c, "decision": d.state.value if d else DecisionState.PENDING.value,
                     "note": d.note if d else "", "custom_text": d.custom_text if d else None})
    if args.json:
        json.dump({"file": args.file,
                   "documents": [{"name": d.name, "role": d.role, "sha256": d.sha256}
                                 for d in documents],
                   "changes": rows,
                   "other_decisions": [
                       {"target": t, "decision": d.state.value, "custom_text": d.custom_text}
                       for t, d in decisions.items() if t not in {c["id"] for c in changes}]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    counts = {s.value: sum(r["decision"] == s.value for r in rows) for s in DecisionState}
    print(f"{args.file}: {counted(len(documents), 'document')}, {counted(len(rows), 'change')} "
          f"({counts['accepted']} accepted, {counts['rejected']} rejected, "
          f"{counts['pending']} pending)")
    for r in rows:
        print(f"{r['id']}  {r['decision']:<8} {r['resolution']:>5} {r['kind']:<16} "
              f"{','.join(r['sources'])}  {_short(r['old'])} -> {_short(r['new'])}"
              + (f"  [note: {_short(r['note'])}]" if r["note"] else ""))
    known = {r["id"] for r in rows}
    wordings = [(t, d) for t, d in decisions.items()
                if t not in known and d.custom_text is not None]
    if wordings:  # the drafter's own wordings: on a provision, or a conflict's combined text
        print(f"own wordings: {len(wordings)}")
        for t, d in wordings:
            print(f"{t}  {d.state.value:<8} {_short(d.custom_text or '')}"
                  + (f"  [note: {_short(d.note)}]" if d.note else ""))
    return 0


def handle_merge(args: argparse.Namespace) -> int:
    with Session.open(args.file, user=args.user or default_user()) as session:
        report = merge_session(session, args.other, prefer=args.prefer)
    print(f"{Path(args.other).name}: {counted(len(report.imported), 'decision')} imported, "
          f"{report.agreed} already the same, {counted(len(report.disagreements), 'disagreement')}"
          + (f" (kept {args.prefer})" if report.disagreements else ""))
    for d in report.disagreements:
        print(f"  {d.target}: mine {_decided(d.mine)} ({d.mine.author}), "
              f"theirs {_decided(d.theirs)} ({d.theirs.author})")
    return 0


def _decided(d: Decision) -> str:
    return d.state.value + (f" with text {_short(d.custom_text)}" if d.custom_text else "")


def handle_log(args: argparse.Namespace) -> int:
    with Session.open(args.file, user=default_user(), read_only=True) as session:
        entries = session.log()
    if args.json:
        json.dump([{"seq": e.seq, "target": e.decision.target, "state": e.decision.state.value,
                    "custom_text": e.decision.custom_text, "author": e.decision.author,
                    "time": e.decision.time, "note": e.decision.note, "origin": e.origin}
                   for e in entries], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for e in entries:
        d = e.decision
        extra = f"  text={d.custom_text!r}" if d.custom_text is not None else ""
        note = f"  note={d.note!r}" if d.note else ""
        print(f"{e.seq:>5} {d.time} {d.author:<10} {d.target} {d.state.value} "
              f"[{e.origin}]{extra}{note}")
    return 0


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[: width - 1] + "…")


@contextmanager
def session_inputs(args: argparse.Namespace) -> Iterator[None]:
    """For `changes`/`consolidate --session FILE`: the session's documents become the
    --base/--proposal files (written to a temporary folder) and its decisions the starting
    point, so the same code path serves files given one by one and a saved session."""
    args.session_decisions = {}
    if not getattr(args, "session", None):
        if not args.base and not args.proposal:  # proposals alone: new drafts
            raise SynopticError("give --base (and --proposal) files, or --session FILE")
        yield
        return
    with Session.open(args.session, user=default_user(), read_only=True) as session:
        documents = [(d, session.document_content(d.id)) for d in session.documents()]
        args.session_decisions = session.decisions()
        # read as the editor reads them: the drafter's revision-mark choices and drafts
        args.session_draft_bases = dict(session.setting(DRAFT_BASES, {}) or {})
        args.session_markings = {}
    with tempfile.TemporaryDirectory(prefix="synoptic-session-") as tmp:
        for i, (d, content) in enumerate(documents):
            path = Path(tmp) / f"{i:03d}" / Path(d.name).name
            path.parent.mkdir()
            path.write_bytes(content)
            args.session_markings[str(path)] = d.marking
            (args.base if d.role == "base" else args.proposal).append(str(path))
        yield
