#!/bin/sh
# Install Apptoto Sheets for this user: run ./install.sh in the unpacked folder (no root needed).
# It copies the folder to ~/.local/share/apptoto-sheets, links ~/.local/bin/apptoto-sheets,
# and adds the menu entry and icon. Remove it with ./install.sh --uninstall.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app=$data/apptoto-sheets
bin=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$app" "$bin/apptoto-sheets" "$data/applications/apptoto-sheets.desktop" \
        "$data/icons/hicolor/256x256/apps/apptoto-sheets.png"
    echo "Apptoto Sheets removed."
    exit 0
fi
if [ "$here" != "$app" ]; then
    rm -rf "$app"
    mkdir -p "$data"
    cp -a "$here" "$app"
fi
mkdir -p "$bin" "$data/applications" "$data/icons/hicolor/256x256/apps"
ln -sf "$app/apptoto-sheets" "$bin/apptoto-sheets"
cp "$app/_internal/resources/apptoto-sheets.png" "$data/icons/hicolor/256x256/apps/apptoto-sheets.png"
sed -e "s|^Exec=.*|Exec=\"$app/apptoto-sheets\" %f|" -e "s|^TryExec=.*|TryExec=$app/apptoto-sheets|" \
    "$app/apptoto-sheets.desktop" > "$data/applications/apptoto-sheets.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
echo "Apptoto Sheets installed: find it in your applications menu, or run $bin/apptoto-sheets"
