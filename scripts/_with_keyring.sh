#!/usr/bin/env bash
# Run a command with a real, unlocked Secret Service keyring (GNOME Keyring) on a private D-Bus
# session bus of its own. Needs the Debian packages dbus and gnome-keyring. The keyring lives in
# a throw-away data folder, so no real user's secrets are touched, and it is removed afterwards.
#
# The daemon is started by D-Bus activation from a service file of our own (listed before the
# system's), so when it stops (gnome-keyring-daemon aborts now and then on a race between a
# client's disconnect and its next request) the next call starts it again, unlocked, on the same
# keyring. Every start and exit is written to a log; the number of restarts is printed at the end.
set -euo pipefail
keyring_home="$(mktemp -d)"
any_alive() {
  local pid
  for pid in "$@"; do kill -0 "$pid" 2>/dev/null && return 0; done
  return 1
}
cleanup() {
  # A daemon that outlived the bus may still be writing into the folder: stop it first, and never
  # let the clean-up change the run's exit status.
  # (Its start script then appends its exit to the log, which is why removing is tried again.)
  local pid pids
  pids=$(cat "$keyring_home/daemon.pids" 2>/dev/null || true)
  for pid in $pids; do kill "$pid" 2>/dev/null || true; done
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    any_alive $pids || break
    sleep 0.2
  done
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    rm -rf "$keyring_home" 2>/dev/null && return 0
    sleep 0.3
  done
  echo "note: could not remove the test keyring's folder $keyring_home" >&2
  return 0
}
trap cleanup EXIT
export XDG_DATA_HOME="$keyring_home/data"  # never the real user's keyrings
# Its own control socket too: two test runs side by side must not share one daemon's socket.
export XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$keyring_home/services"
chmod 700 "$XDG_RUNTIME_DIR"
log="$keyring_home/daemon.log"
: >"$log"

# What D-Bus runs to provide org.freedesktop.secrets: --unlock reads the keyring's password from
# stdin and creates the keyring unlocked, or unlocks the one an earlier start made.
cat >"$keyring_home/start-keyring.sh" <<EOF
#!/usr/bin/env bash
export XDG_DATA_HOME='$XDG_DATA_HOME' XDG_RUNTIME_DIR='$XDG_RUNTIME_DIR'
exec 2>>'$log'
echo "start \$\$" >>'$log'
printf 'orderdesk-test\n' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
echo "\$!" >>'$keyring_home/daemon.pids'
wait "\$!"
echo "exit \$?" >>'$log'
EOF
chmod +x "$keyring_home/start-keyring.sh"
cat >"$keyring_home/services/org.freedesktop.secrets.service" <<EOF
[D-BUS Service]
Name=org.freedesktop.secrets
Exec=$keyring_home/start-keyring.sh
EOF
# The bus's own messages (each activation, a warning about its file limit) go to the log as well.
cat >"$keyring_home/dbus-daemon.sh" <<EOF
#!/usr/bin/env bash
exec dbus-daemon "\$@" 2>>'$log'
EOF
chmod +x "$keyring_home/dbus-daemon.sh"
# The first <servicedir> listed wins over the standard ones the included session.conf adds.
cat >"$keyring_home/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <servicedir>$keyring_home/services</servicedir>
  <include>/usr/share/dbus-1/session.conf</include>
</busconfig>
EOF

status=0
# Start the daemon before the command (so the first keyring call does not wait for it), then run it.
dbus-run-session --dbus-daemon="$keyring_home/dbus-daemon.sh" --config-file="$keyring_home/session.conf" -- bash -c '
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.StartServiceByName string:org.freedesktop.secrets uint32:0 >/dev/null
  exec "$@"' keyring-session "$@" || status=$?

starts=$(grep -c '^start ' "$log" || true)
if [ "$starts" -gt 1 ]; then
  echo "note: the keyring daemon stopped and was started again $((starts - 1)) time(s) during this run:" >&2
  # How each one ended (137: killed, as the restart tests do; 134: aborted) and what it said first.
  grep -E '^exit |CRITICAL|ERROR|assertion' "$log" | tail -n 20 >&2 || true
fi
exit "$status"
