"""`synoptic consolidate --format docx`: the consolidated text as Word files.

    synoptic consolidate --base B --proposal P ... --accept ARB --format docx
                         (--clean | --tracked | --synoptic) -o OUT.docx

--clean and --tracked patch the base file (everything the consolidation does not touch is
kept); with several resolutions, one file per resolution is written (`OUT-101.docx`). A new
draft (no base) is written into the --proposal DOCX that holds it; a draft not accepted has
no text and no file (named on stderr). --synoptic writes one landscape table of base,
proposals and consolidated text. An output that cannot be written is named on stderr and
the command exits with code 2 (the others are still written); so is a draft not accepted
when asked for by --resolution.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from editor.app.export_backend import Patched, draft_docx, patched_docx
from editor.core.consolidate import Consolidated
from editor.core.errors import ConsolidationError, InputError
from editor.core.model import Decision, Document, Resolution
from editor.core.routing import Dossier, Routing
from editor.core.structure import parse_base
from editor.docxio import read_document
from editor.docxio.synoptic import SynopticDossier, write_synoptic


def add_arguments(parser: argparse.ArgumentParser) -> None:
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--clean", dest="docx_kind", action="store_const", const="clean",
                      help="with --format docx: every accepted change applied")
    kind.add_argument("--tracked", dest="docx_kind", action="store_const", const="tracked",
                      help="with --format docx: accepted changes as Word tracked changes "
                      "attributed to their proposals (the default)")
    kind.add_argument("--synoptic", dest="docx_kind", action="store_const", const="synoptic",
                      help="with --format docx: a table of base, proposals and consolidated text")
    parser.add_argument("--author", default="Synoptic",
                        help="with --format docx: author of relabelling and custom texts")
    parser.set_defaults(docx_kind=None)


def write(args: argparse.Namespace, routing: Routing, results: Sequence[Consolidated],
          decisions: Mapping[str, Mapping[str, Decision]]) -> None:
    """Write the DOCX export asked for; `results` follow `routing.dossiers`, `decisions` are
    the ones each resolution was consolidated with (by resolution number)."""
    out = Path(args.output)
    kind = args.docx_kind or "tracked"
    dossiers = [d for d in routing.dossiers if any(r.number == d.number for r in results)]
    if kind == "synoptic":
        synoptic = [
            SynopticDossier(r, d.changes, decisions[d.number], d.base)
            for d, r in zip(dossiers, results, strict=True)
        ]
        out.write_bytes(write_synoptic(synoptic))  # titled in the resolutions' language
        return
    bases = _base_files(args.base)
    drafts: list[tuple[str, bytes]] | None = None  # the proposals files, read when needed
    now = datetime.now(UTC)
    not_written: list[str] = []
    for d, r in zip(dossiers, results, strict=True):
        target = out if len(results) == 1 else out.with_name(
            f"{out.stem}-{r.number}{out.suffix or '.docx'}")  # one file per resolution
        tracked = kind == "tracked"
        if d.base is None and r.resolution is None and not args.resolution:
            # a draft left pending or rejected has no text; only asked for by name is it an error
            print(f"synoptic: new draft {r.number} is not accepted: no file written for it",
                  file=sys.stderr)
            continue
        source = "the draft's proposals document"
        try:
            if r.number in bases and d.base is not None:
                source = bases[r.number][0].name
                patched = _patched(bases[r.number], r, d, decisions[d.number], tracked,
                                   args.author, now)
            else:  # a new draft, or a draft other drafts are consolidated into
                if drafts is None:
                    drafts = [(Path(name).name, _read(Path(name))) for name in args.proposal]
                patched = draft_docx(drafts, d, r, decisions[d.number], tracked=tracked,
                                     author=args.author, now=now)
        except ConsolidationError as err:
            not_written.append(f"{target.name} not written: {err}")
            continue
        for key in patched.unplaced:
            print(f"synoptic: resolution {r.number}: provision {key} not found in "
                  f"{source}, its changes are not written", file=sys.stderr)
        target.write_bytes(patched.data)
    if not_written:
        raise ConsolidationError("; ".join(not_written))


def _patched(found: tuple[Path, Document, Resolution], r: Consolidated, d: Dossier,
             decisions: Mapping[str, Decision], tracked: bool, author: str,
             now: datetime) -> Patched:
    path, document, base = found
    return patched_docx(_read(path), document, base, r, decisions, tracked=tracked,
                        author=author, now=now, conflicts=d.conflicts, changes=d.changes)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot be read: {err.strerror or err}") from None


def _base_files(paths: Sequence[str]) -> dict[str, tuple[Path, Document, Resolution]]:
    """Resolution number -> its base file, as read and parsed."""
    out: dict[str, tuple[Path, Document, Resolution]] = {}
    for name in paths:
        path = Path(name)
        if path.suffix.lower() != ".docx":
            continue  # a text base has no Word file to patch
        document = read_document(path)
        base = parse_base(document)
        out.setdefault(base.number, (path, document, base))
    return out
