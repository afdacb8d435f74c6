"""Every figure of every report on the busy known week (busy_week.py), with a fixed clock, on
SQLite and on PostgreSQL: whole rows and notes, worked out by hand in the comments."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from orderdesk.services.reports import REPORT_NAMES, ReportService
from orderdesk.services.reports.series import chart_series
from tests.integration.reports import busy_week
from tests.integration.reports.backends import BACKENDS, known_shop
from tests.integration.reports.busy_week import QUERY, at, m3
from tests.support.pg_fixtures import pg_server

__all__ = ["pg_server"]


@pytest.fixture(scope="module", params=BACKENDS)
def reports(request, tmp_path_factory):
    for db in known_shop(request, tmp_path_factory, busy_week.seed):
        yield ReportService(db)


def run(service: ReportService, name: str, query=QUERY) -> tuple[list[tuple], str]:
    table = service.run(name, query)
    return [tuple(r) for r in table.rows], table.note


def test_pickup_days_on_the_shelf(reports):
    rows, note = run(reports, "pickup")
    assert rows == [
        # On the shelf since 20 February, before the range, and still there: 18 days, overdue.
        ("2026-000104", "C3", at(2, 20, 8), None, 18.0, "yes"),
        # 1 March 10:00 to 3 March 22:00: 2.5 days.
        ("2026-000101", "A1", m3(1, 10), m3(3, 22), 2.5, ""),
        # Since 2 March 08:00 until now (10 March 08:00): 8 days, past the 5 of the setting.
        ("2026-000102", "A2", m3(2, 8), None, 8.0, "yes"),
        # 12:00 to 22:40 the same day: 10 h 40 min, 0.44 days (returned since: still collected).
        ("2026-000106", "A3", m3(3, 12), m3(3, 22, 40), 0.4, ""),
        # Since 8 March 08:00: 2 days, not overdue yet.
        ("2026-000103", "B1", m3(8, 8), None, 2.0, ""),
    ]  # order 105 was on the shelf and collected in February: not in the range
    assert note == "Orders still on the shelf after 5 days are marked: call the customer."
    for row in rows:  # instants as instants on both backends (the window and the PDF write them)
        assert all(v is None or isinstance(v, datetime) for v in row[2:4])


def test_stuck_orders_longest_first(reports):
    rows, note = run(reports, "stuck")
    # The open orders by the time they entered their status; hours until now (10 March 08:00).
    assert rows == [
        ("2026-000104", "ready_for_pickup", at(2, 20, 8), 432.0, 0),  # 18 days
        ("2026-000102", "ready_for_pickup", m3(2, 8), 192.0, 0),  # 8 days
        ("2026-000301", "packed", m3(5, 11, 30), 116.5, 0),
        ("2026-000204", "shipped", m3(5, 12), 116.0, 2),  # a carrier mismatch and a delay, both open
        ("2026-000103", "ready_for_pickup", m3(8, 8), 48.0, 1),  # an out-of-stock hold still open
        ("2026-000401", "new", m3(9, 20), 12.0, 0),
    ]  # collected, delivered, refunded and cancelled orders are not waiting
    assert note == "Open orders, whatever the date range; the 20 waiting longest."
    # And as a chart, on screen and in the PDF: one bar per order, longest first.
    cats, series = chart_series(reports.run("stuck", QUERY), "en")
    assert cats == [r[0] for r in rows]
    assert series == [("Hours waiting", [432.0, 192.0, 116.5, 116.0, 48.0, 12.0])]


def test_out_of_stock_time_to_resolve(reports):
    rows, note = run(reports, "out-of-stock")
    # Holds opened in the range, per SKU short: (holds, units short).
    assert rows == [("MUG-1", 5, 7), ("TEA-2", 4, 9), ("CUP-3", 3, 7)]
    # Ten resolved in 1, 2, ... 9 and 48 hours, one open: nearest rank, median the 5th (5 h),
    # 90th percentile the 9th (9 h, not the 48 h of the slowest). February's hold not counted.
    assert note == "11 holds opened, 10 resolved; time to resolve: median 5 h, 90% within 9 h."
    # Orders by phone (101, 106): 1 h, 6 h and 7 h; median the 2nd, 90% the 3rd.
    rows, note = run(reports, "out-of-stock", replace(QUERY, channel="phone"))
    assert rows == [("MUG-1", 2, 3), ("TEA-2", 1, 1)]
    assert note == "3 holds opened, 3 resolved; time to resolve: median 6 h, 90% within 7 h."


def test_carriers_transit_exceptions_and_mismatches(reports):
    rows, note = run(reports, "carriers")
    assert rows == [
        # Order 203: its cancelled InPost shipment does not count; 1 day with cdek express.
        ("cdek", "express", 1, 1, 1.0, 1.0, 0),
        # 2 days and 3.5 days: median the 1st, 90% the 2nd; order 202 was delayed (resolved).
        ("cdek", "standard", 2, 2, 2.0, 3.5, 1),
        # Order 204 is on its way, with a mismatch and a delay: one order with exceptions.
        ("inpost", "locker", 1, 0, None, None, 1),
    ]  # order 205 was handed over in February
    assert note == ""
    rows, _note = run(reports, "carriers", replace(QUERY, channel="import"))
    assert rows == [("inpost", "locker", 1, 0, None, None, 1)]


def test_returns_and_refunds(reports):
    rows, note = run(reports, "returns")
    assert rows == [
        # Order 203 delivered; its return (awaiting the parcel) of one cup; nothing refunded yet.
        ("EUR", 1, 1, 1, 0, 0, 100.0),
        # Delivered or collected in the range: 101, 106, 201, 202 and 205 (delivered 2 March).
        # Returns: R-00001 (3 items) and order 106 returned as a whole; R-00002 was rejected and
        # R-00004 asked for in February. Refunds in the range: R-00001 62.99, R-00004 10.00
        # (refunded on 2 March) and order 106's 50.00. Rate 2 of 5.
        ("PLN", 5, 2, 3, 3, 12299, 40.0),
    ]
    assert note == "Most frequent reasons: Damaged (3); Wrong item (1); too small (1)"


def test_staff_orders_per_hour(reports):
    rows, note = run(reports, "staff")
    assert rows == [
        ("Kasia", "collected", 2, 1, 2.0),  # 101 and 106 handed over between 22:00 and 23:00 on 3 March
        ("Olga", "packed", 3, 3, 1.0),  # 106, 202, 103: each in its own hour
        ("Piotr", "packed", 6, 4, 1.5),  # 201 and 102 in the same hour, 204 and 301 too
    ]
    assert note == "An hour counts when the person packed or handed over at least one order in it."
    rows, _note = run(reports, "staff", replace(QUERY, delivery_method="pickup_shop"))
    assert rows == [("Kasia", "collected", 2, 1, 2.0), ("Olga", "packed", 2, 2, 1.0), ("Piotr", "packed", 2, 2, 1.0)]


def test_time_in_status(reports):
    rows, _note = run(reports, "time-in-status")
    assert rows == [
        # Ten finished "new" stays (5, 10, 10, 30, 30, 30 minutes and four hours): 5th, 9th.
        ("new", 10, 0.5, 1.0),
        ("confirmed", 4, 0.2, 0.5),  # 10, 10, 30 and 30 minutes: the 2nd and the 4th
        ("paid", 5, 0.2, 0.3),  # 10, 10, 10, 15 and 20 minutes: the 3rd and the 5th
        ("assembling", 9, 0.3, 1.2),
        ("packed", 8, 0.5, 2.3),
        ("ready_for_pickup", 2, 10.7, 60.0),  # 106: 10 h 40 min; 101: 60 h
        ("shipped", 3, 48.0, 84.0),  # 24 h, 48 h, 84 h
        ("collected", 1, 35.3, 35.3),  # 106, until its return was asked for
        ("return_requested", 1, 24.0, 24.0),
        ("returned", 1, 24.0, 24.0),
    ]


def test_volume_revenue_and_on_time(reports):
    rows, _note = run(reports, "orders-per-week")
    assert rows == [
        ("2026-02-23", "phone", "pickup_shop", 1),  # 1 March is a Sunday: the week of 23 February
        ("2026-03-02", "import", "carrier", 1),
        ("2026-03-02", "phone", "pickup_shop", 1),
        ("2026-03-02", "web", "carrier", 4),
        ("2026-03-02", "web", "pickup_shop", 2),
        ("2026-03-09", "web", "carrier", 2),
    ]
    rows, _note = run(reports, "revenue")
    assert rows == [  # order 402 was cancelled
        ("2026-03-01", "PLN", 1, 4000, 4000),
        ("2026-03-02", "PLN", 2, 11000, 11000),
        ("2026-03-03", "PLN", 2, 11000, 11000),
        ("2026-03-04", "EUR", 1, 3000, 3000),
        ("2026-03-05", "PLN", 2, 3700, 3700),
        ("2026-03-08", "PLN", 1, 2000, 2000),
        ("2026-03-09", "PLN", 1, 900, 900),
    ]
    rows, _note = run(reports, "on-time")
    # Order 301, paid 5 March 10:05, is still packed 118 hours later: late. Every other order paid
    # or confirmed in the range went out within hours.
    assert rows == [
        ("2026-03-01", 1, 0, 100.0),
        ("2026-03-02", 2, 0, 100.0),
        ("2026-03-03", 2, 0, 100.0),
        ("2026-03-04", 1, 0, 100.0),
        ("2026-03-05", 1, 1, 50.0),
        ("2026-03-08", 1, 0, 100.0),
    ]


def test_reports_without_data_in_this_week(reports):
    for name in ("packing", "complaints", "messages"):
        rows, _note = run(reports, name)
        assert rows == [], name
    assert {"pickup", "stuck", "out-of-stock", "carriers", "returns", "staff"} <= set(REPORT_NAMES)
