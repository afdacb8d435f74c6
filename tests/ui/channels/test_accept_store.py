"""The store strip's "Accept the store's" on a store cancel: the order cancelled at the desk, or
the refusal said in the window's banner when the parcel has already left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from orderdesk.money import Money
from orderdesk.services.channels import registry
from orderdesk.services.channels.sync import ChannelSync
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


def _cancelled_in_the_store(service, woo, owner, oid: int, *moves: Status) -> tuple[str, ChannelSync]:
    for sku in ("CANDLE-1", "MUG-1"):
        service.upsert_product(sku, sku, Money(2499, "PLN"), stock_on_hand=10)
    woo.add_order(id=oid)
    registry.add_channel(service.db, "woocommerce", "shop", woo.base_url)
    sync = ChannelSync(service, owner="desk", client_factory=lambda ch: client_for(woo, settings=ch.settings))
    sync.run("shop")
    number = service.find_number(str(oid))
    for status in moves:
        if status is Status.SHIPPED:
            service.add_shipment(number, carrier="inpost", tracking_number=f"6200000000000000000{oid}", actor=owner)
        service.move(number, MoveRequest(status), owner)
    woo.clock_offset += 2
    woo.update(oid, status="cancelled")
    sync.run("shop")
    assert service.get(number).active_holds[0].kind == "channel_mismatch"
    return number, sync


def _accept(qtbot, make_window, service, number: str):
    window = make_window()
    window.open_order(service.get(number).id)
    details = window._windows[service.get(number).id]
    panel = details.store_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.accept_button.isVisible(), timeout=5000)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    return details


def test_accepting_a_store_cancel_after_packing_cancels_the_order(qtbot, make_window, service, runner, woo, owner):
    number, _sync = _cancelled_in_the_store(
        service, woo, owner, 6101, Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED
    )
    _accept(qtbot, make_window, service, number)
    qtbot.waitUntil(lambda: service.get(number).status is Status.CANCELLED, timeout=5000)
    wait_idle(qtbot, runner)
    assert not service.get(number).active_holds


def test_accepting_a_store_cancel_after_shipping_is_refused_in_the_banner(
    qtbot, make_window, service, runner, woo, owner
):
    number, _sync = _cancelled_in_the_store(
        service, woo, owner, 6201, Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED, Status.SHIPPED
    )
    details = _accept(qtbot, make_window, service, number)
    qtbot.waitUntil(lambda: "cannot be applied here" in details.banner.text(), timeout=5000)
    wait_idle(qtbot, runner)
    order = service.get(number)
    assert order.status is Status.SHIPPED and order.active_holds[0].kind == "channel_mismatch"
