#!/usr/bin/env bash
# Set up (packaging/setup.sh) then start Synoptic on the bundled sample session.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh
exec .venv/bin/synoptic gui --sample "$@"
