"""The README's command-line examples run as written (docs that are tested)."""

import re
import shlex
from pathlib import Path

import pytest

from editor.cli import main

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = [
    line.removeprefix("$ ").strip()
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    if line.startswith("$ synoptic ")
]


def test_readme_has_examples() -> None:
    assert len(COMMANDS) >= 6


def test_every_readme_command_succeeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)  # outputs land here; inputs are read from the repository
    for command in COMMANDS:
        argv = shlex.split(command)[1:]
        if argv[0] == "gui":
            continue  # opens a window: covered by tests/ui
        argv = [re.sub(r"^resources/", f"{ROOT}/resources/", a) for a in argv]
        assert main(argv) == 0, f"{command}\n{capsys.readouterr().err}"
    assert (tmp_path / "res101-tracked.docx").stat().st_size > 0
    assert (tmp_path / "res101.synoptic").exists()
