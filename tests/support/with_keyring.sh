#!/bin/sh
# Run a command with a real, unlocked Secret Service keyring (GNOME Keyring) on a private
# D-Bus session bus, e.g.:  tests/support/with_keyring.sh /work/venv/bin/python -m pytest tests
# Needs the Debian packages dbus (dbus-run-session) and gnome-keyring. The keyring lives in a
# throw-away XDG data folder, so no real user's secrets are touched.
set -eu
if [ "${ORDERDESK_IN_KEYRING_SESSION:-}" != "1" ]; then
    export ORDERDESK_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
KEYRING_HOME="$(mktemp -d)"
trap 'rm -rf "$KEYRING_HOME"; [ -n "${KEYRING_PID:-}" ] && kill "$KEYRING_PID" 2>/dev/null || true' EXIT
export XDG_DATA_HOME="$KEYRING_HOME/data" XDG_RUNTIME_DIR="$KEYRING_HOME/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the login keyring's password from stdin and creates the keyring unlocked.
eval "$(printf 'orderdesk-ci' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL="${GNOME_KEYRING_CONTROL:-}"
KEYRING_PID="${GNOME_KEYRING_PID:-}"
"$@"
