"""Twilio Programmable Messaging (REST 2010-04-01), PROTOCOLS.md D.

Twilio has no idempotency key, so after a time-out we reconcile by listing the messages to the
same number and matching the body and the time (``lookup``) before anything is sent again.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import requests

from orderdesk.services.messaging import endpoints
from orderdesk.services.messaging.gateways import (
    DeliveryStatus,
    GetSecret,
    OutgoingMessage,
    PermanentError,
    SendResult,
    TemporaryError,
    UncertainError,
    http_call,
    json_body,
)

DEFAULT_BASE_URL = endpoints.TWILIO_BASE_URL
SECRET_NAME = endpoints.TWILIO_SECRET

UNSUBSCRIBED = {21610}
INVALID_RECIPIENT = {21211, 21612, 21614, 21408, 21604}
TEMPORARY = {20429}
DELIVERED = {"delivered", "read"}
FAILED = {"failed", "undelivered", "canceled"}


class TwilioGateway:
    name = "twilio"
    channel = "sms"
    supports_lookup = True
    supports_status = True

    def __init__(
        self,
        *,
        account_sid: str,
        from_number: str = "",
        messaging_service_sid: str = "",
        get_secret: GetSecret,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = 15.0,
        session: requests.Session | None = None,
    ) -> None:
        self.account_sid = account_sid
        self.from_number = from_number
        self.messaging_service_sid = messaging_service_sid
        self._get_secret = get_secret
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = session or requests.Session()

    def _url(self, path: str) -> str:
        return f"{self.base_url}/Accounts/{self.account_sid}/{path}"

    def _auth(self) -> tuple[str, str]:
        return (self.account_sid, self._get_secret(SECRET_NAME))

    def send(self, message: OutgoingMessage) -> SendResult:
        form = {"To": message.to, "Body": message.body}
        if self.messaging_service_sid:
            form["MessagingServiceSid"] = self.messaging_service_sid
        else:
            form["From"] = self.from_number
        response = http_call(
            self._session, "POST", self._url("Messages.json"), data=form, auth=self._auth(), timeout=self.timeout
        )
        if response.status_code == 201:
            data = json_body(response, "Twilio")
            sid = data.get("sid")
            if not sid:
                raise UncertainError("Twilio accepted the message but sent no sid.")
            return SendResult(
                gateway_id=str(sid),
                status="sent",
                parts=_int(data.get("num_segments")),
                raw_status=str(data.get("status", "")),
            )
        raise self._error(response)

    def _error(self, response: requests.Response) -> Exception:
        status = response.status_code
        try:
            data = response.json()
        except ValueError:
            data = {}
        code = data.get("code") if isinstance(data, dict) else None
        text = (data.get("message") if isinstance(data, dict) else None) or response.reason or ""
        message = f"Twilio error {code or status}: {text}"
        if status == 429 or code in TEMPORARY:
            retry = response.headers.get("Retry-After")
            return TemporaryError(
                message, code=code, http_status=status, retry_after=float(retry) if retry and retry.isdigit() else None
            )
        if status in (500, 502, 504):
            return UncertainError(message, code=code, http_status=status)
        if status == 503:
            return TemporaryError(message, code=code, http_status=status)
        if status == 401 or code == 20003:
            return PermanentError(
                "Twilio refused the account SID or auth token (20003). Check the Twilio credentials.",
                code=code,
                http_status=status,
            )
        return PermanentError(
            message,
            code=code,
            http_status=status,
            unsubscribed=code in UNSUBSCRIBED,
            invalid_recipient=code in INVALID_RECIPIENT,
        )

    def lookup(self, message: OutgoingMessage, since: datetime, exclude_ids: frozenset[str]) -> SendResult | None:
        """Find a message to the same number with the same body created at or after ``since``."""
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        since = since - timedelta(seconds=5)  # clock skew between us and the gateway
        params = {"To": message.to, "PageSize": "100"}
        url: str | None = self._url("Messages.json")
        candidates = []
        for _page in range(5):  # newest first; a few pages reach far enough back
            response = http_call(self._session, "GET", url, params=params, auth=self._auth(), timeout=self.timeout)
            if response.status_code != 200:
                raise self._error(response)
            data = json_body(response, "Twilio")
            too_old = False
            for item in data.get("messages") or []:
                created = _rfc2822(item.get("date_created"))
                if created is not None and created < since:
                    too_old = True
                    continue
                if item.get("body") == message.body and item.get("sid") not in exclude_ids:
                    candidates.append(item)
            next_uri = data.get("next_page_uri")
            if too_old or not next_uri:
                break
            url, params = _absolute(self.base_url, next_uri), {}
        if len(candidates) > 1:
            raise UncertainError(f"Twilio holds {len(candidates)} identical messages to {message.to}; check by hand.")
        if not candidates:
            return None
        item = candidates[0]
        return SendResult(
            gateway_id=str(item["sid"]),
            status="sent",
            parts=_int(item.get("num_segments")),
            raw_status=str(item.get("status", "")),
        )

    def fetch_status(self, gateway_id: str) -> DeliveryStatus:
        response = http_call(
            self._session, "GET", self._url(f"Messages/{gateway_id}.json"), auth=self._auth(), timeout=self.timeout
        )
        if response.status_code == 404:
            return DeliveryStatus("failed", "not_found", "Twilio does not know this message (20404).")
        if response.status_code != 200:
            raise self._error(response)
        data = json_body(response, "Twilio")
        raw = str(data.get("status", ""))
        if raw in DELIVERED:
            return DeliveryStatus("delivered", raw)
        if raw in FAILED:
            code = data.get("error_code")
            error = f"Twilio {raw}: error {code} {data.get('error_message') or ''}".strip()
            return DeliveryStatus("failed", raw, error, unsubscribed=_int(code) in UNSUBSCRIBED)
        return DeliveryStatus("sent", raw)


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _rfc2822(value) -> datetime | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


def _absolute(base_url: str, uri: str) -> str:
    """Twilio's page URIs are relative to the host and include /2010-04-01."""
    if uri.startswith("http"):
        return uri
    root = base_url[: -len("/2010-04-01")] if base_url.endswith("/2010-04-01") else base_url
    return root + uri
