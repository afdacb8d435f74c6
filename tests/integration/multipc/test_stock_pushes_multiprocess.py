"""Stock pushes queued by several PCs changing the same product at once (SQLite and PostgreSQL):
still one waiting push per product, and the round sends the final quantity."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from orderdesk.db import Database
from orderdesk.models import StorePushRow
from orderdesk.money import Money
from orderdesk.services.channels import registry
from orderdesk.services.channels.sync import ChannelSync
from orderdesk.wiring import order_service
from tests.integration.channels.conftest import KEY, SECRET, client_for
from tests.integration.multipc import workers
from tests.support.multiproc import run_processes

PCS, TIMES = 3, 15


@pytest.fixture
def woo():
    from tests.fakes.woocommerce import WooCommerceFake

    fake = WooCommerceFake(KEY, SECRET)
    fake.start()
    yield fake
    fake.stop()


def test_stock_changes_from_several_pcs_coalesce_into_one_push(shop_url, woo):
    db = Database.open(shop_url)
    orders = order_service(db)
    orders.upsert_product("MUG-1", "Kubek", Money(4999, "PLN"), stock_on_hand=0)
    registry.add_channel(db, "woocommerce", "shop", woo.base_url)
    registry.update_settings(db, "shop", push_stock=True)
    mug = woo.add_product("MUG-1", stock_quantity=0)
    assert run_processes(workers.receive_stock, [(shop_url, "MUG-1", TIMES)] * PCS) == [TIMES] * PCS
    with db.session() as s:
        waiting = s.scalar(select(func.count()).select_from(StorePushRow).where(StorePushRow.kind == "stock"))
    assert waiting == 1  # each change saw the push the one before it committed
    sync = ChannelSync(orders, owner="desk-a", client_factory=lambda ch: client_for(woo, settings=dict(ch.settings)))
    report = sync.run("shop")
    assert report.outgoing.sent == [f"MUG-1: stock {PCS * TIMES}"]
    assert woo.products[mug["id"]]["stock_quantity"] == PCS * TIMES
    db.dispose()
