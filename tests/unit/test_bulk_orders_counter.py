"""Benchmark data (``orderdesk bench --db FILE``) leaves the database usable for real orders."""

from __future__ import annotations

from orderdesk.demo import bulk_orders
from tests.factories import make_order, stock_products


def test_orders_made_after_bulk_data_get_free_numbers(db, service):
    bulk_orders(db, 120, active=20, batch=50)
    bulk_orders(db, 30, active=5, batch=50)  # a second run goes on after the first
    stock_products(service)
    numbers = {o.number for o in service.list_orders(limit=1000)}
    new = make_order(service)
    assert new not in numbers
    assert make_order(service) != new
    assert len(service.list_orders(limit=1000)) == 152
