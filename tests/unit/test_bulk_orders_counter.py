"""Benchmark data (``orderdesk bench --db FILE``) leaves the database usable for real orders."""

from __future__ import annotations

from orderdesk.demo import bulk_orders
from tests.factories import make_order


def test_orders_made_after_bulk_data_get_free_numbers(db, service):
    bulk_orders(db, 120, active=20, batch=50)
    bulk_orders(db, 30, active=5, batch=50)  # a second run goes on after the first
    numbers = {o.number for o in service.list_orders(limit=1000)}
    sku = (("MUG-001", 1),)  # the benchmark's own products
    new = make_order(service, lines=sku)
    assert new not in numbers
    assert make_order(service, lines=sku) != new
    assert len(service.list_orders(limit=1000)) == 152
