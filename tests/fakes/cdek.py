"""A strict local fake of the CDEK API v2 (PROTOCOLS.md section A).

OAuth client-credentials tokens that expire, asynchronous order creation (202, then the
request goes ACCEPTED -> SUCCESSFUL or INVALID on a later read), order reads by uuid and by
``im_number``/``cdek_number``, deletion, asynchronous barcode/waybill printing with a PDF,
and CDEK's two error body shapes, and client returns of delivered orders (``clientReturn``:
202, a CREATE_CLIENT_RETURN request on the forward order, then a return order among its
``related_entities`` as ``client_return_order`` with ``is_client_return``). Run: ``python -m tests.fakes.cdek --port 8081``.
"""

from __future__ import annotations

import itertools
import threading
import time
from typing import Any

from tests.fakes.base import (
    FakeError,
    FakeVendor,
    Request,
    Response,
    barcode_pdf,
    iso_now,
    new_uuid,
    serve_main,
    tiny_pdf,
)

STATUS_NAMES = {
    "ACCEPTED": "Принят",
    "CREATED": "Создан",
    "RECEIVED_AT_SHIPMENT_WAREHOUSE": "Принят на склад отправителя",
    "SENT_TO_RECIPIENT_CITY": "Отправлен в г. получателя",
    "ACCEPTED_IN_RECIPIENT_CITY": "Встречен в г. получателя",
    "ACCEPTED_AT_PICK_UP_POINT": "Принят на склад до востребования",
    "TAKEN_BY_COURIER": "Выдан на доставку",
    "DELIVERED": "Вручен",
    "NOT_DELIVERED": "Не вручен",
    "REMOVED": "Удален",
}


def entity_error(status: int, code: str, message: str, req_type: str = "CREATE") -> FakeError:
    """Entity endpoints: the error sits inside ``requests[]``."""
    return FakeError(
        Response(
            status,
            {
                "requests": [
                    {
                        "request_uuid": new_uuid(),
                        "type": req_type,
                        "date_time": iso_now(),
                        "state": "INVALID",
                        "errors": [{"code": code, "message": message}],
                        "warnings": [],
                    }
                ],
                "related_entities": [],
            },
        )
    )


def list_error(status: int, code: str, message: str) -> FakeError:
    return FakeError(Response(status, {"errors": [{"code": code, "additional_code": "0x1", "message": message}]}))


class CdekFake(FakeVendor):
    name = "cdek"

    def __init__(
        self, client_id: str = "test-client", client_secret: str = "test-secret", reads_to_process: int = 1, **kw
    ):
        self.client_id = client_id
        self.client_secret = client_secret
        self.reads_to_process = reads_to_process
        self.tokens: dict[str, float] = {}  # token -> expiry (monotonic)
        self.orders: dict[str, dict[str, Any]] = {}
        self.prints: dict[str, dict[str, Any]] = {}
        self._numbers = itertools.count(1_000_000_001)
        self._state_lock = threading.Lock()
        super().__init__(**kw)

    # -- routes
    def routes(self) -> None:
        self.route("POST", "/v2/oauth/token", self.token)
        self.route("POST", "/v2/orders", self.create_order)
        self.route("GET", "/v2/orders", self.find_order)
        self.route("GET", "/v2/orders/(?P<uuid>[0-9a-f-]+)", self.get_order)
        self.route("DELETE", "/v2/orders/(?P<uuid>[0-9a-f-]+)", self.delete_order)
        self.route("POST", "/v2/orders/(?P<uuid>[0-9a-f-]+)/clientReturn", self.client_return)
        self.route("POST", "/v2/calculator/tariff", self.calculate)
        self.route("POST", "/v2/print/(?P<kind>orders|barcodes)", self.create_print)
        self.route("GET", "/v2/print/(?P<kind>orders|barcodes)/(?P<uuid>[0-9a-f-]+)", self.get_print)
        self.route("GET", "/v2/print/(?P<kind>orders|barcodes)/(?P<uuid>[0-9a-f-]+)\\.pdf", self.get_print_pdf)

    def rate_limited(self, req: Request) -> Response:
        return Response(
            429, {"errors": [{"code": "v2_too_many_requests", "message": "Too many requests"}]}, {"Retry-After": "1"}
        )

    def server_error(self, req: Request) -> Response:
        return entity_error(500, "v2_internal_error", "Internal error").response

    def expire_tokens(self) -> None:
        with self._state_lock:
            for token in self.tokens:
                self.tokens[token] = 0.0

    # -- auth
    def token(self, req: Request) -> Response:
        if "application/x-www-form-urlencoded" not in req.header("content-type"):
            raise list_error(400, "v2_bad_request", "Content-Type must be application/x-www-form-urlencoded")
        form = req.form()
        if form.get("grant_type") != "client_credentials":
            return Response(400, {"error": "unsupported_grant_type"})
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return Response(401, {"error": "invalid_client", "error_description": "Bad client credentials"})
        token = "eyJ" + new_uuid().replace("-", "")
        with self._state_lock:
            self.tokens[token] = time.monotonic() + 3599
        return Response(
            200,
            {
                "access_token": token,
                "token_type": "bearer",
                "expires_in": 3599,
                "scope": "order:all payment:all",
                "jti": new_uuid(),
            },
        )

    def auth(self, req: Request) -> None:
        header = req.header("authorization")
        if not header.startswith("Bearer "):
            raise list_error(401, "v2_authorization_incorrect", "Authorization header is missing")
        expiry = self.tokens.get(header[7:])
        if expiry is None:
            raise list_error(401, "v2_authorization_incorrect", "Token is invalid")
        if expiry <= time.monotonic():
            raise list_error(401, "v2_token_expired", "Token expired")

    # -- orders
    def create_order(self, req: Request) -> Response:
        self.auth(req)
        try:
            body = req.json()
        except ValueError:
            raise entity_error(400, "v2_invalid_format", "Request body is not valid JSON") from None
        self.validate(body)
        uuid = new_uuid()
        order = {
            "body": body,
            "uuid": uuid,
            "cdek_number": None,
            "state": "ACCEPTED",
            "reads": 0,
            "statuses": [],
            "requests": [{"request_uuid": new_uuid(), "type": "CREATE", "date_time": iso_now(), "state": "ACCEPTED"}],
        }
        with self._state_lock:
            self.orders[uuid] = order
        return Response(202, {"entity": {"uuid": uuid}, "requests": order["requests"], "related_entities": []})

    def validate(self, body: dict[str, Any]) -> None:
        def empty(path: str) -> FakeError:
            return entity_error(400, "v2_field_is_empty", f"[{path}] is empty")

        if not isinstance(body, dict):
            raise entity_error(400, "v2_invalid_format", "Body must be an object")
        if not body.get("tariff_code"):
            raise empty("tariff_code")
        recipient = body.get("recipient") or {}
        if not recipient.get("name"):
            raise empty("recipient.name")
        phones = recipient.get("phones") or []
        if not phones or not phones[0].get("number"):
            raise empty("recipient.phones")
        if bool(body.get("from_location")) == bool(body.get("shipment_point")):
            raise entity_error(400, "v2_bad_request", "Exactly one of from_location and shipment_point must be set")
        if bool(body.get("to_location")) == bool(body.get("delivery_point")):
            raise entity_error(400, "v2_bad_request", "Exactly one of to_location and delivery_point must be set")
        packages = body.get("packages") or []
        if not 1 <= len(packages) <= 255:
            raise empty("packages")
        for i, pkg in enumerate(packages):
            for key in ("number", "weight"):
                if not pkg.get(key):
                    raise empty(f"packages[{i}].{key}")
            if not isinstance(pkg["weight"], int):
                raise entity_error(400, "v2_invalid_format", f"[packages[{i}].weight] must be an integer (grams)")
            if body.get("type", 1) == 1:
                items = pkg.get("items") or []
                if not items:
                    raise empty(f"packages[{i}].items")
                for j, item in enumerate(items):
                    for key in ("name", "ware_key", "payment", "cost", "weight", "amount"):
                        if item.get(key) in (None, ""):
                            raise empty(f"packages[{i}].items[{j}].{key}")

    def _process(self, order: dict[str, Any]) -> None:
        """The asynchronous part: after a few reads the CREATE request has been handled."""
        order["reads"] += 1
        self._process_client_return(order)
        if order["state"] != "ACCEPTED" or order["reads"] <= self.reads_to_process:
            return
        phone = order["body"]["recipient"]["phones"][0]["number"]
        if not phone.lstrip("+").isdigit():
            order["state"] = "INVALID"
            order["requests"][0].update(
                state="INVALID",
                errors=[{"code": "v2_invalid_format", "message": "[recipient.phones[0].number] has invalid format"}],
            )
            return
        order["state"] = "SUCCESSFUL"
        order["requests"][0]["state"] = "SUCCESSFUL"
        order["cdek_number"] = str(next(self._numbers))
        self._add_status(order, "ACCEPTED", "")
        self._add_status(order, "CREATED", "")

    # -- client returns (a delivered e-shop order sent back by the customer)
    RETURN_TARIFFS = (136, 137, 138, 139)  # the tariffs of this fake's "contract"

    def client_return(self, req: Request) -> Response:
        self.auth(req)
        body = req.json() or {}
        with self._state_lock:
            order = self._order(req.params["uuid"])
            kind = "CREATE_CLIENT_RETURN"
            if not body.get("tariff_code"):
                raise entity_error(400, "v2_field_is_empty", "[tariff_code] is empty", kind)
            if not isinstance(body["tariff_code"], int):
                raise entity_error(400, "v2_invalid_format", "[tariff_code] must be an integer", kind)
            live = [st for st in order["statuses"] if not st.get("deleted")]
            if not live or live[0]["code"] != "DELIVERED":
                raise entity_error(
                    400,
                    "v2_order_not_delivered",
                    "Client return can be created only for an order in the final status Delivered (Вручен)",
                    kind,
                )
            if order.get("client_return") or any(
                r["type"] == kind and r["state"] in ("ACCEPTED", "WAITING") for r in order["requests"]
            ):
                raise entity_error(
                    400, "v2_client_return_exists", "A client return already exists for this order", kind
                )
            request = {
                "request_uuid": new_uuid(),
                "type": kind,
                "date_time": iso_now(),
                "state": "ACCEPTED",
                "_tariff": body["tariff_code"],
                "_reads": 0,
            }
            order["requests"].append(request)
        public = {k: v for k, v in request.items() if not k.startswith("_")}
        return Response(202, {"entity": {"uuid": order["uuid"]}, "requests": [public], "related_entities": []})

    def _process_client_return(self, order: dict[str, Any]) -> None:
        for request in order["requests"]:
            if request["type"] != "CREATE_CLIENT_RETURN" or request["state"] != "ACCEPTED":
                continue
            request["_reads"] += 1
            if request["_reads"] <= self.reads_to_process:
                continue
            if request["_tariff"] not in self.RETURN_TARIFFS:
                request["state"] = "INVALID"
                request["errors"] = [{"code": "v2_tariff_unavailable", "message": "Tariff is not in the contract"}]
                continue
            forward = order["body"]
            uuid = new_uuid()
            self.orders[uuid] = {
                "body": {
                    "type": 1,
                    "number": forward.get("number"),
                    "tariff_code": request["_tariff"],
                    "recipient": {"name": "Shop", "phones": [{"number": "+70000000000"}]},
                    "packages": forward.get("packages") or [{"number": "1", "weight": 500}],
                },
                "uuid": uuid,
                "cdek_number": str(next(self._numbers)),
                "state": "SUCCESSFUL",
                "reads": 99,
                "statuses": [],
                "requests": [
                    {"request_uuid": new_uuid(), "type": "CREATE", "date_time": iso_now(), "state": "SUCCESSFUL"}
                ],
                "is_return": True,
                "is_client_return": True,
                "direct_uuid": order["uuid"],
            }
            self._add_status(self.orders[uuid], "ACCEPTED", "")
            self._add_status(self.orders[uuid], "CREATED", "")
            request["state"] = "SUCCESSFUL"
            order["client_return"] = uuid

    def _related(self, order: dict[str, Any]) -> list[dict[str, Any]]:
        related = []
        if order.get("client_return"):
            ret = self.orders[order["client_return"]]
            related.append({"type": "client_return_order", "uuid": ret["uuid"], "cdek_number": ret["cdek_number"]})
        if order.get("direct_uuid"):
            direct = self.orders[order["direct_uuid"]]
            related.append(
                {"type": "client_direct_order", "uuid": direct["uuid"], "cdek_number": direct["cdek_number"]}
            )
        return related

    def _add_status(self, order: dict[str, Any], code: str, city: str, date_time: str | None = None) -> None:
        status = {
            "code": code,
            "name": STATUS_NAMES.get(code, code),
            "date_time": date_time or iso_now(),
            "city": city,
            "deleted": False,
        }
        order["statuses"].insert(0, status)  # newest first

    def _entity(self, order: dict[str, Any]) -> dict[str, Any]:
        body = order["body"]
        entity: dict[str, Any] = {
            "uuid": order["uuid"],
            "type": body.get("type", 1),
            "is_return": bool(order.get("is_return")),
            "is_reverse": False,
            "is_client_return": bool(order.get("is_client_return")),
            "number": body.get("number"),
            "tariff_code": body["tariff_code"],
            "recipient": body["recipient"],
            "packages": [
                {
                    **{k: v for k, v in p.items() if k != "items"},
                    "package_id": new_uuid(),
                    "barcode": order["cdek_number"],
                }
                for p in body["packages"]
            ],
            "statuses": order["statuses"],
        }
        if order["cdek_number"]:
            entity["cdek_number"] = order["cdek_number"]
        for key in ("delivery_point", "to_location", "shipment_point", "from_location"):
            if key in body:
                entity[key] = body[key]
        requests = [{k: v for k, v in r.items() if not k.startswith("_")} for r in order["requests"]]
        return {"entity": entity, "requests": requests, "related_entities": self._related(order)}

    def _order(self, uuid: str) -> dict[str, Any]:
        order = self.orders.get(uuid)
        if order is None:
            raise entity_error(404, "v2_entity_not_found", f"Entity is not found, uuid: {uuid}", "GET")
        return order

    def get_order(self, req: Request) -> Response:
        self.auth(req)
        with self._state_lock:
            order = self._order(req.params["uuid"])
            self._process(order)
            return Response(200, self._entity(order))

    def find_order(self, req: Request) -> Response:
        self.auth(req)
        im_number, cdek_number = req.arg("im_number"), req.arg("cdek_number")
        if not im_number and not cdek_number:
            raise list_error(400, "v2_bad_request", "cdek_number or im_number is required")
        with self._state_lock:
            for order in reversed(list(self.orders.values())):
                if (im_number and order["body"].get("number") == im_number) or (
                    cdek_number and order["cdek_number"] == cdek_number
                ):
                    self._process(order)
                    return Response(200, self._entity(order))
        if im_number:
            raise entity_error(
                400, "v2_entity_not_found_im_number", f"Order with im_number {im_number} not found", "GET"
            )
        raise entity_error(400, "v2_entity_not_found", f"Order with cdek_number {cdek_number} not found", "GET")

    def delete_order(self, req: Request) -> Response:
        self.auth(req)
        with self._state_lock:
            order = self._order(req.params["uuid"])
            codes = {s["code"] for s in order["statuses"]}
            if codes - {"ACCEPTED", "CREATED"}:
                raise entity_error(
                    400, "v2_entity_forbidden", "Order cannot be deleted: it has already been handed over", "DELETE"
                )
            if "REMOVED" not in codes:
                self._add_status(order, "REMOVED", "")
            request = {"request_uuid": new_uuid(), "type": "DELETE", "date_time": iso_now(), "state": "ACCEPTED"}
            order["requests"].append(request)
        return Response(202, {"entity": {"uuid": order["uuid"]}, "requests": [request], "related_entities": []})

    # -- tariff calculator (a list endpoint: errors come in the top-level shape)
    def calculate(self, req: Request) -> Response:
        self.auth(req)
        body = req.json() or {}
        if not body.get("tariff_code"):
            raise list_error(400, "v2_field_is_empty", "[tariff_code] is empty")
        for key in ("from_location", "to_location"):
            if not body.get(key):
                raise list_error(400, "v2_field_is_empty", f"[{key}] is empty")
        packages = body.get("packages") or []
        if not packages or any(not p.get("weight") for p in packages):
            raise list_error(400, "v2_field_is_empty", "[packages.weight] is empty")
        weight = sum(int(p["weight"]) for p in packages)
        base = {136: 300, 137: 450, 138: 420, 139: 560}.get(int(body["tariff_code"]))
        if base is None:
            raise list_error(400, "v2_invalid_value", "Tariff is not available for this direction")
        delivery = base + 100 * max(0, (weight - 1) // 1000)
        days = 2 if int(body["tariff_code"]) in (136, 137) else 3
        return Response(
            200,
            {
                "delivery_sum": float(delivery),
                "period_min": days,
                "period_max": days + 1,
                "calendar_min": days,
                "calendar_max": days + 1,
                "weight_calc": weight,
                "services": [],
                "total_sum": round(delivery * 1.2, 2),
                "currency": "RUB",
            },
        )

    # -- printing
    def create_print(self, req: Request) -> Response:
        self.auth(req)
        body = req.json() or {}
        orders = body.get("orders") or []
        if not orders:
            raise entity_error(400, "v2_field_is_empty", "[orders] is empty")
        if len(orders) > 100:
            raise entity_error(400, "v2_bad_request", "No more than 100 orders in one print request")
        if req.params["kind"] == "barcodes" and body.get("format", "A4") not in ("A4", "A5", "A6", "A7"):
            raise entity_error(400, "v2_invalid_format", "[format] must be one of A4, A5, A6, A7")
        numbers = []
        with self._state_lock:
            for ref in orders:
                order = self.orders.get(ref.get("order_uuid", "")) or next(
                    (
                        o
                        for o in self.orders.values()
                        if ref.get("cdek_number") and o["cdek_number"] == ref["cdek_number"]
                    ),
                    None,
                )
                if order is None or not order["cdek_number"]:
                    raise entity_error(400, "v2_entity_not_found", "Order not found or not processed yet")
                numbers.append(order["cdek_number"])
            uuid = new_uuid()
            self.prints[uuid] = {"kind": req.params["kind"], "numbers": numbers, "reads": 0}
        return Response(
            202,
            {
                "entity": {"uuid": uuid},
                "requests": [
                    {"request_uuid": new_uuid(), "type": "CREATE", "state": "ACCEPTED", "date_time": iso_now()}
                ],
            },
        )

    def get_print(self, req: Request) -> Response:
        self.auth(req)
        with self._state_lock:
            job = self.prints.get(req.params["uuid"])
            if job is None or job["kind"] != req.params["kind"]:
                raise entity_error(404, "v2_entity_not_found", "Print form not found", "GET")
            job["reads"] += 1
            states = ["ACCEPTED", "PROCESSING", "READY"][: min(job["reads"], 3)]
        entity: dict[str, Any] = {
            "uuid": req.params["uuid"],
            "orders": [{"cdek_number": n} for n in job["numbers"]],
            # oldest first, as recorded sandbox answers show
            "statuses": [{"code": s, "name": s.title(), "date_time": iso_now()} for s in states],
        }
        if states[-1] == "READY":
            entity["url"] = f"{self.base_url}/v2/print/{req.params['kind']}/{req.params['uuid']}.pdf"
        return Response(200, {"entity": entity, "requests": []})

    def get_print_pdf(self, req: Request) -> Response:
        self.auth(req)
        job = self.prints.get(req.params["uuid"])
        if job is None or job["reads"] < 3:
            raise entity_error(404, "v2_entity_not_found", "Print form not ready", "GET")
        if job["kind"] == "barcodes" and len(job["numbers"]) == 1:
            return Response(200, barcode_pdf("CDEK", job["numbers"][0]), content_type="application/pdf")
        return Response(200, tiny_pdf("CDEK " + " ".join(job["numbers"])), content_type="application/pdf")

    # -- test control: move a parcel along
    def advance(self, data: dict[str, Any]) -> Any:
        """``{"cdek_number"|"uuid": ..., "code": "DELIVERED", "city": "...", "date_time": ...}``."""
        with self._state_lock:
            order = self.orders.get(data.get("uuid", "")) or next(
                (o for o in self.orders.values() if o["cdek_number"] == data.get("cdek_number")), None
            )
            if order is None:
                raise KeyError("no such order")
            self._add_status(order, data["code"], data.get("city", ""), data.get("date_time"))
            return order["uuid"]

    def seed_processed(self, number: str, statuses: list[tuple[str, str]] = ()) -> dict[str, str]:
        """Create an already processed order directly (benchmarks, sync tests)."""
        uuid = new_uuid()
        order = {
            "body": {
                "number": number,
                "tariff_code": 136,
                "recipient": {"name": "X", "phones": [{"number": "+70000000000"}]},
                "packages": [{"number": "1", "weight": 500}],
                "delivery_point": "MSK1",
            },
            "uuid": uuid,
            "cdek_number": str(next(self._numbers)),
            "state": "SUCCESSFUL",
            "reads": 99,
            "statuses": [],
            "requests": [{"request_uuid": new_uuid(), "type": "CREATE", "date_time": iso_now(), "state": "SUCCESSFUL"}],
        }
        for code, when in statuses or [("CREATED", iso_now())]:
            self._add_status(order, code, "Москва", when)
        with self._state_lock:
            self.orders[uuid] = order
        return {"uuid": uuid, "cdek_number": order["cdek_number"]}


if __name__ == "__main__":
    serve_main(
        lambda a: CdekFake(client_id=a.client_id, client_secret=a.token, latency=a.latency, rate_limit=a.rate_limit),
        "Local fake of the CDEK API v2 (client secret = --token).",
    )
