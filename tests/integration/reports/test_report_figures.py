"""Every figure of every report, on a known history, on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import pytest

from orderdesk.db import Database
from orderdesk.services.reports import REPORT_NAMES, ReportService
from tests.integration.reports.known_history import QUERY, seed
from tests.support import postgres
from tests.support.components import require


@pytest.fixture(scope="module")
def pg_url():
    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    with postgres.temporary_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def reports(request, tmp_path):
    url = str(tmp_path / "r.sqlite3") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    db = Database.open(url)
    if request.param == "postgresql":  # one server for the module: start each test from empty tables
        from sqlalchemy import text

        from orderdesk.schema import metadata  # every table, those mapped on first use too

        names = ", ".join(t.name for t in metadata.sorted_tables)
        with db.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    seed(db)
    yield ReportService(db)
    db.dispose()


def rows(service: ReportService, name: str) -> list[tuple]:
    return [tuple(r) for r in service.run(name, QUERY).rows]


def test_orders_per_day_and_week(reports):
    assert rows(reports, "orders-per-day") == [
        ("2026-03-02", "phone", "pickup_shop", 1),
        ("2026-03-02", "web", "carrier", 1),
        ("2026-03-03", "web", "carrier", 1),
        ("2026-03-04", "web", "carrier", 1),
    ]
    # 2026-03-02 is a Monday: the whole range is one week.
    assert rows(reports, "orders-per-week") == [
        ("2026-03-02", "phone", "pickup_shop", 1),
        ("2026-03-02", "web", "carrier", 3),
    ]


def test_revenue_leaves_out_cancelled_orders(reports):
    assert rows(reports, "revenue") == [("2026-03-02", "PLN", 2, 15000, 10000), ("2026-03-04", "PLN", 1, 3000, 0)]


def test_time_in_status_median_and_p90(reports):
    assert rows(reports, "time-in-status") == [
        ("new", 3, 2.0, 2.0),  # 2 h, 2 h, 1 h; the order still new is not counted
        ("confirmed", 3, 2.0, 24.0),  # 2 h, 24 h, 2 h
        ("paid", 1, 1.0, 1.0),
        ("assembling", 2, 1.0, 3.0),  # 3 h (order 1), 1 h (order 2)
        ("packed", 2, 16.0, 47.0),  # 16 h to shipped, 47 h to the shelf
        ("ready_for_pickup", 1, 48.0, 48.0),
        ("shipped", 1, 48.0, 48.0),
    ]  # collected, delivered and cancelled never ended


def test_stuck_orders_now(reports):
    from datetime import datetime

    table = reports.run("stuck", QUERY)
    # Order 4, new since 4 March 08:00: 144 h at 10 March 08:00; the others are closed.
    assert [tuple(r) for r in table.rows] == [("2026-000004", "new", datetime(2026, 3, 4, 8, 0), 144.0, 0)]
    assert table.note == "Open orders, whatever the date range; the 20 waiting longest."


def test_handed_over_on_time(reports):
    # Order 1: paid 14:00, shipped next day 10:00 (20 h). Order 2: confirmed, on the shelf 72 h later.
    assert rows(reports, "on-time") == [("2026-03-02", 1, 1, 50.0), ("2026-03-03", 0, 0, None)]
    # A long range takes the other way through the history (no pre-selection): the same figures.
    from dataclasses import replace
    from datetime import date

    year = replace(QUERY, date_from=date(2026, 1, 1), date_to=date(2026, 12, 31))
    assert [tuple(r) for r in reports.run("on-time", year).rows] == rows(reports, "on-time")


def test_packing_accuracy_per_packer(reports):
    assert rows(reports, "packing") == [("Piotr", 2, 3, 1, 1, 66.7)]


def test_out_of_stock(reports):
    table = reports.run("out-of-stock", QUERY)
    assert [tuple(r) for r in table.rows] == [("MUG-1", 1, 2)]
    assert table.note == "1 holds opened, 1 resolved; time to resolve: median 1 h, 90% within 1 h."


def test_carriers(reports):
    assert rows(reports, "carriers") == [("cdek", "standard", 1, 1, 2.0, 2.0, 0)]


def test_pickup_shelf(reports):
    from datetime import datetime

    table = reports.run("pickup", QUERY)
    assert [tuple(r) for r in table.rows] == [
        ("2026-000002", "", datetime(2026, 3, 5, 13, 0), datetime(2026, 3, 7, 13, 0), 2.0, "")
    ]
    assert table.note == "Orders still on the shelf after 5 days are marked: call the customer."


def test_messages(reports):
    # channel, gateway, written, delivered, sent (no report), undelivered, failed, unknown, waiting,
    # opted out in the range
    assert rows(reports, "messages") == [
        ("email", "", 1, 0, 0, 0, 0, 0, 1, 0),
        ("sms", "twilio", 2, 0, 1, 0, 1, 0, 0, 0),
    ]


def test_returns(reports):
    table = reports.run("returns", QUERY)
    assert [tuple(r) for r in table.rows] == [("PLN", 2, 0, 0, 0, 0, 0.0)]  # orders 1 and 2 handed over
    assert table.note == "Most frequent reasons: –"


def test_staff_per_hour(reports):
    assert rows(reports, "staff") == [("Kasia", "collected", 1, 1, 1.0), ("Piotr", "packed", 2, 2, 1.0)]


def test_filters(reports):
    from dataclasses import replace

    pickup = replace(QUERY, delivery_method="pickup_shop")
    assert [r[0] for r in reports.run("orders-per-day", pickup).rows] == ["2026-03-02"]
    phone = replace(QUERY, channel="phone")
    assert [tuple(r) for r in reports.run("revenue", phone).rows] == [("2026-03-02", "PLN", 1, 5000, 0)]


def test_filters_on_the_history_reports(reports):
    # Only order 2 is picked up at the shop, and only it came by phone: its own steps.
    from dataclasses import replace

    for only_order_2 in (replace(QUERY, delivery_method="pickup_shop"), replace(QUERY, channel="phone")):
        assert [tuple(r) for r in reports.run("time-in-status", only_order_2).rows] == [
            ("new", 1, 2.0, 2.0),
            ("confirmed", 1, 24.0, 24.0),
            ("assembling", 1, 1.0, 1.0),
            ("packed", 1, 47.0, 47.0),
            ("ready_for_pickup", 1, 48.0, 48.0),
        ]
        # Confirmed 2 March 13:00 (not paid in advance), on the shelf 72 h later: late.
        assert [tuple(r) for r in reports.run("on-time", only_order_2).rows] == [("2026-03-02", 0, 1, 0.0)]
        assert [tuple(r) for r in reports.run("staff", only_order_2).rows] == [
            ("Kasia", "collected", 1, 1, 1.0),
            ("Piotr", "packed", 1, 1, 1.0),
        ]
        assert [tuple(r) for r in reports.run("packing", only_order_2).rows] == [("Piotr", 1, 1, 0, 1, 100.0)]
        assert reports.run("stuck", only_order_2).rows == []  # order 2 was collected
    by_carrier = replace(QUERY, delivery_method="carrier")
    assert [r[0] for r in reports.run("stuck", by_carrier).rows] == ["2026-000004"]


def test_every_report_runs_on_an_empty_range(reports):
    from dataclasses import replace
    from datetime import date

    empty = replace(QUERY, date_from=date(2025, 1, 1), date_to=date(2025, 1, 2))
    for name in REPORT_NAMES:
        table = reports.run(name, empty)
        assert name == "stuck" or table.rows == [] or name == "returns"


def test_shop_days_follow_the_utc_offset(reports):
    from dataclasses import replace

    # At UTC+14 h, orders 1 and 2 (10:00 and 11:00 UTC) fall on the next local day, with order 3.
    shifted = replace(QUERY, utc_offset_minutes=14 * 60)
    assert rows_of(reports.run("orders-per-day", shifted)) == [
        ("2026-03-03", "phone", "pickup_shop", 1),
        ("2026-03-03", "web", "carrier", 2),
        ("2026-03-04", "web", "carrier", 1),
    ]


def rows_of(table) -> list[tuple]:
    return [tuple(r) for r in table.rows]
