#!/usr/bin/env bash
# Run a command with a real, unlocked Secret Service keyring (GNOME Keyring) on the current
# D-Bus session bus; scripts/test.sh starts one with dbus-run-session. Needs the Debian packages
# dbus and gnome-keyring. The keyring lives in a throw-away data folder, so no real user's
# secrets are touched, and it is removed afterwards.
set -euo pipefail
keyring_home="$(mktemp -d)"
cleanup() {
  [ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null || true
  rm -rf "$keyring_home"
}
trap cleanup EXIT
export XDG_DATA_HOME="$keyring_home/data"  # never the real user's keyrings
# Its own control socket too: two test runs side by side must not share one daemon's socket.
export XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the keyring's password from stdin and creates the keyring unlocked.
eval "$(printf 'orderdesk-test\n' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
"$@"
