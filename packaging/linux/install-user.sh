#!/usr/bin/env bash
# Install a built bundle for the current user only (no root): the program under
# ~/.local/opt/BranchDesk, `BranchDesk` and `branchdesk` in ~/.local/bin, the menu entry and
# its icons. Uninstall with --uninstall (the data folder is left alone).
#
#     packaging/linux/install-user.sh [dist/BranchDesk] [--uninstall]
set -euo pipefail

BUNDLE="dist/BranchDesk"
UNINSTALL=0
for arg in "$@"; do
    case "$arg" in
        --uninstall) UNINSTALL=1 ;;
        *) BUNDLE="$arg" ;;
    esac
done
SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
TARGET="$HOME/.local/opt/BranchDesk"
SIZES="16 24 32 48 64 128 256 512"

rm -rf "$TARGET" "$HOME/.local/bin/BranchDesk" "$HOME/.local/bin/branchdesk" \
    "$SHARE/applications/branchdesk.desktop"
for size in $SIZES; do rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/branchdesk.png"; done
if [[ "$UNINSTALL" == 1 ]]; then
    echo "BranchDesk removed; your data folder was not touched."
    exit 0
fi

ICONS="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../resources/icons" && pwd)"
mkdir -p "$TARGET" "$HOME/.local/bin" "$SHARE/applications"
cp -a "$BUNDLE/." "$TARGET/"
ln -s "$TARGET/BranchDesk" "$HOME/.local/bin/BranchDesk"
ln -s "$TARGET/branchdesk" "$HOME/.local/bin/branchdesk"
sed "s|^Exec=BranchDesk|Exec=$TARGET/BranchDesk|" "$(dirname "${BASH_SOURCE[0]}")/branchdesk.desktop" \
    > "$SHARE/applications/branchdesk.desktop"
for size in $SIZES; do
    install -D -m 0644 "$ICONS/branchdesk-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/branchdesk.png"
done
echo "BranchDesk installed in $TARGET (menu: Office → 支部工作台)."
