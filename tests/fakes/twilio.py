"""A strict fake of Twilio's Messages API (2010-04-01), checked against Twilio's own OpenAPI
description (tests/fakes/specs/twilio_messages_v2010.json, via jsonschema):

- every create request's form is validated against the spec's request schema (unknown fields
  refused too, so a misspelt parameter fails a test instead of being silently ignored);
- every message resource it returns is validated against the spec's response schema.

Behaviour from PROTOCOLS.md D: Basic auth (20003/401), 21604/21602/21617/21211 request errors,
21610 for unsubscribed numbers, 429/20429, 404/20404 on fetch; a message goes
queued -> sent -> delivered one step per fetch (or "undelivered" with 30003 for numbers in
``undeliverable``). Run alone: ``python -m tests.fakes.twilio --port 8765``.
"""

from __future__ import annotations

import json
import re
import secrets
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlencode

import jsonschema

from tests.fakes.sms_base import FakeGateway, Reply, Request, serve_main

SPEC_PATH = Path(__file__).with_name("specs") / "twilio_messages_v2010.json"
API = "/2010-04-01"
ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "fake-twilio-auth-token"
FROM_NUMBER = "+15005550006"
E164 = re.compile(r"^\+[1-9]\d{6,14}$")


def _load_spec() -> dict:
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))


def to_json_schema(node, components: dict):
    """OpenAPI 3.0 schema -> JSON Schema: inline $refs, turn ``nullable`` into a null type."""
    if isinstance(node, list):
        return [to_json_schema(n, components) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        return to_json_schema(components[name], components)
    out = {}
    for key, value in node.items():
        if key in ("description", "examples", "example", "x-twilio", "format", "title", "nullable"):
            continue
        out[key] = to_json_schema(value, components)
    if node.get("nullable"):
        return {"anyOf": [out, {"type": "null"}]}
    return out


class Schemas:
    def __init__(self, spec: dict) -> None:
        components = spec["components"]["schemas"]
        create = spec["paths"][API + "/Accounts/{AccountSid}/Messages.json"]["post"]
        raw_request = create["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
        self.request_props: dict = raw_request["properties"]
        self.request = to_json_schema(raw_request, components)
        self.request["additionalProperties"] = False
        self.message = to_json_schema(components["api.v2010.account.message"], components)
        self.message["additionalProperties"] = False
        self.message["required"] = list(components["api.v2010.account.message"]["properties"])
        # Compiled once: jsonschema.validate() re-checks the schema itself on every call.
        jsonschema.Draft7Validator.check_schema(self.request)
        jsonschema.Draft7Validator.check_schema(self.message)
        self.request_validator = jsonschema.Draft7Validator(self.request)
        self.message_validator = jsonschema.Draft7Validator(self.message)

    def typed_form(self, form: dict[str, list[str]]) -> dict:
        """Form strings -> the JSON types the spec declares, so the schema can check them."""
        typed: dict = {}
        for name, values in form.items():
            kind = self.request_props.get(name, {}).get("type")
            value = values[-1]
            if kind == "array":
                typed[name] = values
            elif kind == "integer":
                typed[name] = int(value) if re.fullmatch(r"-?\d+", value) else value
            elif kind == "number":
                try:
                    typed[name] = float(value)
                except ValueError:
                    typed[name] = value
            elif kind == "boolean":
                typed[name] = {"true": True, "false": False}.get(value.lower(), value)
            else:
                typed[name] = value
        return typed


def _error(status: int, code: int, message: str) -> Reply:
    return Reply(
        status,
        {"code": code, "message": message, "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": status},
    )


def _rfc2822(at: datetime) -> str:
    return format_datetime(at, usegmt=True).replace("GMT", "+0000")


class FakeTwilio(FakeGateway):
    send_path = "/Messages.json"

    def __init__(self, port: int = 0, journal=None) -> None:
        super().__init__(port, journal)
        self.schemas = Schemas(_load_spec())
        self.account_sid = ACCOUNT_SID
        self.auth_token = AUTH_TOKEN
        self.unsubscribed: set[str] = set()  # numbers that sent STOP: 21610
        self.not_mobile: set[str] = set()  # 21614
        self.undeliverable: set[str] = set()  # accepted, then undelivered with 30003
        self.messages: dict[str, dict] = {}  # sid -> resource
        self.schema_errors: list[str] = []  # responses that failed the spec check (should stay empty)

    # -- helpers
    def _authorised(self, request: Request) -> bool:
        import base64

        header = request.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            return False
        return user == self.account_sid and password == self.auth_token

    def _checked(self, resource: dict) -> dict:
        try:
            self.schemas.message_validator.validate(resource)
        except jsonschema.ValidationError as exc:
            self.schema_errors.append(exc.message)
            raise
        return resource

    def _new_message(self, form: dict) -> dict:
        from orderdesk.services.messaging.segments import count_parts

        sid = "SM" + secrets.token_hex(16)
        now = _rfc2822(datetime.now(UTC))
        body = form.get("Body", "")
        uri = f"{API}/Accounts/{self.account_sid}/Messages/{sid}.json"
        return {
            "account_sid": self.account_sid, "api_version": "2010-04-01", "body": body,
            "date_created": now, "date_sent": None, "date_updated": now, "direction": "outbound-api",
            "error_code": None, "error_message": None, "from": form.get("From"),
            "messaging_service_sid": form.get("MessagingServiceSid"), "num_media": "0",
            "num_segments": str(count_parts(body)), "price": None, "price_unit": "USD", "sid": sid,
            "status": "accepted" if form.get("MessagingServiceSid") else "queued",
            "subresource_uris": {"media": uri.replace(".json", "/Media.json")}, "to": form["To"], "uri": uri,
        }  # fmt: skip

    # -- routes
    def route(self, request: Request) -> Reply:
        prefix = f"{API}/Accounts/"
        if not request.path.startswith(prefix):
            return _error(404, 20404, "The requested resource was not found")
        rest = request.path[len(prefix) :]
        account, _, tail = rest.partition("/")
        if not self._authorised(request) or account != self.account_sid:
            return _error(401, 20003, "Authenticate")
        if tail == "Messages.json" and request.method == "POST":
            return self._create(request)
        if tail == "Messages.json" and request.method == "GET":
            return self._list(request)
        match = re.fullmatch(r"Messages/((?:SM|MM)[0-9a-f]{32})\.json", tail)
        if match and request.method == "GET":
            return self._fetch(match.group(1))
        return _error(404, 20404, "The requested resource was not found")

    def _create(self, request: Request) -> Reply:
        form = self.schemas.typed_form(request.form)
        try:
            self.schemas.request_validator.validate(form)
        except jsonschema.ValidationError as exc:
            return _error(400, 21600, f"Request does not match Twilio's schema: {exc.message}")
        if not form.get("To"):
            return _error(400, 21604, "A 'To' phone number is required.")
        if not form.get("From") and not form.get("MessagingServiceSid"):
            return _error(400, 21603, "A 'From' phone number is required.")
        body = form.get("Body")
        if not body and not form.get("MediaUrl"):
            return _error(400, 21602, "Message body is required.")
        if body and len(body) > 1600:
            return _error(400, 21617, "The concatenated message body exceeds the 1600 character limit.")
        to = form["To"]
        if not E164.match(to):
            return _error(400, 21211, f"The 'To' number {to} is not a valid phone number.")
        if to in self.unsubscribed:
            return _error(400, 21610, "Attempt to send to unsubscribed recipient")
        if to in self.not_mobile:
            return _error(400, 21614, f"'To' number {to} is not a valid mobile number")
        resource = self._checked(self._new_message(form))
        with self.lock:
            self.messages[resource["sid"]] = resource
        self.record({"sid": resource["sid"], "to": to, "body": body, "from": form.get("From")})
        return Reply(201, resource)

    def _advance(self, resource: dict) -> None:
        now = _rfc2822(datetime.now(UTC))
        status = resource["status"]
        if status in ("accepted", "queued"):
            resource.update(status="sent", date_sent=now, date_updated=now)
        elif status == "sent":
            if resource["to"] in self.undeliverable:
                resource.update(
                    status="undelivered",
                    error_code=30003,
                    error_message="Unreachable destination handset",
                    date_updated=now,
                )
            else:
                resource.update(status="delivered", date_updated=now)

    def _fetch(self, sid: str) -> Reply:
        with self.lock:
            resource = self.messages.get(sid)
            if resource is None:
                return _error(404, 20404, f"The requested resource /Messages/{sid}.json was not found")
            self._advance(resource)
            return Reply(200, self._checked(dict(resource)))

    def _list(self, request: Request) -> Reply:
        to = request.one("To")
        page = int(request.one("Page", "0") or 0)
        size = max(1, min(int(request.one("PageSize", "50") or 50), 1000))
        with self.lock:
            items = [m for m in reversed(list(self.messages.values())) if not to or m["to"] == to]  # newest first
            chunk = [self._checked(dict(m)) for m in items[page * size : (page + 1) * size]]
        base = f"{API}/Accounts/{self.account_sid}/Messages.json"
        query = {"To": to} if to else {}

        def uri(p: int) -> str:
            return base + "?" + urlencode({**query, "PageSize": size, "Page": p})

        more = (page + 1) * size < len(items)
        return Reply(200, {
            "messages": chunk, "end": page * size + len(chunk) - 1, "first_page_uri": uri(0),
            "next_page_uri": uri(page + 1) if more else None, "page": page, "page_size": size,
            "previous_page_uri": uri(page - 1) if page else None, "start": page * size, "uri": uri(page),
        })  # fmt: skip


if __name__ == "__main__":
    serve_main(FakeTwilio, "Fake Twilio Messages API")
