"""The messages report on a known week, on SQLite and PostgreSQL: every outcome apart per channel
and gateway (delivered, sent without a report, undelivered, failed, outcome unknown, waiting),
opt-outs by the day they happened (and those of unknown date), and the range, delivery-method and
channel filters."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from orderdesk.db import Database
from orderdesk.models import CustomerRow, HistoryRow, OrderRow, OutboxRow
from orderdesk.services.messaging.opt_outs import set_opt_out_in
from orderdesk.services.reports import ReportService
from orderdesk.services.reports.export import to_csv, write_report_pdf, write_xlsx
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
    order 2 (phone, shop pickup) belongs to Boris, who opted out of SMS before the dates were kept;
    Anna (orders 1, 3, 4, 5) opted out of e-mail by hand on 3 March. Dated opt-outs (``OPT_OUTS``)
    of Boris, Dora, Erik (a January phone order for shop pickup), Fay and Gus (no orders); Dora
    also opted out of e-mail with no date."""
    known_history.seed(db)
    with db.session(write=True) as s:
        ids = {number: id_ for number, id_ in s.execute(select(OrderRow.number, OrderRow.id))}
        o1, o2, o5 = ids["2026-000001"], ids["2026-000002"], ids["2026-000005"]
        boris = CustomerRow(name="Boris", phone="+48600700801", sms_opt_out=True)
        s.add(boris)
        s.flush()
        s.get(OrderRow, o2).customer_id = boris.id
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
        people = {"Anna": s.scalar(select(CustomerRow).where(CustomerRow.name == "Anna")), "Boris": boris}
        for name in ("Dora", "Erik", "Fay", "Gus"):
            people[name] = CustomerRow(name=name, phone="", email="", email_opt_out=name == "Dora")
            s.add(people[name])
        s.flush()
        s.add(OrderRow(number="2026-000009", source="phone", status="collected", created_at=datetime(2026, 1, 15, 9),
                       status_changed_at=datetime(2026, 1, 15, 9), customer_id=people["Erik"].id,
                       delivery_method="pickup_shop", payment_method="cash", currency="PLN", total_minor=100))  # fmt: skip
        for name, channel, out, at, gateway in OPT_OUTS:
            set_opt_out_in(s, people[name], channel, out, at=at, gateway=gateway, actor="" if gateway else "ola")


# Who, which channel, out (True) or back in, when (UTC), the gateway that reported it ("" by hand).
OPT_OUTS = (
    ("Anna", "email", True, _at(3, 12), ""),
    ("Boris", "email", True, _at(4, 10), ""),
    ("Boris", "email", False, _at(6, 10), ""),
    ("Dora", "sms", True, _at(5, 14), "twilio"),
    ("Erik", "sms", True, datetime(2026, 2, 20, 9), ""),  # in February, and back in
    ("Erik", "sms", False, datetime(2026, 2, 25, 9), ""),
    ("Erik", "sms", True, datetime(2026, 3, 10, 23, 59), "smsapi"),  # the range's last minute (UTC)
    ("Fay", "sms", True, datetime(2026, 3, 11, 0, 0), ""),  # the first instant after the range
    ("Gus", "sms", True, _at(7, 8), ""),  # by hand, and no SMS of the range: a row of its own
)


@pytest.fixture(scope="module", params=BACKENDS)
def reports(request, tmp_path_factory):
    for db in known_shop(request, tmp_path_factory, seed):
        yield ReportService(db)


def figures(service: ReportService, query=QUERY) -> tuple[list[tuple], str]:
    table = service.run("messages", query)
    return [tuple(r) for r in table.rows], table.note


BACK_IN = "Opted in again in these days: "
UNDATED = " Opted out, date unknown (before the desk kept the dates): "
NOW = " Customers of these days' orders opted out now: "


def test_every_outcome_apart_per_channel_and_gateway(reports):
    rows, note = figures(reports)
    # channel, gateway, written, delivered, sent (no report), undelivered, failed, unknown, waiting,
    # customers who opted out of the channel in the range
    assert rows == [
        ("email", "", 3, 0, 0, 0, 0, 0, 3, 2),  # pending, held, incomplete; Anna and Boris opted out by hand
        ("email", "smtp_email", 1, 0, 1, 0, 0, 0, 0, 0),  # the manager's alert is not counted
        ("sms", "", 0, 0, 0, 0, 0, 0, 0, 1),  # Gus, by hand; Fay's 11 March is after the range
        ("sms", "smsapi", 1, 0, 0, 0, 0, 1, 0, 1),  # Erik's stop on 10 March 23:59
        ("sms", "twilio", 4, 1, 1, 1, 1, 0, 0, 1),  # the message of 20 February is not counted; Dora's stop
    ]
    assert all(r[2] == sum(r[3:9]) for r in rows)  # every message in exactly one outcome
    assert note == (
        BACK_IN + "0 of SMS, 1 of e-mail."  # Boris, on 6 March
        + UNDATED + "1 of SMS, 1 of e-mail."  # Boris's SMS, Dora's e-mail
        + NOW + "1 of SMS, 1 of e-mail."  # Boris, Anna
    )  # fmt: skip


def test_opt_outs_fall_in_the_shops_local_days(reports):
    # An hour east of UTC, Erik's stop at 23:59 UTC on 10 March is 00:59 on 11 March: after the range.
    rows, _note = figures(reports, replace(QUERY, utc_offset_minutes=60))
    assert rows[3] == ("sms", "smsapi", 1, 0, 0, 0, 0, 1, 0, 0)


def test_the_delivery_method_and_channel_filters(reports):
    phone = replace(QUERY, channel="phone")  # order 2 (Boris) and Erik's January order
    for only_order_2 in (phone, replace(QUERY, delivery_method="pickup_shop")):
        rows, note = figures(reports, only_order_2)
        assert rows == [
            ("email", "", 0, 0, 0, 0, 0, 0, 0, 1),  # Boris, by hand; no message of his without a gateway
            ("email", "smtp_email", 1, 0, 1, 0, 0, 0, 0, 0),
            ("sms", "smsapi", 1, 0, 0, 0, 0, 1, 0, 1),  # Erik: a customer with such an order
            ("sms", "twilio", 1, 0, 0, 1, 0, 0, 0, 0),  # Dora has no order: not counted
        ]
        assert (
            note
            == BACK_IN + "0 of SMS, 1 of e-mail." + UNDATED + "1 of SMS, 0 of e-mail." + NOW + "1 of SMS, 0 of e-mail."
        )
    rows, note = figures(reports, replace(QUERY, delivery_method="carrier"))  # Anna's orders 1, 3, 4 and 5
    assert rows == [("email", "", 3, 0, 0, 0, 0, 0, 3, 1), ("sms", "twilio", 3, 1, 1, 0, 1, 0, 0, 0)]
    assert (
        note == BACK_IN + "0 of SMS, 0 of e-mail." + UNDATED + "0 of SMS, 0 of e-mail." + NOW + "0 of SMS, 1 of e-mail."
    )
    rows, note = figures(reports, replace(QUERY, channel="import"))
    assert rows == [] and note.startswith(BACK_IN + "0 of SMS, 0 of e-mail." + UNDATED + "0 of SMS, 0 of e-mail.")


def test_the_date_range(reports):
    later = replace(QUERY, date_from=date(2026, 3, 5))  # messages of 5 March; no order created since
    rows, note = figures(reports, later)
    assert rows == [
        ("email", "smtp_email", 1, 0, 1, 0, 0, 0, 0, 0),
        ("sms", "", 0, 0, 0, 0, 0, 0, 0, 1),  # Gus
        ("sms", "smsapi", 1, 0, 0, 0, 0, 1, 0, 1),  # Erik
        ("sms", "twilio", 0, 0, 0, 0, 0, 0, 0, 1),  # Dora, 5 March 14:00; no twilio message since
    ]
    # Boris back in on 6 March; the unknown dates are in no range: the same in every one.
    assert (
        note == BACK_IN + "0 of SMS, 1 of e-mail." + UNDATED + "1 of SMS, 1 of e-mail." + NOW + "0 of SMS, 0 of e-mail."
    )
    february = replace(QUERY, date_from=date(2026, 2, 1), date_to=date(2026, 2, 28))
    rows, note = figures(reports, february)
    assert rows == [
        ("sms", "", 0, 0, 0, 0, 0, 0, 0, 1),  # Erik out on 20 February (and back in on the 25th)
        ("sms", "twilio", 1, 1, 0, 0, 0, 0, 0, 0),
    ]
    assert note.startswith(BACK_IN + "1 of SMS, 0 of e-mail.")
    assert note.endswith(NOW + "0 of SMS, 1 of e-mail.")  # order 5 is Anna's


def test_the_chart_names_channel_and_gateway(reports):
    table = reports.run("messages", QUERY)
    cats, series = chart_series(table, "en")
    # The row without a gateway: messages not handed to one yet, and opt-outs set by hand.
    assert cats == ["e-mail", "e-mail · smtp_email", "SMS", "SMS · smsapi", "SMS · twilio"]
    assert series == [
        ("Delivered", [0.0, 0.0, 0.0, 0.0, 1.0]),
        ("Undelivered", [0.0, 0.0, 0.0, 0.0, 1.0]),
        ("Failed", [0.0, 0.0, 0.0, 0.0, 1.0]),
        ("Outcome unknown", [0.0, 0.0, 0.0, 1.0, 0.0]),
        ("Opted out in these days", [2.0, 0.0, 1.0, 1.0, 1.0]),
    ]


def test_command_line_filters(tmp_path):
    path = tmp_path / "shop.sqlite3"
    db = Database.open(path)
    seed(db)
    db.dispose()
    out = run("report", "messages", "--from", "2026-03-01", "--to", "2026-03-10", "--channel", "phone",
              "--delivery", "pickup_shop", "--json", db=path)  # fmt: skip
    data = json.loads(out.stdout)
    assert data["rows"][3] == {"channel": "sms", "gateway": "twilio", "written": 1, "delivered": 0, "sent": 0,
                               "undelivered": 1, "failed": 0, "unknown": 0, "waiting": 0, "opt_outs": 0}  # fmt: skip
    assert data["rows"][2]["opt_outs"] == 1  # Erik's stop through smsapi
    assert data["note"].endswith(NOW + "1 of SMS, 0 of e-mail.")
    none = run("report", "messages", "--from", "2026-03-01", "--to", "2026-03-10", "--delivery", "own_courier", db=path)
    assert "(nothing in this range)" in none.stdout


def test_opt_outs_in_csv_xlsx_and_pdf(tmp_path):
    from openpyxl import load_workbook

    from tests.integration.reports.test_report_pdf_language import pdf_text

    db = Database.open(tmp_path / "shop.sqlite3")
    seed(db)
    service = ReportService(db)
    table = service.run("messages", QUERY)
    csv_text = to_csv(table, keys=True).splitlines()
    assert csv_text[0].endswith(",waiting,opt_outs")
    assert csv_text[1] == "email,,3,0,0,0,0,0,3,2" and csv_text[3] == "sms,,0,0,0,0,0,0,0,1"

    write_xlsx([table], tmp_path / "m.xlsx")
    sheet = load_workbook(tmp_path / "m.xlsx").active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][-1] == "Opted out in these days"
    assert [r[-1] for r in values[1:6]] == [2, 0, 1, 1, 1]
    assert values[-1][0].startswith(BACK_IN + "0 of SMS, 1 of e-mail." + UNDATED + "1 of SMS, 1 of e-mail.")

    write_report_pdf(service, ["messages"], tmp_path / "m.pdf", QUERY, "en")
    text = pdf_text(tmp_path / "m.pdf")
    lines = [line.strip() for line in text.splitlines()]
    assert "Opted out in these days" in lines  # the chart's legend
    assert "e-mail 3 0 0 0 0 0 3 2" in lines and "SMS 0 0 0 0 0 0 0 1" in lines
    flowing = " ".join(text.split())  # the note wraps
    assert (BACK_IN + "0 of SMS, 1 of e-mail." + UNDATED + "1 of SMS, 1 of e-mail.") in flowing
    db.dispose()
