"""The shared HTTP helper: retries, back-off with jitter, Retry-After, the token bucket."""

from __future__ import annotations

import itertools
import random
import threading
import time

import pytest

from orderdesk.services.http import (
    HttpClient,
    OutcomeUnknown,
    RateLimiter,
    RetryPolicy,
    TransportError,
    parse_retry_after,
)
from tests.fakes.cdek import CdekFake


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_token_bucket_spaces_requests():
    clock = FakeClock()
    limiter = RateLimiter(20, clock=clock, sleep=clock.sleep)
    times = []
    for _ in range(41):
        limiter.acquire()
        times.append(clock.now)
    assert times[-1] == pytest.approx(2.0)
    assert min(b - a for a, b in itertools.pairwise(times)) == pytest.approx(0.05)


def test_token_bucket_burst_then_rate():
    clock = FakeClock()
    limiter = RateLimiter(10, burst=5, clock=clock, sleep=clock.sleep)
    for _ in range(5):
        limiter.acquire()
    assert clock.now == 0.0
    limiter.acquire()
    assert clock.now == pytest.approx(0.1)


def test_pause_holds_every_thread_back():
    clock = FakeClock()
    limiter = RateLimiter(100, clock=clock, sleep=clock.sleep)
    limiter.acquire()
    limiter.pause(2.0)
    limiter.acquire()
    assert clock.now == pytest.approx(2.0)


def test_token_bucket_is_thread_safe():
    limiter = RateLimiter(200)
    stamps: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(10):
            limiter.acquire()
            with lock:
                stamps.append(time.monotonic())

    threads = [threading.Thread(target=worker) for _ in range(5)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert time.monotonic() - start >= 49 / 200 - 0.01  # 50 requests need 49 intervals


def test_retry_after_parsing():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("garbage") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == pytest.approx(10.0)


def test_full_jitter_is_bounded():
    policy = RetryPolicy(base_delay=0.5, max_delay=4)
    rng = random.Random(1)
    for attempt in range(8):
        for _ in range(50):
            assert 0 <= policy.backoff(attempt, rng) <= min(4, 0.5 * 2**attempt)


@pytest.fixture
def fake():
    f = CdekFake(hang_seconds=1.0)
    f.start()
    yield f
    f.stop()


def client(fake, sleeps: list[float]) -> HttpClient:
    return HttpClient(
        fake.base_url + "/v2",
        timeout=(1, 0.4),
        retry=RetryPolicy(attempts=3, base_delay=0.2, max_delay=1, max_retry_after=5),
        sleep=sleeps.append,
    )


def test_429_honours_retry_after(fake):
    sleeps: list[float] = []
    fake.inject("GET", "/v2/orders", "429", retry_after=2)
    resp = client(fake, sleeps).get("orders", params={"im_number": "x"})
    assert resp.status_code == 401  # the real answer (no token) after the retry
    assert 2.0 <= sleeps[0] <= 2.1


def test_429_without_retry_after_backs_off_with_jitter(fake):
    sleeps: list[float] = []
    fake.inject("GET", "/v2/orders", "429")
    client(fake, sleeps).get("orders", params={"im_number": "x"})
    assert 0 <= sleeps[0] <= 0.2


def test_exhausted_retries_return_the_last_response(fake):
    sleeps: list[float] = []
    fake.inject("GET", "/v2/orders", "500", times=5)
    assert client(fake, sleeps).get("orders").status_code == 500
    assert len(sleeps) == 2


def test_post_is_not_blindly_retried(fake):
    for kind in ("500", "timeout", "drop"):
        fake.inject("POST", "/v2/orders", kind)
        with pytest.raises(OutcomeUnknown):
            client(fake, []).post("orders", json={})
    fake.inject("POST", "/v2/orders", "429")
    assert client(fake, []).post("orders", json={}).status_code == 401  # 429 means "not done": retried


def test_refused_connection_is_a_transport_error():
    http = HttpClient(
        "http://127.0.0.1:9", timeout=(0.5, 0.5), retry=RetryPolicy(attempts=2, base_delay=0), sleep=lambda s: None
    )
    with pytest.raises(TransportError) as info:
        http.post("x", json={})
    assert not isinstance(info.value, OutcomeUnknown)  # never sent, so safe to try again


def test_a_redirected_post_does_not_carry_its_body_to_another_host():
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    received: list[bytes] = []

    class Thief(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_POST(self) -> None:
            received.append(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

    thief = ThreadingHTTPServer(("127.0.0.1", 0), Thief)

    class Redirector(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(307)
            self.send_header("Location", f"http://localhost:{thief.server_address[1]}/steal")
            self.send_header("Content-Length", "0")
            self.end_headers()

    vendor = ThreadingHTTPServer(("127.0.0.1", 0), Redirector)
    for server in (thief, vendor):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        http = HttpClient(f"http://127.0.0.1:{vendor.server_address[1]}", retry=RetryPolicy(attempts=1))
        response = http.post("sms/send", data={"api_id": "SECRET-ID", "to": "79001234567"})
        assert response.status_code == 307  # the caller sees the redirect...
        assert received == []  # ...and the secret never left for the other host
        http.close()
    finally:
        for server in (thief, vendor):
            server.shutdown()
            server.server_close()
