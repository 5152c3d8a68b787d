"""`synoptic gui [SESSION] [--sample] [--smoke]`: the desktop editor."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gui", help="open the desktop editor")
    parser.add_argument("session", nargs="?", help="a session file (.synoptic) to open")
    parser.add_argument("--sample", action="store_true", help="open the sample session")
    parser.add_argument("--smoke", action="store_true",
                        help="open the sample offscreen, render it, print the time, exit")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from editor.ui.app import run  # Qt only loads when the GUI is asked for

    return run(args.session, sample=args.sample, smoke=args.smoke)
