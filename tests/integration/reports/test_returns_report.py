"""The returns report from the returns' own tables, with an older whole-order return beside them,
on SQLite and PostgreSQL: exact figures."""

from __future__ import annotations

from datetime import date

import pytest

from orderdesk.db import Database
from orderdesk.services.orders import OrderService
from orderdesk.services.reports import ReportQuery, ReportService
from orderdesk.services.returns import ReceivedLine, ReturnRequestLine, ReturnService
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER
from tests.support.pg_fixtures import fresh_pg_database, pg_server
from tests.unit.services.returns.helpers import delivered_order

__all__ = ["pg_server"]


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    url = (
        str(tmp_path / "r.sqlite3")
        if request.param == "sqlite"
        else fresh_pg_database(request.getfixturevalue("pg_server"))
    )
    database = Database.open(url)
    yield database
    database.dispose()


def test_lines_reasons_and_refunded_amounts(db):
    orders = OrderService(db)
    returns = ReturnService(orders)
    first = delivered_order(orders)  # MUG-1 ×2 at 25.00, TEA-2 ×1 at 12.99, shipping 15.00
    second = delivered_order(orders)
    third = delivered_order(orders)
    a = returns.create_return(first, [ReturnRequestLine("MUG-1", 2, "damaged")], OWNER)
    returns.receive(a.number, [ReceivedLine("MUG-1", 2, "restock")], OWNER)
    returns.refund(a.number, OWNER)  # 50.00
    b = returns.create_return(second, [ReturnRequestLine("TEA-2", 1, "changed_mind")], OWNER)
    returns.reject(b.number, OWNER, "opened")  # not counted
    c = returns.create_return(second, [ReturnRequestLine("TEA-2", 1, "wrong_item")], OWNER)
    returns.receive(c.number, [ReceivedLine("TEA-2", 1, "write-off")], OWNER)
    returns.refund(c.number, OWNER)  # 12.99
    # The older way: the whole order moved by hand, with a reason; refunded as a whole.
    orders.move(third, MoveRequest(Status.RETURN_REQUESTED, reason="too small"), OWNER)
    orders.move(third, MoveRequest(Status.RETURNED, reason="parcel back"), OWNER)
    orders.move(third, MoveRequest(Status.REFUNDED), OWNER)
    today = date.today()
    table = ReportService(db).run("returns", ReportQuery(today, today))
    total_third = orders.get(third).total_minor
    assert [tuple(r) for r in table.rows] == [("PLN", 3, 3, 3, 3, 5000 + 1299 + total_third, 100.0)]
    assert table.note == "Most frequent reasons: Damaged (2); Wrong item (1); too small (1)"
