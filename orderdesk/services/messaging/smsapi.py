"""SMSAPI.pl (PROTOCOLS.md F): errors come back as HTTP 200 with an ``error`` key.

We pass our idempotency key as ``idx`` with ``check_idx=1`` so the gateway itself can refuse a
second message with the same key; the exact duplicate answer is unverified, so a send that
timed out is still not retried automatically (the sender marks it "unknown — check").
"""

from __future__ import annotations

import hashlib
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

DEFAULT_BASE_URL = endpoints.SMSAPI_BASE_URL
SECRET_NAME = endpoints.SMSAPI_SECRET

TEMPORARY = {103, 201, 999}  # no points left, system errors
INVALID_RECIPIENT = {13}
REASONS = {
    8: "Error in the request.", 11: "Message too long, empty, or too many parts.", 13: "No correct phone numbers.",
    14: "Sender name not valid.", 101: "Wrong authorisation token.", 102: "Wrong user name or password.",
    103: "Not enough points on the SMSAPI account.", 105: "Request from an IP address not allowed.",
}  # fmt: skip
DELIVERED = {"DELIVERED"}
FAILED = {"UNDELIVERED", "EXPIRED", "FAILED", "REJECTED", "STOP"}


def idx_for(reference: str) -> str:
    """SMSAPI's idx is limited in length: a stable short digest of our key."""
    return hashlib.sha256(reference.encode()).hexdigest()[:32]


class SmsApiGateway:
    name = "smsapi"
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

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._get_secret(SECRET_NAME)}"}

    def send(self, message: OutgoingMessage) -> SendResult:
        form = {"to": message.to.lstrip("+"), "message": message.body, "format": "json", "encoding": "utf-8"}
        if self.sender:
            form["from"] = self.sender
        if self.test_mode:
            form["test"] = "1"
        if message.reference:
            form["idx"] = idx_for(message.reference)
            form["check_idx"] = "1"
        response = http_call(
            self._session, "POST", f"{self.base_url}/sms.do", data=form, headers=self._headers(), timeout=self.timeout
        )
        if response.status_code == 401:
            raise PermanentError("SMSAPI refused the token (HTTP 401). Check the SMSAPI token.", http_status=401)
        if response.status_code >= 500:
            raise UncertainError(f"SMSAPI answered HTTP {response.status_code}.", http_status=response.status_code)
        if response.status_code != 200:
            raise TemporaryError(f"SMSAPI answered HTTP {response.status_code}.", http_status=response.status_code)
        data = json_body(response, "SMSAPI")
        if "error" in data:
            raise _error(data)
        items = data.get("list") or []
        if not items or not isinstance(items[0], dict) or not items[0].get("id"):
            raise UncertainError("SMSAPI answered without a message id.")
        item = items[0]
        return SendResult(gateway_id=str(item["id"]), status="sent", raw_status=str(item.get("status", "")))

    def lookup(self, message: OutgoingMessage, since: datetime, exclude_ids: frozenset[str]) -> SendResult | None:
        raise NotImplementedError("SMSAPI lookup by idx is not documented")

    def fetch_status(self, gateway_id: str) -> DeliveryStatus:
        params = {"status": gateway_id, "format": "json"}
        response = http_call(
            self._session,
            "GET",
            f"{self.base_url}/sms.do",
            params=params,
            headers=self._headers(),
            timeout=self.timeout,
        )
        if response.status_code != 200:
            raise TemporaryError(f"SMSAPI answered HTTP {response.status_code}.", http_status=response.status_code)
        data = json_body(response, "SMSAPI")
        if "error" in data:
            raise _error(data)
        items = data.get("list") or [{}]
        raw = str(items[0].get("status", "")).upper()
        if raw in DELIVERED:
            return DeliveryStatus("delivered", raw)
        if raw in FAILED:
            return DeliveryStatus("failed", raw, f"SMSAPI status {raw}", unsubscribed=raw == "STOP")
        return DeliveryStatus("sent", raw)


def _error(data: dict) -> Exception:
    try:
        code = int(data.get("error"))
    except (TypeError, ValueError):
        code = None
    text = data.get("message") or REASONS.get(code or 0, "")
    message = f"SMSAPI error {code}: {text}"
    if code in TEMPORARY:
        return TemporaryError(message, code=code)
    if code in (101, 102, 105):
        return PermanentError(f"SMSAPI refused the credentials ({code}: {text}). Check the SMSAPI token.", code=code)
    return PermanentError(message, code=code, invalid_recipient=code in INVALID_RECIPIENT)
