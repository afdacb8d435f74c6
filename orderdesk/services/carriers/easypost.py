"""EasyPost: one API for USPS, UPS, FedEx, DHL and more: rates, buying, labels, trackers.

Facts: the shared carrier fact sheet (PROTOCOLS.md), section C. EasyPost has no idempotency key, so a purchase is
two steps: a draft shipment carrying our ``reference`` (harmless to repeat), then ``buy``.
After a buy that got no clear answer we re-read the shipment before buying again, and a
``SHIPMENT.POSTAGE.EXISTS`` answer means "already bought": we read what was bought.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import requests

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
    Label,
    ParcelRules,
    Rate,
    ShipmentRequest,
    TrackingEvent,
    TrackingResult,
    parse_time,
)
from orderdesk.services.http import HttpClient, OutcomeUnknown, TransportError

BASE_URL = "https://api.easypost.com/v2"
FORMATS = {"pdf": "PDF", "zpl": "ZPL", "epl2": "EPL2", "png": "PNG"}
RECONCILE_PAGES = 3  # how far back (x100 shipments) we look for our reference


def _message(error: dict[str, Any]) -> str:
    """EasyPost ``message`` may be a string, a list or an object; ``errors`` strings or objects."""
    msg = error.get("message", "")
    if isinstance(msg, list):
        msg = "; ".join(map(str, msg))
    elif isinstance(msg, dict):
        msg = "; ".join(f"{k}: {v}" for k, v in msg.items())
    parts = [str(msg)] if msg else []
    for err in error.get("errors") or []:
        if isinstance(err, dict):
            parts.append(f"{err.get('field', '')}: {err.get('message', '')}".strip(": "))
        else:
            parts.append(str(err))
    return "; ".join(p for p in parts if p)


class EasypostCarrier(Carrier):
    name = "easypost"
    title = "EasyPost"
    services = ("USPS Priority", "USPS Express", "UPS Ground", "FedEx Ground", "DHLExpress ExpressWorldwide")
    label_formats = ("pdf", "zpl", "epl2", "png")

    def __init__(self, http: HttpClient, api_key: str, *, from_address: dict[str, str] | None = None) -> None:
        self.http = http
        self._key = api_key
        self.from_address = from_address or {}

    # ------------------------------------------------------------------------------ plumbing
    def _call(self, method: str, path: str, *, idempotent: bool | None = None, **kwargs: Any) -> requests.Response:
        try:
            # HTTP Basic with the key as the user, as the API reference documents.
            return self.http.request(method, path, idempotent=idempotent, auth=(self._key, ""), **kwargs)
        except OutcomeUnknown:
            raise
        except TransportError as exc:
            raise CarrierUnavailable(str(exc), carrier=self.name) from exc

    def _check(self, resp: requests.Response, what: str) -> dict[str, Any]:
        try:
            body = resp.json()
        except ValueError:
            if resp.status_code < 400:
                raise CarrierProtocolError(
                    _("EasyPost sent an unreadable answer (HTTP {s}).").format(s=resp.status_code),
                    carrier=self.name,
                    status=resp.status_code,
                ) from None
            body = {}
        if resp.status_code < 300:
            if not isinstance(body, dict):
                raise CarrierProtocolError(_("EasyPost sent an unexpected answer."), carrier=self.name)
            return body
        error = body.get("error") if isinstance(body, dict) else None
        error = error if isinstance(error, dict) else {}
        code = str(error.get("code", ""))
        message = _message(error) or f"HTTP {resp.status_code}"
        kwargs = {"carrier": self.name, "code": code, "status": resp.status_code, "details": error.get("errors")}
        if resp.status_code in (401, 403):
            raise CarrierAuthError(
                _("EasyPost refused the API key ({m}). Check it in the carrier settings.").format(m=message), **kwargs
            )
        if resp.status_code == 404:
            raise CarrierNotFound(_("EasyPost does not know this {w}.").format(w=what), **kwargs)
        if resp.status_code in (408, 429) or resp.status_code >= 500:
            raise CarrierUnavailable(
                _("EasyPost is busy or failing (HTTP {s}); try again later.").format(s=resp.status_code), **kwargs
            )
        raise CarrierValidationError(_("EasyPost rejected the {w}: {m}").format(w=what, m=message), **kwargs)

    # ------------------------------------------------------------------------------ quoting
    @classmethod
    def parcel_rules(cls, service: str = "", pickup_point: str = "") -> ParcelRules:
        return ParcelRules(max_parcels=1)

    def _draft_body(self, request: ShipmentRequest) -> dict[str, Any]:
        a = request.address
        to_address = {
            "name": request.recipient_name,
            "street1": a.line1,
            "street2": a.line2,
            "city": a.city,
            "state": a.region,
            "zip": a.postcode,
            "country": a.country,
            "phone": request.phone,
            "email": request.email,
        }
        if len(request.parcels) != 1:
            # An EasyPost Shipment holds exactly one parcel; summing or dropping the others
            # would buy a label for the wrong box.
            raise CarrierValidationError(
                _("EasyPost ships one parcel per label; buy one label per parcel."), carrier=self.name
            )
        parcel = request.parcels[0]
        body: dict[str, Any] = {
            "reference": request.reference,
            "to_address": to_address,
            "from_address": dict(request.sender or self.from_address),
            "parcel": {
                "length": _inches(parcel.length_cm),
                "width": _inches(parcel.width_cm),
                "height": _inches(parcel.height_cm),
                "weight": float(
                    (Decimal(parcel.weight_g) / Decimal("28.349523125")).quantize(Decimal("0.1"))
                ),  # ounces
            },
            "options": {"label_format": FORMATS.get(request.label_format.lower(), "PDF")},
        }
        return {"shipment": body}

    def _draft(self, request: ShipmentRequest) -> dict[str, Any]:
        """A draft shipment with rates. Creating one costs nothing, so a time-out here is safe."""
        try:
            resp = self._call("POST", "shipments", json=self._draft_body(request), idempotent=False)
            return self._check(resp, _("shipment"))
        except (OutcomeUnknown, CarrierProtocolError):
            found = self._find_raw(request.reference)
            if found is not None:
                return found
            resp = self._call("POST", "shipments", json=self._draft_body(request), idempotent=False)
            return self._check(resp, _("shipment"))

    def rates(self, request: ShipmentRequest) -> list[Rate]:
        draft = self._draft(request)
        return self._rates(draft)

    def _rates(self, draft: dict[str, Any]) -> list[Rate]:
        return sorted(
            (
                Rate(
                    carrier=str(r.get("carrier", "")),
                    service=f"{r.get('carrier', '')} {r.get('service', '')}".strip(),
                    amount=str(r.get("rate", "")),
                    currency=str(r.get("currency", "USD")),
                    days=r.get("delivery_days"),
                    rate_id=str(r.get("id", "")),
                    shipment_id=str(draft.get("id", "")),
                )
                for r in draft.get("rates") or []
            ),
            key=lambda r: Decimal(r.amount or "0"),
        )

    # ------------------------------------------------------------------------------ buying
    def create_shipment(self, request: ShipmentRequest) -> CreatedShipment:
        draft = None
        if request.quote_id:
            draft = self._check(self._call("GET", f"shipments/{request.quote_id}"), _("shipment"))
        if draft is None or draft.get("reference") not in (None, request.reference):
            draft = self._find_raw(request.reference) or self._draft(request)
        return self._buy(draft, request)

    def _pick_rate(self, draft: dict[str, Any], request: ShipmentRequest) -> str:
        rates = self._rates(draft)
        if not rates:
            messages = "; ".join(
                str(m.get("message", m)) if isinstance(m, dict) else str(m) for m in draft.get("messages") or []
            )
            raise CarrierValidationError(
                _("EasyPost found no rate for this parcel. {m}").format(m=messages), carrier=self.name
            )
        if request.rate_id and any(r.rate_id == request.rate_id for r in rates):
            return request.rate_id
        if request.service:
            wanted = request.service.lower()
            for rate in rates:
                if rate.service.lower() == wanted or rate.service.lower().endswith(" " + wanted):
                    return rate.rate_id
            raise CarrierValidationError(
                _("EasyPost does not offer '{s}' for this parcel; offered: {o}.").format(
                    s=request.service, o=", ".join(r.service for r in rates)
                ),
                carrier=self.name,
            )
        return rates[0].rate_id  # the cheapest

    def _buy(self, draft: dict[str, Any], request: ShipmentRequest) -> CreatedShipment:
        if draft.get("postage_label"):
            return self._created(draft, request.reference)  # bought already (found after a time-out)
        rate_id = self._pick_rate(draft, request)
        resp = self._call("POST", f"shipments/{draft['id']}/buy", json={"rate": {"id": rate_id}}, idempotent=False)
        try:
            bought = self._check(resp, _("purchase"))
        except CarrierProtocolError as exc:
            raise OutcomeUnknown(str(exc), url=resp.url, status=resp.status_code) from exc
        except CarrierValidationError as exc:
            if exc.code in ("SHIPMENT.POSTAGE.EXISTS", "SHIPMENT.PURCHASE.IN_PROGRESS"):
                bought = self._check(self._call("GET", f"shipments/{draft['id']}"), _("shipment"))
                if not bought.get("postage_label"):
                    raise CarrierUnavailable(
                        _("EasyPost is still buying this label; try again in a minute."), carrier=self.name
                    ) from exc
            else:
                raise
        return self._created(bought, request.reference)

    def _created(self, shipment: dict[str, Any], reference: str) -> CreatedShipment:
        rate = shipment.get("selected_rate") or {}
        tracker = shipment.get("tracker") or {}
        return CreatedShipment(
            external_id=str(shipment["id"]),
            tracking_number=str(shipment.get("tracking_code") or ""),
            service=f"{rate.get('carrier', '')} {rate.get('service', '')}".strip(),
            status=str(tracker.get("status") or shipment.get("status") or ""),
            reference=reference,
            label_url=str((shipment.get("postage_label") or {}).get("label_url") or ""),
            details={
                "rate": rate.get("rate"),
                "currency": rate.get("currency"),
                "tracker_id": tracker.get("id"),
                "public_url": tracker.get("public_url"),
            },
        )

    def _find_raw(self, reference: str) -> dict[str, Any] | None:
        before = None
        best = None
        for _page in range(RECONCILE_PAGES):
            params: dict[str, Any] = {"page_size": 100}
            if before:
                params["before_id"] = before
            body = self._check(self._call("GET", "shipments", params=params), _("shipment list"))
            items = body.get("shipments") or []
            for item in items:
                if item.get("reference") == reference and item.get("refund_status") is None:
                    if item.get("postage_label"):
                        return item  # a bought one wins
                    best = best or item
            if not body.get("has_more") or not items:
                break
            before = items[-1].get("id")
        return best

    def find_by_reference(self, reference: str) -> CreatedShipment | None:
        raw = self._find_raw(reference)
        if raw is None:
            return None
        if not raw.get("postage_label"):
            return CreatedShipment(external_id=str(raw["id"]), tracking_number="", reference=reference)
        return self._created(raw, reference)

    def resume(self, found: CreatedShipment, request: ShipmentRequest) -> CreatedShipment:
        raw = self._check(self._call("GET", f"shipments/{found.external_id}"), _("shipment"))
        return self._buy(raw, request)

    # ------------------------------------------------------------------------------ labels
    def get_label(self, shipment: CreatedShipment, label_format: str = "pdf") -> Label:
        fmt = FORMATS.get(label_format.lower())
        if fmt is None:
            raise CarrierValidationError(
                _("EasyPost labels are PDF, ZPL, EPL2 or PNG, not {f}.").format(f=label_format), carrier=self.name
            )
        raw = self._check(self._call("GET", f"shipments/{shipment.external_id}"), _("shipment"))
        label = raw.get("postage_label") or {}
        url = label.get(f"label_{fmt.lower()}_url") if fmt != "PNG" else label.get("label_url")
        if not url:
            converted = self._check(
                self._call("GET", f"shipments/{shipment.external_id}/label", params={"file_format": fmt}), _("label")
            )
            url = (converted.get("postage_label") or {}).get(f"label_{fmt.lower()}_url")
        if not url:
            raise CarrierError(_("EasyPost did not provide a {f} label.").format(f=fmt), carrier=self.name)
        try:
            resp = self.http.get(url)  # a pre-signed file link: no API key goes with it
        except TransportError as exc:
            raise CarrierUnavailable(str(exc), carrier=self.name) from exc
        if resp.status_code != 200 or not resp.content:
            raise CarrierUnavailable(
                _("The label file could not be downloaded (HTTP {s}).").format(s=resp.status_code), carrier=self.name
            )
        if fmt == "PDF" and not resp.content.startswith(b"%PDF"):
            raise CarrierProtocolError(_("EasyPost's label is not a PDF."), carrier=self.name)
        return Label(resp.content, label_format.lower())

    # ------------------------------------------------------------------------------ cancel
    def cancel(self, shipment: CreatedShipment) -> None:
        """EasyPost "cancels" a bought label by refunding it (only before the parcel moves)."""
        try:
            self._check(self._call("POST", f"shipments/{shipment.external_id}/refund", idempotent=True), _("refund"))
        except CarrierValidationError as exc:
            raise CarrierNotCancellable(
                _("EasyPost cannot refund this label: {m}").format(m=exc), carrier=self.name, code=exc.code
            ) from exc

    # ------------------------------------------------------------------------------ tracking
    def track(self, external_id: str, tracking_number: str) -> TrackingResult:
        if external_id.startswith("trk_"):
            tracker = self._check(self._call("GET", f"trackers/{external_id}"), _("tracker"))
        else:
            tracker = self._check(self._call("GET", f"shipments/{external_id}"), _("shipment")).get("tracker") or {}
        events = []
        for d in tracker.get("tracking_details") or []:
            loc = d.get("tracking_location") or {}
            events.append(
                TrackingEvent(
                    at=parse_time(d.get("datetime")),
                    code=str(d.get("status", "")),
                    description=str(d.get("message") or d.get("status_detail") or ""),
                    location=", ".join(str(loc[k]) for k in ("city", "state", "country") if loc.get(k)),
                    raw=d,
                )
            )
        events.sort(key=lambda e: e.at)
        return TrackingResult(
            tuple(events), str(tracker.get("status", "")), str(tracker.get("tracking_code") or tracking_number)
        )

    def test_connection(self) -> str:
        self._check(self._call("GET", "shipments", params={"page_size": 1}), _("shipment list"))
        return _("EasyPost: connected, API key accepted ({u}).").format(u=self.http.base_url)

    def close(self) -> None:
        self.http.close()


def _inches(cm: int) -> float:
    return float((Decimal(cm) / Decimal("2.54")).quantize(Decimal("0.1"))) if cm else 1.0
