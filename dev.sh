#!/usr/bin/env bash
# BranchDesk from source: `./dev.sh run` sets up and starts the app; `./dev.sh test` sets up
# and runs the whole test suite (ruff, mypy, forms and translation checks, pytest).
# On Debian/Ubuntu it installs the Qt system libraries and a CJK font with apt when run as
# root; otherwise it prints the exact apt line to run.
set -euo pipefail
cd "$(dirname "$0")"

VENV=${BRANCHDESK_VENV:-.venv}
# Runtime libraries of Qt's xcb and offscreen platforms, a CJK font, and the tools the tests
# and screenshots use (poppler-utils for pdffonts, xvfb for a virtual screen, LibreOffice
# writer without its GUI to render the report's DOCX).
APT_PACKAGES=(python3-venv libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libfreetype6 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  libxrender1 libnss3 fonts-noto-cjk poppler-utils xvfb xauth libreoffice-writer-nogui
  unicode-data)  # Unihan, for tools/stroke_counts.py

say() { printf 'dev.sh: %s\n' "$*" >&2; }

ensure_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian-like: nothing to check
  local missing=() pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$pkg")
  done
  # libglib2.0-0 was renamed libglib2.0-0t64 on newer releases; take whichever is known.
  if ! dpkg-query -W -f='${Status}' libglib2.0-0t64 2>/dev/null | grep -q "ok installed" &&
     ! dpkg-query -W -f='${Status}' libglib2.0-0 2>/dev/null | grep -q "ok installed"; then
    missing+=("$(glib_package)")
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "missing system packages. Run:"
    say "  sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
}

glib_package() {
  if apt-cache show libglib2.0-0t64 >/dev/null 2>&1; then echo libglib2.0-0t64; else echo libglib2.0-0; fi
}

find_python() {
  local candidate
  for candidate in ${PYTHON:-} python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  say "Python 3.11 or newer is needed (apt-get install python3 python3-venv)"; exit 1
}

ensure_venv() {
  local stamp="$VENV/.installed" want
  want=$(cat pyproject.toml | sha256sum | cut -c1-16)
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    "$(find_python)" -m venv "$VENV"
  fi
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing BranchDesk and its pinned dependencies into $VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".[dev]"
    echo "$want" > "$stamp"
  fi
}

# The pinned dependencies as wheels, for the test that installs the built wheel into a fresh
# virtual environment outside the source tree (tests/packaging/test_wheel.py): that install
# then reads nothing from the network.
WHEELHOUSE=${BRANCHDESK_WHEELHOUSE:-.wheelhouse}
ensure_wheelhouse() {
  local stamp="$WHEELHOUSE/.complete" want
  want=$(cat pyproject.toml setup.py | sha256sum | cut -c1-16)
  [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] && return 0
  say "collecting the pinned dependencies as wheels in $WHEELHOUSE"
  "$VENV/bin/python" -c 'import tomllib; d = tomllib.load(open("pyproject.toml", "rb"));
print("\n".join(d["project"]["dependencies"] + d["build-system"]["requires"]))' \
    > "$VENV/wheelhouse-requirements.txt"
  "$VENV/bin/python" -m pip download -q --disable-pip-version-check --only-binary=:all: \
    -d "$WHEELHOUSE" -r "$VENV/wheelhouse-requirements.txt"
  echo "$want" > "$stamp"
}

run_tests() {
  local py="$VENV/bin/python"
  say "ruff"
  "$py" -m ruff check src tests bench tools setup.py
  "$py" -m ruff format --check src tests bench tools setup.py
  say "mypy"
  "$py" -m mypy
  say "pytest (includes the compiled-forms and translation checks)"
  BRANCHDESK_WHEELHOUSE="$WHEELHOUSE" QT_QPA_PLATFORM=offscreen "$py" -m pytest "$@"
}

case "${1:-}" in
  run)  shift; ensure_system_packages; ensure_venv; exec "$VENV/bin/branchdesk" "$@" ;;
  test) shift; ensure_system_packages; ensure_venv; ensure_wheelhouse; run_tests "$@" ;;
  *)    echo "usage: ./dev.sh run [branchdesk arguments] | ./dev.sh test [pytest arguments]" >&2; exit 2 ;;
esac
