"""One writer per session file: an OS lock on a sidecar file, released even on a crash.

The lock file sits next to the session (`.NAME.lock`, like LibreOffice's `.~lock.`) and
holds who has it, so the message can say so. The OS releases the lock when the process
dies, so a killed Synoptic never leaves a session locked for good.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from editor.core.errors import SessionError


def lock_path(session: Path) -> Path:
    return session.with_name(f".{session.name}.lock")


# Windows locks byte ranges, from the file's current position, and the lock is mandatory:
# every process locks this same byte, past the holder's details, so that the details stay
# readable by the others and the position (the end of the file in append mode, which
# moves as the holder writes) never decides which byte is locked.
_WINDOWS_LOCK_OFFSET = 1 << 20


def _try_lock(f: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        f.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


class SessionLock:
    """Held while a session is open for writing; `release()` when closing."""

    def __init__(self, session: Path, user: str = "") -> None:
        self.path = lock_path(session)
        self._file: IO[bytes] | None = None
        self._acquire(session, user)

    def _acquire(self, session: Path, user: str) -> None:
        for _ in range(5):  # the holder may unlink the file between our open and lock
            f = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
            if not _try_lock(f):
                f.close()
                raise locked(session)
            try:
                same = os.fstat(f.fileno()).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                f.truncate(0)
                info = {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "user": user or getpass.getuser(),
                }
                f.write(json.dumps(info).encode())
                f.flush()
                self._file = f
                return
            f.close()
        raise SessionError(session, "could not lock the session file", code="session-lock-failed")

    def release(self) -> None:
        f, self._file = self._file, None
        if f is None:
            return
        if sys.platform == "win32":
            # An open file cannot be deleted there: unlock and close, then delete (a
            # Synoptic opening it meanwhile keeps it, and it is its lock file then).
            import msvcrt

            try:
                f.seek(_WINDOWS_LOCK_OFFSET)
                msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
            except OSError:
                pass
            f.close()
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
            return
        try:  # deleted while still locked: a newcomer never locks a file about to go
            self.path.unlink(missing_ok=True)
        finally:
            f.close()  # closing drops the OS lock


def holder_details(session: Path) -> dict[str, str] | None:
    """Who holds the lock (user, pid, host), as far as the lock file says; None when it
    cannot be read (being written, or gone)."""
    try:
        info = json.loads(lock_path(session).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict):
        return None
    return {k: str(info.get(k, "?")) for k in ("user", "pid", "host")}


def holder(session: Path) -> str:
    """Who holds the lock, in English (the CLI's words)."""
    return _english(holder_details(session))


def locked(session: Path) -> SessionError:
    """The error of a session another Synoptic holds. The holder's parts are params of
    their own, so the GUI words the whole sentence in the drafter's language."""
    who = holder_details(session)
    problem = f"already open in another Synoptic ({_english(who)}); open it read-only"
    if who is None:
        return SessionError(session, problem, code="session-locked-unknown")
    return SessionError(session, problem, code="session-locked", params=who)


def _english(who: dict[str, str] | None) -> str:
    if who is None:
        return "unknown process"
    return f"user {who['user']}, process {who['pid']} on {who['host']}"
