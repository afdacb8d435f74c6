#!/usr/bin/env bash
# Install OrderDesk for the current user: its own virtualenv, a launcher on the PATH and a
# menu entry with the icon. Run it again to upgrade; --uninstall removes it (the orders, in
# the user data folder, are never touched).
#
#   bash installer/linux/install.sh [--source DIR_OR_WHEEL] [--uninstall]
#
# ORDERDESK_HOME (default ~/.local/share/orderdesk-app) is where the virtualenv goes.
set -euo pipefail

here="$(cd "$(dirname "$0")/../.." && pwd)"
source_spec="$here"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --source) source_spec="$2"; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n 2,9p "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

app_home="${ORDERDESK_HOME:-$HOME/.local/share/orderdesk-app}"
bin_dir="$HOME/.local/bin"
apps_dir="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons_dir="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"

if [ "$action" = uninstall ]; then
  rm -rf "$app_home"
  rm -f "$bin_dir/orderdesk" "$apps_dir/orderdesk.desktop" "$icons_dir/orderdesk.svg"
  # What the app can make again (parsed fonts), in the platform's cache folder: platformdirs' name.
  rm -rf "${XDG_CACHE_HOME:-$HOME/.cache}/OrderDesk"
  echo "OrderDesk removed. Your orders and settings were kept."
  exit 0
fi

if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "OrderDesk needs Python 3.11 or newer (found: $(python3 --version 2>&1 || echo none))." >&2
  exit 1
fi
if [ ! -x "$app_home/venv/bin/python" ]; then
  mkdir -p "$app_home"
  if ! python3 -m venv "$app_home/venv"; then
    echo "Python's venv module is missing. On Debian/Ubuntu: sudo apt-get install python3-venv" >&2
    exit 1
  fi
fi
py="$app_home/venv/bin/python"
constraints=()
[ -f "$here/constraints.txt" ] && constraints=(-c "$here/constraints.txt")
"$py" -m pip install --quiet --upgrade pip
# A real (not editable) install: the app must run from the package alone. With the PostgreSQL
# driver, so any PC can connect to the shop's database server.
"$py" -m pip install --quiet "${constraints[@]}" "${source_spec}[postgres]"

mkdir -p "$bin_dir" "$apps_dir" "$icons_dir"
ln -sf "$app_home/venv/bin/orderdesk" "$bin_dir/orderdesk"
package_dir="$("$py" -c 'import orderdesk, pathlib; print(pathlib.Path(orderdesk.__file__).parent)')"
cp "$package_dir/resources/icons/orderdesk.svg" "$icons_dir/orderdesk.svg"
sed "s|@LAUNCHER@|$app_home/venv/bin/orderdesk|" "$here/resources/orderdesk.desktop.in" >"$apps_dir/orderdesk.desktop"
chmod 644 "$apps_dir/orderdesk.desktop"
echo "OrderDesk installed: run 'orderdesk' or open it from the applications menu."
case ":$PATH:" in *":$bin_dir:"*) ;; *) echo "(add $bin_dir to your PATH to run it by name)";; esac
