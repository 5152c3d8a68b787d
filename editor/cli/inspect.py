"""`synoptic inspect FILE`: the ITU structure found in a file.

For a proposals document, each proposal (action, id, sources, target) and the calls of the
resolution it carries with their item labels; for a base file (no action line), its
resolution the same way. `--json` prints the same as one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from editor.core.model import Proposal, ProvisionKind, Resolution, View
from editor.core.structure import parse_base, parse_proposals
from editor.docxio import read_document


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "inspect",
        help="show the proposals, resolutions, calls and items found in a file",
        description=(
            "Print the proposals a file holds (action, id, source groups, target resolution) "
            "and, per resolution, its calls with the labels of their items. A file without "
            "any action line (MOD, ADD, SUP, NOC...) is read as a base resolution."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="a .docx or text file")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=handle_inspect)


def _shown(runs_text_proposed: str, runs_text_original: str) -> str:
    """The proposed text, or the original one when the proposal deletes it."""
    return (runs_text_proposed.strip() or runs_text_original.strip()).strip()


def resolution_summary(resolution: Resolution) -> dict[str, Any]:
    """Number, revision line, title, body, language, and calls with their item labels."""
    calls: list[dict[str, Any]] = []
    titles: list[str] = []
    annex = 0
    for p in resolution.provisions:
        if p.in_annex:
            annex += 1
        elif p.kind is ProvisionKind.TITLE:
            titles.append(_shown(p.text(View.PROPOSED), p.text(View.ORIGINAL)))
        elif p.kind is ProvisionKind.CALL:
            calls.append(
                {"text": _shown(p.text(View.PROPOSED), p.text(View.ORIGINAL)), "labels": []}
            )
        elif p.kind is ProvisionKind.ITEM and calls:
            label = p.label_text(View.PROPOSED) or p.label_text(View.ORIGINAL)
            calls[-1]["labels"].append(label)
    return {
        "number": resolution.number,
        "number_line": _shown(
            resolution.number_line(View.PROPOSED), resolution.number_line(View.ORIGINAL)
        ),
        "revision": resolution.revision_line(View.PROPOSED)
        or resolution.revision_line(View.ORIGINAL),
        "title": " ".join(t for t in titles if t),
        "body": resolution.body.value,
        "language": resolution.language,
        "calls": calls,
        "footnotes": [f.id for f in resolution.footnotes],
        "annex_paragraphs": annex,
    }


def proposal_summary(proposal: Proposal) -> dict[str, Any]:
    return {
        "action": proposal.action.value,
        "id": proposal.id,
        "sources": list(proposal.sources),
        "target": proposal.target,
        "heading": proposal.heading,
        "reasons": proposal.reasons,
        "resolution": (
            resolution_summary(proposal.resolution) if proposal.resolution is not None else None
        ),
    }


def inspect_file(path: str) -> dict[str, Any]:
    document = read_document(path)
    proposals = parse_proposals(document)
    resolutions = [] if proposals.proposals else [parse_base(document)]
    return {
        "file": document.name,
        "proposals": [proposal_summary(p) for p in proposals.proposals],
        "resolutions": [resolution_summary(r) for r in resolutions],
    }


def _print_resolution(summary: dict[str, Any], out: Any) -> None:
    facts = ", ".join(x for x in (summary["body"], summary["language"]) if x)
    out.write(f"  {summary['number_line'] or '(no number line)'}  [{facts}]\n")
    if summary["title"]:
        out.write(f"  {summary['title']}\n")
    for call in summary["calls"]:
        labels = " ".join(call["labels"])
        out.write(f"  {call['text']}:{' ' + labels if labels else ''}\n")
    if summary["footnotes"]:
        out.write(f"  footnotes: {' '.join(summary['footnotes'])}\n")
    if summary["annex_paragraphs"]:
        out.write(f"  annex: {summary['annex_paragraphs']} paragraphs\n")


def handle_inspect(args: argparse.Namespace) -> int:
    report = inspect_file(args.file)
    out = sys.stdout
    if args.json:
        json.dump(report, out, ensure_ascii=False, indent=2)
        out.write("\n")
        out.flush()
        return 0
    if report["proposals"]:
        count = len(report["proposals"])
        out.write(f"{report['file']}: {count} proposal{'s' if count > 1 else ''}\n")
    for p in report["proposals"]:
        out.write(
            f"\n{p['action']} {p['id'] or '(no id)'}  sources: {', '.join(p['sources'])}"
            f"  target: {p['target'] or 'resolution not found'}\n"
        )
        if p["heading"]:
            out.write(f"  ({p['heading']})\n")
        if p["resolution"] is not None:
            _print_resolution(p["resolution"], out)
        if p["reasons"]:
            out.write(f"  reasons: {p['reasons']}\n")
    for r in report["resolutions"]:
        out.write(f"{report['file']}: base resolution {r['number']}\n")
        _print_resolution(r, out)
    out.flush()
    return 0
