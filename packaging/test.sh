#!/usr/bin/env bash
# Set up (packaging/setup.sh) then run every check: ruff, mypy, and the test suite
# (GUI tests offscreen). This is exactly what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check editor tests benchmarks resources/samples
.venv/bin/mypy
.venv/bin/pytest -q -p no:cacheprovider "$@"
