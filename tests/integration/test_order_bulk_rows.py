"""The bulk create path writes the very rows the one-by-one path writes, on SQLite and PostgreSQL.

Row by row and column by column (ids included): customers, orders, lines, holds, history,
numbering; orders that arrive on hold and orders a priority rule flags among them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import select

from orderdesk.db import Database
from orderdesk.domain import Customer
from orderdesk.errors import OrderDeskError
from orderdesk.models import CustomerRow, HistoryRow, HoldRow, OrderCounterRow, OrderLineRow, OrderRow
from orderdesk.services.order_bulk import create_orders
from orderdesk.services.orders import NewLine, OrderService
from orderdesk.settings import Settings
from orderdesk.workflow import Hold
from tests.factories import OWNER, make_order, stock_products
from tests.support.pg_fixtures import fresh_pg_database, pg_server  # noqa: F401
from tests.unit.services.test_order_bulk import new_order

AT = datetime(2026, 11, 2, 10, 15)
TABLES = (CustomerRow, OrderRow, OrderLineRow, HoldRow, HistoryRow, OrderCounterRow)
# Set by the database clock or "now" when the row is written: the same kind of value, not the same value.
WRITTEN_AT = {"customers": {"created_at"}, "order_history": {"at"}, "holds": {"created_at"}}
CHECK = Hold.CHANNEL_CHECK.value


def batch() -> list:
    news = [replace(new_order(i), created_at=AT) for i in range(30)]
    news[7] = replace(news[7], lines=[NewLine("NOPE-1", 1)])  # refused: no number, no customer
    news[11] = replace(news[11], customer=Customer(None, "Zhang Wei", phone="12", email="bad-phone@example.cn"))
    news[12] = replace(news[12], created_at=datetime(2027, 1, 3, 9, 0))  # another year's numbers
    # Store orders that arrive needing a look (an unknown SKU, a total that does not add up).
    for i in (3, 9, 16, 23):
        news[i] = replace(news[i], holds=((CHECK, f"Items not in the catalogue: X-{i}.", {"store_status": "on-hold"}),))
    news[9] = replace(news[9], holds=(*news[9].holds, (Hold.ADDRESS_PROBLEM.value, "No house number.", {})))
    news[16] = replace(news[16], holds=(*news[16].holds, (CHECK, "the same kind twice: one hold", {})))
    return news


def dump(db: Database) -> dict[str, list[tuple]]:
    tables = {}
    with db.session() as s:
        for model in TABLES:
            table = model.__table__
            skip = WRITTEN_AT.get(table.name, set())
            columns = [c for c in table.columns if c.key not in skip]
            order = [c for c in table.primary_key.columns]
            tables[table.name] = [tuple(r) for r in s.execute(select(*columns).order_by(*order))]
    # The order made before the batch is dated "now" (by the test's own set-up, not the bulk path).
    tables["orders"][0] = tables["orders"][0][:6] + tables["orders"][0][8:]
    return tables


def _fill(db: Database, bulk: bool) -> list[str]:
    service = OrderService(db)
    Settings(db).set("automation.priority_vip_phones", "+48 600 100 002")  # every 7th order is priority
    stock_products(service)
    make_order(service, phone="+48 600 100 003", email="c3@example.pl", name="Old Name")  # a known customer
    news = batch()
    if bulk:
        return [r.number for r in create_orders(service, news, OWNER)]
    numbers = []
    for new in news:
        try:
            numbers.append(service.create_order(new, OWNER).number)
        except OrderDeskError:  # the refused one: as the bulk path reports it, no number
            numbers.append("")
    return numbers


def _compare(one: Database, bulk: Database) -> None:
    expected = _fill(one, bulk=False)
    assert _fill(bulk, bulk=True) == expected
    assert expected[7] == "" and all(n for i, n in enumerate(expected) if i != 7)
    assert dump(bulk) == dump(one)


def test_bulk_rows_are_the_one_by_one_rows_on_sqlite(tmp_path):
    one, bulk = Database.open(tmp_path / "one.sqlite3"), Database.open(tmp_path / "bulk.sqlite3")
    try:
        _compare(one, bulk)
    finally:
        one.dispose()
        bulk.dispose()


@pytest.mark.real
def test_bulk_rows_are_the_one_by_one_rows_on_postgresql(pg_server):  # noqa: F811
    one, bulk = Database.open(fresh_pg_database(pg_server)), Database.open(fresh_pg_database(pg_server))
    try:
        _compare(one, bulk)
    finally:
        one.dispose()
        bulk.dispose()


@pytest.mark.real
def test_the_demo_is_made_through_the_bulk_path_on_postgresql(pg_server):  # noqa: F811
    from sqlalchemy import func

    from orderdesk.demo import create_demo

    db = Database.open(fresh_pg_database(pg_server))
    try:
        numbers = create_demo(db, orders=40, seed=5)
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(OrderRow)) == 40
            late = select(func.count()).select_from(HistoryRow).join(OrderRow, OrderRow.id == HistoryRow.order_id)
            assert s.scalar(late.where(HistoryRow.at < OrderRow.created_at)) == 0
        assert len(set(numbers)) == 40
    finally:
        db.dispose()
