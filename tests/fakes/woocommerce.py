"""A strict local fake of the WooCommerce REST API v3 (protocols/woocommerce.md).

What it checks the way WooCommerce does:

* authentication: HTTP Basic and query-string keys only when the request counts as HTTPS
  (``https=True``, or ``X-Forwarded-Proto: https`` from a TLS-terminating proxy); OAuth 1.0a
  one-legged over plain HTTP with a real HMAC-SHA1/SHA256 signature check over the site URL,
  a ±15 min timestamp window and nonces that cannot repeat; key scopes (read, write,
  read_write); unknown keys fall through to the route's 401 ``cannot_view``;
* order lists: ``page``/``per_page`` (1..100, else 400), ``X-WP-Total``/``X-WP-TotalPages``,
  ``Link`` prev/next, ``modified_after``/``modified_before`` exclusive at 1-second
  resolution against the GMT column only with ``dates_are_gmt=true`` (else the site-local
  one), ``orderby`` date/id/modified with ties broken by id, ``status=any`` that also returns
  ``checkout-draft``, plugin statuses;
* order updates (PUT/POST/PATCH, a body only read with ``Content-Type: application/json``),
  ``set_paid``, meta_data replacement, notes (not idempotent, do not bump date_modified),
  refunds (amount must be a string; business errors answered as HTTP 500 with a bare number
  as ``data``), the batch endpoint (≤ 100 items), the ``/wp-json/`` index with namespaces
  (the Shipment Tracking extension's when ``shipment_tracking=True``);
* bodies written PHP-style (``\\/`` and ``\\uXXXX`` escapes, no spaces).

Faults: the base ones (``500``, ``429``, ``drop``, ``timeout``, ``malformed``) plus
``inject_status(method, path, 503, retry_after=...)`` for a host's HTML error pages.
Run: ``python -m tests.fakes.woocommerce --port 8090 --token ck_x:cs_y``.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import itertools
import json
import math
import re
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, unquote, urlencode

from tests.fakes.base import FakeError, FakeVendor, Request, Response, serve_main
from tests.fakes.woocommerce_products import ProductsMixin

API = "/wp-json/wc/v3"
CORE_STATUSES = ("pending", "processing", "on-hold", "completed", "cancelled", "refunded", "failed", "checkout-draft")
NONCE_WINDOW = 15 * 60


def php_json(value: Any) -> bytes:
    """JSON as PHP's json_encode writes it: no spaces, ``\\/`` and ``\\uXXXX`` escapes."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/").encode("ascii")


def error(status: int, code: str, message: str, data: Any = None) -> FakeError:
    body = {"code": code, "message": message, "data": data if data is not None else {"status": status}}
    return FakeError(Response(status, php_json(body)))


def gmt(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


def oauth_encode(value: str) -> str:
    """RFC 3986 percent-encoding, as OAuth 1.0a and PHP's rawurlencode do it."""
    return quote(str(value), safe="-._~")


def oauth_signature(method: str, url: str, params: dict[str, str], secret: str, algorithm: str) -> str:
    """The OAuth 1.0a signature WooCommerce expects (class-wc-rest-authentication.php)."""
    pairs = sorted((oauth_encode(k), oauth_encode(v)) for k, v in params.items() if k != "oauth_signature")
    normalized = "&".join(f"{k}={v}" for k, v in pairs)
    base = "&".join((method.upper(), oauth_encode(url), oauth_encode(normalized)))
    digest = hashlib.sha256 if algorithm == "HMAC-SHA256" else hashlib.sha1
    return base64.b64encode(hmac.new(f"{secret}&".encode(), base.encode(), digest).digest()).decode()


def _needs_a_look(i: int, every: int) -> dict[str, Any]:
    if not every or i % every:
        return {}
    if (i // every) % 2:
        return {"total": "999.99"}  # not items + shipping
    return {"line_items": [
        {"id": 900_000 + i, "name": "Wycofany produkt", "product_id": 99, "variation_id": 0, "quantity": 1,
         "subtotal": "99.98", "total": "99.98", "sku": f"GONE-{i}", "price": 99.98},
    ]}  # fmt: skip


@dataclass
class ApiKey:
    key: str
    secret: str
    permissions: str = "read_write"  # read, write, read_write


class WooCommerceFake(ProductsMixin, FakeVendor):
    name = "woocommerce"

    def __init__(
        self,
        key: str = "ck_test",
        secret: str = "cs_test",
        *,
        permissions: str = "read_write",
        https: bool = False,
        site_offset_hours: int = 2,
        extra_statuses: tuple[str, ...] = ("shipped",),
        shipment_tracking: bool = False,
        **kw: Any,
    ) -> None:
        self.keys = {key: ApiKey(key, secret, permissions)}
        self.https = https
        self.site_offset = timedelta(hours=site_offset_hours)
        self.statuses = CORE_STATUSES + tuple(extra_statuses)
        self.shipment_tracking = shipment_tracking
        self.orders: dict[int, dict[str, Any]] = {}
        self.notes: dict[int, list[dict[str, Any]]] = {}
        self.refunds: dict[int, list[dict[str, Any]]] = {}
        self.nonces: dict[str, float] = {}
        self.clock_offset = 0.0  # tests move the shop's clock
        self.frozen: datetime | None = None  # or stop it (many changes in one second)
        self.status_faults: list[dict[str, Any]] = []
        self.writes: list[tuple[str, str, Any]] = []  # (method, path, body) of accepted writes
        self._ids = itertools.count(1001)
        self._state_lock = threading.RLock()
        super().__init__(**kw)

    # ------------------------------------------------------------------ plumbing
    def routes(self) -> None:
        self.route("GET", "/wp-json/?", self.index)
        self.route("GET", API + "/orders", self.list_orders)
        self.route("POST", API + "/orders/batch", self.batch)
        for method in ("GET", "PUT", "POST", "PATCH"):
            self.route(method, API + "/orders/(?P<id>\\d+)", self.order)
        self.route("GET", API + "/orders/(?P<id>\\d+)/notes", self.list_notes)
        self.route("POST", API + "/orders/(?P<id>\\d+)/notes", self.add_note)
        self.route("GET", API + "/orders/(?P<id>\\d+)/refunds", self.list_refunds)
        self.route("POST", API + "/orders/(?P<id>\\d+)/refunds", self.add_refund)
        self.product_routes()

    def now(self) -> datetime:
        if self.frozen is not None:
            return self.frozen
        return datetime.fromtimestamp(time.time() + self.clock_offset, UTC).replace(tzinfo=None, microsecond=0)

    def server_error(self, req: Request) -> Response:
        html = b"<html><body><h1>There has been a critical error on this website.</h1></body></html>"
        return Response(
            500, php_json({"code": "internal_server_error", "message": html.decode(), "data": {"status": 500}})
        )

    def rate_limited(self, req: Request) -> Response:
        return Response(429, b"<html><body>Too Many Requests</body></html>", {"Retry-After": "1"}, "text/html")

    def inject_status(
        self, method: str, path: str, status: int, times: int = 1, retry_after: str | None = None
    ) -> None:
        """A host/WAF error page (HTML) for the next ``times`` matching requests; nothing processed."""
        with self.lock:
            self.status_faults.append(
                {"method": method.upper(), "pattern": re.compile("^" + path + "$"), "status": status,
                 "times": times, "retry_after": retry_after}
            )  # fmt: skip

    def dispatch(self, req: Request) -> Response:
        with self.lock:
            for fault in self.status_faults:
                if fault["times"] > 0 and fault["method"] in (req.method, "*") and fault["pattern"].match(req.path):
                    fault["times"] -= 1
                    headers = {"Retry-After": fault["retry_after"]} if fault["retry_after"] else {}
                    body = f"<html><body><h1>{fault['status']} Service Unavailable</h1></body></html>".encode()
                    return Response(fault["status"], body, headers, "text/html")
        if req.path.startswith(API):
            try:
                self.authenticate(req)
            except FakeError as err:
                return err.response
        return super().dispatch(req)

    # ------------------------------------------------------------------ authentication
    def is_ssl(self, req: Request) -> bool:
        return self.https or req.header("x-forwarded-proto") == "https"

    def site_url(self, req: Request) -> str:
        host = req.header("host") or self.base_url.split("://", 1)[1]
        return f"{'https' if self.is_ssl(req) else 'http'}://{host}{req.path}"

    def authenticate(self, req: Request) -> None:
        """Records the key's scope on the request (a header only this fake reads), or raises the auth error."""
        key: ApiKey | None = None
        if self.is_ssl(req):
            ck, cs = req.arg("consumer_key"), req.arg("consumer_secret")
            if not ck:
                auth = req.header("authorization")
                if auth.lower().startswith("basic "):
                    try:
                        ck, _, cs = base64.b64decode(auth[6:]).decode().partition(":")
                    except (ValueError, UnicodeDecodeError):
                        ck = None
            if ck:
                key = self.keys.get(ck)
                if key is not None and not hmac.compare_digest(key.secret, cs or ""):
                    raise FakeError(
                        Response(
                            401,
                            php_json({"code": "woocommerce_rest_authentication_error",
                                      "message": "Consumer secret is invalid.", "data": {"status": 401}}),
                            {"WWW-Authenticate": 'Basic realm="WooCommerce REST API"'},
                        )
                    )  # fmt: skip
        else:
            key = self._oauth(req)
        if key is None:
            req.headers["x-fake-key-scope"] = ""
            return
        write = req.method not in ("GET", "HEAD")
        need = "write" if write else "read"
        if key.permissions != "read_write" and key.permissions != need:
            raise error(
                401,
                "woocommerce_rest_authentication_error",
                f"The API key provided does not have {need} permissions.",
            )
        req.headers["x-fake-key-scope"] = key.permissions

    def _oauth(self, req: Request) -> ApiKey | None:
        params = {k: v[0] for k, v in req.query.items()}
        auth = req.header("authorization")
        if auth.startswith("OAuth "):
            for part in auth[6:].split(","):
                name, _, value = part.strip().partition("=")
                if name.startswith("oauth_"):
                    params[name] = unquote(value.strip('"'))
        if "oauth_consumer_key" not in params:
            return None  # no credentials at all: the route's permission check answers
        for needed in (
            "oauth_consumer_key",
            "oauth_timestamp",
            "oauth_nonce",
            "oauth_signature",
            "oauth_signature_method",
        ):
            if not params.get(needed):
                raise error(401, "woocommerce_rest_authentication_missing_parameter", f"{needed} parameter is missing")
        key = self.keys.get(params["oauth_consumer_key"])
        if key is None:
            raise error(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.")
        method = params["oauth_signature_method"]
        if method not in ("HMAC-SHA1", "HMAC-SHA256"):
            raise error(
                401, "woocommerce_rest_authentication_error", "Invalid signature - signature method is invalid."
            )
        expected = oauth_signature(req.method, self.site_url(req), params, key.secret, method)
        if not hmac.compare_digest(expected, params["oauth_signature"].replace(" ", "+")):
            raise error(
                401, "woocommerce_rest_authentication_error", "Invalid signature - provided signature does not match."
            )
        try:
            stamp = int(params["oauth_timestamp"])
        except ValueError:
            stamp = 0
        now = time.time() + self.clock_offset
        if abs(now - stamp) > NONCE_WINDOW:
            raise error(401, "woocommerce_rest_authentication_error", "Invalid timestamp.")
        with self.lock:
            self.nonces = {n: t for n, t in self.nonces.items() if t > now - NONCE_WINDOW}
            marker = f"{key.key}:{params['oauth_nonce']}"
            if marker in self.nonces:
                raise error(
                    401, "woocommerce_rest_authentication_error", "Invalid nonce - nonce has already been used."
                )
            self.nonces[marker] = now
        return key

    def _permitted(self, req: Request, action: str) -> None:
        if not req.headers.get("x-fake-key-scope"):
            messages = {
                "view": "Sorry, you cannot list resources.",
                "edit": "Sorry, you are not allowed to edit this resource.",
                "create": "Sorry, you are not allowed to create resources.",
            }
            raise error(401, f"woocommerce_rest_cannot_{action}", messages[action])

    # ------------------------------------------------------------------ seeding (tests, benchmark)
    def add_order(self, **fields: Any) -> dict[str, Any]:
        """A realistic order (Polish shop, PLN); any field may be overridden."""
        with self._state_lock:
            oid = int(fields.pop("id", 0)) or next(self._ids)
            now = self.now()
            created = fields.pop("date_created_gmt", None) or gmt(now)
            order: dict[str, Any] = {
                "id": oid,
                "parent_id": 0,
                "number": str(oid),
                "order_key": f"wc_order_{oid:x}",
                "created_via": "checkout",
                "status": "processing",
                "currency": "PLN",
                "date_created_gmt": created,
                "date_modified_gmt": created,
                "date_paid_gmt": None,
                "date_completed_gmt": None,
                "discount_total": "0.00",
                "shipping_total": "15.00",
                "total_tax": "0.00",
                "total": "114.98",
                "customer_id": 0,
                "customer_note": "",
                "billing": {
                    "first_name": "Anna", "last_name": "Kowalska", "company": "", "address_1": "ul. Długa 5",
                    "address_2": "", "city": "Kraków", "state": "", "postcode": "30-001", "country": "PL",
                    "email": f"anna{oid}@example.pl", "phone": "600 123 456",
                },
                "shipping": {
                    "first_name": "Anna", "last_name": "Kowalska", "company": "", "address_1": "ul. Długa 5",
                    "address_2": "", "city": "Kraków", "state": "", "postcode": "30-001", "country": "PL", "phone": "",
                },
                "payment_method": "cod",
                "payment_method_title": "Płatność przy odbiorze",
                "transaction_id": "",
                "line_items": [
                    {"id": oid * 10 + 1, "name": "Świeca sojowa", "product_id": 11, "variation_id": 0,
                     "quantity": 2, "subtotal": "49.99", "total": "49.99", "sku": "CANDLE-1", "price": 24.995},
                    {"id": oid * 10 + 2, "name": "Kubek", "product_id": 12, "variation_id": 0,
                     "quantity": 1, "subtotal": "49.99", "total": "49.99", "sku": "MUG-1", "price": 49.99},
                ],
                "shipping_lines": [
                    {"id": oid * 10 + 5, "method_title": "Kurier", "method_id": "flat_rate", "instance_id": "1",
                     "total": "15.00", "meta_data": [{"id": 1, "key": "Items", "value": "Świeca &times; 2"}]}
                ],
                "fee_lines": [],
                "coupon_lines": [],
                "refunds": [],
                "meta_data": [],
            }  # fmt: skip
            for name, value in fields.items():
                if name in ("billing", "shipping") and isinstance(value, dict):
                    order[name].update(value)
                else:
                    order[name] = value
            if order["status"] in ("processing", "completed") and order["payment_method"] not in ("cod", "bacs"):
                order["date_paid_gmt"] = order["date_paid_gmt"] or created
            self.orders[oid] = order
            self.notes.setdefault(oid, [])
            self.refunds.setdefault(oid, [])
            return copy.deepcopy(order)

    def update(self, oid: int, **fields: Any) -> dict[str, Any]:
        """A change made in the shop (customer or admin): date_modified moves."""
        with self._state_lock:
            order = self.orders[oid]
            for name, value in fields.items():
                if name in ("billing", "shipping") and isinstance(value, dict):
                    order[name].update(value)
                else:
                    order[name] = value
            order["date_modified_gmt"] = gmt(self.now())
            return copy.deepcopy(order)

    def trash(self, oid: int) -> None:
        """Moved to the trash in wp-admin: gone from ``any`` lists, still readable by id."""
        self.update(oid, status="trash")

    def delete(self, oid: int) -> None:
        """Deleted for good: no tombstone; reads answer 404 and updates 400 ``invalid_id``."""
        with self._state_lock:
            del self.orders[oid]

    def touch(self, oid: int) -> None:
        """An admin opened the order (HPOS): only date_modified moves."""
        self.update(oid)

    def advance(self, data: dict[str, Any]) -> Any:
        """Control from another process: ``{"add": {...}}``, ``{"update": id, "fields": {...}}``,
        ``{"seed": N}``, ``{"status_fault": {...}}``."""
        if "add" in data:
            return self.add_order(**data["add"])["id"]
        if "update" in data:
            return self.update(int(data["update"]), **data.get("fields", {}))["id"]
        if "seed" in data:
            count, days = int(data["seed"]), float(data.get("spread_days", 0))
            start = self.now() - timedelta(days=days)
            step = timedelta(days=days) / max(count, 1)
            # ``held_every``: every n-th order needs a look at the desk, an unknown SKU and a total
            # that does not add up in turn.
            every = int(data.get("held_every", 0))
            return [
                self.add_order(date_created_gmt=gmt(start + step * i), **_needs_a_look(i, every))["id"]
                for i in range(count)
            ][-1:]
        if "get" in data:
            with self._state_lock:
                oid = int(data["get"])
                return {"order": self.orders[oid], "notes": self.notes[oid], "refunds": self.refunds[oid]}
        if "writes" in data:
            with self._state_lock:
                return [list(w) for w in self.writes]
        raise ValueError("unknown advance")

    # ------------------------------------------------------------------ routes
    def index(self, req: Request) -> Response:
        namespaces = ["oembed/1.0", "wc/store/v1", "wc/v1", "wc/v2", "wc/v3", "wp/v2"]
        if self.shipment_tracking:
            namespaces.append("wc-shipment-tracking/v3")
        body = {"name": "Sklep testowy", "url": self.base_url, "home": self.base_url, "namespaces": namespaces}
        return Response(200, php_json(body))

    def _int_arg(self, req: Request, name: str, default: int, low: int, high: int | None) -> int:
        raw = req.arg(name)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            value = low - 1
        if value < low or (high is not None and value > high):
            bounds = f"between {low} (inclusive) and {high} (inclusive)" if high else f"greater than {low - 1}"
            raise error(
                400,
                "rest_invalid_param",
                f"Invalid parameter(s): {name}",
                {"status": 400, "params": {name: f"{name} must be {bounds}"}},
            )
        return value

    def _date_arg(self, req: Request, name: str) -> datetime | None:
        raw = req.arg(name)
        if raw is None:
            return None
        m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:?\d\d)?", raw)
        if not m:
            raise error(400, "rest_invalid_param", f"Invalid parameter(s): {name}",
                        {"status": 400, "params": {name: "Invalid date."}})  # fmt: skip
        value = datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S")
        zone = m.group(2)
        gmt_flag = req.arg("dates_are_gmt") in ("true", "1")
        if not zone:
            # A naive value is GMT with dates_are_gmt, else site-local time.
            return value if gmt_flag else value - self.site_offset
        offset = timedelta(0)
        if zone != "Z":
            sign = 1 if zone[0] == "+" else -1
            digits = zone[1:].replace(":", "")
            offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        utc = value - offset
        # WordPress first turns a zoned value into site time (WP_Date_Query); with dates_are_gmt
        # that site time is then compared with the GMT column: off by the site's offset.
        return utc + self.site_offset if gmt_flag else utc

    def list_orders(self, req: Request) -> Response:
        page = self._int_arg(req, "page", 1, 1, None)
        per_page = self._int_arg(req, "per_page", 10, 1, 100)
        offset = self._int_arg(req, "offset", 0, 0, None) if req.arg("offset") else None
        orderby = req.arg("orderby", "date")
        if orderby not in ("date", "id", "include", "title", "slug", "modified"):
            raise error(400, "rest_invalid_param", "Invalid parameter(s): orderby")
        direction = req.arg("order", "desc")
        statuses = [s for raw in req.query.get("status", []) + req.query.get("status[]", []) for s in raw.split(",")]
        for s in statuses:
            if s not in self.statuses and s not in ("any", "trash"):
                raise error(400, "rest_invalid_param", "Invalid parameter(s): status",
                            {"status": 400, "params": {"status": f"status[0] is not one of {', '.join(self.statuses)}, any, and trash."}})  # fmt: skip
        modified_after = self._date_arg(req, "modified_after")
        modified_before = self._date_arg(req, "modified_before")
        after = self._date_arg(req, "after")
        self._permitted(req, "view")
        with self._state_lock:
            rows = list(self.orders.values())
            if statuses and "any" not in statuses:
                rows = [o for o in rows if o["status"] in statuses]
            else:  # trashed orders simply disappear from ``any``: there is no tombstone
                rows = [o for o in rows if o["status"] != "trash"]
            if modified_after is not None:  # exclusive, whole seconds
                rows = [o for o in rows if _parse(o["date_modified_gmt"]) > modified_after]
            if modified_before is not None:
                rows = [o for o in rows if _parse(o["date_modified_gmt"]) < modified_before]
            if after is not None:
                rows = [o for o in rows if _parse(o["date_created_gmt"]) > after]
            column = {"modified": "date_modified_gmt", "id": "id"}.get(orderby, "date_created_gmt")
            rows.sort(key=lambda o: (o[column], o["id"]), reverse=direction == "desc")
            total = len(rows)
            start = offset if offset is not None else (page - 1) * per_page
            chunk = [copy.deepcopy(o) for o in rows[start : start + per_page]]
        pages = math.ceil(total / per_page) if total else 0
        headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
        links = []
        base = f"{self.base_url}{req.path}"
        query = {k: v[0] for k, v in req.query.items() if not k.startswith("oauth_")}
        if page > 1:
            links.append(f'<{base}?{urlencode({**query, "page": page - 1})}>; rel="prev"')
        if page < pages:
            links.append(f'<{base}?{urlencode({**query, "page": page + 1})}>; rel="next"')
        if links:
            headers["Link"] = ", ".join(links)
        return Response(200, php_json(chunk), headers)

    def _order(self, req: Request, *, updating: bool = False) -> dict[str, Any]:
        order = self.orders.get(int(req.params["id"]))
        if order is None:
            raise error(400 if updating else 404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.")
        return order

    def order(self, req: Request) -> Response:
        if req.method == "GET":
            self._permitted(req, "view")
            with self._state_lock:
                return Response(200, php_json(self._order(req)))
        self._permitted(req, "edit")
        with self._state_lock:
            order = self._order(req, updating=True)
            body = self._json_body(req)
            if body:
                self._apply_update(order, body)
                self.writes.append((req.method, req.path, body))
            return Response(200, php_json(order))

    def _json_body(self, req: Request) -> dict[str, Any]:
        # WordPress parses a JSON body only with this content type; otherwise it is ignored.
        if not req.header("content-type").startswith("application/json"):
            return {}
        try:
            body = json.loads(req.body.decode("utf-8") or "{}")
        except ValueError:
            raise error(400, "rest_invalid_json", "Invalid JSON body passed.") from None
        return body if isinstance(body, dict) else {}

    def _apply_update(self, order: dict[str, Any], body: dict[str, Any]) -> None:
        status = body.get("status")
        if status is not None and status not in self.statuses:
            raise error(400, "rest_invalid_param", "Invalid parameter(s): status",
                        {"status": 400, "params": {"status": f"status is not one of {', '.join(self.statuses)}."}})  # fmt: skip
        now = gmt(self.now())
        if body.get("set_paid") and order["status"] in ("pending", "failed") and float(order["total"]) > 0:
            order["date_paid_gmt"] = now
            if body.get("transaction_id"):
                order["transaction_id"] = body["transaction_id"]
            self._set_status(order, "processing")
        if status is not None and status != order["status"]:
            if status in ("processing", "completed") and not order["date_paid_gmt"]:
                order["date_paid_gmt"] = now
            if status == "completed":
                order["date_completed_gmt"] = now
            self._set_status(order, status)
        for name in ("billing", "shipping"):
            if isinstance(body.get(name), dict):
                order[name].update(body[name])
        if "customer_note" in body:
            order["customer_note"] = body["customer_note"]
        for entry in body.get("meta_data") or []:
            self._set_meta(order, entry)
        order["date_modified_gmt"] = now

    def _set_status(self, order: dict[str, Any], status: str) -> None:
        old = order["status"]
        order["status"] = status
        self._note(order["id"], f"Order status changed from {old} to {status}.", customer=False, by_user=False)

    @staticmethod
    def _set_meta(order: dict[str, Any], entry: dict[str, Any]) -> None:
        meta = order["meta_data"]
        if entry.get("id"):
            meta[:] = [m for m in meta if m["id"] != entry["id"] or entry.get("value") is not None]
            for m in meta:
                if m["id"] == entry["id"]:
                    m["value"] = entry["value"]
            return
        kept = [m for m in meta if m["key"] != entry["key"]]
        first = next((m for m in meta if m["key"] == entry["key"]), None)
        if first is None:
            first = {"id": max([m["id"] for m in meta] + [0]) + 1, "key": entry["key"]}
        first["value"] = entry.get("value")
        meta[:] = [*kept, first]

    def batch(self, req: Request) -> Response:
        body = self._json_body(req)
        count = sum(len(body.get(k) or []) for k in ("create", "update", "delete"))
        if count > 100:
            raise error(
                413,
                "woocommerce_rest_request_entity_too_large",
                "Unable to accept more than 100 items for this request.",
            )
        self._permitted(req, "edit")
        result: dict[str, Any] = {}
        with self._state_lock:
            for item in body.get("update") or []:
                order = self.orders.get(int(item.get("id", 0)))
                if order is None:
                    result.setdefault("update", []).append(
                        {"id": item.get("id"), "error": {"code": "woocommerce_rest_shop_order_invalid_id", "message": "Invalid ID.", "data": {"status": 400}}}
                    )  # fmt: skip
                    continue
                self._apply_update(order, item)
                result.setdefault("update", []).append(copy.deepcopy(order))
        return Response(200, php_json(result))

    # -- notes
    def _note(self, oid: int, text: str, *, customer: bool, by_user: bool) -> dict[str, Any]:
        note = {
            "id": next(self._ids),
            "author": "admin" if by_user else "WooCommerce",
            "date_created_gmt": gmt(self.now()),
            "note": text,
            "customer_note": customer,
        }
        self.notes.setdefault(oid, []).insert(0, note)  # newest first
        return note

    def list_notes(self, req: Request) -> Response:
        self._permitted(req, "view")
        with self._state_lock:
            oid = self._order(req)["id"]
            notes = self.notes[oid]
            kind = req.arg("type", "any")
            if kind == "customer":
                notes = [n for n in notes if n["customer_note"]]
            elif kind == "internal":
                notes = [n for n in notes if not n["customer_note"]]
            return Response(200, php_json(notes))

    def add_note(self, req: Request) -> Response:
        self._permitted(req, "create")
        with self._state_lock:
            oid = self._order(req, updating=True)["id"]
            body = self._json_body(req)
            if not body.get("note"):
                raise error(400, "rest_missing_callback_param", "Missing parameter(s): note",
                            {"status": 400, "params": ["note"]})  # fmt: skip
            note = self._note(oid, str(body["note"]), customer=bool(body.get("customer_note")),
                              by_user=bool(body.get("added_by_user")))  # fmt: skip
            self.writes.append((req.method, req.path, body))
            location = f"{self.base_url}{API}/orders/{oid}/notes/{note['id']}"
            return Response(201, php_json(note), {"Location": location})

    # -- refunds
    def list_refunds(self, req: Request) -> Response:
        self._permitted(req, "view")
        with self._state_lock:
            return Response(200, php_json(self.refunds[self._order(req)["id"]]))

    def add_refund(self, req: Request) -> Response:
        body = self._json_body(req)
        if "amount" in body and not isinstance(body["amount"], str):
            raise error(400, "rest_invalid_param", "Invalid parameter(s): amount",
                        {"status": 400, "params": {"amount": "amount is not of type string."}})  # fmt: skip
        self._permitted(req, "create")

        def refused(message: str) -> FakeError:
            return error(500, "woocommerce_rest_cannot_create_order_refund", message, 500)

        with self._state_lock:
            order = self._order(req, updating=True)
            oid = order["id"]
            amount = float(body.get("amount") or 0)
            refunded = -sum(float(r["total"]) for r in self.refunds[oid])
            if amount < 0:
                raise refused("Refund amount must be greater than zero.")
            if amount > float(order["total"]) - refunded + 1e-9:
                raise refused("Invalid refund amount.")
            if body.get("api_refund", True) and order["payment_method"] in ("bacs", "cod", "cheque"):
                raise refused("The payment gateway for this order does not support automatic refunds.")
            refund = {"id": next(self._ids), "date_created_gmt": gmt(self.now()), "amount": f"{amount:.2f}",
                      "reason": str(body.get("reason", "")), "refunded_payment": bool(body.get("api_refund", True))}  # fmt: skip
            self.refunds[oid].insert(0, {**refund, "total": f"-{amount:.2f}"})
            order["refunds"].insert(0, {"id": refund["id"], "reason": refund["reason"], "total": f"-{amount:.2f}"})
            if abs(refunded + amount - float(order["total"])) < 0.005:
                self._set_status(order, "refunded")
            order["date_modified_gmt"] = gmt(self.now())
            self.writes.append((req.method, req.path, body))
            return Response(201, php_json(refund))


def _parse(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S")


def _factory(args: Any) -> WooCommerceFake:
    key, _, secret = (args.token if ":" in args.token else "ck_test:cs_test").partition(":")
    return WooCommerceFake(key, secret, latency=args.latency, rate_limit=args.rate_limit)


if __name__ == "__main__":
    serve_main(_factory, "A local fake WooCommerce REST API v3 shop.")
