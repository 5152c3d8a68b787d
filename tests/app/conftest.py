"""Fixtures shared by the app-layer tests: the sample session's desk, and an export read
back by pandoc with its tracked changes accepted and rejected."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from editor.app import export_backend
from editor.app.desk import Desk, read_session
from editor.app.samples import create_sample_session
from editor.core.model import Decision
from editor.core.routing import Dossier

PANDOC = shutil.which("pandoc")
Read = Callable[[Dossier, Mapping[str, Decision], Path], tuple[dict[tuple[str, str], str], str]]


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Desk]:
    """The sample session, read as the editor reads it."""
    session = create_sample_session(tmp_path / "s.synoptic", "tester")
    try:
        yield Desk(session, read_session(session))
    finally:
        session.close()


def _pandoc(path: Path, *options: str) -> str:
    return subprocess.run(["pandoc", *options, "-t", "plain", "--wrap=none", str(path)],
                          capture_output=True, text=True, check=True, timeout=60).stdout


@pytest.fixture
def pandoc_reads(tmp_path: Path) -> Read:
    """(texts, base text): the tracked and clean exports of a dossier with `decisions`,
    each read by pandoc with --track-changes=accept and reject (keyed (kind, track)), and
    the base file as pandoc reads it."""
    if PANDOC is None:
        pytest.skip("pandoc not installed")

    def read(d: Dossier, decisions: Mapping[str, Decision], base: Path
             ) -> tuple[dict[tuple[str, str], str], str]:
        texts: dict[tuple[str, str], str] = {}
        for kind in ("tracked", "clean"):
            path = tmp_path / f"{kind}.docx"
            path.write_bytes(export_backend.render(kind, d, decisions, base.read_bytes(),
                                                   "drafter").data)
            for track in ("accept", "reject"):
                texts[kind, track] = _pandoc(path, f"--track-changes={track}")
        return texts, _pandoc(base)

    return read
