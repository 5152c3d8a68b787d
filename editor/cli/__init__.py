"""The `synoptic` command: a thin layer over the same core the GUI uses.

Each command family lives in its own module with a `register(subparsers)` function that
adds its sub-commands; every sub-command's handler takes the parsed arguments and returns
the exit code. Expected failures are `SynopticError`s: one line on stderr, exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from editor import __version__
from editor.core.errors import SynopticError

# Command families, in the order `synoptic --help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "editor.cli.text",
    "editor.cli.inspect",
    "editor.cli.engine",
    "editor.cli.session",
    "editor.cli.gui",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="synoptic",
        description="Consolidate ITU resolutions from regional proposals.",
    )
    parser.add_argument("--version", action="version", version=f"synoptic {__version__}")
    parser.add_argument("--sample", action="store_true",
                        help="open the desktop editor on the bundled sample session")
    parser.add_argument("--smoke", action="store_true",
                        help="with --sample: open it offscreen, render, print the time, exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        # No command: the desktop editor, as when the app is started from a menu or icon.
        from editor.cli.gui import handle as open_editor

        args.session = None
        handler = open_editor
    try:
        return int(handler(args))
    except SynopticError as err:
        print(f"synoptic: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `synoptic text x.docx | head`
        return 0
