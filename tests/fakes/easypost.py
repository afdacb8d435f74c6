"""A strict local fake of the EasyPost API v2 (PROTOCOLS.md section C).

API key by HTTP Basic (key as user) or Bearer; wrapped bodies; shipments with string rates,
buying a rate once (a second buy is ``SHIPMENT.POSTAGE.EXISTS``), label conversion, refunds,
trackers, the list endpoint for reconciliation, and EasyPost's error body.
Run: ``python -m tests.fakes.easypost --port 8083 --token EZTK...``.
"""

from __future__ import annotations

import base64
import itertools
import threading
from typing import Any

from tests.fakes.base import FakeError, FakeVendor, Request, Response, iso_now, serve_main, tiny_pdf, tiny_zpl

RATES = (("USPS", "Priority", "10.07", 2), ("USPS", "Express", "35.50", 1), ("UPS", "Ground", "12.30", 4))


def error(status: int, code: str, message: Any, errors: list | None = None) -> FakeError:
    return FakeError(Response(status, {"error": {"code": code, "message": message, "errors": errors or []}}))


class EasypostFake(FakeVendor):
    name = "easypost"

    def __init__(self, api_key: str = "EZTKtest", **kw):
        self.api_key = api_key
        self.shipments: dict[str, dict[str, Any]] = {}
        self.trackers: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(1)
        self._state_lock = threading.Lock()
        super().__init__(**kw)

    def routes(self) -> None:
        self.route("POST", "/v2/shipments", self.create)
        self.route("GET", "/v2/shipments", self.list)
        self.route("GET", "/v2/shipments/(?P<id>shp_\\w+)", self.get)
        self.route("POST", "/v2/shipments/(?P<id>shp_\\w+)/buy", self.buy)
        self.route("GET", "/v2/shipments/(?P<id>shp_\\w+)/label", self.label)
        self.route("POST", "/v2/shipments/(?P<id>shp_\\w+)/refund", self.refund)
        self.route("POST", "/v2/trackers", self.create_tracker)
        self.route("GET", "/v2/trackers/(?P<id>trk_\\w+)", self.get_tracker)
        self.route("GET", "/files/postage_label/(?P<name>[\\w.]+)", self.file)

    def rate_limited(self, req: Request) -> Response:
        return Response(
            429,
            {"error": {"code": "RATE_LIMITED", "message": "Rate limit exceeded", "errors": []}},
            {"Retry-After": "1"},
        )

    def server_error(self, req: Request) -> Response:
        return Response(
            500,
            {"error": {"code": "INTERNAL_SERVER_ERROR", "message": "We're sorry, something went wrong.", "errors": []}},
        )

    def expire_tokens(self) -> None:
        self.api_key = self.api_key + "-revoked"

    def _id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):032x}"

    def auth(self, req: Request) -> None:
        header = req.header("authorization")
        key = ""
        if header.startswith("Bearer "):
            key = header[7:]
        elif header.startswith("Basic "):
            key = base64.b64decode(header[6:]).decode().partition(":")[0]
        if not key:
            raise error(401, "APIKEY.REQUIRED", "No API key found on request.")
        if key != self.api_key:
            raise error(401, "APIKEY.INACTIVE", "This api key is no longer active.")

    # -- shipments
    def create(self, req: Request) -> Response:
        self.auth(req)
        body = (req.json() or {}).get("shipment")
        if not isinstance(body, dict):
            raise error(
                422,
                "PARAMETER.REQUIRED",
                "Missing required parameter.",
                [{"field": "shipment", "message": "cannot be blank"}],
            )
        errors = []
        for side in ("to_address", "from_address"):
            address = body.get(side) or {}
            for key in ("street1", "city", "zip", "country"):
                if not address.get(key):
                    errors.append({"field": f"{side}.{key}", "message": "cannot be blank", "suggestion": None})
        parcel = body.get("parcel") or {}
        if not parcel.get("weight"):
            errors.append({"field": "parcel.weight", "message": "cannot be blank", "suggestion": None})
        if errors:
            raise error(
                422,
                "SHIPMENT.INVALID_PARAMS",
                "Unable to create shipment, one or more parameters were invalid.",
                errors,
            )
        with self._state_lock:
            sid = self._id("shp")
            rates = [
                {
                    "id": self._id("rate"),
                    "object": "Rate",
                    "carrier": c,
                    "service": s,
                    "rate": r,
                    "currency": "USD",
                    "delivery_days": d,
                    "shipment_id": sid,
                    "carrier_account_id": "ca_1",
                }
                for c, s, r, d in RATES
            ]
            shipment = {
                "id": sid,
                "object": "Shipment",
                "mode": "test",
                "reference": body.get("reference"),
                "status": "unknown",
                "tracking_code": None,
                "to_address": body["to_address"],
                "from_address": body["from_address"],
                "parcel": parcel,
                "options": body.get("options") or {},
                "rates": rates,
                "selected_rate": None,
                "postage_label": None,
                "tracker": None,
                "refund_status": None,
                "messages": [],
                "created_at": iso_now(),
            }
            self.shipments[sid] = shipment
        return Response(201, shipment)

    def _get(self, req: Request) -> dict[str, Any]:
        shipment = self.shipments.get(req.params["id"])
        if shipment is None:
            raise error(404, "NOT_FOUND", "The requested resource could not be found.")
        return shipment

    def get(self, req: Request) -> Response:
        self.auth(req)
        return Response(200, self._get(req))

    def list(self, req: Request) -> Response:
        self.auth(req)
        page_size = min(int(req.arg("page_size", "20")), 100)
        items = list(reversed(self.shipments.values()))
        before = req.arg("before_id")
        if before:
            ids = [s["id"] for s in items]
            items = items[ids.index(before) + 1 :] if before in ids else []
        return Response(200, {"shipments": items[:page_size], "has_more": len(items) > page_size})

    def buy(self, req: Request) -> Response:
        self.auth(req)
        with self._state_lock:
            shipment = self._get(req)
            if shipment["postage_label"] is not None:
                raise error(
                    422, "SHIPMENT.POSTAGE.EXISTS", "The shipment already has postage. Please create a new shipment."
                )
            rate_id = ((req.json() or {}).get("rate") or {}).get("id")
            rate = next((r for r in shipment["rates"] if r["id"] == rate_id), None)
            if rate is None:
                raise error(
                    422,
                    "SHIPMENT.RATE.NOT_FOUND",
                    "The rate could not be found.",
                    [{"field": "rate.id", "message": "is invalid"}],
                )
            number = next(self._ids)
            code = f"EZ{number:010d}"
            tracker = {
                "id": self._id("trk"),
                "object": "Tracker",
                "tracking_code": code,
                "status": "pre_transit",
                "status_detail": "label_created",
                "carrier": rate["carrier"],
                "est_delivery_date": None,
                "signed_by": None,
                "public_url": f"https://track.easypost.com/{code}",
                "tracking_details": [
                    {
                        "object": "TrackingDetail",
                        "message": "Pre-Shipment information received",
                        "status": "pre_transit",
                        "status_detail": "label_created",
                        "datetime": iso_now(),
                        "source": rate["carrier"],
                        "tracking_location": {"city": None, "state": None, "country": None, "zip": None},
                    }
                ],
            }
            self.trackers[tracker["id"]] = tracker
            fmt = (shipment["options"].get("label_format") or "PNG").upper()
            shipment.update(
                status="unknown",
                tracking_code=code,
                selected_rate=rate,
                tracker=tracker,
                postage_label=self._label(shipment["id"], fmt),
            )
        return Response(200, shipment)

    def _label(self, sid: str, fmt: str) -> dict[str, Any]:
        ext = {"PDF": "pdf", "ZPL": "zpl", "EPL2": "epl2"}.get(fmt, "png")
        label = {
            "object": "PostageLabel",
            "label_file_type": {"pdf": "application/pdf", "zpl": "application/zpl", "epl2": "application/epl2"}.get(
                ext, "image/png"
            ),
            "label_size": "4x6",
            "label_resolution": 300,
            "label_url": f"{self.base_url}/files/postage_label/{sid}.{ext}",
            "label_pdf_url": None,
            "label_zpl_url": None,
            "label_epl2_url": None,
        }
        if ext in ("pdf", "zpl", "epl2"):
            label[f"label_{ext}_url"] = label["label_url"]
        return label

    def label(self, req: Request) -> Response:
        self.auth(req)
        with self._state_lock:
            shipment = self._get(req)
            if shipment["postage_label"] is None:
                raise error(422, "SHIPMENT.POSTAGE.REQUIRED", "The shipment has no postage yet.")
            fmt = (req.arg("file_format") or "").upper()
            if fmt not in ("PDF", "ZPL", "EPL2"):
                raise error(422, "SHIPMENT.LABEL.INVALID_FORMAT", "file_format must be PDF, ZPL or EPL2")
            converted = self._label(shipment["id"], fmt)
            shipment["postage_label"][f"label_{fmt.lower()}_url"] = converted["label_url"]
        return Response(200, shipment)

    def refund(self, req: Request) -> Response:
        self.auth(req)
        with self._state_lock:
            shipment = self._get(req)
            if shipment["postage_label"] is None:
                raise error(422, "SHIPMENT.REFUND.UNAVAILABLE", "Only purchased shipments can be refunded.")
            tracker = shipment["tracker"]
            if tracker["status"] not in ("pre_transit", "unknown"):
                raise error(
                    422, "SHIPMENT.REFUND.UNAVAILABLE", "This shipment is already in transit and cannot be refunded."
                )
            shipment["refund_status"] = "submitted"
            tracker["status"] = "cancelled"
        return Response(200, shipment)

    def file(self, req: Request) -> Response:
        sid, _dot, ext = req.params["name"].partition(".")
        if sid not in self.shipments:
            return Response(404, b"NoSuchKey", content_type="application/xml")
        if ext == "pdf":
            return Response(200, tiny_pdf("EasyPost " + sid), content_type="application/pdf")
        if ext in ("zpl", "epl2"):
            return Response(200, tiny_zpl(sid), content_type="application/octet-stream")
        return Response(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 16, content_type="image/png")

    # -- trackers
    def create_tracker(self, req: Request) -> Response:
        self.auth(req)
        body = (req.json() or {}).get("tracker") or {}
        code = body.get("tracking_code")
        if not code:
            raise error(422, "TRACKER.TRACKING_CODE.REQUIRED", "tracking_code is required")
        with self._state_lock:
            existing = next((t for t in self.trackers.values() if t["tracking_code"] == code), None)
            if existing:
                return Response(200, existing)
            tracker = {
                "id": self._id("trk"),
                "object": "Tracker",
                "tracking_code": code,
                "status": "pre_transit",
                "status_detail": "unknown",
                "carrier": body.get("carrier", "USPS"),
                "tracking_details": [],
            }
            if code == "EZ4000000004":
                tracker["status"] = "delivered"
            self.trackers[tracker["id"]] = tracker
        return Response(201, tracker)

    def get_tracker(self, req: Request) -> Response:
        self.auth(req)
        tracker = self.trackers.get(req.params["id"])
        if tracker is None:
            raise error(404, "NOT_FOUND", "The requested resource could not be found.")
        return Response(200, tracker)

    def advance(self, data: dict[str, Any]) -> Any:
        """``{"tracking_code"|"tracker_id": ..., "status": "delivered", "city": ...}``."""
        with self._state_lock:
            tracker = self.trackers.get(data.get("tracker_id", "")) or next(
                (t for t in self.trackers.values() if t["tracking_code"] == data.get("tracking_code")), None
            )
            if tracker is None:
                raise KeyError("no such tracker")
            tracker["status"] = data["status"]
            tracker["tracking_details"].append(
                {
                    "object": "TrackingDetail",
                    "message": data.get("message", data["status"]),
                    "status": data["status"],
                    "status_detail": data.get("status_detail", ""),
                    "datetime": data.get("datetime") or iso_now(),
                    "source": tracker["carrier"],
                    "tracking_location": {"city": data.get("city"), "state": None, "country": "US", "zip": None},
                }
            )
            return tracker["id"]

    def seed_tracker(self, statuses: list[tuple[str, str]] = ()) -> dict[str, str]:
        with self._state_lock:
            code = f"EZ{next(self._ids):010d}"
            tracker = {
                "id": self._id("trk"),
                "object": "Tracker",
                "tracking_code": code,
                "status": "pre_transit",
                "status_detail": "",
                "carrier": "USPS",
                "tracking_details": [],
            }
            for status, when in statuses or [("pre_transit", iso_now())]:
                tracker["status"] = status
                tracker["tracking_details"].append(
                    {
                        "object": "TrackingDetail",
                        "message": status,
                        "status": status,
                        "status_detail": "",
                        "datetime": when,
                        "source": "USPS",
                        "tracking_location": {"city": "Austin", "state": "TX", "country": "US", "zip": None},
                    }
                )
            self.trackers[tracker["id"]] = tracker
        return {"id": tracker["id"], "tracking_code": code}


if __name__ == "__main__":
    serve_main(
        lambda a: EasypostFake(api_key=a.token, latency=a.latency, rate_limit=a.rate_limit),
        "Local fake of the EasyPost API v2.",
    )
