"""The PyInstaller bundle builds and starts offscreen (`packaging/build-bundle.sh`).

Runs in CI (about a minute); set SYNOPTIC_SKIP_BUNDLE=1 to skip it in a quick local run.
"""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("SYNOPTIC_SKIP_BUNDLE") == "1", reason="asked to skip")
def test_bundle_builds_and_passes_its_smoke_test() -> None:
    result = subprocess.run(["bash", str(ROOT / "packaging" / "build-bundle.sh")],
                            capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert "sample session opened and rendered in" in result.stdout
    assert "bundle: inspect -> ARB-79A3.docx: 6 proposals" in result.stdout
    assert (ROOT / "dist" / "synoptic").is_dir()
