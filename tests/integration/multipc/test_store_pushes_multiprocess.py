"""Three desks sending the same store outbox at once, each its own process (SQLite and PostgreSQL):
the claims let exactly one desk send each push, so the store gets every status, note and stock
change once."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from orderdesk.db import Database
from orderdesk.models import ChannelRow, OrderRow, ProductRow, StorePushRow
from orderdesk.money import Money
from orderdesk.services.channels import registry
from orderdesk.services.channels.outbox import queue_push
from orderdesk.services.channels.stock_push import queue_stock_push
from orderdesk.services.channels.sync import ChannelSync
from orderdesk.wiring import order_service
from tests.integration.channels.conftest import KEY, SECRET, client_for
from tests.integration.multipc import push_workers
from tests.support.multiproc import run_processes

DESKS, ORDERS, PRODUCTS = 3, 12, 6
SKUS_PER_DESK = 40  # settings writes per desk: enough to overlap the other desk's


@pytest.fixture
def woo():
    from tests.fakes.woocommerce import WooCommerceFake

    fake = WooCommerceFake(KEY, SECRET)
    fake.start()
    yield fake
    fake.stop()


def _shop_with_a_full_outbox(url: str, woo) -> tuple[Database, int]:
    """Store orders imported, then a status and a note for each and the stock of each product
    waiting in the outbox; how many pushes wait."""
    db = Database.open(url)
    orders = order_service(db)
    skus = ["CANDLE-1", "MUG-1", *(f"TEA-{i}" for i in range(PRODUCTS - 2))]
    for sku in skus:
        orders.upsert_product(sku, sku, Money(2499, "PLN"), stock_on_hand=40)
        woo.add_product(sku, stock_quantity=0)
    channel = registry.add_channel(db, "woocommerce", "shop", woo.base_url)
    for _ in range(ORDERS):
        woo.add_order()
    sync = ChannelSync(orders, owner="desk-0", client_factory=lambda ch: client_for(woo, settings=dict(ch.settings)))
    assert sync.run("shop").ok
    registry.update_settings(db, "shop", push_stock=True)
    woo.writes.clear()
    with db.session(write=True) as s:
        channel_row = s.get(ChannelRow, channel.id)
        rows = s.scalars(select(OrderRow).where(OrderRow.channel_id == channel.id)).all()
        assert len(rows) == ORDERS
        for row in rows:
            queue_push(s, channel_row, row, "status", {"status": "completed", "desk_status": "delivered"},
                       f"o{row.id}:test:status")  # fmt: skip
            queue_push(s, channel_row, row, "note", {"note": f"Parcel for {row.number}", "customer_note": True},
                       f"o{row.id}:test:note")  # fmt: skip
        for product_id in s.scalars(select(ProductRow.id)):
            assert queue_stock_push(s, product_id) == 1
        waiting = s.query(StorePushRow).filter(StorePushRow.status == "pending").count()
    assert waiting == 2 * ORDERS + PRODUCTS
    return db, waiting


def test_every_push_reaches_the_store_exactly_once_with_three_desks_sending(shop_url, woo):
    db, waiting = _shop_with_a_full_outbox(shop_url, woo)
    reports = run_processes(
        push_workers.send_pushes, [(shop_url, woo.base_url, f"desk-{n}") for n in range(1, DESKS + 1)]
    )
    sent = [line for report in reports for line in report]
    assert len(sent) == waiting and len(set(sent)) == waiting  # each reported by one desk only
    with db.session() as s:
        states = Counter(s.scalars(select(StorePushRow.status)))
        external = dict(s.execute(select(OrderRow.external_id, OrderRow.number)).all())
    assert states == {"sent": waiting}
    # What the store received: one status change and one note per order, one stock write per product.
    writes = Counter(
        ("note" if path.endswith("/notes") else "stock" if "/products/" in path else "order", path)
        for _method, path, _body in woo.writes
    )
    assert sum(n for (kind, _), n in writes.items() if kind == "order") == ORDERS
    assert sum(n for (kind, _), n in writes.items() if kind == "note") == ORDERS
    assert sum(n for (kind, _), n in writes.items() if kind == "stock") == PRODUCTS
    assert max(writes.values()) == 1
    for oid in woo.orders:
        assert woo.orders[oid]["status"] == "completed"
        notes = [n["note"] for n in woo.notes.get(oid, []) if n["note"].startswith("Parcel for")]
        assert notes == [f"Parcel for {external[str(oid)]}"]
    db.dispose()


def test_two_desks_remembering_different_skus_at_once_both_keep_theirs(shop_url):
    """Each remembered store product id is a read-modify-write of the store's whole settings: under
    the settings row lock (FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite) neither desk's
    write replaces the other's SKUs."""
    db = Database.open(shop_url)
    registry.add_channel(db, "woocommerce", "shop", "https://shop.example")
    skus = {f"desk-{n}": [f"D{n}-{i:03d}" for i in range(SKUS_PER_DESK)] for n in (1, 2)}
    counts = run_processes(push_workers.remember_products, [(shop_url, owner, mine) for owner, mine in skus.items()])
    assert counts == [SKUS_PER_DESK, SKUS_PER_DESK]
    with db.session() as s:
        remembered = s.scalar(select(ChannelRow.settings).where(ChannelRow.name == "shop"))["store_products"]
    expected = {sku: f"{owner}:{sku}" for owner, mine in skus.items() for sku in mine}
    assert remembered == expected
    db.dispose()
