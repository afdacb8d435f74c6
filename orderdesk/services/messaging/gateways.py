"""One interface for every way a message leaves the shop (Twilio, SMS.ru, SMSAPI.pl, SMTP).

The sender only ever sees these types. Each gateway turns its vendor's answers into one of
three outcomes, because that is what decides what the sender may do next:

- ``TemporaryError``: the gateway certainly did not take the message (refused connection,
  429, "try later"): retry with back-off.
- ``PermanentError``: it will never go through as it is (invalid number, unsubscribed, bad
  credentials): stop with the reason, maybe use the fallback channel.
- ``UncertainError``: the request may have reached the gateway (time-out after sending,
  connection dropped before the answer): never blindly resend; reconcile instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import requests

GetSecret = Callable[[str], str]


@dataclass(frozen=True)
class OutgoingMessage:
    channel: str  # "sms" or "email"
    to: str  # E.164 phone or e-mail address
    body: str
    subject: str = ""
    reference: str = ""  # our idempotency key, passed where the gateway keeps one
    qr_payload: str = ""  # e-mail only: shown as a QR code image (the customer's pickup code)
    attachments: tuple[tuple[str, str, bytes], ...] = ()  # e-mail only: (file name, MIME type, bytes)


@dataclass(frozen=True)
class SendResult:
    gateway_id: str
    status: str = "sent"  # our outbox status after the call: "sent" or "delivered"
    parts: int | None = None
    raw_status: str = ""


@dataclass(frozen=True)
class DeliveryStatus:
    status: str  # "sent" (still on its way), "delivered" or "failed"
    raw_status: str = ""
    error: str = ""
    unsubscribed: bool = False


class GatewayError(Exception):
    def __init__(self, message: str, *, code: str | int | None = None, http_status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.http_status = http_status


class TemporaryError(GatewayError):
    """Not taken this time; safe to retry later."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class PermanentError(GatewayError):
    """Will never be accepted as it is."""

    def __init__(self, message: str, *, unsubscribed: bool = False, invalid_recipient: bool = False, **kw) -> None:
        super().__init__(message, **kw)
        self.unsubscribed = unsubscribed
        self.invalid_recipient = invalid_recipient


class UncertainError(GatewayError):
    """The gateway may or may not have taken the message: reconcile, never resend blindly."""


class Gateway(Protocol):
    name: str  # "twilio", "smsru", "smsapi", "smtp"
    channel: str  # "sms" or "email"
    supports_lookup: bool  # can find a message we sent without knowing its id
    supports_status: bool  # can report delivery later

    def send(self, message: OutgoingMessage) -> SendResult: ...

    def lookup(self, message: OutgoingMessage, since: datetime, exclude_ids: frozenset[str]) -> SendResult | None:
        """The message if the gateway has it (sent at or after ``since``), else None."""
        ...

    def fetch_status(self, gateway_id: str) -> DeliveryStatus: ...


def http_call(session: requests.Session, method: str, url: str, *, timeout: float, **kw) -> requests.Response:
    """One HTTP request with the network failures sorted into temporary vs uncertain."""
    try:
        return session.request(method, url, timeout=timeout, **kw)
    except (requests.exceptions.MissingSchema, requests.exceptions.InvalidSchema, requests.exceptions.InvalidURL):
        # A wrong base URL setting: nothing left this PC; it goes once the setting is fixed.
        raise TemporaryError(f"The gateway address '{url}' is not a valid URL; fix it in the settings.") from None
    except requests.ConnectTimeout as exc:
        raise TemporaryError(f"Could not connect to {url}: {exc}") from None
    except requests.ReadTimeout:
        raise UncertainError(f"No answer from {url} within {timeout:g} s; the message may have been sent.") from None
    except requests.ConnectionError as exc:
        # Refused/unresolvable: the request never left. Anything else (a dropped connection
        # after the request was written) may have reached the gateway.
        if _never_connected(exc):
            raise TemporaryError(f"Could not connect to {url}.") from None
        raise UncertainError(
            f"The connection to {url} broke before the answer; the message may have been sent."
        ) from None


def _never_connected(exc: BaseException) -> bool:
    from urllib3.exceptions import NameResolutionError, NewConnectionError

    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, NewConnectionError | NameResolutionError | ConnectionRefusedError):
            return True
        stack.extend(
            [
                getattr(e, "reason", None),
                e.__cause__,
                e.__context__,
                *[a for a in e.args if isinstance(a, BaseException)],
            ]
        )
    return False


def json_body(response: requests.Response, gateway: str) -> dict:
    """Parse a JSON answer; a malformed one is a temporary fault of the gateway."""
    try:
        data = response.json()
    except ValueError:
        raise TemporaryError(
            f"{gateway} answered HTTP {response.status_code} with a body that is not JSON.",
            http_status=response.status_code,
        ) from None
    if not isinstance(data, dict):
        raise TemporaryError(f"{gateway} answered with unexpected JSON.", http_status=response.status_code)
    return data
