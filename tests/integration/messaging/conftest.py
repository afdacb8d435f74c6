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

        self.messages.append(
            (
                envelope.mail_from,
                list(envelope.rcpt_tos),
                email.message_from_bytes(envelope.content, policy=policy.default),
            )
        )
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

    controller = Controller(
        sink, hostname="127.0.0.1", port=free_port(), authenticator=authenticator, auth_require_tls=False
    )
    controller.start()
    sink.port = controller.port
    yield sink
    controller.stop()


# -- the whole pipeline: order service with the listener, settings, gateways at the fakes


class Notify:
    """Everything a pipeline test needs, wired the way the app wires it."""

    def __init__(self, db, twilio_fake, smtp) -> None:
        from orderdesk.services.messaging import NotificationListener
        from orderdesk.services.orders import OrderService
        from orderdesk.settings import Settings

        self.db, self.twilio_fake, self.smtp = db, twilio_fake, smtp
        self.settings = Settings(db)
        for key, value in {
            "shop.name": "Sklep Ola", "shop.address": "ul. Długa 5|Kraków", "shop.country": "PL",
            "messaging.payment_link": "https://pay.example/{order_number}",
            "messaging.twilio.base_url": twilio_fake.url + "/2010-04-01",
            "messaging.twilio.account_sid": twilio_fake.account_sid, "messaging.twilio.from": "+15005550006",
            "messaging.smtp.host": "127.0.0.1", "messaging.smtp.port": smtp.port, "messaging.smtp.security": "none",
            "messaging.smtp.username": "shop", "messaging.smtp.from": "shop@example.com",
        }.items():  # fmt: skip
            self.settings.set(key, value)
        self.service = OrderService(db, listeners=[NotificationListener()])
        self.now = None  # a fixed clock for the sender when set

    def secret(self, name: str) -> str:
        from tests.fakes import twilio as fake

        return {"twilio.auth_token": fake.AUTH_TOKEN, "smtp.password": "smtp-secret"}[name]

    def sender(self, **config):
        from orderdesk.services.messaging.config import SenderConfig, build_gateways, session_getter
        from orderdesk.services.messaging.sender import OutboxSender

        with self.db.session() as s:
            gateways = build_gateways(session_getter(s), self.secret)
        options = {"quiet_hours": None, "payment_reminder_hours": 0, **config}
        clock = (lambda: self.now) if self.now is not None else None
        kwargs = {"clock": clock} if clock else {}
        return OutboxSender(self.db, gateways, config=SenderConfig(**options), sms_gateway="twilio",
                            lease_seconds=0, reconcile_delay=0, poll_interval=0, **kwargs)  # fmt: skip

    def rows(self, order_number=None):
        from orderdesk.services.messaging.outbox import list_messages

        return sorted(list_messages(self.db, order_number=order_number, failures_first=False), key=lambda m: m.id)

    def emails(self):
        return [(rcpts[0], mail["Subject"], mail.get_content()) for _f, rcpts, mail in self.smtp.messages]


@pytest.fixture
def notify(db, fake_twilio, smtp_server):
    return Notify(db, fake_twilio, smtp_server)


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1 (openssl), for STARTTLS and implicit TLS."""
    import subprocess

    from tests.support.components import require_tool

    openssl = require_tool("openssl", "openssl")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)  # fmt: skip
    return cert, key


@pytest.fixture(params=["starttls", "tls"])
def tls_smtp_server(request, tls_files):
    """A real SMTP server that requires STARTTLS before login, or speaks TLS from the start."""
    import ssl

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    cert, key = tls_files
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    sink = SmtpSink()

    def authenticator(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=auth_data.login == b"shop" and auth_data.password == b"smtp-secret", handled=False)

    if request.param == "starttls":
        controller = Controller(sink, hostname="127.0.0.1", port=free_port(), tls_context=server_ctx, require_starttls=True,
                                authenticator=authenticator, auth_require_tls=True)  # fmt: skip
    else:
        controller = Controller(sink, hostname="127.0.0.1", port=free_port(), ssl_context=server_ctx,
                                authenticator=authenticator, auth_require_tls=False)  # fmt: skip
    controller.start()
    sink.port, sink.security, sink.cafile = controller.port, request.param, str(cert)
    yield sink
    controller.stop()
