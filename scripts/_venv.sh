# Shared by demo.sh and test.sh: a project-local virtual environment, installed from the lock file.
# pip runs only when .venv is new or constraints.txt / pyproject.toml changed since the last
# install (a stamp file in .venv holds their hash and the extras), so a launch works offline.
install_stamp() {
  local extras="$1"
  { cat constraints.txt pyproject.toml; printf 'extras=%s\n' "$extras"; } | sha256sum | cut -d' ' -f1
}

ensure_venv() {
  local extras="$1"
  if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "OrderDesk needs Python 3.11 or newer (found $(python3 --version 2>&1))." >&2
    exit 1
  fi
  if [ ! -x .venv/bin/python ]; then
    if ! python3 -m venv .venv 2>/dev/null; then
      rm -rf .venv
      echo "Python's venv module is missing. On Debian/Ubuntu: sudo apt-get install python3-venv" >&2
      exit 1
    fi
  fi
  local stamp_file=".venv/.orderdesk-install-${extras//[^a-z]/_}"
  local wanted
  wanted="$(install_stamp "$extras")"
  if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$wanted" ]; then
    return 0
  fi
  .venv/bin/python -m pip install --quiet --upgrade pip
  # constraints.txt pins every package version, so installs are repeatable.
  .venv/bin/python -m pip install --quiet -c constraints.txt -e ".${extras}"
  echo "$wanted" > "$stamp_file"
}
