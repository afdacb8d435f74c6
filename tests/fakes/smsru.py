"""A strict fake of SMS.ru (PROTOCOLS.md E): ``POST /sms/send`` and ``POST /sms/status``.

Like the real service it answers HTTP 200 with ``"status": "ERROR"`` for failures: 200 for a
wrong api_id, 203 empty text, 202 bad number, 207 no route, 209 stop list (unsubscribed), and
insists on ``json=1`` (without it SMS.ru answers plain text lines, which it mimics). A message
moves 100 -> 102 -> 103 one step per status query. ``python -m tests.fakes.smsru --port N``.
"""

from __future__ import annotations

import re

from tests.fakes.sms_base import FakeGateway, Reply, Request, serve_main

API_ID = "FAKE-SMSRU-API-ID"
PHONE = re.compile(r"^[1-9]\d{9,14}$")
KNOWN_PARAMS = {
    "api_id",
    "login",
    "password",
    "to",
    "msg",
    "json",
    "from",
    "test",
    "time",
    "ttl",
    "daytime",
    "translit",
    "partner_id",
    "ip",
}


def _err(code: int, text: str) -> Reply:
    return Reply(200, {"status": "ERROR", "status_code": code, "status_text": text})


class FakeSmsRu(FakeGateway):
    send_path = "/sms/send"

    def __init__(self, port: int = 0, journal=None) -> None:
        super().__init__(port, journal)
        self.api_id = API_ID
        self.stop_list: set[str] = set()  # 209
        self.no_route: set[str] = set()  # 207
        self.balance = 100.0
        self.states: dict[str, int] = {}  # sms_id -> status code
        self._next_id = 1

    def route(self, request: Request) -> Reply:
        if request.method != "POST":
            return Reply(405, "Method not allowed")
        if request.one("api_id") != self.api_id:
            return _err(200, "Неправильный api_id")
        if request.one("json") != "1":
            return Reply(200, "100\n")  # the plain-text protocol: our client must ask for JSON
        if request.path == "/sms/send":
            return self._send(request)
        if request.path == "/sms/status":
            return self._status(request)
        return Reply(404, "Not found")

    def _send(self, request: Request) -> Reply:
        unknown = set(request.form) - KNOWN_PARAMS
        if unknown:
            return _err(200, f"Unknown parameters {sorted(unknown)}")
        msg = request.one("msg", "")
        to = request.one("to", "")
        if not to:
            return _err(202, "Неправильно указан номер телефона получателя")
        if not msg or not msg.strip():
            return _err(203, "Нет текста сообщения")
        phones = [p.strip() for p in to.split(",") if p.strip()]
        if len(phones) > 100:
            return _err(202, "Слишком много получателей")
        result: dict[str, dict] = {}
        for phone in phones:
            if not PHONE.match(phone):
                result[phone] = {
                    "status": "ERROR",
                    "status_code": 202,
                    "status_text": "Неправильно указан номер телефона получателя",
                }
            elif phone in self.stop_list:
                result[phone] = {"status": "ERROR", "status_code": 209, "status_text": "Номер в стоп-листе"}
            elif phone in self.no_route:
                result[phone] = {"status": "ERROR", "status_code": 207, "status_text": "На этот номер нет маршрута"}
            else:
                with self.lock:
                    sms_id = f"{self._next_id // 1000000:06d}-{self._next_id % 1000000:06d}"
                    self._next_id += 1
                    self.states[sms_id] = 100
                    self.balance -= 0.5
                result[phone] = {"status": "OK", "status_code": 100, "sms_id": sms_id}
                self.record({"sms_id": sms_id, "to": phone, "body": msg, "test": request.one("test") == "1"})
        return Reply(200, {"status": "OK", "status_code": 100, "sms": result, "balance": round(self.balance, 2)})

    def _status(self, request: Request) -> Reply:
        ids = [i for i in (request.one("sms_id", "") or "").split(",") if i]
        out: dict[str, dict] = {}
        with self.lock:
            for sms_id in ids[:100]:
                state = self.states.get(sms_id)
                if state is None:
                    out[sms_id] = {"status": "ERROR", "status_code": -1, "status_text": "Сообщение не найдено"}
                    continue
                if state == 100:
                    self.states[sms_id] = 102
                elif state == 102:
                    self.states[sms_id] = 103
                out[sms_id] = {"status": "OK", "status_code": self.states[sms_id], "cost": 0.5}
        return Reply(200, {"status": "OK", "status_code": 100, "sms": out, "balance": round(self.balance, 2)})


if __name__ == "__main__":
    serve_main(FakeSmsRu, "Fake SMS.ru")
