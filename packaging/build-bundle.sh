#!/usr/bin/env bash
# Build the one-folder bundle dist/synoptic/ with PyInstaller (packaging/synoptic.spec),
# then check it: `synoptic --version`, `synoptic inspect` on a sample, and the GUI smoke
# test (`synoptic gui --sample --smoke`, offscreen), all run from a copy of the bundle
# outside the checkout so that nothing can come from the source tree or .venv.
# Prints the build time and the bundle size. Linux here; see packaging/README.md for
# Windows and macOS (PyInstaller must run on each target OS).
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_VERSION=6.22.3
HOOKS_VERSION=2026.9

bash packaging/setup.sh
if [ "$(.venv/bin/pyinstaller --version 2>/dev/null)" != "$PYINSTALLER_VERSION" ]; then
  .venv/bin/pip install -q --disable-pip-version-check \
    "pyinstaller==$PYINSTALLER_VERSION" "pyinstaller-hooks-contrib==$HOOKS_VERSION"
fi

started=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build packaging/synoptic.spec
build_seconds=$(( $(date +%s) - started ))

check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
cp -a dist/synoptic "$check/synoptic"
bundle="$check/synoptic/synoptic"
# No .venv, no source tree: a clean environment, like a double click on a delegate's laptop.
run() { (cd "$check" && env -i HOME="$check" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"); }

version=$(run "$bundle" --version)
echo "bundle: $version"
cp resources/samples/docx/ARB-79A3.docx "$check/"
proposals=$(run "$bundle" inspect ARB-79A3.docx | head -1)
case "$proposals" in
  "ARB-79A3.docx: "*proposals*) echo "bundle: inspect -> $proposals" ;;
  *) echo "build-bundle: inspect from the bundle printed: $proposals" >&2; exit 1 ;;
esac
smoke=$(run QT_QPA_PLATFORM=offscreen "$bundle" gui --sample --smoke 2>"$check/smoke.err") || {
  echo "build-bundle: GUI smoke test failed:" >&2; cat "$check/smoke.err" >&2; exit 1; }
echo "bundle: $smoke"
grep -Eq '[0-9]+ ms' <<<"$smoke" || { echo "build-bundle: smoke printed no time" >&2; exit 1; }

size=$(du -sh dist/synoptic | cut -f1)
files=$(find dist/synoptic -type f | wc -l)
echo "bundle: dist/synoptic/ $size in $files files, built in ${build_seconds}s"
