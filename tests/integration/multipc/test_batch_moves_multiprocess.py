"""Batch moves (``OrderService.move_many``) from several PCs at once, beside desks moving the same
orders one by one: each order is moved exactly once, the others are refused by the workflow (it is
already confirmed), never lost or doubled; on one SQLite file and one real PostgreSQL database."""

from __future__ import annotations

import collections

from sqlalchemy import select

from orderdesk.db import Database
from orderdesk.models import HistoryRow, OrderRow
from orderdesk.services.orders import OrderService
from tests.factories import make_order, stock_products
from tests.integration.multipc import workers
from tests.support.multiproc import run_processes


def test_batches_and_single_moves_of_the_same_orders_move_each_once(shop_url):
    db = Database.open(shop_url)
    service = OrderService(db)
    stock_products(service, stock=1000)
    numbers = [make_order(service, name=f"Customer {i}") for i in range(24)]
    # two PCs confirm all of them in one batch each (in opposite orders), two desks one by one
    plans = [(shop_url, numbers, False), (shop_url, numbers[::-1], False), (shop_url, numbers, True),
             (shop_url, numbers[::-1], True)]  # fmt: skip
    results = run_processes(workers.batch_confirm, plans)
    moved = collections.Counter(n for result in results for n, what in result.items() if what == "moved")
    assert moved == dict.fromkeys(numbers, 1)
    others = {what for result in results for what in result.values() if what != "moved"}
    assert others <= {"MoveRefused", "ConflictError"}
    with db.session() as s:
        rows = s.execute(select(OrderRow.id, OrderRow.status, OrderRow.version).where(OrderRow.number.in_(numbers)))
        orders = {r.id: r for r in rows}
        steps = collections.Counter(
            s.scalars(
                select(HistoryRow.order_id).where(HistoryRow.kind == "status", HistoryRow.to_value == "confirmed")
            )
        )
    assert {o.status for o in orders.values()} == {"confirmed"}
    assert steps == dict.fromkeys(orders, 1)  # one "confirmed" step per order, none doubled
    db.dispose()
