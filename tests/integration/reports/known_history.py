"""A small shop's known week, written straight into the tables with fixed timestamps, so every
report figure can be worked out by hand (the expected values are in the tests)."""

from __future__ import annotations

from datetime import date, datetime

from orderdesk.db import Database
from orderdesk.models import CustomerRow, HistoryRow, HoldRow, OrderRow, OutboxRow, ShipmentRow
from orderdesk.services.reports import ReportQuery

NOW = datetime(2026, 3, 10, 8, 0)
QUERY = ReportQuery(date(2026, 3, 1), date(2026, 3, 10), now=NOW)


def _at(day: int, hour: int) -> datetime:
    return datetime(2026, 3, day, hour, 0)


def seed(db: Database) -> None:
    with db.session(write=True) as s:
        customer = CustomerRow(name="Anna", phone="+48600700800", email="a@example.pl", language="pl")
        s.add(customer)
        s.flush()

        def order(number, created, status, method, source, currency, total, paid=0):
            row = OrderRow(
                number=number,
                source=source,
                status=status,
                created_at=created,
                status_changed_at=created,
                customer_id=customer.id,
                delivery_method=method,
                payment_method="prepaid_online",
                currency=currency,
                total_minor=total,
                amount_paid_minor=paid,
            )
            s.add(row)
            s.flush()
            return row

        def steps(row, *moves):
            previous = None
            for at, to, actor in moves:
                kind = "create" if previous is None else "status"
                s.add(HistoryRow(order_id=row.id, at=at, actor=actor, role="owner", kind=kind,
                                 from_value=previous or "", to_value=to))  # fmt: skip
                previous = to
            row.status, row.status_changed_at = previous, moves[-1][0]

        def packed_note(row, at, packer, lines, wrong, extra):
            s.add(HistoryRow(order_id=row.id, at=at, actor=packer, role="packer", kind="note", to_value="verified",
                             details={"lines": lines, "items": lines, "wrong_scans": wrong, "extra_scans": extra}))  # fmt: skip

        o1 = order("2026-000001", _at(2, 10), "new", "carrier", "web", "PLN", 10000, paid=10000)
        steps(o1, (_at(2, 10), "new", "web"), (_at(2, 12), "confirmed", "Olga"), (_at(2, 14), "paid", "Olga"),
              (_at(2, 15), "assembling", "Olga"), (_at(2, 18), "packed", "Piotr"), (_at(3, 10), "shipped", "Piotr"),
              (_at(5, 10), "delivered", "carrier"))  # fmt: skip
        packed_note(o1, _at(2, 18), "Piotr", lines=2, wrong=1, extra=0)
        s.add(ShipmentRow(order_id=o1.id, carrier="cdek", service="standard", tracking_number="CD1"))

        o2 = order("2026-000002", _at(2, 11), "new", "pickup_shop", "phone", "PLN", 5000)
        steps(o2, (_at(2, 11), "new", "Olga"), (_at(2, 13), "confirmed", "Olga"), (_at(3, 13), "assembling", "Olga"),
              (_at(3, 14), "packed", "Piotr"), (_at(5, 13), "ready_for_pickup", "Piotr"),
              (_at(7, 13), "collected", "Kasia"))  # fmt: skip
        packed_note(o2, _at(3, 14), "Piotr", lines=1, wrong=0, extra=1)
        s.add(HoldRow(order_id=o2.id, kind="out_of_stock", reason="short", details={"MUG-1": 2, "reason": {"kind": "short_stock", "params": {"m": {"MUG-1": 2}}}},
                      created_at=_at(3, 13), resolved_at=_at(3, 14), created_by="Olga"))  # fmt: skip

        o3 = order("2026-000003", _at(3, 9), "new", "carrier", "web", "EUR", 2000)
        steps(o3, (_at(3, 9), "new", "web"), (_at(3, 10), "confirmed", "Olga"), (_at(3, 12), "cancelled", "Olga"))

        o4 = order("2026-000004", _at(4, 8), "new", "carrier", "web", "PLN", 3000)
        steps(o4, (_at(4, 8), "new", "web"))

        for key, channel, status, gateway in (
            ("m1", "sms", "sent", "twilio"),
            ("m2", "sms", "failed", "twilio"),
            ("m3", "email", "pending", ""),
        ):
            s.add(OutboxRow(order_id=o1.id, channel=channel, idempotency_key=key, status=status, gateway=gateway,
                            created_at=_at(2, 16)))  # fmt: skip
        # Outside the range: must not count anywhere.
        o5 = order("2026-000005", datetime(2026, 2, 20, 9, 0), "new", "carrier", "web", "PLN", 999)
        steps(o5, (datetime(2026, 2, 20, 9, 0), "new", "web"), (datetime(2026, 2, 21, 9, 0), "cancelled", "Olga"))
