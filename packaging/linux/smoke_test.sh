#!/usr/bin/env bash
# Smoke-test a built bundle headless, in a temporary data folder:
#
#     packaging/linux/smoke_test.sh [dist/BranchDesk]
#
# info on an empty folder, demo, info again, report (when the build has the command), then
# the GUI started on the offscreen platform, painted and closed (BRANCHDESK_SMOKE_TEST=1),
# once on the demo folder and once on an empty one (the first-run welcome).
set -euo pipefail

BUNDLE="${1:-dist/BranchDesk}"
EXE="$BUNDLE/branchdesk"
[[ -x "$EXE" ]] || { echo "no $EXE: build first (packaging/linux/build.sh)" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/share" \
    XDG_CONFIG_HOME="$WORK/home/config" XDG_STATE_HOME="$WORK/home/state" \
    XDG_CACHE_HOME="$WORK/home/cache"
DATA="$WORK/data"
step() { echo "-- $*"; }

step "version";            "$EXE" --version
step "info (empty)";       "$EXE" --data-dir "$DATA" info | tail -3
step "demo";               "$EXE" --data-dir "$DATA" demo
step "info (demo)";        "$EXE" --data-dir "$DATA" info | grep -E "Members|Meetings"
step "search";             "$EXE" --data-dir "$DATA" search 党课 --limit 3 | head -3
if "$EXE" report --help >/dev/null 2>&1; then
    YEAR=$(( $(date +%Y) - 1 ))
    step "report $YEAR (PDF)"
    "$EXE" --data-dir "$DATA" report --year "$YEAR" -o "$WORK/report.pdf"
    head -c 5 "$WORK/report.pdf" | grep -q '%PDF-' || { echo "report.pdf is not a PDF" >&2; exit 1; }
    echo "report.pdf: $(stat -c %s "$WORK/report.pdf") bytes"
else
    step "report: this build has no report command yet (skipped)"
fi

step "GUI on the demo data (offscreen: paint, then quit)"
OUT="$(BRANCHDESK_SMOKE_TEST=1 timeout 120 "$BUNDLE/BranchDesk" --data-dir "$DATA")"
echo "$OUT"
grep -q "smoke test: painted" <<<"$OUT"

step "GUI on an empty folder (the first-run welcome)"
OUT="$(BRANCHDESK_SMOKE_TEST=1 timeout 120 "$BUNDLE/BranchDesk" --data-dir "$WORK/empty")"
echo "$OUT"
grep -q "smoke test: painted" <<<"$OUT"

echo "smoke test passed"
