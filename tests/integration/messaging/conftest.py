"""Fake gateways and a real local SMTP server for the messaging integration tests."""

from __future__ import annotations

import pytest

from tests.fakes.smsapi import FakeSmsApi
from tests.fakes.smsru import FakeSmsRu
from tests.fakes.twilio import FakeTwilio


@pytest.fixture
def fake_twilio():
    with FakeTwilio() as fake:
        yield fake
    assert fake.schema_errors == [], "the fake's own answers broke Twilio's OpenAPI schema"


@pytest.fixture
def fake_smsru():
    with FakeSmsRu() as fake:
        yield fake


@pytest.fixture
def fake_smsapi():
    with FakeSmsApi() as fake:
        yield fake


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SmtpSink:
    """Collects what a real aiosmtpd server received."""

    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd handler hook
        import email
        from email import policy

        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), email.message_from_bytes(envelope.content, policy=policy.default)))
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("bounce"):
            return "550 5.1.1 No such user"
        if address.startswith("later"):
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"


@pytest.fixture
def smtp_server():
    """A real SMTP server on 127.0.0.1 (aiosmtpd) with AUTH LOGIN/PLAIN allowed without TLS."""
    from aiosmtpd.controller import Controller

    sink = SmtpSink()

    def authenticator(server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult

        ok = auth_data.login == b"shop" and auth_data.password == b"smtp-secret"
        return AuthResult(success=ok, handled=False)

    controller = Controller(sink, hostname="127.0.0.1", port=free_port(), authenticator=authenticator, auth_require_tls=False)
    controller.start()
    sink.port = controller.port
    yield sink
    controller.stop()
