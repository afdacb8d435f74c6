"""The keyring daemon stopping under a running app: its secrets are there when it comes back.

gnome-keyring-daemon aborts now and then (a race between one client's disconnect and another's
request). Under ``scripts/_with_keyring.sh`` D-Bus starts it again on the next call, as a
desktop session does; a call whose answer was lost with the daemon is made once more. These
tests stop the real daemon, so they also show the rest of the suite survives that.
"""

from __future__ import annotations

import logging
import os
import secrets
import signal
import threading
import time

import pytest

from orderdesk.services.credentials import Credentials
from tests.support.components import require_keyring

NAME = "restart.test_secret"


@pytest.fixture
def credentials():
    require_keyring()
    store = Credentials()
    yield store
    store.delete(NAME)


def keyring_daemon_pid() -> int:
    """The process that owns org.freedesktop.secrets on this session bus."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus")
    with open_dbus_connection(bus="SESSION") as connection:
        call = new_method_call(bus, "GetConnectionUnixProcessID", "s", ("org.freedesktop.secrets",))
        return connection.send_and_get_reply(call).body[0]


def test_a_daemon_that_stopped_between_calls_is_started_again_with_the_secrets(credentials):
    secret = "s-" + secrets.token_hex(8)
    credentials.set(NAME, secret)
    first = keyring_daemon_pid()
    os.kill(first, signal.SIGKILL)

    assert credentials.get(NAME) == secret
    assert keyring_daemon_pid() != first


def test_a_call_whose_daemon_stopped_while_answering_is_made_once_more(credentials, caplog):
    secret = "s-" + secrets.token_hex(8)
    credentials.set(NAME, secret)
    pid = keyring_daemon_pid()
    # Frozen, the daemon takes the next call and never answers; then it dies with the call open,
    # which is what the bus reports when the daemon aborts mid-call.
    os.kill(pid, signal.SIGSTOP)

    def stop_it() -> None:
        time.sleep(0.5)
        os.kill(pid, signal.SIGKILL)

    killer = threading.Thread(target=stop_it)
    killer.start()
    try:
        with caplog.at_level(logging.WARNING, logger="orderdesk.services.credentials"):
            assert credentials.get(NAME) == secret
    finally:
        killer.join()
    assert "stopped during a call for restart.test_secret" in caplog.text
    assert secret not in caplog.text
