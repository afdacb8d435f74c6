"""Shared plumbing of the fake SMS gateways: a threaded HTTP server on 127.0.0.1 that records
what it received and can be told to misbehave (HTTP errors, time-outs, dropped connections).

Each gateway fake subclasses ``FakeGateway`` and implements ``route``. A fault queued with
``fail_next`` applies to the next send request only; ``journal`` (a file path) makes every
accepted message also appended as a JSON line, so a test in another process can count them.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit


@dataclass
class Fault:
    kind: str  # "http" (answer status/body), "hang" (accept, then no answer), "drop_before", "drop_after", "garbage"
    status: int = 500
    body: object = None
    seconds: float = 30.0


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    form: dict[str, list[str]]
    headers: dict[str, str]
    raw_body: bytes = b""

    def one(self, name: str, default: str | None = None) -> str | None:
        values = self.form.get(name) or self.query.get(name)
        return values[0] if values else default


@dataclass
class Reply:
    status: int
    body: object  # dict/list -> JSON, str -> text
    headers: dict[str, str] = field(default_factory=dict)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # a client that was killed or timed out: expected in these tests
        super().handle_error(request, client_address)


class Dropped(Exception):
    """Close the connection without an answer."""


class FakeGateway:
    send_path: str = ""  # requests to this path are "sends" (faults and latency apply)

    def __init__(self, port: int = 0, journal: str | Path | None = None) -> None:
        self.lock = threading.RLock()
        self.received: list[dict] = []  # accepted messages, in order
        self.requests: list[Request] = []  # every request, for tests that check what was sent
        self.faults: deque[Fault] = deque()
        self.latency = 0.0  # seconds between recording a send and answering it
        self.journal = Path(journal) if journal else None
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are written separately: no 40 ms delayed-ACK stall

            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def _handle(self) -> None:
                fake._dispatch(self)

            do_GET = do_POST = do_DELETE = _handle

        self.server = _Server(("127.0.0.1", port), Handler)
        self._thread: threading.Thread | None = None

    # -- lifecycle
    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeGateway:
        self._thread = threading.Thread(target=self.server.serve_forever, name=type(self).__name__, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> FakeGateway:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- test controls
    def fail_next(self, kind: str = "http", status: int = 500, body: object = None, seconds: float = 30.0) -> None:
        with self.lock:
            self.faults.append(Fault(kind, status, body, seconds))

    def record(self, message: dict) -> None:
        with self.lock:
            self.received.append(message)
            if self.journal:
                with self.journal.open("a", encoding="utf-8") as fh:
                    fh.write(json.dumps(message, ensure_ascii=False) + "\n")

    # -- request handling
    def route(self, request: Request) -> Reply:
        raise NotImplementedError

    def _dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        ctype = handler.headers.get("Content-Type", "")
        form = parse_qs(raw.decode("utf-8"), keep_blank_values=True) if "form-urlencoded" in ctype else {}
        request = Request(
            handler.command,
            parts.path,
            parse_qs(parts.query, keep_blank_values=True),
            form,
            dict(handler.headers.items()),
            raw,
        )
        with self.lock:
            self.requests.append(request)
        is_send = handler.command == "POST" and parts.path.endswith(self.send_path)
        fault = None
        if is_send:
            with self.lock:
                fault = self.faults.popleft() if self.faults else None
        try:
            if fault and fault.kind == "drop_before":
                raise Dropped
            if fault and fault.kind == "http":
                reply = Reply(fault.status, fault.body if fault.body is not None else {"error": "injected"})
            elif fault and fault.kind == "garbage":
                reply = Reply(200, "<html>502 Bad Gateway</html>")
            else:
                reply = self.route(request)
            if is_send and self.latency:
                time.sleep(self.latency)
            if fault and fault.kind == "hang":
                time.sleep(fault.seconds)
                raise Dropped
            if fault and fault.kind == "drop_after":
                raise Dropped
        except Dropped:
            handler.close_connection = True
            try:
                handler.connection.shutdown(2)
            except OSError:
                pass
            return
        try:
            self._write(handler, reply)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away (killed or timed out): nothing to answer

    @staticmethod
    def _write(handler: BaseHTTPRequestHandler, reply: Reply) -> None:
        if isinstance(reply.body, str):
            data, ctype = reply.body.encode("utf-8"), "text/plain; charset=utf-8"
        elif reply.body is None:
            data, ctype = b"", "application/json"
        else:
            data, ctype = json.dumps(reply.body, ensure_ascii=False).encode("utf-8"), "application/json"
        handler.send_response(reply.status)
        handler.send_header("Content-Type", ctype)
        handler.send_header("Content-Length", str(len(data)))
        for k, v in reply.headers.items():
            handler.send_header(k, v)
        handler.end_headers()
        handler.wfile.write(data)


def serve_main(factory, description: str) -> None:
    """``python -m tests.fakes.<gateway> --port N [--journal FILE]``: serve until interrupted."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--journal", default=None, help="append every accepted message to this file (JSON lines)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds to wait before answering a send")
    args = parser.parse_args()
    fake = factory(port=args.port, journal=args.journal)
    fake.latency = args.latency
    print(f"{description} listening on {fake.url}", flush=True)
    try:
        fake.server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        fake.server.server_close()
