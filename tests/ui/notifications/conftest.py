"""Notification UI fixtures: the messaging integration fixtures (fake Twilio, a real SMTP server,
the wired pipeline) and the real Secret Service keyring."""

from __future__ import annotations

import pytest

from tests.integration.messaging.conftest import fake_twilio, notify, smtp_server  # noqa: F401  (fixtures)

SECRET_NAMES = ("twilio.auth_token", "smsru.api_id", "smsapi.token", "smtp.password")


@pytest.fixture
def service(notify):  # noqa: F811
    """The main window gets the order service with the notification listener, as the app wires it."""
    return notify.service


@pytest.fixture
def keyring():
    """The real OS keyring (Secret Service under scripts/_with_keyring.sh), emptied of our names."""
    from orderdesk.services.credentials import Credentials
    from tests.support.components import require_keyring

    require_keyring()
    credentials = Credentials(service_prefix="orderdesk")
    for name in SECRET_NAMES:
        credentials.delete(name)
    yield credentials
    for name in SECRET_NAMES:
        credentials.delete(name)


@pytest.fixture
def gateway_secrets(keyring, notify):  # noqa: F811
    """The fake gateways' secrets stored in the keyring, where the app reads them."""
    for name in ("twilio.auth_token", "smtp.password"):
        keyring.set(name, notify.secret(name))
    return keyring
