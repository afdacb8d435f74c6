"""InPost ShipX (Poland): lockers (Paczkomat) and courier, asynchronous confirmation, labels.

Facts: the shared carrier fact sheet (PROTOCOLS.md), section B. Our reference goes into ``reference`` so a
shipment whose creation timed out can be found again before anything is retried.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

import requests

from orderdesk.i18n import _
from orderdesk.services.carriers.base import (
    LOCKER_SIZES,
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
    ReturnRequest,
    ShipmentRequest,
    TrackingEvent,
    TrackingResult,
    parse_time,
)
from orderdesk.services.http import HttpClient, OutcomeUnknown, TransportError

PRODUCTION_URL = "https://api-shipx-pl.easypack24.net"
SANDBOX_URL = "https://sandbox-api-shipx-pl.easypack24.net"
LOCKER = "inpost_locker_standard"
COURIER = "inpost_courier_standard"
MAX_COURIER_PARCELS = 10
UNCONFIRMED = ("created", "offers_prepared", "offer_selected")
FORMATS = {"pdf": "pdf", "zpl": "zpl", "epl2": "epl"}
RECONCILE_PAGES = 3


def _flatten(details: Any, prefix: str = "") -> list[str]:
    """ShipX ``details`` ({"receiver":[{"phone":["invalid"]}]}) -> ["receiver.phone: invalid"]."""
    out: list[str] = []
    if isinstance(details, dict):
        for key, value in details.items():
            out.extend(_flatten(value, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(details, list):
        if all(isinstance(v, str) for v in details):
            out.append(f"{prefix}: {', '.join(details)}")
        else:
            for value in details:
                out.extend(_flatten(value, prefix))
    elif details not in (None, ""):
        out.append(f"{prefix}: {details}")
    return out


class InpostCarrier(Carrier):
    name = "inpost"
    title = "InPost"
    services = (LOCKER, COURIER)
    label_formats = ("pdf", "zpl", "epl2")

    def __init__(
        self,
        http: HttpClient,
        token: str,
        organization_id: str,
        *,
        poll_interval: float = 1.0,
        poll_timeout: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.http = http
        self._token = token
        self.organization_id = str(organization_id)
        self.poll_interval = poll_interval
        self.poll_timeout = poll_timeout
        self._sleep = sleep

    # ------------------------------------------------------------------------------ plumbing
    def _call(
        self, method: str, path: str, *, auth: bool = True, idempotent: bool | None = None, **kwargs: Any
    ) -> requests.Response:
        headers = {"Authorization": f"Bearer {self._token}"} if auth else {}
        try:
            return self.http.request(method, path, idempotent=idempotent, headers=headers, **kwargs)
        except OutcomeUnknown:
            raise
        except TransportError as exc:
            raise CarrierUnavailable(str(exc), carrier=self.name) from exc

    def _json(self, resp: requests.Response) -> Any:
        try:
            return resp.json()
        except ValueError:
            raise CarrierProtocolError(
                _("InPost sent an unreadable answer (HTTP {s}).").format(s=resp.status_code),
                carrier=self.name,
                status=resp.status_code,
            ) from None

    def _check(self, resp: requests.Response, what: str, refused: type[CarrierError] | None = None) -> Any:
        if resp.status_code in (200, 201, 202):
            return self._json(resp)
        if resp.status_code == 204:
            return {}
        try:
            body = resp.json()
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        code = str(body.get("error", ""))
        message = str(body.get("message", "")) or f"HTTP {resp.status_code}"
        fields = _flatten(body.get("details"))
        kwargs = {"carrier": self.name, "code": code, "status": resp.status_code, "details": body.get("details")}
        if resp.status_code in (401, 403):
            raise CarrierAuthError(
                _("InPost refused the API token or organization id ({m}). Check them in the carrier settings.").format(
                    m=message
                ),
                **kwargs,
            )
        if resp.status_code == 404:
            raise CarrierNotFound(_("InPost does not know this {w}.").format(w=what), **kwargs)
        if resp.status_code == 429 or resp.status_code >= 500:
            raise CarrierUnavailable(
                _("InPost is busy or failing (HTTP {s}); try again later.").format(s=resp.status_code), **kwargs
            )
        text = message + (" " + "; ".join(fields) if fields else "")
        if code == "invalid_action" and refused is not None:
            raise refused(_("InPost refused: {m}").format(m=text), **kwargs)
        raise CarrierValidationError(_("InPost rejected the {w}: {m}").format(w=what, m=text), **kwargs)

    # ------------------------------------------------------------------------------ creating
    @staticmethod
    def service_for(service: str, pickup_point: str) -> str:
        """No service chosen: a locker code means the locker service, otherwise the courier."""
        return service or (LOCKER if pickup_point else COURIER)

    @classmethod
    def parcel_rules(cls, service: str = "", pickup_point: str = "") -> ParcelRules:
        # ShipX: a locker shipment is one parcel of a locker size (template); multi-parcel
        # shipments are a courier feature (up to MAX_COURIER_PARCELS), each with dimensions.
        if cls.service_for(service, pickup_point) == LOCKER:
            return ParcelRules(max_parcels=1, locker_size=True)
        return ParcelRules(max_parcels=MAX_COURIER_PARCELS, dimensions=True)

    def shipment_body(self, request: ShipmentRequest) -> dict[str, Any]:
        service = self.service_for(request.service, request.pickup_point)
        rules = self.parcel_rules(service)
        if rules.max_parcels is not None and len(request.parcels) > rules.max_parcels:
            raise CarrierValidationError(
                _("InPost takes at most {n} parcel(s) in one {s} shipment.").format(n=rules.max_parcels, s=service),
                carrier=self.name,
            )
        first, _sep, last = request.recipient_name.strip().partition(" ")
        phone = re.sub(r"\D", "", request.phone)
        if phone.startswith("48") and len(phone) == 11:
            phone = phone[2:]  # ShipX wants the 9-digit national number
        receiver: dict[str, Any] = {
            "first_name": first,
            "last_name": last or first,
            "email": request.email,
            "phone": phone,
        }
        body: dict[str, Any] = {"receiver": receiver, "service": service, "reference": request.reference}
        if service == LOCKER:
            body["custom_attributes"] = {"target_point": request.pickup_point, "sending_method": "dispatch_order"}
            if any(p.template not in LOCKER_SIZES for p in request.parcels):
                # Never guess a size: a too-small locker is refused at the machine.
                raise CarrierValidationError(
                    _("An InPost locker parcel needs a locker size: small (A), medium (B) or large (C)."),
                    carrier=self.name,
                )
            body["parcels"] = [{"template": p.template} for p in request.parcels]
        else:
            street, building = _street_and_number(request.address.line1)
            receiver["address"] = {
                "street": street,
                "building_number": building,
                "line2": request.address.line2,
                "city": request.address.city,
                "post_code": request.address.postcode,
                "country_code": request.address.country or "PL",
            }
            body["parcels"] = [
                {
                    "dimensions": {
                        "length": p.length_cm * 10,
                        "width": p.width_cm * 10,
                        "height": p.height_cm * 10,
                        "unit": "mm",
                    },
                    "weight": {"amount": round(p.weight_g / 1000, 3), "unit": "kg"},
                }
                for p in request.parcels
            ]
        if request.cod_minor:
            body["cod"] = {"amount": request.cod_minor / 100, "currency": request.currency}
        if request.declared_value_minor:
            body["insurance"] = {"amount": request.declared_value_minor / 100, "currency": request.currency}
        return body

    def create_shipment(self, request: ShipmentRequest) -> CreatedShipment:
        resp = self._call(
            "POST",
            f"v1/organizations/{self.organization_id}/shipments",
            json=self.shipment_body(request),
            idempotent=False,
        )
        try:
            body = self._check(resp, _("shipment"))
        except CarrierProtocolError as exc:
            raise OutcomeUnknown(str(exc), url=resp.url, status=resp.status_code) from exc
        if not isinstance(body, dict) or not body.get("id"):
            raise OutcomeUnknown(_("InPost accepted the shipment but sent no id."), url=resp.url)
        return self._wait_confirmed(body, request.reference)

    def _wait_confirmed(self, body: dict[str, Any], reference: str) -> CreatedShipment:
        """ShipX confirms asynchronously: the tracking number exists once it is ``confirmed``."""
        deadline = time.monotonic() + self.poll_timeout
        while body.get("status") in UNCONFIRMED or not body.get("tracking_number"):
            if body.get("status") in ("cancelled", "canceled"):
                raise CarrierValidationError(
                    _("InPost cancelled the shipment before confirming it."), carrier=self.name, code="cancelled"
                )
            if time.monotonic() >= deadline:
                raise CarrierUnavailable(
                    _("InPost has not confirmed the shipment yet; try again in a minute."), carrier=self.name
                )
            self._sleep(self.poll_interval)
            body = self._check(self._call("GET", f"v1/shipments/{body['id']}"), _("shipment"))
        return self._created(body, reference)

    def _created(self, body: dict[str, Any], reference: str) -> CreatedShipment:
        return CreatedShipment(
            external_id=str(body["id"]),
            tracking_number=str(body.get("tracking_number") or ""),
            service=str(body.get("service", "")),
            status=str(body.get("status", "")),
            reference=reference,
            details={"target_point": (body.get("custom_attributes") or {}).get("target_point")},
        )

    def find_by_reference(self, reference: str) -> CreatedShipment | None:
        items: list[dict[str, Any]] = []
        # ``reference`` as a search filter is not confirmed by a second source: filter ourselves
        # too, and look through the newest few pages in case the API ignored the filter.
        for page in range(1, RECONCILE_PAGES + 1):
            body = self._check(
                self._call(
                    "GET",
                    f"v1/organizations/{self.organization_id}/shipments",
                    params={"reference": reference, "page": page, "per_page": 100},
                ),
                _("shipment list"),
            )
            batch = body.get("items") or []
            items = [
                i for i in batch if i.get("reference") == reference and i.get("status") not in ("cancelled", "canceled")
            ]
            if items or len(batch) < 100 or page * 100 >= int(body.get("count") or 0):
                break
        if not items:
            return None
        item = items[0]
        return CreatedShipment(
            external_id=str(item["id"]),
            tracking_number=str(item.get("tracking_number") or ""),
            status=str(item.get("status", "")),
            reference=reference,
        )

    def resume(self, found: CreatedShipment, request: ShipmentRequest) -> CreatedShipment:
        body = self._check(self._call("GET", f"v1/shipments/{found.external_id}"), _("shipment"))
        return self._wait_confirmed(body, request.reference)

    # ------------------------------------------------------------------------------ returns
    returns_api = True

    def return_body(self, request: ReturnRequest) -> dict[str, Any]:
        """A ShipX return shipment: ``is_return`` true, the customer as ``sender`` and no
        ``receiver`` (ShipX sends a return to the organization's own address). A courier
        collects it from the customer, so the parcels need their dimensions and weight."""
        service = request.service or COURIER
        check = self.shipment_body(
            ShipmentRequest(
                reference=request.reference,
                order_number=request.order_number,
                recipient_name=request.sender_name,
                phone=request.phone,
                email=request.email,
                address=request.address,
                parcels=request.parcels,
                service=service,
            )
        )
        # The same person/address/parcel shapes as an outgoing shipment, with the roles swapped.
        return {
            "is_return": True,
            "sender": check.pop("receiver"),
            "service": service,
            "reference": request.reference,
            "parcels": check["parcels"],
            **({"custom_attributes": check["custom_attributes"]} if "custom_attributes" in check else {}),
        }

    def create_return(self, request: ReturnRequest) -> CreatedShipment:
        """Create the return shipment (ShipX ``is_return``) and wait until it is confirmed.

        Before creating, look for our reference: a label asked for twice (two desks, a retry
        after a time-out) is one return shipment."""
        found = self.find_by_reference(request.reference)
        if found is not None:
            body = self._check(self._call("GET", f"v1/shipments/{found.external_id}"), _("return shipment"))
            return self._wait_confirmed(body, request.reference)
        resp = self._call(
            "POST",
            f"v1/organizations/{self.organization_id}/shipments",
            json=self.return_body(request),
            idempotent=False,
        )
        try:
            body = self._check(resp, _("return shipment"))
        except CarrierProtocolError as exc:
            raise OutcomeUnknown(str(exc), url=resp.url, status=resp.status_code) from exc
        if not isinstance(body, dict) or not body.get("id"):
            raise OutcomeUnknown(_("InPost accepted the return shipment but sent no id."), url=resp.url)
        return self._wait_confirmed(body, request.reference)

    # ------------------------------------------------------------------------------ labels
    def get_label(self, shipment: CreatedShipment, label_format: str = "pdf") -> Label:
        fmt = FORMATS.get(label_format.lower())
        if fmt is None:
            raise CarrierValidationError(
                _("InPost prints labels as PDF, ZPL or EPL, not {f}.").format(f=label_format), carrier=self.name
            )
        params = {"format": fmt, "type": "A6" if fmt == "pdf" else "normal"}
        resp = self._call("GET", f"v1/shipments/{shipment.external_id}/label", params=params)
        if resp.status_code != 200:
            self._check(resp, _("label"))
        content = resp.content
        if fmt == "pdf" and not content.startswith(b"%PDF"):
            raise CarrierProtocolError(_("InPost's label is not a PDF."), carrier=self.name)
        return Label(content, "epl2" if fmt == "epl" else fmt)

    # ------------------------------------------------------------------------------ cancel
    def cancel(self, shipment: CreatedShipment) -> None:
        self._check(
            self._call("DELETE", f"v1/shipments/{shipment.external_id}"), _("shipment"), refused=CarrierNotCancellable
        )

    # ------------------------------------------------------------------------------ tracking
    def track(self, external_id: str, tracking_number: str) -> TrackingResult:
        if not tracking_number:
            body = self._check(self._call("GET", f"v1/shipments/{external_id}"), _("shipment"))
            tracking_number = str(body.get("tracking_number") or "")
            if not tracking_number:
                return TrackingResult((), str(body.get("status", "")), "")
        body = self._check(self._call("GET", f"v1/tracking/{tracking_number}", auth=False), _("tracking number"))
        events = [
            TrackingEvent(
                at=parse_time(d.get("datetime")),
                code=str(d.get("status", "")),
                description=str(d.get("status", "")).replace("_", " "),
                location=str(d.get("location") or ""),
                raw=d,
            )
            for d in reversed(body.get("tracking_details") or [])  # ShipX lists newest first
        ]
        events.sort(key=lambda e: e.at)  # stable: same-second events keep their order
        return TrackingResult(tuple(events), str(body.get("status", "")), tracking_number)

    def test_connection(self) -> str:
        self.find_by_reference("orderdesk-connection-test")
        return _("InPost: connected, token and organization accepted ({u}).").format(u=self.http.base_url)

    def close(self) -> None:
        self.http.close()


def _street_and_number(line: str) -> tuple[str, str]:
    """'ul. Długa 5/3' -> ('ul. Długa', '5/3'); no number -> (line, '')."""
    m = re.match(r"^(.*?)[\s,]+(\d+\w*(?:/\d+\w*)?)$", line.strip())
    return (m.group(1), m.group(2)) if m else (line.strip(), "")
