"""What a round leaves to look at, in the window: the status bar names the store orders the round
could not take and the pushes the store refused; Channels → Stores… lists the orders waiting to be
read again with the reason (what ``orderdesk channels list`` prints)."""

from __future__ import annotations

import pytest

from orderdesk.services.channels import registry
from orderdesk.services.channels.sync import ChannelSync
from orderdesk.settings import Settings
from orderdesk.workflow import MoveRequest, Status
from tests.integration.channels.conftest import KEY, SECRET, client_for
from tests.ui.conftest import wait_idle


@pytest.fixture
def woo():
    from tests.fakes.woocommerce import WooCommerceFake

    fake = WooCommerceFake(KEY, SECRET)
    fake.start()
    yield fake
    fake.stop()


def _round(qtbot, window) -> list:
    with qtbot.waitSignal(window.channels.finished, timeout=10000) as done:
        window.channels.sync_action.trigger()
    return done.args[0]


def test_the_status_bar_names_failed_orders_and_refused_pushes_and_stores_lists_the_retries(
    qtbot, make_window, service, runner, woo, owner
):
    Settings(service.db).set("channels.overlap_seconds", 0)  # only the retry list brings 5102 back
    woo.add_order(id=5101)
    woo.add_order(id=5102, total="12,50")  # not a money string: the desk cannot read it
    registry.add_channel(service.db, "woocommerce", "shop", woo.base_url)
    registry.update_settings(service.db, "shop", status_map={"cancelled": "annulled"})  # the store refuses it
    window = make_window()
    window.channels.sync = ChannelSync(
        service, owner="desk", client_factory=lambda ch: client_for(woo, settings=ch.settings)
    )
    [first] = _round(qtbot, window)
    assert first.incoming.failed_ids == ["5102"]
    text = window.message.text()
    assert "1 new orders" in text and "1 failed, read again next round" in text, text
    assert "refused" not in text

    stores = window.channels.show_stores()
    qtbot.waitUntil(lambda: stores.retries.rowCount() == 1, timeout=5000)
    assert stores.stores.item(0, 0).text() == "shop" and stores.stores.item(0, 5).text() == "1"
    cells = [stores.retries.item(0, c).text() for c in range(5)]
    assert cells[:2] == ["shop", "5102"] and "12,50" in cells[2] and cells[3] == "1"
    assert not stores.retries.isHidden() and "read again" in stores.retries_label.text()

    from orderdesk.wiring import order_service

    number = service.find_number("5101")
    order_service(service.db).move(number, MoveRequest(Status.CANCELLED, reason="customer called"), owner)
    woo.orders[5102]["total"] = "114.98"  # put right in the store
    [second] = _round(qtbot, window)  # the open Stores window reads again after the round
    assert second.outgoing.refused and second.incoming.retried == 1
    text = window.message.text()
    assert f"1 refused by the store: {number}" in text and "failed" not in text, text
    qtbot.waitUntil(lambda: stores.retries.rowCount() == 0, timeout=5000)
    assert stores.stores.item(0, 4).text() == "1" and stores.stores.item(0, 5).text() == "0"
    assert stores.retries.isHidden() and "No store order is waiting" in stores.retries_label.text()
    stores.close()
    wait_idle(qtbot, runner)
