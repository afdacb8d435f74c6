"""The complaints report on SQLite and PostgreSQL: per country, received, answered on time or
late, open and overdue now, decisions and the median days to answer (fixed clock)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from orderdesk.db import Database
from orderdesk.services.complaints import ComplaintService
from orderdesk.services.reports import ReportService
from orderdesk.services.reports.base import ReportQuery
from orderdesk.wiring import declare_all_settings, order_service
from tests.factories import OWNER, make_order, stock_products
from tests.support.pg_fixtures import fresh_pg_database, pg_server

__all__ = ["pg_server"]
QUERY = ReportQuery(date(2026, 11, 1), date(2026, 11, 30), now=datetime(2026, 12, 5, 12))


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    url = (
        str(tmp_path / "c.sqlite3")
        if request.param == "sqlite"
        else fresh_pg_database(request.getfixturevalue("pg_server"))
    )
    database = Database.open(url)
    yield database
    database.dispose()


def test_complaints_report_per_country(db):
    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    pl, ru = make_order(service), make_order(service)
    with db.session(write=True) as s:
        from sqlalchemy import select

        from orderdesk.models import OrderRow

        s.scalar(select(OrderRow).where(OrderRow.number == ru)).country = "RU"

    def on(day: int, hour: int = 10) -> ComplaintService:
        return ComplaintService(service, clock=lambda: datetime(2026, 11, day, hour))

    a = on(2).create(pl, "broken", "repair", OWNER)  # due 11-16
    on(10).decide(a.id, "accepted", "Repaired.", OWNER)  # on time, 8 days
    b = on(3).create(pl, "wrong colour", "replacement", OWNER)  # due 11-17
    on(20).decide(b.id, "rejected", "As described.", OWNER)  # late, 17 days
    on(25).create(pl, "scratched", "price_reduction", OWNER)  # due 12-09: open, not overdue
    c = on(5).create(ru, "верните деньги", "refund", OWNER)  # due 11-15: open and overdue on 12-05
    on(10).create(ru, "не работает", "refund", OWNER)  # due 11-20: overdue
    d = on(12).create(ru, "сломано", "repair", OWNER)
    on(13).decide(d.id, "partly", "Частично.", OWNER)
    ComplaintService(service, clock=lambda: datetime(2026, 10, 30)).create(pl, "old", "refund", OWNER)  # out of range
    assert c.due_on == date(2026, 11, 15)

    table = ReportService(db).run("complaints", QUERY)
    got = [tuple(r) for r in table.rows]
    assert got == [
        ("PL", 3, 2, 1, 1, 1, 0, 1, 0, 1, 8.0),
        ("RU", 3, 1, 1, 0, 2, 2, 0, 1, 0, 1.0),
    ]
