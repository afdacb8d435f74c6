"""The webhook receiver: signed deliveries start a round, anything else does not."""

from __future__ import annotations

import json
import threading
import time

import requests

from orderdesk.services.channels.webhooks import HintQueue, WebhookReceiver, signature, signature_ok

SECRET = "whsec-the-webhooks-own-secret"


def _wait(predicate, seconds: float = 15.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def _deliver(url: str, body: bytes, sig: str | None, content_type: str = "application/json") -> int:
    headers = {"Content-Type": content_type, "X-WC-Webhook-Topic": "order.updated"}
    if sig is not None:
        headers["X-WC-Webhook-Signature"] = sig
    return requests.post(url, data=body, headers=headers, timeout=10).status_code


def test_the_signature_is_the_base64_hmac_sha256_of_the_raw_bytes():
    body = b'{"id":42,"status":"processing","billing":{"city":"Krak\\u00f3w"}}'  # PHP-style escapes
    sig = signature(body, SECRET)
    assert signature_ok(body, sig, SECRET)
    assert not signature_ok(body, sig, "the API key's secret")
    # Re-serialising the JSON changes the bytes and breaks the check: it must be the raw body.
    assert not signature_ok(json.dumps(json.loads(body)).encode(), sig, SECRET)


def test_a_signed_delivery_runs_a_round_that_imports_the_order(desk, woo):
    orders, _channel, sync = desk
    sync.run("shop")  # the first round, before any webhook
    woo.clock_offset += 2
    order = woo.add_order(id=9901)
    reports = []
    receiver = WebhookReceiver({"shop": SECRET}, HintQueue(lambda name: reports.append(sync.run(name)))).start()
    try:
        url = f"{receiver.url}/webhooks/shop"
        body = json.dumps(order, separators=(",", ":")).encode()
        assert _deliver(url, body, "bm90IHRoZSBzaWduYXR1cmU=") == 401  # a wrong signature
        assert _deliver(url, body, None) == 401  # none at all
        assert _deliver(url, b"webhook_id=7", None, "application/x-www-form-urlencoded") == 200  # the ping
        assert _deliver(f"{receiver.url}/webhooks/other", body, signature(body, SECRET)) == 404
        time.sleep(0.3)
        assert reports == [] and not orders.list_orders(search="9901")
        assert _deliver(url, body, signature(body, SECRET)) == 200
        assert _wait(lambda: reports)
        assert reports[0].ok and len(reports[0].incoming.imported) == 1
        assert orders.find_number("9901")
    finally:
        receiver.stop()


def test_hints_during_a_round_make_one_more_round_not_one_each():
    started, release = threading.Event(), threading.Event()
    rounds = []

    def slow_round(name: str) -> None:
        rounds.append(name)
        started.set()
        release.wait(10)

    queue = HintQueue(slow_round)
    queue.hint("shop")
    assert started.wait(5)
    for _ in range(5):
        queue.hint("shop")
    release.set()
    assert _wait(lambda: queue.rounds == 2)
    time.sleep(0.2)
    assert rounds == ["shop", "shop"]
