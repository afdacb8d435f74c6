"""A busier known week than known_history: the pickup shelf, carriers with exceptions, out-of-stock
holds, returns and refunds in two currencies, and several people packing and handing over, all
at fixed times, so every figure of those reports can be worked out by hand (the expected values,
with their arithmetic, are in test_report_every_figure.py). The clock stands at NOW."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from orderdesk.db import Database
from orderdesk.models import (
    CustomerRow,
    HistoryRow,
    HoldRow,
    OrderLineRow,
    OrderRow,
    ReturnLineRow,
    ReturnRefundRow,
    ReturnRow,
    ShipmentRow,
)
from orderdesk.services.reports import ReportQuery

NOW = datetime(2026, 3, 10, 8, 0)
QUERY = ReportQuery(date(2026, 3, 1), date(2026, 3, 10), now=NOW)


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute)


def m3(day: int, hour: int, minute: int = 0) -> datetime:
    return at(3, day, hour, minute)


# number: (method, source, currency, total, shelf slot, steps (at, status, actor))
ORDERS: dict[str, tuple] = {
    # The pickup shelf.
    "2026-000101": (
        "pickup_shop",
        "phone",
        "PLN",
        4000,
        "A1",
        [
            (m3(1, 8), "new", "Olga"),
            (m3(1, 9), "confirmed", "Olga"),
            (m3(1, 9, 30), "assembling", "Olga"),
            (m3(1, 9, 50), "packed", "Piotr"),
            (m3(1, 10), "ready_for_pickup", "Piotr"),
            (m3(3, 22), "collected", "Kasia"),
        ],
    ),
    "2026-000102": (
        "pickup_shop",
        "web",
        "PLN",
        3000,
        "A2",
        [
            (m3(2, 7), "new", "web"),
            (m3(2, 7, 10), "confirmed", "Olga"),
            (m3(2, 7, 20), "assembling", "Olga"),
            (m3(2, 7, 50), "packed", "Piotr"),
            (m3(2, 8), "ready_for_pickup", "Piotr"),
        ],
    ),
    "2026-000103": (
        "pickup_shop",
        "web",
        "PLN",
        2000,
        "B1",
        [
            (m3(8, 6), "new", "web"),
            (m3(8, 6, 30), "confirmed", "Olga"),
            (m3(8, 7), "assembling", "Olga"),
            (m3(8, 7, 30), "packed", "Olga"),
            (m3(8, 8), "ready_for_pickup", "Olga"),
        ],
    ),
    "2026-000104": (
        "pickup_shop",
        "phone",
        "PLN",
        1000,
        "C3",
        [
            (at(2, 19, 10), "new", "Olga"),
            (at(2, 19, 11), "confirmed", "Olga"),
            (at(2, 19, 12), "assembling", "Olga"),
            (at(2, 20, 7), "packed", "Olga"),
            (at(2, 20, 8), "ready_for_pickup", "Olga"),
        ],
    ),
    "2026-000105": (
        "pickup_shop",
        "phone",
        "PLN",
        1000,
        "C4",
        [
            (at(2, 19, 10), "new", "Olga"),
            (at(2, 19, 11), "confirmed", "Olga"),
            (at(2, 19, 12), "assembling", "Olga"),
            (at(2, 20, 7), "packed", "Olga"),
            (at(2, 20, 8), "ready_for_pickup", "Olga"),
            (at(2, 22, 8), "collected", "Kasia"),
        ],
    ),
    "2026-000106": (
        "pickup_shop",
        "phone",
        "PLN",
        5000,
        "A3",
        [
            (m3(3, 9), "new", "Olga"),
            (m3(3, 9, 10), "confirmed", "Olga"),
            (m3(3, 9, 20), "assembling", "Olga"),
            (m3(3, 10), "packed", "Olga"),
            (m3(3, 12), "ready_for_pickup", "Olga"),
            (m3(3, 22, 40), "collected", "Kasia"),
            (m3(5, 10), "return_requested", "Olga", "too small"),
            (m3(6, 10), "returned", "Olga"),
            (m3(7, 10), "refunded", "Olga"),
        ],
    ),
    # Carriers.
    "2026-000201": (
        "carrier",
        "web",
        "PLN",
        8000,
        "",
        [
            (m3(2, 6), "new", "web"),
            (m3(2, 7), "paid", "web"),
            (m3(2, 7, 20), "assembling", "Olga"),
            (m3(2, 7, 40), "packed", "Piotr"),
            (m3(2, 10), "shipped", "Piotr"),
            (m3(4, 10), "delivered", "carrier"),
        ],
    ),
    "2026-000202": (
        "carrier",
        "web",
        "PLN",
        6000,
        "",
        [
            (m3(3, 6), "new", "web"),
            (m3(3, 7), "paid", "web"),
            (m3(3, 7, 10), "assembling", "Olga"),
            (m3(3, 7, 30), "packed", "Olga"),
            (m3(3, 8), "shipped", "Olga"),
            (m3(6, 20), "delivered", "carrier"),
        ],
    ),
    "2026-000203": (
        "carrier",
        "web",
        "EUR",
        3000,
        "",
        [
            (m3(4, 7), "new", "web"),
            (m3(4, 7, 30), "paid", "web"),
            (m3(4, 7, 40), "assembling", "Olga"),
            (m3(4, 8), "packed", "Piotr"),
            (m3(4, 9), "shipped", "Piotr"),
            (m3(5, 9), "delivered", "carrier"),
        ],
    ),
    "2026-000204": (
        "carrier",
        "import",
        "PLN",
        2500,
        "",
        [
            (m3(5, 10), "new", "import"),
            (m3(5, 10, 30), "paid", "Olga"),
            (m3(5, 10, 40), "assembling", "Olga"),
            (m3(5, 11), "packed", "Piotr"),
            (m3(5, 12), "shipped", "Piotr"),
        ],
    ),
    "2026-000205": (
        "carrier",
        "web",
        "PLN",
        1500,
        "",
        [
            (at(2, 24, 8), "new", "web"),
            (at(2, 24, 9), "paid", "web"),
            (at(2, 24, 10), "assembling", "Olga"),
            (at(2, 24, 11), "packed", "Olga"),
            (at(2, 25, 8), "shipped", "Olga"),
            (m3(2, 8), "delivered", "carrier"),
        ],
    ),
    # Still open: packed, and new.
    "2026-000301": (
        "carrier",
        "web",
        "PLN",
        1200,
        "",
        [
            (m3(5, 10), "new", "web"),
            (m3(5, 10, 5), "paid", "web"),
            (m3(5, 10, 20), "assembling", "Olga"),
            (m3(5, 11, 30), "packed", "Piotr"),
        ],
    ),
    "2026-000401": ("carrier", "web", "PLN", 900, "", [(m3(9, 20), "new", "web")]),
    "2026-000402": ("carrier", "web", "PLN", 900, "", [(m3(9, 8), "new", "web"), (m3(9, 9), "cancelled", "Olga")]),
}

LINES = {  # number: [(sku, quantity, unit price)]
    "2026-000201": [("MUG-1", 2, 2500), ("TEA-2", 1, 1299)],
    "2026-000203": [("CUP-3", 2, 1500)],
    "2026-000101": [("MUG-1", 1, 2500)],
    "2026-000202": [("MUG-1", 2, 2500)],
}


def seed(db: Database) -> None:
    with db.session(write=True) as s:
        customer = CustomerRow(name="Anna", phone="+48600700800", email="a@example.pl", language="pl")
        s.add(customer)
        s.flush()
        ids: dict[str, int] = {}
        for number, (method, source, currency, total, slot, steps) in ORDERS.items():
            row = OrderRow(number=number, source=source, status=steps[-1][1], created_at=steps[0][0],
                           status_changed_at=steps[-1][0], customer_id=customer.id, delivery_method=method,
                           payment_method="prepaid_online", currency=currency, total_minor=total,
                           amount_paid_minor=total, shelf_slot=slot)  # fmt: skip
            s.add(row)
            s.flush()
            ids[number] = row.id
            previous = ""
            for when, status, actor, *reason in steps:
                s.add(HistoryRow(order_id=row.id, at=when, actor=actor, role="owner",
                                 kind="status" if previous else "create", from_value=previous, to_value=status,
                                 reason=reason[0] if reason else ""))  # fmt: skip
                previous = status
        lines: dict[tuple[str, str], int] = {}
        for number, items in LINES.items():
            for sku, quantity, price in items:
                line = OrderLineRow(order_id=ids[number], sku=sku, name=sku, quantity=quantity, unit_price_minor=price)
                s.add(line)
                s.flush()
                lines[number, sku] = line.id

        def shipment(number: str, carrier: str, service: str, cancelled: bool = False) -> None:
            s.add(ShipmentRow(order_id=ids[number], carrier=carrier, service=service, cancelled=cancelled,
                              tracking_number=f"T{number[-3:]}{carrier}"))  # fmt: skip

        shipment("2026-000201", "cdek", "standard")
        shipment("2026-000202", "cdek", "standard")
        shipment("2026-000203", "inpost", "locker", cancelled=True)  # replaced by the one below
        shipment("2026-000203", "cdek", "express")
        shipment("2026-000204", "inpost", "locker")
        shipment("2026-000205", "inpost", "locker")

        def hold(number: str, kind: str, created: datetime, hours: float | None, details: dict | None = None) -> None:
            resolved = created + timedelta(hours=hours) if hours is not None else None
            s.add(HoldRow(order_id=ids[number], kind=kind, details=details or {}, created_at=created,
                          resolved_at=resolved, created_by="Olga"))  # fmt: skip

        hold("2026-000202", "delayed", m3(5, 8), 24)
        hold("2026-000204", "carrier_mismatch", m3(6, 9), None)
        hold("2026-000204", "delayed", m3(8, 9), None)
        reason = {"kind": "short_stock", "params": {}}
        for (number, created, hours, short) in (
            ("2026-000101", m3(1, 12), 1, {"MUG-1": 2, "reason": reason}),
            ("2026-000102", m3(2, 12), 2, {"MUG-1": 1}),
            ("2026-000201", m3(2, 13), 3, {"TEA-2": 1}),
            ("2026-000202", m3(3, 12), 4, {"TEA-2": 2, "MUG-1": 1}),
            ("2026-000203", m3(3, 13), 5, {"CUP-3": 4}),
            ("2026-000106", m3(4, 12), 6, {"MUG-1": 1}),
            ("2026-000101", m3(4, 13), 7, {"TEA-2": 1}),
            ("2026-000102", m3(5, 12), 8, {"CUP-3": 1}),
            ("2026-000201", m3(5, 13), 9, {"MUG-1": 2}),
            ("2026-000202", m3(6, 12), 48, {"TEA-2": 5}),
            ("2026-000103", m3(7, 12), None, {"CUP-3": 2}),  # still open
            ("2026-000105", at(2, 25, 12), 1, {"MUG-1": 9}),  # before the range
        ):  # fmt: skip
            hold(number, "out_of_stock", created, hours, short)
        for number, open_holds in (("2026-000103", 1), ("2026-000204", 2)):
            s.get(OrderRow, ids[number]).hold_count = open_holds

        def a_return(number: str, order: str, status: str, created: datetime, items) -> int:
            row = ReturnRow(number=number, order_id=ids[order], status=status, created_at=created,
                            updated_at=created, created_by="Olga")  # fmt: skip
            s.add(row)
            s.flush()
            for sku, quantity, why in items:
                s.add(ReturnLineRow(return_id=row.id, order_line_id=lines[order, sku], sku=sku, quantity=quantity,
                                    unit_price_minor=0, reason=why))  # fmt: skip
            return row.id

        def refund(return_id: int, order: str, amount: int, currency: str, created: datetime) -> None:
            s.add(ReturnRefundRow(return_id=return_id, order_id=ids[order], idempotency_key=f"refund-{return_id}",
                                  amount_minor=amount, currency=currency, payment_method="prepaid_online",
                                  created_at=created))  # fmt: skip

        r1 = a_return("R-2026-00001", "2026-000201", "refunded", m3(5, 10),
                      [("MUG-1", 2, "damaged"), ("TEA-2", 1, "wrong_item")])  # fmt: skip
        refund(r1, "2026-000201", 6299, "PLN", m3(6, 10))
        a_return("R-2026-00002", "2026-000101", "rejected", m3(6, 11), [("MUG-1", 1, "changed_mind")])
        a_return("R-2026-00003", "2026-000203", "awaiting_parcel", m3(7, 9), [("CUP-3", 1, "damaged")])
        r4 = a_return("R-2026-00004", "2026-000202", "refunded", at(2, 27, 9), [("MUG-1", 1, "other")])
        refund(r4, "2026-000202", 1000, "PLN", m3(2, 9))  # asked in February, refunded in the range
