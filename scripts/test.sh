#!/usr/bin/env bash
# Install OrderDesk with its test tools into .venv and run the whole test suite.
# Real components (a Secret Service keyring, CUPS, PostgreSQL, Xvfb, zbar) are used when the
# machine has them; without them those tests skip on a laptop and fail when CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
ensure_venv "[test,postgres]"
export QT_QPA_PLATFORM=offscreen
run_tests() { .venv/bin/python -m pytest "$@"; }
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  # A private session bus with an unlocked keyring, so keyring tests use a real Secret Service.
  exec bash scripts/_with_keyring.sh .venv/bin/python -m pytest "$@"
fi
run_tests "$@"
