"""The messages report on a known week, on SQLite and PostgreSQL: every outcome apart per channel
and gateway (delivered, sent without a report, undelivered, failed, outcome unknown, waiting),
opt-outs, and the range, delivery-method and channel filters."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from orderdesk.db import Database
from orderdesk.models import CustomerRow, HistoryRow, OrderRow, OutboxRow
from orderdesk.services.reports import ReportService
from orderdesk.services.reports.series import chart_series
from tests.integration.reports import known_history
from tests.integration.reports.backends import BACKENDS, known_shop
from tests.integration.reports.known_history import QUERY
from tests.integration.test_cli import run
from tests.support.pg_fixtures import pg_server

__all__ = ["pg_server"]


def _at(day: int, hour: int) -> datetime:
    return datetime(2026, 3, day, hour)


def seed(db: Database) -> None:
    """The known week (three messages of order 1: SMS sent, SMS failed, e-mail waiting) and more:
    order 2 (phone, shop pickup) belongs to Boris, who opted out of SMS; Anna (orders 1, 3, 4)
    opted out of e-mail."""
    known_history.seed(db)
    with db.session(write=True) as s:
        ids = {number: id_ for number, id_ in s.execute(select(OrderRow.number, OrderRow.id))}
        o1, o2, o5 = ids["2026-000001"], ids["2026-000002"], ids["2026-000005"]
        boris = CustomerRow(name="Boris", phone="+48600700801", sms_opt_out=True)
        s.add(boris)
        s.flush()
        s.get(OrderRow, o2).customer_id = boris.id
        s.scalar(select(CustomerRow).where(CustomerRow.name == "Anna")).email_opt_out = True
        for key, order, channel, status, gateway, at, payload, kind in (
            ("m4", o1, "sms", "delivered", "twilio", _at(3, 9), {"delivery": "delivered"}, "status"),
            ("m5", o2, "sms", "failed", "twilio", _at(3, 15), {"delivery": "undelivered"}, "status"),
            ("m6", o2, "sms", "unknown", "smsapi", _at(5, 14), {}, "status"),
            ("m7", o2, "email", "sent", "smtp_email", _at(5, 14), {}, "status"),
            ("m8", o1, "email", "held", "", _at(4, 9), {}, "status"),
            ("m9", o1, "email", "incomplete", "", _at(4, 9), {}, "status"),
            ("m10", None, "email", "failed", "smtp_email", _at(4, 9), {}, "manager_alert"),  # not a customer's
            ("m11", o5, "sms", "delivered", "twilio", datetime(2026, 2, 20, 9), {}, "status"),  # before the range
        ):
            s.add(OutboxRow(order_id=order, channel=channel, kind=kind, idempotency_key=key, status=status,
                            gateway=gateway, payload=payload, created_at=at))  # fmt: skip
        for order, at in ((o2, _at(5, 14)), (o5, datetime(2026, 2, 21, 9))):  # the second before the range
            s.add(HistoryRow(order_id=order, at=at, actor="notifications", role="system", kind="notification",
                             to_value="opt_out", reason="unsubscribed"))  # fmt: skip


@pytest.fixture(scope="module", params=BACKENDS)
def reports(request, tmp_path_factory):
    for db in known_shop(request, tmp_path_factory, seed):
        yield ReportService(db)


def figures(service: ReportService, query=QUERY) -> tuple[list[tuple], str]:
    table = service.run("messages", query)
    return [tuple(r) for r in table.rows], table.note


def test_every_outcome_apart_per_channel_and_gateway(reports):
    rows, note = figures(reports)
    # channel, gateway, written, delivered, sent (no report), undelivered, failed, unknown, waiting, opted out
    assert rows == [
        ("email", "", 3, 0, 0, 0, 0, 0, 3, 1),  # pending, held, incomplete; Anna opted out of e-mail
        ("email", "smtp_email", 1, 0, 1, 0, 0, 0, 0, 0),  # the manager's alert is not counted
        ("sms", "smsapi", 1, 0, 0, 0, 0, 1, 0, 1),  # Boris opted out of SMS
        ("sms", "twilio", 4, 1, 1, 1, 1, 0, 0, 1),  # the message of 20 February is not counted
    ]
    assert all(r[2] == sum(r[3:9]) for r in rows)  # every message in exactly one outcome
    assert note == (
        "Customers who opted out: 1 of SMS, 1 of e-mail. Unsubscribes reported by the gateways in these days: 1."
    )


def test_the_delivery_method_and_channel_filters(reports):
    phone = replace(QUERY, channel="phone")  # order 2 only
    for only_order_2 in (phone, replace(QUERY, delivery_method="pickup_shop")):
        rows, note = figures(reports, only_order_2)
        assert rows == [
            ("email", "smtp_email", 1, 0, 1, 0, 0, 0, 0, 0),
            ("sms", "smsapi", 1, 0, 0, 0, 0, 1, 0, 1),
            ("sms", "twilio", 1, 0, 0, 1, 0, 0, 0, 1),
        ]
        assert note == (
            "Customers who opted out: 1 of SMS, 0 of e-mail. Unsubscribes reported by the gateways in these days: 1."
        )
    rows, note = figures(reports, replace(QUERY, delivery_method="carrier"))  # orders 1, 3 and 4
    assert rows == [("email", "", 3, 0, 0, 0, 0, 0, 3, 1), ("sms", "twilio", 3, 1, 1, 0, 1, 0, 0, 0)]
    assert note.startswith("Customers who opted out: 0 of SMS, 1 of e-mail.") and note.endswith(": 0.")
    rows, _note = figures(reports, replace(QUERY, channel="import"))
    assert rows == []


def test_the_date_range(reports):
    later = replace(QUERY, date_from=date(2026, 3, 5))  # messages of 5 March; no order created since
    rows, note = figures(reports, later)
    assert rows == [("email", "smtp_email", 1, 0, 1, 0, 0, 0, 0, 0), ("sms", "smsapi", 1, 0, 0, 0, 0, 1, 0, 1)]
    assert note == (
        "Customers who opted out: 0 of SMS, 0 of e-mail. Unsubscribes reported by the gateways in these days: 1."
    )
    february = replace(QUERY, date_from=date(2026, 2, 1), date_to=date(2026, 2, 28))
    rows, note = figures(reports, february)
    assert rows == [("sms", "twilio", 1, 1, 0, 0, 0, 0, 0, 0)] and note.endswith(": 1.")


def test_the_chart_names_channel_and_gateway(reports):
    table = reports.run("messages", QUERY)
    cats, series = chart_series(table, "en")
    assert cats == ["e-mail", "e-mail · smtp_email", "SMS · smsapi", "SMS · twilio"]
    assert series == [
        ("Delivered", [0.0, 0.0, 0.0, 1.0]),
        ("Undelivered", [0.0, 0.0, 0.0, 1.0]),
        ("Failed", [0.0, 0.0, 0.0, 1.0]),
        ("Outcome unknown", [0.0, 0.0, 1.0, 0.0]),
    ]


def test_command_line_filters(tmp_path):
    path = tmp_path / "shop.sqlite3"
    db = Database.open(path)
    seed(db)
    db.dispose()
    out = run("report", "messages", "--from", "2026-03-01", "--to", "2026-03-10", "--channel", "phone",
              "--delivery", "pickup_shop", "--json", db=path)  # fmt: skip
    data = json.loads(out.stdout)
    assert data["rows"][2] == {"channel": "sms", "gateway": "twilio", "written": 1, "delivered": 0, "sent": 0,
                               "undelivered": 1, "failed": 0, "unknown": 0, "waiting": 0, "opted_out": 1}  # fmt: skip
    assert "1 of SMS, 0 of e-mail" in data["note"]
    none = run("report", "messages", "--from", "2026-03-01", "--to", "2026-03-10", "--delivery", "own_courier", db=path)
    assert "(nothing in this range)" in none.stdout
