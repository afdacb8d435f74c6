"""Channels in the window: Add WooCommerce store (tested in a worker, keys to the keyring), a
background round filling the board, and the store strip with a mismatch and its fixes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from orderdesk.services.channels import registry
from orderdesk.services.channels.sync import ChannelSync
from orderdesk.workflow import MoveRequest, Status
from tests.integration.channels.conftest import KEY, SECRET, client_for
from tests.support.components import require_keyring
from tests.ui.conftest import wait_idle


@pytest.fixture
def woo():
    from tests.fakes.woocommerce import WooCommerceFake

    fake = WooCommerceFake(KEY, SECRET)
    fake.start()
    yield fake
    fake.stop()


def test_add_store_tests_in_a_worker_then_saves_keys_to_the_keyring(qtbot, make_window, service, runner, woo):
    require_keyring()
    woo.add_order(id=3101)
    window = make_window()
    dialog = window.channels.add_store()
    qtbot.keyClicks(dialog.url, woo.base_url)
    qtbot.keyClicks(dialog.key, KEY)
    qtbot.keyClicks(dialog.secret, "cs_wrong")
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result.text().startswith("✖"), timeout=5000)
    assert "Invalid signature" in dialog.result.text() and not dialog.save_button.isEnabled()
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, SECRET)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert "read and write" in dialog.result.text()
    assert not dialog.push_stock.isChecked()  # the store's stock stays the store's unless asked
    dialog.push_stock.setChecked(True)
    with qtbot.waitSignal(window.channels.finished, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, runner)
    channel = registry.get_channel(service.db, "shop")
    from orderdesk.services.credentials import Credentials

    assert registry.store_keys(channel, Credentials()) == (KEY, SECRET)
    assert SECRET not in str(channel.settings)
    assert channel.settings["push_stock"] is True
    assert [o.external_id for o in service.list_orders()] == ["3101"]
    # The round ran in a child process: it never held the window's interpreter lock.
    import os

    assert window.channels.child.returncode == 0 and window.channels.child.pid != os.getpid()


def test_store_strip_shows_three_statuses_and_fixes_a_mismatch(qtbot, make_window, service, runner, woo, owner):
    woo.add_order(id=3201)
    registry.add_channel(service.db, "woocommerce", "shop", woo.base_url)
    sync = ChannelSync(service, owner="desk", client_factory=lambda ch: client_for(woo, settings=ch.settings))
    sync.run("shop")
    number = service.find_number("3201")
    service.move(number, MoveRequest(Status.CANCELLED, reason="customer called"), owner)
    woo.update(3201, status="on-hold")  # the store did not follow (no push listener on this desk)
    woo.clock_offset += 2
    woo.update(3201, status="on-hold")
    sync.run("shop")
    assert service.get(number).active_holds[0].kind == "channel_mismatch"

    window = make_window()
    window.channels.sync = sync
    window.open_order(service.get(number).id)
    details = window._windows[service.get(number).id]
    panel = details.store_panel
    qtbot.waitUntil(lambda: panel.isVisible() and "On hold" in panel.text.text(), timeout=5000)
    assert "Cancelled" in panel.text.text() and "Carrier" in panel.text.text()
    assert panel.accept_button.isVisible() and panel.push_button.isVisible()
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not service.get(number).active_holds, timeout=5000)
    wait_idle(qtbot, runner)
    assert sync.run("shop").mismatches == []  # the accepted difference is not raised again


def test_sync_stores_now_runs_a_round_in_the_background(qtbot, make_window, service, runner, woo):
    woo.add_order(id=3301)
    registry.add_channel(service.db, "woocommerce", "shop", woo.base_url)
    window = make_window()
    window.channels.sync = ChannelSync(service, owner="desk", client_factory=lambda ch: client_for(woo))
    with qtbot.waitSignal(window.channels.finished, timeout=10000) as done:
        window.channels.sync_action.trigger()
    assert [len(r.incoming.imported) for r in done.args[0]] == [1]
    summary = service.list_orders()[0]
    assert summary.channel == "shop" and summary.store_status == "processing"
    assert "1 new orders" in window.message.text()


def test_a_round_that_only_sends_pushes_shows_the_stores_new_status_on_the_card(
    qtbot, make_window, service, runner, woo, owner
):
    """Pushes change the store status the card shows but write no history (the change polling
    would not notice): the round's end refreshes the board once."""
    woo.add_order(id=3401)
    registry.add_channel(service.db, "woocommerce", "shop", woo.base_url)
    window = make_window()
    window.channels.sync = ChannelSync(service, owner="desk", client_factory=lambda ch: client_for(woo))
    with qtbot.waitSignal(window.channels.finished, timeout=10000):
        window.channels.sync_action.trigger()
    number = service.list_orders()[0].number
    from orderdesk.wiring import order_service

    # Cancelled at the desk through the app's service: its listeners queue the store push.
    order_service(service.db).move(number, MoveRequest(Status.CANCELLED, reason="customer called"), owner)
    window.refresh()
    wait_idle(qtbot, runner)
    cancelled = window.closed_board.models[Status.CANCELLED]
    window.tabs.setCurrentWidget(window.closed_board)
    qtbot.waitUntil(lambda: cancelled.summary(cancelled.ids[0]) is not None if cancelled.ids else False)
    assert cancelled.summary(cancelled.ids[0]).store_status == "processing"
    with qtbot.waitSignal(window.channels.finished, timeout=10000) as done:
        window.channels.sync_action.trigger()
    assert done.args[0][0].outgoing.sent and not done.args[0][0].incoming.updated
    qtbot.waitUntil(lambda: cancelled.summary(cancelled.ids[0]).store_status == "cancelled", timeout=5000)
    assert woo.orders[3401]["status"] == "cancelled"


def test_closing_the_window_ends_a_running_store_round(qtbot, make_window, service, runner, woo):
    require_keyring()
    from orderdesk.services.credentials import Credentials

    registry.add_channel(service.db, "woocommerce", "shop", woo.base_url)
    for part, secret in (("consumer_key", KEY), ("consumer_secret", SECRET)):
        registry.store_secret(service.db, Credentials(), "shop", part, secret)
    woo.add_order(id=3501)
    woo.latency = 5.0  # the round is still waiting on the shop when the window closes
    window = make_window()
    try:
        window.channels.sync_now()
        qtbot.waitUntil(lambda: window.channels.child is not None, timeout=10000)
        window.close()
        qtbot.waitUntil(lambda: window.channels.child.poll() is not None, timeout=10000)
        assert window.channels.child.returncode != 0
        # Said in the status bar in one line, not as an error dialog over the window.
        qtbot.waitUntil(lambda: not window.channels.running, timeout=10000)
        assert "stopped before it finished" in window.message.text()
    finally:
        for part in ("consumer_key", "consumer_secret"):
            Credentials().delete(f"channel.shop.{part}")
        woo.latency = 0.0
    wait_idle(qtbot, runner)
