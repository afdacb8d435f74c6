"""A strict local fake of InPost ShipX (PROTOCOLS.md section B).

Bearer token + organization id, locker and courier shipments with ShipX validation errors,
asynchronous confirmation (``created`` with no tracking number, ``confirmed`` on a later
read), cancel only before confirmation, labels in pdf/zpl/epl, public tracking.
Run: ``python -m tests.fakes.inpost --port 8082 --token T --organization 1234``.
"""

from __future__ import annotations

import itertools
import threading
from typing import Any

from tests.fakes.base import FakeError, FakeVendor, Request, Response, barcode_pdf, iso_now, serve_main, tiny_zpl

SERVICES = ("inpost_locker_standard", "inpost_courier_standard")
TEMPLATES = {"small": "A", "medium": "B", "large": "C"}
POINTS = {"KRA010", "WAW01M", "POZ08A"}


def error(status: int, code: str, message: str, details: Any = None) -> FakeError:
    return FakeError(Response(status, {"status": status, "error": code, "message": message, "details": details or {}}))


class InpostFake(FakeVendor):
    name = "inpost"

    def __init__(self, token: str = "test-token", organization: str = "1234", reads_to_confirm: int = 1, **kw):
        self.token = token
        self.organization = organization
        self.reads_to_confirm = reads_to_confirm
        self.shipments: dict[int, dict[str, Any]] = {}
        self._ids = itertools.count(10_000_001)
        self._numbers = itertools.count(1)
        self._state_lock = threading.Lock()
        super().__init__(**kw)

    def routes(self) -> None:
        self.route("POST", "/v1/organizations/(?P<org>[^/]+)/shipments", self.create)
        self.route("GET", "/v1/organizations/(?P<org>[^/]+)/shipments", self.search)
        self.route("GET", "/v1/shipments/(?P<id>\\d+)", self.get)
        self.route("DELETE", "/v1/shipments/(?P<id>\\d+)", self.cancel)
        self.route("GET", "/v1/shipments/(?P<id>\\d+)/label", self.label)
        self.route("GET", "/v1/tracking/(?P<tn>[^/]+)", self.tracking)

    def rate_limited(self, req: Request) -> Response:
        return Response(
            429, {"status": 429, "error": "too_many_requests", "message": "Too many requests"}, {"Retry-After": "1"}
        )

    def server_error(self, req: Request) -> Response:
        return Response(500, {"status": 500, "error": "internal_server_error", "message": "Internal server error"})

    def expire_tokens(self) -> None:
        self.token = self.token + "-rotated"  # a revoked token stays refused

    def auth(self, req: Request) -> None:
        if req.header("authorization") != f"Bearer {self.token}":
            raise error(401, "token_invalid", "Token is missing or invalid.")

    def _org(self, req: Request) -> None:
        self.auth(req)
        if req.params["org"] != self.organization:
            raise error(403, "forbidden", "Access to this resource is forbidden")

    # -- shipments
    def create(self, req: Request) -> Response:
        self._org(req)
        body = req.json() or {}
        details: dict[str, Any] = {}
        is_return = body.get("is_return", False)
        if not isinstance(is_return, bool):
            details["is_return"] = ["invalid"]
        # ShipX: with is_return true the receiver is not required (the parcel goes back to the
        # organization); the customer sending it is the sender, checked like a receiver.
        person_key = "sender" if is_return is True else "receiver"
        receiver = body.get(person_key) or {}
        service = body.get("service")
        if service not in SERVICES:
            details["service"] = ["invalid" if service else "required"]
        rec_errors: dict[str, list[str]] = {}
        phone = str(receiver.get("phone") or "")
        if not phone:
            rec_errors["phone"] = ["required"]
        elif not phone.replace("+48", "").isdigit() or len(phone.replace("+48", "")) != 9:
            rec_errors["phone"] = ["invalid"]
        if service == "inpost_locker_standard":
            if not receiver.get("email"):
                rec_errors["email"] = ["required"]
            point = (body.get("custom_attributes") or {}).get("target_point")
            if not point:
                details["custom_attributes"] = [{"target_point": ["required"]}]
            elif point not in POINTS:
                details["custom_attributes"] = [{"target_point": ["does_not_exist"]}]
            for i, parcel in enumerate(body.get("parcels") or [{}]):
                if parcel.get("template") not in TEMPLATES:
                    details.setdefault("parcels", []).append({str(i): {"template": ["invalid"]}})
        elif service == "inpost_courier_standard":
            address = receiver.get("address") or {}
            missing = [
                k for k in ("street", "building_number", "city", "post_code", "country_code") if not address.get(k)
            ]
            if missing:
                rec_errors["address"] = [{k: ["required"] for k in missing}]
            for i, parcel in enumerate(body.get("parcels") or [{}]):
                if not parcel.get("dimensions") or not parcel.get("weight"):
                    details.setdefault("parcels", []).append({str(i): {"dimensions": ["required"]}})
        if rec_errors:
            details[person_key] = [rec_errors]
        if details:
            raise error(
                400,
                "validation_failed",
                "There are some validation errors. Check details object for more info.",
                details,
            )
        with self._state_lock:
            sid = next(self._ids)
            shipment = {
                "id": sid,
                "status": "created",
                "tracking_number": None,
                "service": service,
                "reference": body.get("reference"),
                "created_at": iso_now(),
                "updated_at": iso_now(),
                "receiver": body.get("receiver") or {},
                "sender": body.get("sender") or {},
                "is_return": is_return is True,
                "parcels": [
                    {"id": sid * 10 + i, "template": p.get("template"), "tracking_number": None}
                    for i, p in enumerate(body.get("parcels") or [])
                ],
                "custom_attributes": body.get("custom_attributes") or {},
                "offers": [],
                "selected_offer": None,
                "transactions": [],
                "_reads": 0,
                "_details": [],
            }
            self.shipments[sid] = shipment
        return Response(201, self._public(shipment))

    def _public(self, s: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in s.items() if not k.startswith("_")}

    def _confirm(self, s: dict[str, Any]) -> None:
        s["_reads"] += 1
        if s["status"] == "created" and s["_reads"] > self.reads_to_confirm:
            s["status"] = "confirmed"
            s["tracking_number"] = f"6{next(self._numbers):023d}"
            for p in s["parcels"]:
                p["tracking_number"] = s["tracking_number"]
            s["updated_at"] = iso_now()
            s["_details"].append(
                {"status": "confirmed", "origin_status": "CNF", "agency": None, "location": None, "datetime": iso_now()}
            )

    def _get(self, req: Request) -> dict[str, Any]:
        s = self.shipments.get(int(req.params["id"]))
        if s is None:
            raise error(404, "resource_not_found", "Resource not found")
        return s

    def get(self, req: Request) -> Response:
        self.auth(req)
        with self._state_lock:
            s = self._get(req)
            self._confirm(s)
            return Response(200, self._public(s))

    def search(self, req: Request) -> Response:
        self._org(req)
        page, per_page = int(req.arg("page", "1")), int(req.arg("per_page", "25"))
        items = list(reversed(self.shipments.values()))
        for key in ("reference", "tracking_number", "status"):
            value = req.arg(key)
            if value:
                items = [s for s in items if str(s.get(key)) == value]
        with self._state_lock:
            for s in items:
                self._confirm(s)
            chunk = [self._public(s) for s in items[(page - 1) * per_page : page * per_page]]
        return Response(200, {"href": "", "count": len(items), "page": page, "per_page": per_page, "items": chunk})

    def cancel(self, req: Request) -> Response:
        self.auth(req)
        with self._state_lock:
            s = self._get(req)
            if s["status"] not in ("created", "offers_prepared", "offer_selected"):
                raise error(
                    400, "invalid_action", f"Action (cancel) can not be taken on shipment with status ({s['status']})."
                )
            s["status"] = "cancelled"
        return Response(204, None)

    def label(self, req: Request) -> Response:
        self.auth(req)
        s = self._get(req)
        if s["status"] in ("created", "offers_prepared", "offer_selected", "cancelled"):
            raise error(
                400, "invalid_action", f"Action (label) can not be taken on shipment with status ({s['status']})."
            )
        fmt = (req.arg("format") or "pdf").lower()
        if fmt == "pdf":
            title = "InPost return" if s.get("is_return") else "InPost"
            return Response(200, barcode_pdf(title, s["tracking_number"]), content_type="application/pdf")
        if fmt in ("zpl", "epl"):
            return Response(
                200, tiny_zpl(s["tracking_number"]), content_type="text/zpl" if fmt == "zpl" else "text/epl"
            )
        raise error(400, "validation_failed", "There are some validation errors.", {"format": ["invalid"]})

    def tracking(self, req: Request) -> Response:
        # Public endpoint: no token.
        tn = req.params["tn"]
        s = next((x for x in self.shipments.values() if x["tracking_number"] == tn), None)
        if s is None:
            raise error(404, "resource_not_found", "Resource not found")
        return Response(
            200,
            {
                "tracking_number": tn,
                "service": s["service"],
                "type": s["service"],
                "status": s["status"],
                "custom_attributes": {"size": "A", "target_machine_id": s["custom_attributes"].get("target_point")},
                "tracking_details": list(reversed(s["_details"])),  # newest first, like ShipX
                "expected_flow": [],
                "created_at": s["created_at"],
                "updated_at": s["updated_at"],
            },
        )

    def advance(self, data: dict[str, Any]) -> Any:
        """``{"tracking_number"|"id": ..., "status": "delivered", "location": ...}``."""
        with self._state_lock:
            s = self.shipments.get(int(data.get("id") or 0)) or next(
                (x for x in self.shipments.values() if x["tracking_number"] == data.get("tracking_number")), None
            )
            if s is None:
                raise KeyError("no such shipment")
            s["status"] = data["status"]
            s["_details"].append(
                {
                    "status": data["status"],
                    "origin_status": "X",
                    "agency": None,
                    "location": data.get("location"),
                    "datetime": data.get("datetime") or iso_now(),
                }
            )
            return s["id"]

    def seed_confirmed(self, reference: str, statuses: list[tuple[str, str]] = ()) -> dict[str, str]:
        with self._state_lock:
            sid = next(self._ids)
            tn = f"6{next(self._numbers):023d}"
            s = {
                "id": sid,
                "status": "confirmed",
                "tracking_number": tn,
                "service": "inpost_locker_standard",
                "reference": reference,
                "created_at": iso_now(),
                "updated_at": iso_now(),
                "receiver": {},
                "sender": {},
                "parcels": [],
                "custom_attributes": {"target_point": "KRA010"},
                "offers": [],
                "selected_offer": None,
                "transactions": [],
                "_reads": 99,
                "_details": [],
            }
            for status, when in statuses or [("confirmed", iso_now())]:
                s["status"] = status
                s["_details"].append(
                    {"status": status, "origin_status": "X", "agency": None, "location": None, "datetime": when}
                )
            self.shipments[sid] = s
        return {"id": str(sid), "tracking_number": tn}


if __name__ == "__main__":
    serve_main(
        lambda a: InpostFake(token=a.token, organization=a.organization, latency=a.latency, rate_limit=a.rate_limit),
        "Local fake of InPost ShipX.",
    )
