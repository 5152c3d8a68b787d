"""`python -m editor` and `synoptic` are one entry point; `--sample --smoke` checks an install."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=ENV, timeout=120, cwd=ROOT)


def test_module_and_script_agree() -> None:
    script = shutil.which("synoptic", path=str(Path(sys.executable).parent))
    assert script, "the synoptic console script is installed next to python"
    via_module = run(sys.executable, "-m", "editor", "--version")
    via_script = run(script, "--version")
    assert via_module.returncode == via_script.returncode == 0
    assert via_module.stdout == via_script.stdout and via_module.stdout.startswith("synoptic ")


@pytest.mark.slow
def test_sample_smoke_opens_the_real_window_offscreen(tmp_path: Path) -> None:
    env = {**ENV, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "editor", "--sample", "--smoke"],
                            capture_output=True, text=True, env=env, timeout=180, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "sample session opened and rendered in" in result.stdout
    assert "Traceback" not in result.stderr
