"""SMS.ru (PROTOCOLS.md E): errors come back as HTTP 200 with ``"status": "ERROR"``.

SMS.ru has no client reference we could look a message up by, so a send that timed out is
never retried: the sender marks it "unknown — check".
"""

from __future__ import annotations

from datetime import datetime

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

DEFAULT_BASE_URL = endpoints.SMSRU_BASE_URL
SECRET_NAME = endpoints.SMSRU_SECRET

# Request/recipient codes that say "try again later"; everything else non-100 is permanent.
TEMPORARY = {201, 206, 220, 230, 231, 232, 233, 500}
INVALID_RECIPIENT = {202, 207}
UNSUBSCRIBED = {209, 215}
AUTH = {200, 300, 301, 302, 303, 304, 305}
# Message states (POST /sms/status).
PENDING_STATES = {100, 101, 102}
DELIVERED_STATES = {103}
REASONS = {
    200: "Wrong api_id: check the SMS.ru key.", 201: "Not enough money on the SMS.ru account.",
    202: "Invalid recipient number.", 203: "Empty message text.", 204: "Sender name not approved by SMS.ru.",
    205: "Message longer than 8 parts.", 206: "Daily sending limit reached.", 207: "No route to this number.",
    209: "The number is on the shop's SMS.ru stop list (customer unsubscribed).", 212: "Text not in UTF-8.",
    215: "The number is on SMS.ru's global stop list.", 216: "Forbidden word in the text.",
    220: "SMS.ru is temporarily unavailable.", 500: "SMS.ru server error.",
}  # fmt: skip


class SmsRuGateway:
    name = "smsru"
    channel = "sms"
    supports_lookup = False
    supports_status = True

    def __init__(
        self,
        *,
        get_secret: GetSecret,
        sender: str = "",
        base_url: str = DEFAULT_BASE_URL,
        test_mode: bool = False,
        timeout: float = 15.0,
        session: requests.Session | None = None,
    ) -> None:
        self._get_secret = get_secret
        self.sender = sender
        self.base_url = base_url.rstrip("/")
        self.test_mode = test_mode
        self.timeout = timeout
        self._session = session or requests.Session()

    def send(self, message: OutgoingMessage) -> SendResult:
        phone = message.to.lstrip("+")
        form = {"api_id": self._get_secret(SECRET_NAME), "to": phone, "msg": message.body, "json": "1"}
        if self.sender:
            form["from"] = self.sender
        if self.test_mode:
            form["test"] = "1"
        response = http_call(self._session, "POST", f"{self.base_url}/sms/send", data=form, timeout=self.timeout)
        if response.status_code >= 500:
            raise UncertainError(f"SMS.ru answered HTTP {response.status_code}.", http_status=response.status_code)
        if response.status_code != 200:
            raise TemporaryError(f"SMS.ru answered HTTP {response.status_code}.", http_status=response.status_code)
        data = json_body(response, "SMS.ru")
        if data.get("status") != "OK":
            raise _error(data)
        entry = (data.get("sms") or {}).get(phone)
        if not isinstance(entry, dict):
            raise UncertainError("SMS.ru said OK but did not report the number.")
        if entry.get("status") != "OK":
            raise _error(entry)
        return SendResult(
            gateway_id=str(entry.get("sms_id", "")), status="sent", raw_status=str(entry.get("status_code", ""))
        )

    def lookup(self, message: OutgoingMessage, since: datetime, exclude_ids: frozenset[str]) -> SendResult | None:
        raise NotImplementedError("SMS.ru cannot find a message without its id")

    def fetch_status(self, gateway_id: str) -> DeliveryStatus:
        form = {"api_id": self._get_secret(SECRET_NAME), "sms_id": gateway_id, "json": "1"}
        response = http_call(self._session, "POST", f"{self.base_url}/sms/status", data=form, timeout=self.timeout)
        if response.status_code != 200:
            raise TemporaryError(f"SMS.ru answered HTTP {response.status_code}.", http_status=response.status_code)
        data = json_body(response, "SMS.ru")
        if data.get("status") == "ERROR":
            raise _error(data)
        entry = (data.get("sms") or {}).get(gateway_id) or {}
        code = _int(entry.get("status_code"))
        if code in PENDING_STATES:
            return DeliveryStatus("sent", str(code))
        if code in DELIVERED_STATES:
            return DeliveryStatus("delivered", str(code))
        if code == -1:
            return DeliveryStatus("failed", "-1", "SMS.ru does not know this message id.")
        return DeliveryStatus("failed", str(code), f"SMS.ru status {code}: {entry.get('status_text', '')}".strip())


def _error(data: dict) -> Exception:
    code = _int(data.get("status_code"))
    text = data.get("status_text") or REASONS.get(code or 0, "")
    message = f"SMS.ru error {code}: {text}"
    if code in TEMPORARY:
        return TemporaryError(message, code=code)
    if code in AUTH:
        return PermanentError(f"SMS.ru refused the api_id ({code}). Check the SMS.ru key.", code=code)
    return PermanentError(
        message, code=code, unsubscribed=code in UNSUBSCRIBED, invalid_recipient=code in INVALID_RECIPIENT
    )


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
