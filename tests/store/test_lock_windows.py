"""The session lock's Windows path, run here with a stand-in for `msvcrt`.

Windows byte-range locks are mandatory and start at the file's current position; an open
file cannot be deleted. The stand-in keeps those rules (a byte locked through one handle
is refused to another; deleting a file some handle still has open fails), so the test
checks what Windows would: one writer per session, the holder's details readable, and a
release that neither fails nor leaves the session locked.
"""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path

import pytest

from editor.core.errors import SessionError
from editor.store import lock as lock_module
from editor.store.lock import SessionLock, holder, lock_path


class WindowsRules:
    def __init__(self) -> None:
        self.locked: dict[tuple[int, int], int] = {}  # (file id, byte) -> fd holding it
        self.open_fds: dict[int, int] = {}  # fd -> file id

    def module(self) -> types.ModuleType:
        m = types.ModuleType("msvcrt")
        m.LK_NBLCK, m.LK_UNLCK = 2, 0  # type: ignore[attr-defined]
        m.locking = self.locking  # type: ignore[attr-defined]
        return m

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert nbytes == 1
        where = (os.fstat(fd).st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == 0:
            if self.locked.get(where) != fd:
                raise OSError("not locked")
            del self.locked[where]
        elif where in self.locked:
            raise OSError("locked by another handle")
        else:
            self.locked[where] = fd


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> WindowsRules:
    rules = WindowsRules()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "msvcrt", rules.module())
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.exists() and any(
            os.fstat(fd).st_ino == self.stat().st_ino
            for fd in _open_fds() if _is_file(fd)
        ):
            raise PermissionError(13, "The process cannot access the file", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    return rules


def _open_fds() -> list[int]:
    return [int(n) for n in os.listdir("/proc/self/fd")]


def _is_file(fd: int) -> bool:
    try:
        import stat

        return stat.S_ISREG(os.fstat(fd).st_mode)
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc to list open files")
def test_one_writer_and_a_clean_release(windows: WindowsRules, tmp_path: Path) -> None:
    session = tmp_path / "res101.synoptic"
    first = SessionLock(session, user="alice")
    assert "user alice" in holder(session)  # readable although locked
    with pytest.raises(SessionError) as refused:
        SessionLock(session, user="bob")
    assert refused.value.code == "session-locked" and "alice" in str(refused.value)
    # The lock is one fixed byte, whatever the holder wrote before the newcomer came.
    assert [b for _, b in windows.locked] == [lock_module._WINDOWS_LOCK_OFFSET]
    first.release()  # must not fail although Windows refuses to delete an open file
    assert not lock_path(session).exists() and windows.locked == {}
    second = SessionLock(session, user="bob")
    assert "user bob" in holder(session)
    second.release()
