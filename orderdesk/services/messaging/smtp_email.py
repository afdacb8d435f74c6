"""E-mail over SMTP (STARTTLS, implicit TLS or plain for a local relay) with login.

The Message-ID is derived from our idempotency key, so even if a message is ever sent twice
a mail client shows it once. SMTP cannot be asked what it already took, so a connection lost
after the data was handed over is "uncertain" (the sender marks it "unknown — check").
"""

from __future__ import annotations

import html
import smtplib
import ssl
from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from orderdesk.services.messaging import endpoints
from orderdesk.services.messaging.gateways import (
    DeliveryStatus,
    GetSecret,
    OutgoingMessage,
    PermanentError,
    SendResult,
    TemporaryError,
    UncertainError,
)

SECRET_NAME = endpoints.SMTP_SECRET
SECURITY = ("starttls", "tls", "none")


def message_id(reference: str, domain: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-." else "." for ch in reference) or "message"
    return f"<{safe}@{domain}>"


class SmtpGateway:
    name = "smtp"
    channel = "email"
    supports_lookup = False
    supports_status = False

    def __init__(
        self,
        *,
        host: str,
        port: int = 587,
        security: str = "starttls",
        username: str = "",
        from_address: str,
        get_secret: GetSecret | None = None,
        timeout: float = 20.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if security not in SECURITY:
            raise ValueError(f"security must be one of {SECURITY}")
        self.host, self.port, self.security = host, port, security
        self.username = username
        self.from_address = from_address
        self._get_secret = get_secret
        self.timeout = timeout
        self._ssl_context = ssl_context or ssl.create_default_context()

    def build(self, message: OutgoingMessage) -> EmailMessage:
        mail = EmailMessage()
        mail["From"] = self.from_address
        mail["To"] = message.to
        mail["Subject"] = message.subject
        mail["Date"] = formatdate(localtime=False, usegmt=True)
        domain = self.from_address.rpartition("@")[2] or "orderdesk.local"
        mail["Message-ID"] = message_id(message.reference or str(id(message)), domain)
        mail.set_content(message.body)  # UTF-8, so Cyrillic, Polish and Chinese arrive intact
        if message.qr_payload:
            add_qr_code(mail, message.body, message.qr_payload)
        for name, mime, data in message.attachments:
            maintype, _slash, subtype = mime.partition("/")
            mail.add_attachment(
                data, maintype=maintype or "application", subtype=subtype or "octet-stream", filename=name
            )
        return mail

    def _connect(self) -> smtplib.SMTP:
        if self.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                self.host, self.port, timeout=self.timeout, context=self._ssl_context
            )
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            if self.security == "starttls":
                client.starttls(context=self._ssl_context)
                client.ehlo()
        if self.username:
            password = self._get_secret(SECRET_NAME) if self._get_secret else ""
            client.login(self.username, password)
        return client

    def send(self, message: OutgoingMessage) -> SendResult:
        mail = self.build(message)
        try:
            client = self._connect()
        except smtplib.SMTPAuthenticationError as exc:
            raise PermanentError(
                f"The SMTP server refused the login ({exc.smtp_code}). Check the SMTP user and password.",
                code=exc.smtp_code,
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise TemporaryError(f"Could not connect to the SMTP server {self.host}:{self.port}: {exc}") from None
        try:
            refused = client.send_message(mail)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            raise _coded(
                code, f"The SMTP server refused {message.to}: {code} {_text(text)}", invalid_recipient=True
            ) from None
        except smtplib.SMTPSenderRefused as exc:
            raise _coded(
                exc.smtp_code,
                f"The SMTP server refused the sender {self.from_address}: {exc.smtp_code} {_text(exc.smtp_error)}",
            ) from None
        except smtplib.SMTPDataError as exc:
            raise _coded(
                exc.smtp_code, f"The SMTP server refused the message: {exc.smtp_code} {_text(exc.smtp_error)}"
            ) from None
        except (TimeoutError, smtplib.SMTPServerDisconnected, OSError) as exc:
            raise UncertainError(
                f"The SMTP connection broke while sending ({exc}); the e-mail may have been sent."
            ) from None
        finally:
            try:
                client.quit()
            except (OSError, smtplib.SMTPException):
                pass
        if refused:
            raise PermanentError(f"The SMTP server refused {message.to}.", invalid_recipient=True)
        return SendResult(gateway_id=mail["Message-ID"], status="sent")

    def lookup(self, message: OutgoingMessage, since: datetime, exclude_ids: frozenset[str]) -> SendResult | None:
        raise NotImplementedError("SMTP cannot be asked what it already took")

    def fetch_status(self, gateway_id: str) -> DeliveryStatus:
        raise NotImplementedError("SMTP gives no delivery status")


def add_qr_code(mail: EmailMessage, body: str, payload: str) -> None:
    """An HTML alternative with the QR code inline (``cid:``), under the same text.

    Mail clients that show only text still have the code written out in the body."""
    # Here, not at the top: the settings of this module are read by every status change, the
    # image library only by a pickup e-mail.
    from orderdesk.services.documents.qr_png import qr_png

    cid = make_msgid(domain="orderdesk.local")
    paragraphs = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
    image = f'<p><img src="cid:{cid[1:-1]}" alt="QR" width="240" height="240"></p>'
    mail.add_alternative(f"<!DOCTYPE html><html><body>{paragraphs}{image}</body></html>", subtype="html")
    html_part = mail.get_payload()[1]
    html_part.add_related(qr_png(payload), maintype="image", subtype="png", cid=cid, filename="pickup-qr.png")


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _coded(code: int, message: str, invalid_recipient: bool = False) -> Exception:
    """SMTP 4xx is "try later", 5xx is final."""
    if 400 <= code < 500:
        return TemporaryError(message, code=code)
    return PermanentError(message, code=code, invalid_recipient=invalid_recipient)
