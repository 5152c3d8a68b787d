"""Where the bundled resources are (`resources/`: sample corpus, translations, icon).

The same call works from a source checkout (`<repo>/resources`), from a PyInstaller bundle
(`sys._MEIPASS/resources`, where `packaging/synoptic.spec` puts them) and from a system
install that sets `SYNOPTIC_RESOURCES` (e.g. a distribution package putting them in
`/usr/share/synoptic`). No Qt, and no platform-specific paths.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

ENVIRONMENT_VARIABLE = "SYNOPTIC_RESOURCES"
# editor/resources.py -> the repository root, which holds resources/
_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


def resources_root(bundle: str | None = None,
                   environ: Mapping[str, str] | None = None) -> Path:
    """The resources folder: `$SYNOPTIC_RESOURCES`, else the bundle's, else the checkout's.

    `bundle` defaults to `sys._MEIPASS` (set only inside a PyInstaller bundle) and `environ`
    to `os.environ`; both are parameters so tests can pose as a bundle or an install.
    """
    environ = os.environ if environ is None else environ
    if environ.get(ENVIRONMENT_VARIABLE):
        return Path(environ[ENVIRONMENT_VARIABLE])
    bundle = getattr(sys, "_MEIPASS", None) if bundle is None else bundle
    if bundle:
        return Path(bundle) / "resources"
    return _CHECKOUT


def resource_path(relative: str = "", *, bundle: str | None = None,
                  environ: Mapping[str, str] | None = None) -> Path:
    """`resource_path("samples/docx")`: that resource, whether or not it exists.

    `relative` uses "/" on every platform. Absolute paths and ".." are refused, so a
    resource name read from a settings file cannot point outside the resources.
    """
    parts = PurePosixPath(relative.replace("\\", "/")).parts
    if relative.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
        raise ValueError(f"not a path inside resources/: {relative!r}")
    return resources_root(bundle, environ).joinpath(*parts)
