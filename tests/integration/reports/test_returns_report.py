"""The returns report from the returns' own tables, with an older whole-order return beside them,
on SQLite and PostgreSQL: exact figures on a fixed clock (every step's rows are stamped with the
step's own moment), a return refunded in parts counting once with the sum of its parts."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select, update

from orderdesk.db import Database
from orderdesk.models import HistoryRow, ReturnRefundRow, ReturnRow
from orderdesk.money import Money
from orderdesk.services.orders import OrderService
from orderdesk.services.reports import ReportQuery, ReportService
from orderdesk.services.returns import ReceivedLine, ReturnRequestLine, ReturnService
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER
from tests.support.pg_fixtures import fresh_pg_database, pg_server
from tests.unit.services.returns.helpers import delivered_order

__all__ = ["pg_server"]
OCTOBER = ReportQuery(date(2026, 10, 1), date(2026, 10, 31), now=datetime(2026, 11, 5, 12))


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


class Clock:
    """Stamps the rows each step wrote (history, returns, refunds) with the step's moment: the
    services write the real time; the report must see only the fixed one."""

    STAMPED = ((HistoryRow, ("at",)), (ReturnRow, ("created_at", "updated_at")), (ReturnRefundRow, ("created_at",)))

    def __init__(self, db: Database) -> None:
        self.db = db
        self.seen = dict.fromkeys((table for table, _c in self.STAMPED), 0)

    def at(self, when: datetime) -> None:
        with self.db.session(write=True) as s:
            for table, columns in self.STAMPED:
                s.execute(update(table).where(table.id > self.seen[table]).values(dict.fromkeys(columns, when)))
                self.seen[table] = s.scalar(select(func.coalesce(func.max(table.id), 0)))


def test_lines_reasons_and_refunded_amounts(db):
    orders = OrderService(db)
    returns = ReturnService(orders)
    clock = Clock(db)
    early = delivered_order(orders)  # MUG-1 ×2 at 25.00, TEA-2 ×1 at 12.99, shipping 15.00: 77.99
    clock.at(datetime(2026, 9, 28, 10))  # handed over before the range
    first, second, third, fourth = (delivered_order(orders) for _ in range(4))
    clock.at(datetime(2026, 10, 1, 10))
    a = returns.create_return(first, [ReturnRequestLine("MUG-1", 2, "damaged")], OWNER).number
    returns.receive(a, [ReceivedLine("MUG-1", 2, "restock")], OWNER)
    clock.at(datetime(2026, 10, 3, 9))
    returns.refund(a, OWNER, amount=Money(2000, "PLN"), rest_later=True)
    clock.at(datetime(2026, 10, 5, 9))
    returns.refund(a, OWNER)  # the rest, 30.00: one refunded return of 50.00
    clock.at(datetime(2026, 10, 8, 9))
    b = returns.create_return(second, [ReturnRequestLine("TEA-2", 1, "changed_mind")], OWNER).number
    returns.reject(b, OWNER, "opened")  # not counted
    c = returns.create_return(second, [ReturnRequestLine("TEA-2", 1, "wrong_item")], OWNER).number
    returns.receive(c, [ReceivedLine("TEA-2", 1, "write-off")], OWNER)
    returns.refund(c, OWNER)  # 12.99
    clock.at(datetime(2026, 10, 10, 14))
    # The older way: the whole order moved by hand, with a reason; refunded as a whole (77.99).
    orders.move(third, MoveRequest(Status.RETURN_REQUESTED, reason="too small"), OWNER)
    orders.move(third, MoveRequest(Status.RETURNED, reason="parcel back"), OWNER)
    orders.move(third, MoveRequest(Status.REFUNDED), OWNER)
    clock.at(datetime(2026, 10, 12, 11))
    # Refunded in parts across the range's end: 10.00 on the 31st counts, the rest in November not.
    d = returns.create_return(fourth, [ReturnRequestLine("MUG-1", 1, "not_as_described")], OWNER).number
    returns.receive(d, [ReceivedLine("MUG-1", 1, "restock")], OWNER)
    returns.refund(d, OWNER, amount=Money(1000, "PLN"), rest_later=True)
    clock.at(datetime(2026, 10, 31, 22))
    returns.refund(d, OWNER)
    clock.at(datetime(2026, 11, 2, 9))
    # A return asked in September of an order handed over then: outside the range.
    e = returns.create_return(early, [ReturnRequestLine("TEA-2", 1, "damaged")], OWNER).number
    clock.at(datetime(2026, 9, 30, 9))
    assert returns.get(e).status == "requested"

    table = ReportService(db).run("returns", OCTOBER)
    # Handed over: the four orders of October 1st. Returns: a, c, d and the older whole-order one.
    # Items: 2 mugs, 1 tea, 1 mug. Refunds: a (20.00 + 30.00), c, the whole order, d's first part.
    assert [tuple(r) for r in table.rows] == [("PLN", 4, 4, 4, 4, 5000 + 1299 + 7799 + 1000, 100.0)]
    assert table.note == "Most frequent reasons: Damaged (2); Not as described (1); Wrong item (1); too small (1)"

    november = ReportService(db).run("returns", ReportQuery(date(2026, 11, 1), date(2026, 11, 30)))
    assert [tuple(r) for r in november.rows] == [("PLN", 0, 0, 0, 1, 1500, None)]  # d's rest, 15.00
