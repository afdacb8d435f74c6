"""A small receiver for the store's webhooks: a signed hint that starts a sync round.

Webhooks are hints, never the source of truth (fact sheet: "Webhooks"): they arrive late, twice
or never, and a desk behind NAT is often unreachable. So a delivery carries no data into the
desk; a valid one only asks for a round of the store it came from, and the round reads the
orders as usual (deduped on id + modified date). Hints that arrive while a round runs make one
more round afterwards, not one each.

Signature: ``X-WC-Webhook-Signature`` = base64(HMAC-SHA256(raw body, the webhook's own secret)),
checked on the raw bytes before anything is parsed. The secret is the webhook's, kept in the
keyring as ``channel.NAME.webhook_secret`` (not the API key's secret). The ping WooCommerce sends
when a webhook is created (a form body ``webhook_id=N``, unsigned) is answered 200 and ignored.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

log = logging.getLogger(__name__)

MAX_BODY = 5 * 1024 * 1024  # an order's JSON is a few kB; anything this big is not a webhook


def signature(body: bytes, secret: str) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def signature_ok(body: bytes, given: str, secret: str) -> bool:
    return bool(secret and given) and hmac.compare_digest(signature(body, secret), given.strip())


def _is_ping(body: bytes, content_type: str) -> bool:
    if "application/json" in content_type:
        return False
    form = parse_qs(body.decode("utf-8", "replace"))
    return list(form) == ["webhook_id"]


class HintQueue:
    """Coalesces hints per store: one round at a time each, one more if hinted meanwhile."""

    def __init__(self, run_round: Callable[[str], object]) -> None:
        self.run_round = run_round
        self._lock = threading.Lock()
        self._running: set[str] = set()
        self._again: set[str] = set()
        self.rounds = 0

    def hint(self, store: str) -> None:
        with self._lock:
            if store in self._running:
                self._again.add(store)
                return
            self._running.add(store)
        threading.Thread(target=self._loop, args=(store,), name=f"webhook-round-{store}", daemon=True).start()

    def _loop(self, store: str) -> None:
        while True:
            try:
                self.run_round(store)
            except Exception:  # a round's failure is the round's report; the receiver keeps going
                log.exception("store %s: round after a webhook failed", store)
            with self._lock:
                self.rounds += 1
                if store not in self._again:
                    self._running.discard(store)
                    return
                self._again.discard(store)


class WebhookReceiver:
    """``POST /webhooks/<store>``: checks the signature with that store's webhook secret, then hints."""

    def __init__(self, secrets: dict[str, str], hints: HintQueue, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.secrets = secrets
        self.hints = hints
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # no customer data in logs
                pass

            def do_POST(self) -> None:  # the name http.server calls
                receiver._handle(self)

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> WebhookReceiver:
        self._thread = threading.Thread(target=self.server.serve_forever, name="webhook-receiver", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.server.serve_forever()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handle(self, req: BaseHTTPRequestHandler) -> None:
        parts = req.path.strip("/").split("/")
        store = parts[1] if len(parts) == 2 and parts[0] == "webhooks" else ""
        length = int(req.headers.get("Content-Length") or 0)
        if store not in self.secrets or length > MAX_BODY:
            self._answer(req, 404)
            return
        body = req.rfile.read(length)  # the raw bytes: the signature is over them, not re-serialised JSON
        given = req.headers.get("X-WC-Webhook-Signature", "")
        if not given and _is_ping(body, req.headers.get("Content-Type", "")):
            self._answer(req, 200)
            return
        if not signature_ok(body, given, self.secrets[store]):
            log.warning("store %s: webhook with a wrong signature refused", store)
            self._answer(req, 401)
            return
        log.info("store %s: webhook %s", store, req.headers.get("X-WC-Webhook-Topic", ""))
        self._answer(req, 200)
        self.hints.hint(store)

    @staticmethod
    def _answer(req: BaseHTTPRequestHandler, status: int) -> None:
        req.send_response(status)
        req.send_header("Content-Length", "0")
        req.end_headers()
