"""WooCommerce (REST API v3): the client, its three ways to sign in, and the mapping to the desk.

Authentication as WooCommerce does it (class-wc-rest-authentication.php): HTTP Basic over
HTTPS; OAuth 1.0a one-legged (HMAC-SHA256) over plain HTTP, where WooCommerce ignores Basic;
or the key pair in the query string for hosts that strip the Authorization header.

Orders are walked with ``orderby=id`` (a stable key, so a change during the walk does not
shift items between pages), ``per_page=100`` and the page headers; rounds after the first ask
for ``modified_after`` the cursor minus an overlap window (the filter is exclusive and has
1-second resolution), with a naive GMT value and ``dates_are_gmt=true``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
import secrets
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import requests
import requests.auth

from orderdesk.errors import ConfigurationError
from orderdesk.i18n import _
from orderdesk.money import minor_digits
from orderdesk.phones import normalize_phone
from orderdesk.services.channels import base
from orderdesk.services.channels.base import ConnectionReport, OrderGone, StoreError, StoreLine, StoreOrder, Unreadable
from orderdesk.services.channels.woocommerce_writes import REFUND_REFUSED, RefundsAndStock
from orderdesk.services.customer_language import guess_language
from orderdesk.services.http import HttpClient, OutcomeUnknown, RetryPolicy, TransportError

log = logging.getLogger(__name__)

KIND = "woocommerce"
API = "/wp-json/wc/v3"
AUTH_MODES = ("auto", "basic", "oauth", "query")
OPEN_STATUSES = ("pending", "processing", "on-hold")
STATUS_MEANING = {
    "pending": base.OPEN,
    "processing": base.OPEN,
    "on-hold": base.OPEN,
    "completed": base.DONE,
    "cancelled": base.CANCELLED,
    "refunded": base.REFUNDED,
    "failed": base.FAILED,
    "checkout-draft": base.DRAFT,
    "trash": base.DELETED,
}
# The desk's status -> the store's, pushed after each change (editable per store in its settings).
DEFAULT_PUSH_MAP = {
    "paid": "processing",
    "shipped": "completed",
    "delivered": "completed",
    "collected": "completed",
    "completed": "completed",
    "cancelled": "cancelled",
    "refunded": "refunded",
}
# Shipping method ids -> delivery methods (flat rate and others by the owner's table in settings).
DEFAULT_SHIPPING_MAP = {
    "local_pickup": "pickup_shop",
    "pickup_location": "pickup_shop",
    "easypack_parcel_machines": "pickup_point",
    "flat_rate": "carrier",
    "free_shipping": "carrier",
}
LOCKER_META = ("_parcel_machine_id", "_paczkomat_id", "paczkomat_id", "_inpost_point")
TRACKING_META = "_wc_shipment_tracking_items"
INVALID_ID = "woocommerce_rest_shop_order_invalid_id"  # 404 on GET, 400 on an update: no such order


def is_loopback(host: str) -> bool:
    return host in ("localhost", "127.0.0.1", "::1") or host.startswith("127.")


def check_site_url(url: str) -> str:
    """The store's address, cleaned; HTTPS only, except a test store on this computer."""
    url = (url or "").strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(_("'{u}' is not a web address; write it like https://shop.example.com.").format(u=url))
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(
            _("The store's address must start with https:// (keys are never sent over plain HTTP): {u}").format(u=url)
        )
    return url


def oauth_encode(value: str) -> str:
    return quote(str(value), safe="-._~")


def oauth_sign(method: str, url: str, params: dict[str, str], secret: str, algorithm: str = "HMAC-SHA256") -> str:
    """OAuth 1.0a signature over the URL without its query and every parameter but the signature."""
    pairs = sorted((oauth_encode(k), oauth_encode(v)) for k, v in params.items() if k != "oauth_signature")
    normalized = "&".join(f"{k}={v}" for k, v in pairs)
    base_string = "&".join((method.upper(), oauth_encode(url), oauth_encode(normalized)))
    digest = hashlib.sha256 if algorithm == "HMAC-SHA256" else hashlib.sha1
    return base64.b64encode(hmac.new(f"{secret}&".encode(), base_string.encode(), digest).digest()).decode()


def to_minor(value: Any, currency: str) -> int:
    """The store's money string ("12.50") in minor units, exactly; never through a float."""
    try:
        amount = Decimal(str(value if value not in (None, "") else "0"))
    except InvalidOperation:
        raise StoreError(_("The store sent '{v}' where an amount was expected.").format(v=value)) from None
    return int((amount * (Decimal(10) ** minor_digits(currency))).to_integral_value())


def language_for(country: str) -> str:
    """The customer's language from the delivery country: the app's one rule for it."""
    return guess_language(country)


def _meta(order: dict[str, Any], keys: tuple[str, ...]) -> str:
    for entry in order.get("meta_data") or []:
        if entry.get("key") in keys and entry.get("value"):
            return str(entry["value"])
    return ""


def _store_id(item: dict) -> str:
    """The store's id of a line's product as stock pushes address it: "<id>", or "<id>/<variation
    id>" for a variation (its stock is the variation's, at /products/<id>/variations/<vid>)."""
    product, variation = int(item.get("product_id") or 0), int(item.get("variation_id") or 0)
    if not product:
        return ""
    return f"{product}/{variation}" if variation else str(product)


def _split_line(sku: str, name: str, quantity: int, total_minor: int, product_id: str) -> list[StoreLine]:
    """Lines whose prices add up to the store's line total to the cent (49.99 for 2 = 24.99 + 25.00)."""
    if quantity <= 0:
        return []
    unit, rest = divmod(total_minor, quantity)
    if rest == 0:
        return [StoreLine(sku, name, quantity, unit, product_id)]
    return [StoreLine(sku, name, quantity - rest, unit, product_id), StoreLine(sku, name, rest, unit + 1, product_id)]


def map_order(
    order: dict[str, Any], settings: dict[str, Any], site_url: str, default_country: str = "PL"
) -> StoreOrder:
    """The desk's view of one WooCommerce order (fields as in the REST API v3 order schema)."""
    currency = str(order.get("currency") or "PLN").upper()
    status = str(order.get("status") or "")
    problems: list[str] = []
    meaning = STATUS_MEANING.get(status, base.UNKNOWN)
    if meaning == base.UNKNOWN:
        problems.append(
            _("The store's status '{s}' is not one the desk knows; check the order in the store.").format(s=status)
        )
    billing = order.get("billing") or {}
    shipping = order.get("shipping") or {}
    ship_to = shipping if any(shipping.get(k) for k in ("address_1", "city", "postcode")) else billing
    country = str(ship_to.get("country") or billing.get("country") or "").upper()

    # Delivery: the first shipping line's method, through the owner's table.
    shipping_map = {**DEFAULT_SHIPPING_MAP, **(settings.get("shipping_map") or {})}
    lines_ship = order.get("shipping_lines") or []
    method_id = str(lines_ship[0].get("method_id") or "") if lines_ship else ""
    # One zone's "flat_rate:3" (Kurier DPD) may go apart from another's (services/channels/mappings.py).
    instance = str(lines_ship[0].get("instance_id") or "") if lines_ship else ""
    family = method_id
    for prefix in ("easypack_parcel_machines",):
        if method_id.startswith(prefix):
            family = prefix
    delivery = (
        (shipping_map.get(f"{method_id}:{instance}") if instance else None)
        or shipping_map.get(method_id)
        or shipping_map.get(family)
        or ("carrier" if method_id else "pickup_shop")
    )
    locker = _meta(order, LOCKER_META) if delivery == "pickup_point" else ""
    if delivery == "pickup_point" and not locker:
        problems.append(_("The order is for a parcel locker but the store sent no locker code."))

    # Payment: COD, bank transfer, or an online gateway that is paid once the store says so.
    gateway = str(order.get("payment_method") or "")
    payment_map = settings.get("payment_map") or {}
    payment = payment_map.get(gateway) or {
        "cod": "cash_on_delivery",
        "bacs": "bank_transfer",
        "cheque": "bank_transfer",
    }.get(gateway, "prepaid_online")
    if payment == "cash_on_delivery" and delivery == "pickup_shop":
        payment = "on_pickup"
    paid = bool(order.get("date_paid_gmt")) and status in ("processing", "completed") and gateway != "cod"

    lines: list[StoreLine] = []
    items_minor = 0
    for item in order.get("line_items") or []:
        gross = to_minor(item.get("total"), currency) + to_minor(item.get("total_tax"), currency)
        items_minor += gross
        lines += _split_line(
            str(item.get("sku") or ""),
            str(item.get("name") or ""),
            int(item.get("quantity") or 0),
            gross,
            _store_id(item),
        )
    for fee in order.get("fee_lines") or []:  # e.g. a cash-on-delivery fee: a line of its own
        gross = to_minor(fee.get("total"), currency) + to_minor(fee.get("total_tax"), currency)
        items_minor += gross
        lines.append(StoreLine("", str(fee.get("name") or _("Fee")), 1, gross))
    shipping_minor = to_minor(order.get("shipping_total"), currency) + to_minor(order.get("shipping_tax"), currency)
    total_minor = to_minor(order.get("total"), currency)
    if items_minor + shipping_minor != total_minor:
        problems.append(
            _(
                "The store's total {t} is not the items plus shipping ({s}); check discounts and taxes in the store."
            ).format(
                t=order.get("total"), s=f"{Decimal(items_minor + shipping_minor) / (10 ** minor_digits(currency))}"
            )
        )
    phone_raw = str(billing.get("phone") or shipping.get("phone") or "")
    phone, _valid = normalize_phone(phone_raw, country or default_country)
    name = " ".join(p for p in (billing.get("first_name"), billing.get("last_name")) if p) or str(
        billing.get("company") or billing.get("email") or _("Web customer")
    )
    recipient = " ".join(p for p in (ship_to.get("first_name"), ship_to.get("last_name")) if p) or name
    created = order.get("date_created_gmt")
    oid = str(order.get("id"))
    return StoreOrder(
        external_id=oid,
        external_number=str(order.get("number") or oid),
        store_status=status,
        meaning=meaning,
        modified=str(order.get("date_modified_gmt") or ""),
        created_at=datetime.strptime(created, "%Y-%m-%dT%H:%M:%S") if created else None,
        currency=currency,
        customer_name=name,
        phone=phone,
        email=str(billing.get("email") or ""),
        language=language_for(country or str(billing.get("country") or "")),
        recipient=recipient,
        line1=str(ship_to.get("address_1") or ""),
        line2=str(ship_to.get("address_2") or ""),
        city=str(ship_to.get("city") or ""),
        postcode=str(ship_to.get("postcode") or ""),
        region=str(ship_to.get("state") or ""),
        country=country,
        delivery_method=delivery,
        pickup_point_code=locker,
        payment_method=payment,
        paid=paid,
        lines=tuple(lines),
        shipping_fee_minor=shipping_minor,
        total_minor=total_minor,
        note=str(order.get("customer_note") or ""),
        problems=tuple(problems),
        admin_url=f"{site_url}/wp-admin/post.php?post={oid}&action=edit",
        shipping_method=method_id,
        shipping_instance=instance if instance not in ("", "0") else "",
        shipping_title=str(lines_ship[0].get("method_title") or "") if lines_ship else "",
    )


class OAuth1OneLegged(requests.auth.AuthBase):
    """Signs each attempt afresh (a nonce may be used once), over the URL without its query."""

    def __init__(self, key: str, secret: str) -> None:
        self.key, self.secret = key, secret

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        parts = urlsplit(r.url or "")
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        params.update(
            oauth_consumer_key=self.key,
            oauth_nonce=secrets.token_hex(16),
            oauth_signature_method="HMAC-SHA256",
            oauth_timestamp=str(int(time.time())),
        )
        plain = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        params["oauth_signature"] = oauth_sign(r.method or "GET", plain, params, self.secret)
        r.url = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(params, quote_via=quote), ""))
        return r


class WooCommerceClient(RefundsAndStock):
    """One WooCommerce shop. ``key``/``secret`` come from the keyring (see registry.py)."""

    kind = KIND

    def __init__(
        self,
        site_url: str,
        key: str,
        secret: str,
        *,
        settings: dict[str, Any] | None = None,
        auth: str = "auto",
        http: HttpClient | None = None,
        timeout: float | tuple[float, float] = (5.0, 45.0),
        retry: RetryPolicy | None = None,
        default_country: str = "PL",
    ) -> None:
        self.site_url = check_site_url(site_url)
        if auth not in AUTH_MODES:
            raise ConfigurationError(
                _("Unknown sign-in mode '{m}'; use one of: {o}.").format(m=auth, o=", ".join(AUTH_MODES))
            )
        if auth == "auto":
            auth = "basic" if self.site_url.startswith("https://") else "oauth"
        self.auth = auth
        self.key, self._secret = key, secret
        self.settings = settings or {}
        self.default_country = default_country
        self.http = http or HttpClient(
            self.site_url, timeout=timeout, retry=retry, name=urlsplit(self.site_url).hostname or ""
        )
        self.requests = 0
        self.last_server_time: datetime | None = None

    def close(self) -> None:
        self.http.close()

    # ------------------------------------------------------------------ transport
    def _call(self, method: str, path: str, params: dict[str, Any] | None = None, body: Any = None, *,
              idempotent: bool | None = None, retry_statuses: frozenset[int] | None = None) -> requests.Response:  # fmt: skip
        url = f"{self.site_url}{API}{path}"
        query = {k: str(v) for k, v in (params or {}).items()}
        headers: dict[str, str] = {}
        if self.auth == "basic":
            token = base64.b64encode(f"{self.key}:{self._secret}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        elif self.auth == "query":
            query.update(consumer_key=self.key, consumer_secret=self._secret)
        kwargs: dict[str, Any] = {"headers": headers}
        if retry_statuses is not None:
            kwargs["retry_statuses"] = retry_statuses
        if body is not None:
            kwargs["json"] = body  # requests sets Content-Type: application/json, without which WP ignores it
        if self.auth == "oauth":
            kwargs["auth"] = OAuth1OneLegged(self.key, self._secret)
        self.requests += 1
        try:
            response = self.http.request(method, url, params=query, idempotent=idempotent, **kwargs)
        except OutcomeUnknown as exc:
            raise OutcomeUnknown(_clean(str(exc)), status=exc.status) from None
        except TransportError as exc:
            # The library's message repeats the URL, whose query may hold the key pair (query mode).
            raise TransportError(_clean(str(exc))) from None
        date = response.headers.get("Date")
        if date:
            try:
                self.last_server_time = parsedate_to_datetime(date).replace(tzinfo=None)
            except (TypeError, ValueError):
                pass
        return response

    def _json(self, response: requests.Response, what: str) -> Any:
        if response.status_code >= 400:
            raise self._error(response, what)
        try:
            return response.json()
        except ValueError:
            raise StoreError(
                _("The store answered {w} with something that is not JSON (HTTP {s}).").format(
                    w=what, s=response.status_code
                ),
                status=response.status_code,
                retryable=True,
            ) from None

    def _error(self, response: requests.Response, what: str) -> StoreError:
        status = response.status_code
        code, message = "", ""
        try:
            data = response.json()
            if isinstance(data, dict):
                code, message = str(data.get("code") or ""), str(data.get("message") or "")
                params = data.get("data", {}).get("params") if isinstance(data.get("data"), dict) else None
                if isinstance(params, dict) and params:
                    message += " (" + "; ".join(str(v) for v in params.values()) + ")"
        except ValueError:
            pass
        if message.lstrip().startswith("<"):
            message = ""  # a PHP fatal error's HTML: not for people
        retryable = status in (429, 500, 502, 503, 504) and code != REFUND_REFUSED
        hint = ""
        if status == 401 and code in (
            "woocommerce_rest_cannot_view",
            "woocommerce_rest_cannot_edit",
            "woocommerce_rest_cannot_create",
        ):
            hint = _(
                " The store did not recognise the key: check the consumer key, and that the site URL is exactly the one the shop uses."
            )
        elif status == 401 and "permissions" in message:
            hint = _(" Give the key Read/Write permission in WooCommerce → Settings → Advanced → REST API.")
        elif status == 401:
            hint = _(" Check the consumer key and secret (orderdesk credentials set channel.NAME.consumer_secret).")
        elif status == 404 and code in ("rest_no_route", ""):
            hint = _(" Is WooCommerce installed there and are permalinks not 'Plain'?")
        text = _("The store refused {w}: HTTP {s} {c} {m}").format(w=what, s=status, c=code, m=message).strip() + hint
        if code == INVALID_ID:
            return OrderGone(text, status=status, code=code)
        return StoreError(text, status=status, code=code, retryable=retryable)

    # ------------------------------------------------------------------ reading
    def test_connection(self) -> ConnectionReport:
        """Read one order (read scope), then an empty batch (write scope, changes nothing)."""
        try:
            index = self.http.get(f"{self.site_url}/wp-json/")
            store_name = ""
            namespaces: list[str] = []
            if index.ok:
                data = index.json()
                store_name = str(data.get("name") or "") if isinstance(data, dict) else ""
                namespaces = list(data.get("namespaces") or []) if isinstance(data, dict) else []
            if index.status_code == 404 or (index.ok and "wc/v3" not in namespaces):
                return ConnectionReport(
                    False, _("No WooCommerce REST API at {u}: check the site URL.").format(u=self.site_url)
                )
            self._json(self._call("GET", "/orders", {"per_page": 1}), _("reading orders"))
            can_write = True
            write_problem = ""
            try:
                self._json(
                    self._call("POST", "/orders/batch", body={"update": []}, idempotent=True), _("a write check")
                )
            except StoreError as exc:
                can_write, write_problem = False, str(exc)
        except StoreError as exc:
            return ConnectionReport(False, str(exc))
        except Exception as exc:  # network problems, said in one line
            from orderdesk.errors import OrderDeskError

            if isinstance(exc, OrderDeskError):
                return ConnectionReport(False, str(exc))
            raise
        self.settings["shipment_tracking"] = "wc-shipment-tracking/v3" in namespaces
        if not can_write:
            return ConnectionReport(
                False,
                _(
                    "The key can read orders but not change them, so statuses and tracking cannot go back to the store. {p}"
                ).format(p=write_problem),
                can_read=True,
                store_name=store_name,
            )
        return ConnectionReport(
            True, _("Connected to {n}: the key can read and write orders.").format(n=store_name or self.site_url),
            can_read=True, can_write=True, store_name=store_name,
            shipment_tracking=bool(self.settings["shipment_tracking"]),
        )  # fmt: skip

    def fetch_raw(self, *, since: str | None, open_only: bool, per_page: int = 100) -> Iterator[tuple[list[dict], int]]:
        params: dict[str, Any] = {"per_page": per_page, "orderby": "id", "order": "asc"}
        if open_only:
            params["status"] = ",".join(OPEN_STATUSES)
        if since:
            params["modified_after"] = since  # naive GMT, with dates_are_gmt (a 'Z' would be shifted)
            params["dates_are_gmt"] = "true"
        page = 1
        while True:
            response = self._call("GET", "/orders", {**params, "page": page})
            rows = self._json(response, _("the order list"))
            pages = int(response.headers.get("X-WP-TotalPages") or 0)
            yield (rows if isinstance(rows, list) else []), pages
            if not rows or page >= pages:
                return
            page += 1

    def fetch(self, *, since: str | None, open_only: bool) -> Iterator[list[StoreOrder | Unreadable]]:
        for rows, _pages in self.fetch_raw(since=since, open_only=open_only):
            yield [self._map(r) for r in rows]

    def fetch_one(self, external_id: str) -> StoreOrder | Unreadable | None:
        try:
            return self._map(self.get_order(external_id))
        except OrderGone:
            return None

    def _map(self, row: Any) -> StoreOrder | Unreadable:
        """One order mapped, or kept as unreadable by its id (one bad order never fails its page)."""
        try:
            return map_order(row, self.settings, self.site_url, self.default_country)
        except (StoreError, ValueError, TypeError, KeyError, AttributeError) as exc:
            oid = str(row.get("id", "?")) if isinstance(row, dict) else "?"
            modified = str(row.get("date_modified_gmt") or "") if isinstance(row, dict) else ""
            log.warning("store order %s cannot be read: %s", oid, type(exc).__name__)
            why = str(exc) if isinstance(exc, StoreError) else _("the store sent data the desk cannot read")
            return Unreadable(oid, modified, why)

    def get_order(self, external_id: str) -> dict[str, Any]:
        return self._json(
            self._call("GET", f"/orders/{int(external_id)}"), _("reading order {i}").format(i=external_id)
        )

    # ------------------------------------------------------------------ writing
    def update(self, external_id: str, body: dict[str, Any]) -> dict[str, Any]:
        # POST, not PUT: some hosts block PUT; WooCommerce treats them the same. The same body twice is harmless.
        response = self._call("POST", f"/orders/{int(external_id)}", body=body, idempotent=True)
        order = self._json(response, _("the update of order {i}").format(i=external_id))
        _not_in_trash(order, external_id)
        return order

    def set_status(self, external_id: str, store_status: str) -> None:
        self.update(external_id, {"status": store_status})

    def mark_paid(self, external_id: str, transaction_id: str = "") -> None:
        order = self.get_order(external_id)
        _not_in_trash(order, external_id)
        if order.get("date_paid_gmt") and order.get("status") in ("processing", "completed"):
            return
        # set_paid does nothing on an on-hold (bank transfer) order: set the status there instead.
        if order.get("status") in ("pending", "failed"):
            body: dict[str, Any] = {"set_paid": True}
            if transaction_id:
                body["transaction_id"] = transaction_id
            self.update(external_id, body)
        else:
            self.update(external_id, {"status": "processing"})

    def add_note(self, external_id: str, text: str, *, to_customer: bool) -> None:
        # Not idempotent: a lost reply raises OutcomeUnknown and the sender reads back first.
        response = self._call(
            "POST",
            f"/orders/{int(external_id)}/notes",
            body={"note": text, "customer_note": to_customer},
            idempotent=False,
        )
        self._json(response, _("the note on order {i}").format(i=external_id))

    def has_note(self, external_id: str, text: str) -> bool:
        notes = self._json(
            self._call("GET", f"/orders/{int(external_id)}/notes"), _("the notes of order {i}").format(i=external_id)
        )
        return any(str(n.get("note", "")).strip() == text.strip() for n in notes or [])

    def set_tracking(self, external_id: str, tracking_number: str, carrier: str) -> None:
        """The Shipment Tracking extension's meta (replaces the entry: safe to repeat)."""
        item = {
            "tracking_provider": carrier,
            "custom_tracking_provider": "",
            "custom_tracking_link": "",
            "tracking_number": tracking_number,
            "date_shipped": str(int(time.time())),
            "tracking_id": hashlib.md5(tracking_number.encode(), usedforsecurity=False).hexdigest(),
        }
        self.update(external_id, {"meta_data": [{"key": TRACKING_META, "value": [item]}]})


def _not_in_trash(order: Any, external_id: str) -> None:
    """An order in the store's trash takes edits but nobody sees them: treat it as gone."""
    if isinstance(order, dict) and order.get("status") == "trash":
        raise OrderGone(_("The store has moved order {i} to the trash.").format(i=external_id), code="trash")


def _clean(message: str) -> str:
    """A transport error's message without any URL query (keys, customers' data)."""
    return re.sub(r"\?[^\s)'\"]*", "", message)


def overlap_since(cursor: str, overlap_seconds: int) -> str:
    """The cursor moved back by the overlap, as a naive GMT value with whole seconds."""
    if not cursor:
        return ""
    when = datetime.strptime(cursor[:19], "%Y-%m-%dT%H:%M:%S") - timedelta(seconds=overlap_seconds)
    return when.strftime("%Y-%m-%dT%H:%M:%S")
