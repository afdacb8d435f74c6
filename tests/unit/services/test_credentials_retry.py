"""Which keyring failures are tried once more: only a daemon that left the bus mid-call."""

from __future__ import annotations

import keyring.errors
import pytest

from orderdesk.errors import ConfigurationError
from orderdesk.services.credentials import Credentials


class BusError(Exception):
    """Shaped like jeepney's DBusErrorResponse: the error's name and its data."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(name, message)
        self.name, self.data = name, (message,)


LEFT = BusError(
    "org.freedesktop.DBus.Error.NoReply", "Message recipient disconnected from message bus without replying"
)
SLOW = BusError("org.freedesktop.DBus.Error.NoReply", "Did not receive a reply. Possible causes include ...")


class ScriptedKeyring:
    """Fails with the given errors first (wrapped as keyring wraps them), then answers.

    Not a ``KeyringBackend`` subclass on purpose: every subclass registers itself as a backend
    keyring may choose, and would answer the real keyring tests' calls.
    """

    def __init__(self, *failures: Exception) -> None:
        self.failures = list(failures)
        self.calls = 0

    def _answer(self):
        self.calls += 1
        if self.failures:
            cause = self.failures.pop(0)
            raise keyring.errors.InitError("Failed to create the collection") from cause
        return "the-secret"

    def get_password(self, service, username):
        return self._answer()

    def set_password(self, service, username, password):
        self._answer()

    def delete_password(self, service, username):
        self._answer()


def test_a_daemon_that_left_mid_call_is_asked_once_more():
    backend = ScriptedKeyring(LEFT)
    assert Credentials(backend=backend).get("cdek.client_secret") == "the-secret"
    assert backend.calls == 2


def test_it_is_asked_once_more_only():
    backend = ScriptedKeyring(LEFT, LEFT)
    with pytest.raises(ConfigurationError, match="keyring could not be used"):
        Credentials(backend=backend).get("cdek.client_secret")
    assert backend.calls == 2


def test_a_slow_daemon_is_not_asked_again():
    backend = ScriptedKeyring(SLOW)
    with pytest.raises(ConfigurationError, match="keyring could not be used"):
        Credentials(backend=backend).get("cdek.client_secret")
    assert backend.calls == 1
