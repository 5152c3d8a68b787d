"""`synoptic text FILE`: the body's text as one view sees it, one paragraph per line."""

from __future__ import annotations

import argparse
import sys

from editor.core.model import Marking, View
from editor.core.views import view_texts
from editor.docxio import read_document

_MARKINGS = {"auto": None, **{m.value: m for m in Marking}}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "text",
        help="print a document's text with its revisions accepted or rejected",
        description=(
            "Print the body's paragraphs one per line, in document order (table cells "
            "included, footnotes and empty paragraphs left out)."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="a .docx or text file")
    parser.add_argument(
        "--view",
        choices=[v.value for v in View],
        default=View.PROPOSED.value,
        help="accept (the proposed text, default) or reject (the original text) every revision",
    )
    parser.add_argument(
        "--marking",
        choices=list(_MARKINGS),
        default="auto",
        help="how revisions are marked: auto-detect (default), tracked changes, "
        "strike/underline formatting, or none",
    )
    parser.set_defaults(handler=handle_text)


def handle_text(args: argparse.Namespace) -> int:
    document = read_document(args.file, _MARKINGS[args.marking])
    out = sys.stdout
    for text in view_texts(document, View(args.view)):
        out.write(text + "\n")
    out.flush()
    return 0
