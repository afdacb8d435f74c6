# Shared by demo.sh and test.sh: a project-local virtual environment, installed from the lock file.
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
  .venv/bin/python -m pip install --quiet --upgrade pip
  # constraints.txt pins every package version, so installs are repeatable.
  .venv/bin/python -m pip install --quiet -c constraints.txt -e ".${extras}"
}
