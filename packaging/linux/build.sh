#!/usr/bin/env bash
# Build the Linux one-folder bundle and smoke-test it:
#
#     packaging/linux/build.sh            # -> dist/BranchDesk/ and dist/BranchDesk-<version>-linux-x86_64.tar.gz
#
# Uses $PYTHON (default: .venv/bin/python, else python3) with the `package` extra installed:
#     pip install -e '.[package]'
# Then runs packaging/linux/smoke_test.sh on the result; exit status 0 means both passed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-}"
if [[ -z "$PYTHON" ]]; then
    if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi

echo "== building with $("$PYTHON" -m PyInstaller --version 2>/dev/null || echo 'no PyInstaller') ($PYTHON)"
"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || {
    echo "PyInstaller is missing: $PYTHON -m pip install -e '.[package]'" >&2
    exit 2
}
# Compiled translations must be current: the bundle ships the .qm, not the .ts.
"$PYTHON" tools/i18n.py compile >/dev/null

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/branchdesk.spec

BUNDLE="dist/BranchDesk"
install -m 0644 packaging/linux/branchdesk.desktop "$BUNDLE/branchdesk.desktop"
install -m 0644 resources/icons/branchdesk-256.png "$BUNDLE/branchdesk.png"

VERSION="$("$PYTHON" -c 'import sys; sys.path.insert(0, "src"); import branchdesk; print(branchdesk.__version__)')"
ARCHIVE="dist/BranchDesk-$VERSION-linux-$(uname -m).tar.gz"
tar -C dist -czf "$ARCHIVE" BranchDesk
echo "== bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)), archive: $ARCHIVE ($(du -sh "$ARCHIVE" | cut -f1))"

packaging/linux/smoke_test.sh "$BUNDLE"
