"""The drafter's own secret, which makes the parse cache theirs.

A session file comes from someone else: its parse cache entries could say something
other than its documents (a forged entry would show a drafter text that the exported DOCX
does not contain, or credit a group with words its document does not have). The secret
enters every cache key (`parse_cache.key`), so only entries written on this account are
ever found; a colleague's session is read in full once, then cached under this drafter's
keys, and the colleague's entries are dropped when the session is next saved.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

FILE_NAME = "cache-secret"
SIZE = 32


def user_data_dir() -> Path:
    """Where Synoptic keeps the drafter's own files, by each system's convention."""
    if sys.platform == "win32":
        root = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(root) / "Synoptic"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Synoptic"
    root = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(root) / "synoptic"


def cache_secret(folder: Path) -> bytes:
    """The secret kept in `folder`, made on first use (readable by its owner only);
    b"" when it can be neither read nor made: then nothing is cached, nothing breaks."""
    path = folder / FILE_NAME
    try:
        data = path.read_bytes()
        if len(data) == SIZE:
            return data
    except FileNotFoundError:
        pass
    except OSError:
        return b""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fresh = secrets.token_bytes(SIZE)
        tmp = folder / f".{FILE_NAME}.{os.getpid()}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(fresh)
        os.replace(tmp, path)  # two first starts at once: both end with one whole secret
        data = path.read_bytes()
    except OSError:
        return b""
    return data if len(data) == SIZE else b""
