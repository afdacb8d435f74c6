"""A strict fake of SMSAPI.pl (PROTOCOLS.md F): ``POST /sms.do`` and ``GET /sms.do?status=ID``.

Errors are HTTP 200 with an ``error`` key (101 bad token, 11 empty text, 13 no correct numbers
with ``invalid_numbers``); ``format=json`` is required (without it SMSAPI answers
``OK:<id>:<points>`` text, which it mimics). ``idx`` + ``check_idx=1`` refuse a repeated idx
with error 53 (the real code is unverified). ``python -m tests.fakes.smsapi --port N``.
"""

from __future__ import annotations

import re
import time

from tests.fakes.sms_base import FakeGateway, Reply, Request, serve_main

TOKEN = "fake-smsapi-token"
PHONE = re.compile(r"^[1-9]\d{8,14}$")


class FakeSmsApi(FakeGateway):
    send_path = "/sms.do"

    def __init__(self, port: int = 0, journal=None) -> None:
        super().__init__(port, journal)
        self.token = TOKEN
        self.messages: dict[str, dict] = {}
        self.used_idx: set[str] = set()
        self.undeliverable: set[str] = set()
        self._next_id = 1

    def route(self, request: Request) -> Reply:
        if request.path != "/sms.do":
            return Reply(404, {"error": 404, "message": "Not found"})
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return Reply(200, {"error": 101, "message": "Authorization failed"})
        if request.method == "GET" and request.one("status"):
            return self._status(request)
        if request.method != "POST":
            return Reply(200, {"error": 8, "message": "Error in request"})
        return self._send(request)

    def _send(self, request: Request) -> Reply:
        message = request.one("message", "") or ""
        if not message.strip():
            return Reply(
                200,
                {
                    "error": 11,
                    "message": "Message too long or there is no message or parameter nounicode is set and special characters are used",
                },
            )
        numbers = [n.strip() for n in (request.one("to", "") or "").split(",") if n.strip()]
        invalid = [n for n in numbers if not PHONE.match(n)]
        valid = [n for n in numbers if PHONE.match(n)]
        if not valid:
            return Reply(
                200,
                {
                    "error": 13,
                    "message": "No correct phone numbers",
                    "invalid_numbers": [
                        {"number": n, "submitted_number": n, "message": "Invalid phone number"} for n in invalid
                    ],
                },
            )
        idx = request.one("idx")
        if idx and request.one("check_idx") == "1":
            with self.lock:
                if idx in self.used_idx:
                    return Reply(200, {"error": 53, "message": "Message with this idx has already been sent"})
                self.used_idx.add(idx)
        if request.one("format") != "json":
            return Reply(200, "OK:0:0.16")
        items = []
        for number in valid:
            with self.lock:
                msg_id = f"{int(time.time())}{self._next_id:08d}"
                self._next_id += 1
                item = {
                    "id": msg_id,
                    "points": 0.16,
                    "number": number,
                    "date_sent": int(time.time()),
                    "submitted_number": number,
                    "status": "QUEUE",
                    "idx": idx,
                }
                self.messages[msg_id] = dict(item)
            self.record({"id": msg_id, "to": number, "body": message, "idx": idx, "test": request.one("test") == "1"})
            items.append(item)
        return Reply(200, {"count": len(items), "list": items})

    def _status(self, request: Request) -> Reply:
        ids = (request.one("status") or "").split(",")
        out = []
        with self.lock:
            for msg_id in ids:
                item = self.messages.get(msg_id)
                if not item:
                    return Reply(200, {"error": 13, "message": "Not exists ID message"})
                if item["status"] == "QUEUE":
                    item["status"] = "SENT"
                elif item["status"] == "SENT":
                    item["status"] = "UNDELIVERED" if item["number"] in self.undeliverable else "DELIVERED"
                out.append(dict(item))
        return Reply(200, {"count": len(out), "list": out})


if __name__ == "__main__":
    serve_main(FakeSmsApi, "Fake SMSAPI.pl")
