"""Tracking sync in the window: "Sync tracking now" moves a card shipped → in transit on the board;
the schedule starts only when asked, with a first round soon after start."""

from __future__ import annotations

from orderdesk.domain import Actor
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.shipping import ShippingService
from orderdesk.settings import Settings
from orderdesk.ui.carriers.sync import SyncController
from orderdesk.workflow import MoveRequest, Status
from tests.factories import packed_order
from tests.ui.conftest import wait_idle

PACKER = Actor("Piotr (packer)")


def shipped_order(db, service) -> tuple[str, str]:
    number = packed_order(service)
    registry = CarrierRegistry(Settings(db))
    try:
        purchase = ShippingService(db, service, registry).buy_label(number, "easypost", PACKER)
    finally:
        registry.close()
    service.move(number, MoveRequest(Status.SHIPPED), PACKER)
    return number, purchase.shipment.tracking_number


def test_sync_now_moves_the_card_to_in_transit(qtbot, make_window, db, service, carriers_ready, runner):
    number, tracking = shipped_order(db, service)
    order_id = service.get(number).id
    carriers_ready["easypost"].advance({"tracking_code": tracking, "status": "in_transit", "city": "Austin"})
    window = make_window()
    assert window.column_model(Status.SHIPPED).row_of(order_id) >= 0
    ui = window.carriers
    progress = []
    ui.sync.progressed.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(ui.sync.finished, timeout=15_000) as finished:
        ui.sync_action.trigger()
        assert not ui.sync_action.isEnabled() and ui.sync_bar.isVisible()
    result = finished.args[0]
    assert result.tracking.moved == [(number, "shipped", "in_transit")]
    assert progress[-1] == (1, 1)
    assert "1 orders moved" in ui.sync_label.text() and ui.sync_action.isEnabled()
    qtbot.waitUntil(lambda: window.column_model(Status.IN_TRANSIT).row_of(order_id) >= 0, timeout=5000)
    assert window.column_model(Status.SHIPPED).row_of(order_id) < 0
    history = service.get(number).history
    assert any(h.kind == "status" and h.to_value == "in_transit" and "carrier:easypost" in h.actor for h in history)
    assert service.get(number).active_shipment.last_synced_at is not None
    wait_idle(qtbot, runner)


def test_a_second_round_is_not_started_while_one_runs(qtbot, make_window, runner):
    window = make_window()
    ui = window.carriers
    assert ui.sync.run_now() is True
    assert ui.sync.run_now() is False
    qtbot.waitUntil(lambda: not ui.sync.running, timeout=10_000)
    wait_idle(qtbot, runner)


def test_started_schedule_runs_a_first_round_soon(qtbot, service, runner, owner):
    from orderdesk.ui.carriers.context import CarrierContext

    ctx = CarrierContext(service, runner, lambda: owner)
    idle = SyncController(ctx, first_delay_ms=10)
    assert not idle.scheduled  # nothing until started
    sync = SyncController(ctx, interval_minutes=15, first_delay_ms=10)
    sync.start()
    assert sync.scheduled and sync.interval_ms == 15 * 60_000
    with qtbot.waitSignal(sync.finished, timeout=10_000):
        pass  # the first round comes long before the 15-minute interval
    assert sync.rounds == 1 and idle.rounds == 0
    sync.stop()
    wait_idle(qtbot, runner)


def test_closing_the_window_stops_the_schedule(qtbot, make_window):
    window = make_window()
    ui = window.carriers
    ui.sync.start()
    assert ui.sync.scheduled
    window.close()
    assert not ui.sync.scheduled


def test_message_round_is_left_to_the_windows_own_outbox_sender(qtbot, make_window, runner):
    window = make_window()
    ui = window.carriers
    installed = getattr(window, "notifications", None)
    window.notifications = None  # a window without the notifications' sender
    ui.sync_now()
    with qtbot.waitSignal(ui.sync.finished, timeout=10_000) as first:
        pass
    window.notifications = object()  # what the notifications' install leaves on the window
    ui.sync_now()
    with qtbot.waitSignal(ui.sync.finished, timeout=10_000) as second:
        pass
    window.notifications = installed
    assert first.args[0].messages is not None and second.args[0].messages is None
    wait_idle(qtbot, runner)


def test_scheduled_round_skips_after_a_fresh_round_elsewhere(qtbot, db, service, runner, owner):
    from datetime import timedelta

    from orderdesk.models import utcnow
    from orderdesk.services.sync_round import LAST_ROUND
    from orderdesk.ui.carriers.context import CarrierContext

    # e.g. the CLI from cron, ten minutes ago
    Settings(db).set(LAST_ROUND, (utcnow() - timedelta(minutes=10)).isoformat())
    sync = SyncController(CarrierContext(service, runner, lambda: owner), first_delay_ms=10)
    sync.start()
    with qtbot.waitSignal(sync.finished, timeout=10_000) as scheduled:
        pass
    assert scheduled.args[0].skipped_since is not None
    # The next check comes when that round is one interval old, not a whole interval from now.
    due = sync._timers.first_due_ms
    assert due is not None and 4 * 60_000 < due < 6 * 60_000
    sync.run_now(by_hand=True)
    with qtbot.waitSignal(sync.finished, timeout=10_000) as asked:
        pass
    assert asked.args[0].skipped_since is None
    sync.stop()
    wait_idle(qtbot, runner)


def test_window_says_when_tracking_was_synced_elsewhere(qtbot, make_window, db, runner):
    """A restart soon after a round on another PC: the status bar says so, no error box."""
    from datetime import timedelta

    from orderdesk.models import utcnow
    from orderdesk.services.sync_round import LAST_ROUND

    Settings(db).set(LAST_ROUND, (utcnow() - timedelta(minutes=10)).isoformat())
    window = make_window()
    ui = window.carriers
    reported = []
    ui.ctx.report = lambda exc, title="": reported.append(exc)
    ui.sync.run_now(by_hand=False)
    with qtbot.waitSignal(ui.sync.finished, timeout=10_000) as done:
        pass
    assert done.args[0].skipped_since is not None
    assert "Syncing" not in ui.sync_label.text()
    assert ui.sync_label.text().startswith("Tracking synced elsewhere: ")
    assert ui.sync_action.isEnabled() and not ui.sync_bar.isVisible() and reported == []
    wait_idle(qtbot, runner)


def test_details_window_keeps_tracking_freshness_current(
    qtbot, qtmodeltester, make_window, db, service, carriers_ready, runner
):
    from datetime import timedelta

    from orderdesk.models import ShipmentRow, utcnow

    number, _tracking = shipped_order(db, service)
    with db.session(write=True) as s:
        s.query(ShipmentRow).update({ShipmentRow.last_synced_at: utcnow() - timedelta(minutes=5, seconds=10)})
    window = make_window()
    order_id = service.get(number).id
    window.open_order(order_id)
    details = window._windows[order_id]
    qtbot.waitUntil(lambda: details.detail is not None and details.shipments_model.rowCount() == 1, timeout=5000)
    proxy = details.shipments.model()
    qtmodeltester.check(proxy)
    cell = proxy.index(0, proxy.columnCount() - 1)
    assert cell.data() == "tracking updated 5 min ago"
    later = utcnow() + timedelta(minutes=2)
    proxy.clock = lambda: later  # two minutes pass with the window open, nothing reloaded
    with qtbot.waitSignal(proxy.dataChanged, timeout=1000):
        proxy.tick()
    assert cell.data() == "tracking updated 7 min ago"
    wait_idle(qtbot, runner)


def test_carriers_not_set_up_are_a_setup_step_said_once_not_problems(qtbot, make_window, service, runner):
    number = packed_order(service)
    service.add_shipment(number, carrier="cdek", tracking_number="CD000111", actor=PACKER)
    service.move(number, MoveRequest(Status.SHIPPED), PACKER)
    window = make_window()
    said: list[str] = []
    window.show_message = lambda text, *_a: said.append(text)
    ui = window.carriers
    for _round in range(2):
        with qtbot.waitSignal(ui.sync.finished, timeout=15_000) as finished:
            ui.sync_action.trigger()
    result = finished.args[0]
    assert result.tracking.errors == [] and [c for c, _m in result.tracking.not_set_up] == ["cdek"]
    assert not result.failed
    text = ui.sync_label.text()
    assert "problem" not in text
    assert "carriers not set up: CDEK (Carriers → Carrier settings)" in text
    assert sum("not set up" in s for s in said) == 1  # announced once, then only in the status bar
    assert "cdek" in ui.sync_label.toolTip()  # what exactly is missing, on hover
    wait_idle(qtbot, runner)
