"""Shared machinery of the strict local vendor fakes: routing, faults, latency, rate limit.

A fake is a real HTTP server on 127.0.0.1 (threaded). Subclasses declare routes and keep the
vendor's state; this base adds what every test needs:

* fault injection, by method + path pattern, a given number of times:
  ``expired_token``, ``429`` (``retry_after`` optional), ``500``, ``timeout`` (the request IS
  processed, the answer comes too late), ``malformed`` (processed, broken JSON back),
  ``drop`` (processed, the connection is closed without an answer);
* a fixed latency per request and a sliding-window rate limit answering 429;
* a log of every request (method, path, time) so tests can count purchases.

Control from another process: ``POST /__fake__/faults`` with the same fields as ``inject``,
``POST /__fake__/advance`` (vendor specific), ``GET /__fake__/log``.
"""

from __future__ import annotations

import argparse
import json
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

FAULT_KINDS = ("expired_token", "429", "500", "timeout", "malformed", "drop")


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    params: dict[str, str] = field(default_factory=dict)  # from the route pattern

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8") or "null")

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode("utf-8")).items()}

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


@dataclass
class Response:
    status: int = 200
    body: Any = None  # JSON-able, or bytes
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"

    def encode(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body, ensure_ascii=False).encode("utf-8")


@dataclass
class Fault:
    method: str
    pattern: re.Pattern[str]
    kind: str
    times: int = 1
    retry_after: str | None = None
    skip: int = 0  # let this many matching requests through first


@dataclass(frozen=True)
class Logged:
    method: str
    path: str
    at: float
    status: int = 0


class FakeError(Exception):
    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


class FakeVendor:
    name = "fake"

    def __init__(self, *, latency: float = 0.0, rate_limit: float | None = None, hang_seconds: float = 3.0) -> None:
        self.latency = latency
        self.rate_limit = rate_limit
        self.hang_seconds = hang_seconds
        self.lock = threading.RLock()
        self.faults: list[Fault] = []
        self.log: list[Logged] = []
        self._window: deque[float] = deque()
        self.rejected_by_limit = 0
        self._routes: list[tuple[str, re.Pattern[str], Callable[[Request], Response]]] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""
        self.routes()

    # -- to override
    def routes(self) -> None:
        raise NotImplementedError

    def expire_tokens(self) -> None:
        """Make the current access tokens expired (vendors with renewable tokens)."""

    def rate_limited(self, req: Request) -> Response:
        return Response(429, {"error": "too_many_requests"}, {"Retry-After": "1"})

    def server_error(self, req: Request) -> Response:
        return Response(500, {"error": "internal_error"})

    def advance(self, data: dict[str, Any]) -> Any:
        raise NotImplementedError

    # -- routing
    def route(self, method: str, pattern: str, handler: Callable[[Request], Response]) -> None:
        self._routes.append((method, re.compile("^" + pattern + "$"), handler))

    def inject(
        self, method: str, path: str, kind: str, times: int = 1, retry_after: str | int | None = None, skip: int = 0
    ) -> None:
        """Make ``times`` requests matching ``method`` and the ``path`` regex fail (after ``skip`` pass)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; one of {FAULT_KINDS}")
        with self.lock:
            self.faults.append(
                Fault(
                    method.upper(),
                    re.compile("^" + path + "$"),
                    kind,
                    times,
                    None if retry_after is None else str(retry_after),
                    skip,
                )
            )

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.times > 0 and fault.method in (method, "*") and fault.pattern.match(path):
                    if fault.skip > 0:
                        fault.skip -= 1
                        continue
                    fault.times -= 1
                    return fault
        return None

    def count(self, method: str, path_regex: str) -> int:
        pattern = re.compile("^" + path_regex + "$")
        with self.lock:
            return sum(1 for e in self.log if e.method == method and pattern.match(e.path))

    def max_in_window(self, window: float = 1.0) -> int:
        """The most requests seen in any ``window`` seconds (half-open), for the benchmark."""
        times = sorted(e.at for e in self.log)
        best, j = 0, 0
        for i, t in enumerate(times):
            while times[j] <= t - window:
                j += 1
            best = max(best, i - j + 1)
        return best

    def _over_limit(self, now: float) -> bool:
        if not self.rate_limit:
            return False
        with self.lock:
            while self._window and self._window[0] <= now - 1.0:
                self._window.popleft()
            if len(self._window) >= self.rate_limit:
                self.rejected_by_limit += 1
                return True
            self._window.append(now)
            return False

    def dispatch(self, req: Request) -> Response:
        for method, pattern, handler in self._routes:
            m = pattern.match(req.path)
            if m and method == req.method:
                req.params = m.groupdict()
                try:
                    return handler(req)
                except FakeError as err:
                    return err.response
        if any(p.match(req.path) for _, p, _ in self._routes):
            return Response(405, {"error": "method_not_allowed"})
        return Response(404, {"error": "not_found", "path": req.path})

    # -- control endpoints
    def control(self, req: Request) -> Response:
        if req.path == "/__fake__/faults" and req.method == "POST":
            data = req.json()
            self.inject(
                data.get("method", "*"), data["path"], data["kind"], int(data.get("times", 1)), data.get("retry_after")
            )
            return Response(200, {"ok": True})
        if req.path == "/__fake__/advance" and req.method == "POST":
            return Response(200, {"ok": True, "result": self.advance(req.json())})
        if req.path == "/__fake__/log":
            with self.lock:
                return Response(200, [e.__dict__ for e in self.log])
        return Response(404, {"error": "unknown control"})

    # -- server
    def start(self, port: int = 0) -> str:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _handle(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                req = Request(
                    self.command,
                    parts.path,
                    parse_qs(parts.query),
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                if parts.path.startswith("/__fake__/"):
                    self._send(fake.control(req))
                    return
                now = time.monotonic()
                with fake.lock:
                    fake.log.append(Logged(req.method, req.path, now))
                if fake._over_limit(now):
                    self._send(fake.rate_limited(req))
                    return
                if fake.latency:
                    time.sleep(fake.latency)
                fault = fake._take_fault(req.method, req.path)
                if fault is None:
                    self._send(fake.dispatch(req))
                    return
                if fault.kind == "429":
                    resp = fake.rate_limited(req)
                    resp.headers.pop("Retry-After", None)
                    if fault.retry_after is not None:
                        resp.headers["Retry-After"] = fault.retry_after
                    self._send(resp)
                elif fault.kind == "500":
                    self._send(fake.server_error(req))
                elif fault.kind == "expired_token":
                    fake.expire_tokens()
                    self._send(fake.dispatch(req))
                elif fault.kind == "timeout":
                    fake.dispatch(req)  # the vendor did it...
                    time.sleep(fake.hang_seconds)  # ...but the answer comes too late
                    self.close_connection = True
                elif fault.kind == "malformed":
                    fake.dispatch(req)
                    self._send(Response(200, b'{"entity": {"uuid": "', content_type="application/json"))
                elif fault.kind == "drop":
                    fake.dispatch(req)
                    self.close_connection = True  # no status line at all

            def _send(self, resp: Response) -> None:
                data = resp.encode()
                self.send_response(resp.status)
                if data or resp.status not in (204, 304):
                    self.send_header("Content-Type", resp.content_type)
                for k, v in resp.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if data:
                    self.wfile.write(data)

            do_GET = do_POST = do_DELETE = do_PATCH = do_PUT = _handle

        server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        server.daemon_threads = True
        self._server = server
        self.base_url = f"http://127.0.0.1:{server.server_address[1]}"
        self._thread = threading.Thread(target=server.serve_forever, name=f"fake-{self.name}", daemon=True)
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeVendor:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def new_uuid() -> str:
    return str(uuid.uuid4())


def iso_now(offset_hours: int = 0) -> str:
    t = time.gmtime(time.time() + offset_hours * 3600)
    return time.strftime("%Y-%m-%dT%H:%M:%S+0000", t)


def tiny_pdf(text: str) -> bytes:
    """A valid one-page PDF with one line of (ASCII) text, for label downloads."""
    content = f"BT /F1 18 Tf 20 100 Td ({text}) Tj ET".encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 288 432] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def barcode_pdf(title: str, code: str) -> bytes:
    """A 4x6 in label PDF with ``title`` and a Code 128 barcode of ``code``, like a carrier's
    label: a scanner (zbar) reads the parcel number back from the printed page."""
    import io

    from reportlab.graphics.barcode import code128
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(288, 432))
    page.setFont("Helvetica", 14)
    page.drawString(20, 400, title.encode("ascii", "replace").decode())
    barcode = code128.Code128(code, barHeight=25 * mm, barWidth=0.33 * mm, quiet=True)
    barcode.drawOn(page, 10, 250)
    page.drawString(20, 230, code)
    page.showPage()
    page.save()
    return out.getvalue()


def tiny_zpl(text: str) -> bytes:
    return f"^XA^FO50,50^A0N,40,40^FD{text}^FS^FO50,120^BCN,100,Y,N,N^FD{text}^FS^XZ".encode()


def serve_main(factory: Callable[[argparse.Namespace], FakeVendor], describe: str) -> None:
    """``python -m tests.fakes.<vendor> --port N``: run a fake until Ctrl+C."""
    parser = argparse.ArgumentParser(description=describe)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    parser.add_argument("--rate-limit", type=float, default=None, help="requests per second before 429")
    parser.add_argument("--token", default="test-token", help="the API token / key / client secret accepted")
    parser.add_argument("--client-id", default="test-client")
    parser.add_argument("--organization", default="1234")
    args = parser.parse_args()
    fake = factory(args)
    url = fake.start(args.port)
    print(f"{fake.name} fake listening on {url} (Ctrl+C to stop)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        fake.stop()
