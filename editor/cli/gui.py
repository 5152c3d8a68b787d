"""`synoptic gui [SESSION] [--read-only] [--sample] [--smoke]`: the desktop editor."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gui", help="open the desktop editor")
    parser.add_argument("session", nargs="?", help="a session file (.synoptic) to open")
    parser.add_argument("--read-only", action="store_true",
                        help="open the session read-only (another Synoptic may be writing it)")
    parser.add_argument("--sample", action="store_true", help="open the sample session")
    parser.add_argument("--smoke", action="store_true",
                        help="open the sample offscreen, render it, print the time, exit")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    read_only = getattr(args, "read_only", False)  # `synoptic` alone has no such option
    if read_only and not args.session:
        print("synoptic gui: --read-only needs a session file", file=sys.stderr)
        return 2
    from editor.ui.app import run  # Qt only loads when the GUI is asked for

    return run(args.session, read_only=read_only, sample=args.sample, smoke=args.smoke)
