"""CDEK API v2 (Russia): OAuth tokens, asynchronous orders, printed barcodes, tracking.

Facts: the shared carrier fact sheet (PROTOCOLS.md), section A. Our order reference goes into ``number``
(CDEK's ``im_number``), so after a time-out we can ask CDEK whether the order exists.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import requests

from orderdesk.errors import ConfigurationError
from orderdesk.i18n import _
from orderdesk.services.carriers.base import (
    Carrier,
    CarrierAuthError,
    CarrierError,
    CarrierNotCancellable,
    CarrierNotFound,
    CarrierProtocolError,
    CarrierUnavailable,
    CarrierValidationError,
    CreatedShipment,
    Item,
    Label,
    ParcelRules,
    Rate,
    ReturnRequest,
    ShipmentRequest,
    TrackingEvent,
    TrackingResult,
    parse_time,
)
from orderdesk.services.http import HttpClient, OutcomeUnknown, TransportError

PRODUCTION_URL = "https://api.cdek.ru/v2"
SANDBOX_URL = "https://api.edu.cdek.ru/v2"
TOKEN_CODES = ("v2_token_expired", "v2_authorization_incorrect")
NOT_FOUND_CODES = ("v2_entity_not_found", "v2_entity_not_found_im_number")
# Tariffs offered in the desk's service picker (warehouse/door combinations).
TARIFFS = {"136": "warehouse-warehouse", "137": "warehouse-door", "138": "door-warehouse", "139": "door-door"}


def _codes(body: Any) -> list[tuple[str, str]]:
    """(code, message) pairs from either CDEK error shape."""
    found: list[tuple[str, str]] = []
    if isinstance(body, dict):
        for err in body.get("errors") or []:
            if isinstance(err, dict):
                found.append((str(err.get("code", "")), str(err.get("message", ""))))
        for req in body.get("requests") or []:
            if isinstance(req, dict):
                found.extend(_codes({"errors": req.get("errors")}))
    return found


class CdekCarrier(Carrier):
    name = "cdek"
    title = "CDEK"
    services = tuple(TARIFFS)
    label_formats = ("pdf",)
    MAX_PACKAGES = 255  # packages[1..255]; length/width/height optional (cm)

    def __init__(
        self,
        http: HttpClient,
        client_id: str,
        client_secret: str,
        *,
        poll_interval: float = 1.0,
        poll_timeout: float = 60.0,
        sender: dict[str, Any] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.http = http
        self._client_id = client_id
        self._client_secret = client_secret
        self.poll_interval = poll_interval
        self.poll_timeout = poll_timeout
        self.sender = sender or {}
        self._sleep = sleep
        self._token: str | None = None
        self._token_expires = 0.0
        self._token_lock = threading.Lock()

    # ------------------------------------------------------------------------------ plumbing
    def _fetch_token(self) -> str:
        try:
            resp = self.http.post(
                "oauth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": self._client_id,
                    "client_secret": self._client_secret,
                },
                idempotent=True,  # asking for a token changes nothing
            )
        except TransportError as exc:
            raise CarrierUnavailable(str(exc), carrier=self.name) from exc
        if resp.status_code in (400, 401, 403):
            raise CarrierAuthError(
                _(
                    "CDEK refused the client id / secret. Check them in the carrier settings (orderdesk credentials set cdek.client_secret)."
                ),
                carrier=self.name,
                status=resp.status_code,
            )
        body = self._json(resp)
        token = body.get("access_token") if isinstance(body, dict) else None
        if resp.status_code != 200 or not token:
            raise CarrierProtocolError(
                _("CDEK gave no access token (HTTP {s}).").format(s=resp.status_code), carrier=self.name
            )
        self._token = str(token)
        # Renew a minute early so a token never expires between our check and CDEK's.
        self._token_expires = time.monotonic() + max(60.0, float(body.get("expires_in", 3600)) - 60.0)
        return self._token

    def _bearer(self, force: bool = False) -> str:
        with self._token_lock:
            if force or self._token is None or time.monotonic() >= self._token_expires:
                return self._fetch_token()
            return self._token

    def _call(self, method: str, path: str, *, idempotent: bool | None = None, **kwargs: Any) -> requests.Response:
        """One API call with a valid token; an expired token is renewed once and the call repeated.

        A 401 means CDEK did not run the request, so repeating even a POST is safe.
        """
        used = self._bearer()
        for attempt in range(2):
            headers = {"Authorization": f"Bearer {used}"}
            try:
                resp = self.http.request(method, path, idempotent=idempotent, headers=headers, **kwargs)
            except OutcomeUnknown:
                raise  # the caller re-reads CDEK's state by our reference
            except TransportError as exc:
                raise CarrierUnavailable(str(exc), carrier=self.name) from exc
            if resp.status_code != 401 or attempt == 1:
                return resp
            codes = [c for c, _m in _codes(self._json(resp, strict=False))]
            if codes and not any(c in TOKEN_CODES for c in codes):
                return resp
            with self._token_lock:
                if self._token == used:  # nobody renewed it meanwhile
                    self._fetch_token()
                used = self._token or ""
        return resp

    def _json(self, resp: requests.Response, strict: bool = True) -> Any:
        try:
            return resp.json()
        except ValueError:
            if strict:
                raise CarrierProtocolError(
                    _("CDEK sent an unreadable answer (HTTP {s}).").format(s=resp.status_code),
                    carrier=self.name,
                    status=resp.status_code,
                ) from None
            return None

    def _raise_for(self, resp: requests.Response, what: str) -> Any:
        """Body of a successful answer, or the right ``CarrierError``."""
        if resp.status_code in (200, 201, 202, 204):
            return self._json(resp) if resp.content else {}
        body = self._json(resp, strict=False)
        codes = _codes(body)
        code = codes[0][0] if codes else ""
        message = "; ".join(m or c for c, m in codes) or f"HTTP {resp.status_code}"
        kwargs = {"carrier": self.name, "code": code, "status": resp.status_code, "details": codes}
        if resp.status_code == 401:
            raise CarrierAuthError(_("CDEK refused our token: {m}").format(m=message), **kwargs)
        if resp.status_code == 404 or code in NOT_FOUND_CODES:
            raise CarrierNotFound(_("CDEK does not know this {w}: {m}").format(w=what, m=message), **kwargs)
        if resp.status_code == 429 or resp.status_code >= 500:
            raise CarrierUnavailable(
                _("CDEK is busy or failing (HTTP {s}); try again later.").format(s=resp.status_code), **kwargs
            )
        raise CarrierValidationError(_("CDEK rejected the {w}: {m}").format(w=what, m=message), **kwargs)

    # ------------------------------------------------------------------------------ creating
    @classmethod
    def parcel_rules(cls, service: str = "", pickup_point: str = "") -> ParcelRules:
        return ParcelRules(max_parcels=cls.MAX_PACKAGES)

    def order_body(self, request: ShipmentRequest) -> dict[str, Any]:
        tariff = int(request.service or "136")
        body: dict[str, Any] = {
            "type": 1,
            "number": request.reference,
            "tariff_code": tariff,
            "comment": request.order_number,
            "recipient": {"name": request.recipient_name, "phones": [{"number": request.phone}]},
            "packages": [],
        }
        if request.email:
            body["recipient"]["email"] = request.email
        if self.sender.get("shipment_point") and tariff in (136, 137):
            body["shipment_point"] = self.sender["shipment_point"]
        else:
            body["from_location"] = {"address": self.sender.get("address", ""), "code": self.sender.get("city_code")}
            body["from_location"] = {k: v for k, v in body["from_location"].items() if v}
            if not body["from_location"]:
                # Refused before the call: CDEK would send a courier to "-".
                raise ConfigurationError(
                    _(
                        "CDEK needs to know where the parcel starts: set the shop's address "
                        "(orderdesk config set shop.address 'street|city|postcode') or, for tariffs 136/137, "
                        "the drop-off point (orderdesk config set carriers.cdek.shipment_point CODE)."
                    )
                )
        if request.pickup_point:
            body["delivery_point"] = request.pickup_point
        else:
            a = request.address
            body["to_location"] = {
                "address": ", ".join(p for p in (a.line1, a.line2) if p),
                "city": a.city,
                "postal_code": a.postcode,
                "country_code": a.country,
            }
        per_parcel = _split_items(request, len(request.parcels))
        for i, parcel in enumerate(request.parcels, 1):
            pkg: dict[str, Any] = {"number": f"{request.reference}-{i}", "weight": int(parcel.weight_g)}
            for key, value in (("length", parcel.length_cm), ("width", parcel.width_cm), ("height", parcel.height_cm)):
                if value:
                    pkg[key] = int(value)
            pkg["items"] = [
                {
                    "name": item.name,
                    "ware_key": item.sku,
                    "payment": {"value": item.cod_minor / 100},
                    "cost": item.unit_price_minor / 100,
                    "weight": int(item.weight_g) or 1,
                    "amount": item.quantity,
                }
                for item in per_parcel[i - 1]
            ]
            body["packages"].append(pkg)
        return body

    def create_shipment(self, request: ShipmentRequest) -> CreatedShipment:
        resp = self._call("POST", "orders", json=self.order_body(request), idempotent=False)
        try:
            body = self._raise_for(resp, _("order"))
        except CarrierProtocolError as exc:  # e.g. a garbled 202: the order may exist
            raise OutcomeUnknown(str(exc), url=resp.url, status=resp.status_code) from exc
        uuid = (body.get("entity") or {}).get("uuid") if isinstance(body, dict) else None
        if not uuid:
            raise CarrierProtocolError(_("CDEK accepted the order but sent no uuid."), carrier=self.name)
        return self._wait_processed(str(uuid), request.reference)

    def _wait_processed(self, uuid: str, reference: str) -> CreatedShipment:
        """CDEK creates orders asynchronously: read until the CREATE request is done."""
        deadline = time.monotonic() + self.poll_timeout
        while True:
            body = self._read(uuid)
            state = _create_state(body)
            entity = body.get("entity") or {}
            if state == "INVALID":
                codes = _codes({"requests": [r for r in body.get("requests") or [] if r.get("type") == "CREATE"]})
                message = "; ".join(m or c for c, m in codes)
                raise CarrierValidationError(
                    _("CDEK rejected the order: {m}").format(m=message),
                    carrier=self.name,
                    code=codes[0][0] if codes else "",
                    details=codes,
                )
            if state == "SUCCESSFUL" and entity.get("cdek_number"):
                return self._created(body, reference)
            if time.monotonic() >= deadline:
                raise CarrierUnavailable(
                    _("CDEK has not finished registering the order yet; the desk will pick it up on the next try."),
                    carrier=self.name,
                )
            self._sleep(self.poll_interval)

    def _created(self, body: dict[str, Any], reference: str) -> CreatedShipment:
        entity = body.get("entity") or {}
        statuses = entity.get("statuses") or []
        return CreatedShipment(
            external_id=str(entity.get("uuid", "")),
            tracking_number=str(entity.get("cdek_number") or ""),
            service=str(entity.get("tariff_code", "")),
            status=str(statuses[0].get("code", "")) if statuses else "",
            reference=reference,
            details={"tariff_code": entity.get("tariff_code")},
        )

    def _read(self, uuid: str) -> dict[str, Any]:
        body = self._raise_for(self._call("GET", f"orders/{uuid}"), _("order"))
        if not isinstance(body, dict) or "entity" not in body:
            raise CarrierProtocolError(_("CDEK sent an order without its entity."), carrier=self.name)
        return body

    def find_by_reference(self, reference: str) -> CreatedShipment | None:
        try:
            body = self._raise_for(self._call("GET", "orders", params={"im_number": reference}), _("order"))
        except CarrierNotFound:
            return None
        entity = body.get("entity") if isinstance(body, dict) else None
        if not entity or entity.get("number") not in (None, reference):
            return None
        if _create_state(body) == "INVALID":
            return None  # CDEK refused it: nothing was created
        if not entity.get("cdek_number"):
            return CreatedShipment(external_id=str(entity.get("uuid", "")), tracking_number="", reference=reference)
        return self._created(body, reference)

    def resume(self, found: CreatedShipment, request: ShipmentRequest) -> CreatedShipment:
        if found.tracking_number:
            return found
        return self._wait_processed(found.external_id, request.reference)

    # ------------------------------------------------------------------------------ returns
    returns_api = True

    def create_return(self, request: ReturnRequest) -> CreatedShipment:
        """A CDEK client return (``POST orders/{uuid}/clientReturn``) for the delivered forward order.

        CDEK registers it asynchronously: the forward order's ``CREATE_CLIENT_RETURN`` request
        goes ACCEPTED/WAITING -> SUCCESSFUL (or INVALID), and the return order then appears
        among the forward order's related entities (``client_return_order``); its barcode is
        printed like any order's. CDEK refuses a forward order that is not delivered ("Вручен").
        An existing client return is reused, so asking twice registers one return."""
        if not request.forward_id:
            raise CarrierValidationError(
                _("The order has no CDEK shipment to return: a client return is made on the delivered CDEK order."),
                carrier=self.name,
            )
        forward = self._read(request.forward_id)
        pending = _request_state(forward, "CREATE_CLIENT_RETURN") in ("ACCEPTED", "WAITING")
        if _client_return_uuid(forward) is None and not pending:
            tariff = int(request.service or (forward.get("entity") or {}).get("tariff_code") or 136)
            resp = self._call(
                "POST", f"orders/{request.forward_id}/clientReturn", json={"tariff_code": tariff}, idempotent=False
            )
            try:
                self._raise_for(resp, _("client return"))
            except CarrierProtocolError as exc:
                raise OutcomeUnknown(str(exc), url=resp.url, status=resp.status_code) from exc
        return self._wait_client_return(request.forward_id, request.reference)

    def _wait_client_return(self, forward_id: str, reference: str) -> CreatedShipment:
        deadline = time.monotonic() + self.poll_timeout
        while True:
            forward = self._read(forward_id)
            uuid = _client_return_uuid(forward)
            if uuid is not None:
                body = self._read(uuid)
                if (body.get("entity") or {}).get("cdek_number"):
                    created = self._created(body, reference)
                    return CreatedShipment(
                        created.external_id,
                        created.tracking_number,
                        created.service,
                        created.status,
                        reference,
                        details={**created.details, "forward_uuid": forward_id},
                    )
            elif _request_state(forward, "CREATE_CLIENT_RETURN") == "INVALID":
                codes = _codes(
                    {"requests": [r for r in forward.get("requests") or [] if r.get("type") == "CREATE_CLIENT_RETURN"]}
                )
                raise CarrierValidationError(
                    _("CDEK refused the client return: {m}").format(m="; ".join(m or c for c, m in codes)),
                    carrier=self.name,
                    code=codes[-1][0] if codes else "",
                    details=codes,
                )
            if time.monotonic() >= deadline:
                raise CarrierUnavailable(
                    _("CDEK has not finished registering the client return yet; ask for the label again in a minute."),
                    carrier=self.name,
                )
            self._sleep(self.poll_interval)

    # ------------------------------------------------------------------------------ labels
    def get_label(self, shipment: CreatedShipment, label_format: str = "pdf", *, kind: str = "barcodes") -> Label:
        """Order a barcode (or waybill, ``kind="orders"``) print form, wait for it, download the PDF."""
        payload: dict[str, Any] = {"orders": [{"order_uuid": shipment.external_id}], "copy_count": 1}
        if kind == "barcodes":
            payload.update(format="A6", lang="RUS")
        body = self._raise_for(self._call("POST", f"print/{kind}", json=payload, idempotent=True), _("print request"))
        job = (body.get("entity") or {}).get("uuid")
        if not job:
            raise CarrierProtocolError(_("CDEK accepted the print request but sent no uuid."), carrier=self.name)
        deadline = time.monotonic() + self.poll_timeout
        while True:
            entity = self._raise_for(self._call("GET", f"print/{kind}/{job}"), _("print form")).get("entity") or {}
            codes = [s.get("code") for s in entity.get("statuses") or []]
            if "INVALID" in codes or "REMOVED" in codes:
                raise CarrierError(_("CDEK could not prepare the label; try again."), carrier=self.name, code="INVALID")
            if "READY" in codes and entity.get("url"):
                resp = self._call("GET", entity["url"])
                if resp.status_code != 200 or not resp.content.startswith(b"%PDF"):
                    self._raise_for(resp, _("label file"))
                    raise CarrierProtocolError(_("CDEK's label file is not a PDF."), carrier=self.name)
                return Label(resp.content, "pdf")
            if time.monotonic() >= deadline:
                raise CarrierUnavailable(
                    _("CDEK is still preparing the label; try again in a minute."), carrier=self.name
                )
            self._sleep(self.poll_interval)

    # ------------------------------------------------------------------------------ cancel
    def cancel(self, shipment: CreatedShipment) -> None:
        resp = self._call("DELETE", f"orders/{shipment.external_id}")
        try:
            self._raise_for(resp, _("order"))
        except CarrierValidationError as exc:
            raise CarrierNotCancellable(
                _("CDEK cannot cancel this order any more: {m}").format(m=exc),
                carrier=self.name,
                code=exc.code,
                status=exc.status,
            ) from exc

    # ------------------------------------------------------------------------------ tracking
    def track(self, external_id: str, tracking_number: str) -> TrackingResult:
        if external_id:
            body = self._read(external_id)
        else:
            body = self._raise_for(self._call("GET", "orders", params={"cdek_number": tracking_number}), _("order"))
        entity = body.get("entity") or {}
        events = []
        for s in reversed(entity.get("statuses") or []):  # CDEK lists newest first
            if s.get("deleted"):
                continue
            events.append(
                TrackingEvent(
                    at=parse_time(s.get("date_time")),
                    code=str(s.get("code", "")),
                    description=str(s.get("name", "")),
                    location=str(s.get("city") or ""),
                    raw=s,
                )
            )
        events.sort(key=lambda e: e.at)
        return TrackingResult(
            tuple(events), events[-1].code if events else "", str(entity.get("cdek_number") or tracking_number)
        )

    def rates(self, request: ShipmentRequest) -> list[Rate]:
        """Prices of the desk's tariffs from CDEK's calculator (skips tariffs CDEK refuses)."""
        a = request.address
        if not (a.city or a.postcode):
            return []  # the calculator needs a destination city
        origin: dict[str, Any] = (
            {"code": self.sender["city_code"]}
            if self.sender.get("city_code")
            else {"address": self.sender.get("address") or "-"}
        )
        destination = {
            k: v
            for k, v in {
                "city": a.city,
                "postal_code": a.postcode,
                "address": a.line1,
                "country_code": a.country,
            }.items()
            if v
        }
        packages = [
            {
                k: v
                for k, v in {
                    "weight": int(p.weight_g),
                    "length": p.length_cm,
                    "width": p.width_cm,
                    "height": p.height_cm,
                }.items()
                if v
            }
            for p in request.parcels
        ]
        wanted = [request.service] if request.service else list(TARIFFS)
        rates = []
        for tariff in wanted:
            body = {
                "tariff_code": int(tariff),
                "from_location": origin,
                "to_location": destination,
                "packages": packages,
            }
            try:
                quote = self._raise_for(
                    self._call("POST", "calculator/tariff", json=body, idempotent=True), _("rate request")
                )
            except (CarrierValidationError, CarrierNotFound):
                continue  # this tariff does not serve that direction
            total = quote.get("total_sum") if isinstance(quote, dict) else None
            if total is None:
                continue
            rates.append(
                Rate(
                    carrier=self.name,
                    service=str(tariff),
                    amount=f"{float(total):.2f}",
                    currency=str(quote.get("currency") or "RUB"),
                    days=quote.get("period_max"),
                    rate_id=str(tariff),
                    description=TARIFFS.get(str(tariff), ""),
                )
            )
        return sorted(rates, key=lambda r: float(r.amount))

    def test_connection(self) -> str:
        try:
            self._bearer(force=True)
        except TransportError as exc:
            raise CarrierUnavailable(str(exc), carrier=self.name) from exc
        return _("CDEK: connected, credentials accepted ({u}).").format(u=self.http.base_url)

    def close(self) -> None:
        self.http.close()


def _request_state(body: dict[str, Any], kind: str) -> str:
    """The state of the newest request of ``kind`` on an order ("" if none)."""
    states = [
        str(r.get("state", "")) for r in body.get("requests") or [] if isinstance(r, dict) and r.get("type") == kind
    ]
    return states[-1] if states else ""


def _client_return_uuid(body: dict[str, Any]) -> str | None:
    """The client return order registered on a forward order (its related entity), if any."""
    for rel in body.get("related_entities") or []:
        if isinstance(rel, dict) and rel.get("type") == "client_return_order" and rel.get("uuid"):
            return str(rel["uuid"])
    return None


def _create_state(body: dict[str, Any]) -> str:
    for req in body.get("requests") or []:
        if isinstance(req, dict) and req.get("type") == "CREATE":
            return str(req.get("state", ""))
    return ""


def _split_items(request: ShipmentRequest, parcels: int) -> list[list]:
    """CDEK needs items inside packages: all items in the first parcel, the rest get a stub."""
    out: list[list] = [[] for _ in range(max(parcels, 1))]
    out[0] = list(request.items)
    for i in range(1, len(out)):
        out[i] = [
            Item(
                sku=f"{request.reference}-P{i + 1}",
                name=_("Parcel {n}").format(n=i + 1),
                quantity=1,
                unit_price_minor=0,
                weight_g=1,
            )
        ]
    return out
