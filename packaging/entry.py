"""PyInstaller entry point of the bundle: the same `synoptic` command as `editor.cli.main`.

The Windows and macOS bundles also carry a windowed twin, `synoptic-gui`, built from this
same script (see synoptic.spec): started under that name it opens the editor, so a double
click or a file association (`synoptic-gui file.synoptic`) needs no `gui` argument.
"""

import multiprocessing
import sys
from pathlib import Path

from editor.cli import main


def arguments(executable: str, argv: list[str]) -> list[str]:
    if Path(executable).stem.lower().endswith("-gui"):
        return ["gui", *argv]
    return argv


if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not rerun the CLI
    sys.exit(main(arguments(sys.executable, sys.argv[1:])))
