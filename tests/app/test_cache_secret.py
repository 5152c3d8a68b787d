"""The drafter's cache secret: made once, kept private, the same on every start."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from editor.app.cache_secret import FILE_NAME, SIZE, cache_secret, user_data_dir


def test_made_on_first_use_then_the_same(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "synoptic"
    first = cache_secret(folder)
    assert len(first) == SIZE
    assert cache_secret(folder) == first
    assert cache_secret(tmp_path / "other") != first


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_readable_by_its_owner_only(tmp_path: Path) -> None:
    cache_secret(tmp_path)
    assert stat.S_IMODE((tmp_path / FILE_NAME).stat().st_mode) == 0o600


def test_a_damaged_secret_is_replaced(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"short")
    secret = cache_secret(tmp_path)
    assert len(secret) == SIZE and (tmp_path / FILE_NAME).read_bytes() == secret


def test_no_place_to_keep_it_means_no_cache_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"")
    assert cache_secret(blocker / "synoptic") == b""  # its parent is a file


def test_the_folder_follows_the_system(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert user_data_dir() == tmp_path / "synoptic"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert user_data_dir() == tmp_path / "Roaming" / "Synoptic"
