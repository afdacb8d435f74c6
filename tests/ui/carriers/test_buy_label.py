"""Buy label…: rates fetched in the background, buying once, label stored, history written,
the move to shipped through the board's move path; a carrier's refusal shown with nothing stored."""

from __future__ import annotations

from pathlib import Path

from orderdesk.workflow import Status
from tests.factories import make_order, packed_order, stock_products
from tests.ui.conftest import wait_idle


def open_buy(qtbot, window, service, number):
    order_id = service.get(number).id
    dialog = window.carriers.buy_label(order_id)
    qtbot.waitUntil(lambda: dialog.order is not None and not dialog.busy, timeout=5000)
    return dialog


def test_buy_easypost_label_with_rates(qtbot, qtmodeltester, make_window, service, carriers_ready, runner):
    number = packed_order(service)
    order = service.get(number)
    window = make_window()
    dialog = open_buy(qtbot, window, service, number)
    (parcel,) = dialog.parcels.parcels()  # one parcel, prefilled from the order lines
    assert parcel.weight_g == max(order.weight_g, 100)
    dialog.carrier.setCurrentIndex(dialog.carrier.findData("easypost"))
    qtbot.waitUntil(lambda: dialog.rates_model.rowCount() == 3, timeout=5000)
    qtmodeltester.check(dialog.rates_model)
    services = [dialog.rates_model.index(r, 0).data() for r in range(3)]
    assert "Express" in services[1] or any("Express" in s for s in services)
    express = next(r for r, s in enumerate(services) if "Express" in s)
    dialog.rates_view.selectRow(express)
    assert dialog.chosen_rate().service == services[express]
    assert "35.50" in dialog.rates_model.index(express, 1).data()

    with qtbot.waitSignal(dialog.purchased, timeout=10_000) as bought:
        dialog.buy_button.click()
    purchase = bought.args[0]
    tracking = purchase.shipment.tracking_number
    assert tracking and tracking in dialog.result.text()
    fake = carriers_ready["easypost"]
    assert fake.count("POST", "/v2/shipments/shp_\\w+/buy") == 1
    shp = next(s for s in fake.shipments.values() if s["tracking_code"] == tracking)
    assert "Express" in shp["selected_rate"]["service"]

    stored = service.get(number)
    assert stored.tracking_number == tracking
    assert Path(stored.active_shipment.label_path).read_bytes().startswith(b"%PDF")
    assert any(h.kind == "label" and h.to_value == tracking for h in stored.history)
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled() and dialog.ship_button.isEnabled(), timeout=5000)
    assert not dialog.buy_button.isEnabled()  # the same carrier again would be refused

    opened = []
    dialog.open_file = opened.append
    dialog.open_button.click()
    assert opened == [Path(stored.active_shipment.label_path)]

    dialog.ship_button.click()  # the board's move path: guard, history, notification
    qtbot.waitUntil(lambda: service.get(number).status == Status.SHIPPED, timeout=5000)
    qtbot.waitUntil(lambda: "shipped" in dialog.notice.text().lower() and not dialog.busy, timeout=5000)
    wait_idle(qtbot, runner)


def test_carrier_refusal_is_shown_and_nothing_is_stored(qtbot, make_window, service, carriers_ready, runner):
    number = packed_order(service, delivery="pickup_point", pickup_point_code="KRA010")
    window = make_window()
    dialog = open_buy(qtbot, window, service, number)
    assert dialog.carrier_name() == "inpost" and dialog.pickup_point.text() == "KRA010"
    dialog.pickup_point.setText("NOPE99")  # a locker InPost does not know
    dialog.buy_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.busy, timeout=10_000)
    assert "target_point" in dialog.error.text() or "point" in dialog.error.text().lower(), dialog.error.text()
    stored = service.get(number)
    assert stored.shipments == () and stored.status == Status.PACKED
    assert not any(h.kind == "label" for h in stored.history)
    assert dialog.buy_button.isEnabled()  # fix it and try again: nothing was lost
    wait_idle(qtbot, runner)


def test_inpost_locker_then_cancel_from_the_details_window(qtbot, make_window, service, carriers_ready, runner):
    number = packed_order(service, delivery="pickup_point", pickup_point_code="KRA010")
    window = make_window()
    window.open_order(service.get(number).id)
    details = window._windows[service.get(number).id]
    qtbot.waitUntil(lambda: details.detail is not None, timeout=5000)
    details.buy_label_button.click()
    dialog = details._buy_label_dialog
    qtbot.waitUntil(lambda: dialog.order is not None and not dialog.busy, timeout=5000)
    assert "does not quote" in dialog.rates_note.text()
    assert window.carriers.buy_label(dialog.order_id) is dialog  # one purchase window per order
    with qtbot.waitSignal(dialog.purchased, timeout=15_000):
        dialog.buy_button.click()
    tracking = service.get(number).tracking_number
    # The details window reloads and shows the shipment with its tracking freshness.
    qtbot.waitUntil(lambda: details.shipments_model.rowCount() == 1, timeout=5000)
    row = [details.shipments_model.index(0, c).data() for c in range(6)]
    assert row[2] == tracking and row[5] == "tracking not checked yet"

    # InPost will not cancel a confirmed parcel: its words are shown and the shipment is kept.
    dialog.confirm = lambda _q: True
    qtbot.waitUntil(lambda: dialog.cancel_button.isEnabled(), timeout=5000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.busy, timeout=10_000)
    assert "InPost refused" in dialog.error.text() and "cancel" in dialog.error.text()
    stored = service.get(number)
    assert stored.active_shipment is not None and stored.tracking_number == tracking
    wait_idle(qtbot, runner)


def test_cancel_an_easypost_shipment(qtbot, make_window, db, service, carriers_ready, runner):
    from orderdesk.domain import Actor
    from orderdesk.services.carriers.registry import CarrierRegistry
    from orderdesk.services.shipping import ShippingService
    from orderdesk.settings import Settings

    number = packed_order(service)
    registry = CarrierRegistry(Settings(db))
    tracking = ShippingService(db, service, registry).buy_label(number, "easypost", Actor("x")).shipment.tracking_number
    registry.close()
    window = make_window()
    dialog = open_buy(qtbot, window, service, number)
    assert tracking in dialog.result.text() and dialog.carrier_name() == "easypost"
    fake = carriers_ready["easypost"]
    downloads = fake.count("GET", ".*")
    dialog.download_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert fake.count("GET", ".*") > downloads  # asked the carrier again
    assert Path(service.get(number).active_shipment.label_path).exists()
    asked = []
    dialog.confirm = lambda q: asked.append(q) or True
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: "cancelled" in dialog.notice.text() and not dialog.busy, timeout=10_000)
    assert tracking in asked[0]
    stored = service.get(number)
    assert stored.active_shipment is None and stored.shipments[0].cancelled
    assert any(h.kind == "label" and h.to_value == "cancelled" for h in stored.history)
    assert dialog.buy_button.isEnabled()  # a new label can be bought now
    wait_idle(qtbot, runner)


def test_card_menu_and_main_window_action_open_buy_label(qtbot, make_window, service, runner):
    number = packed_order(service)
    order_id = service.get(number).id
    window = make_window()
    menu = window.board.build_menu(Status.PACKED, [order_id])
    action = next(a for a in menu.actions() if a.text() == "Buy label…")
    action.trigger()
    dialog = window.carriers.dialogs[-1]
    assert dialog.order_id == order_id
    qtbot.waitUntil(lambda: dialog.order is not None, timeout=5000)
    dialog.close()
    assert not any(a.text() == "Buy label…" for a in window.board.build_menu(Status.NEW, [order_id]).actions())

    assert window.carriers.buy_selected() is None  # nothing selected yet: a hint, no dialog
    window.board.columns[Status.PACKED].view.select_ids([order_id])
    window.carriers.buy_action.trigger()
    dialog = window.carriers.dialogs[-1]
    assert dialog.order_id == order_id and window.carriers.buy_action.shortcut().toString() == "Ctrl+L"
    qtbot.waitUntil(lambda: dialog.order is not None and not dialog.busy, timeout=5000)
    wait_idle(qtbot, runner)


def test_an_order_not_packed_yet_says_why_no_label(qtbot, make_window, service, runner):
    stock_products(service)
    number = make_order(service)
    window = make_window()
    dialog = open_buy(qtbot, window, service, number)
    assert not dialog.buy_button.isEnabled()
    assert "assembled or packed" in dialog.error.text()
    wait_idle(qtbot, runner)


def test_buy_label_waits_for_unsaved_edits_in_the_details_window(qtbot, make_window, service, runner):
    number = packed_order(service)
    window = make_window()
    window.open_order(service.get(number).id)
    details = window._windows[service.get(number).id]
    qtbot.waitUntil(lambda: details.detail is not None, timeout=5000)
    details.notes.setPlainText("Ring twice")
    details.buy_label_button.click()
    assert getattr(details, "_buy_label_dialog", None) is None
    assert "Save or undo your edits first" in details.banner.text()
    assert details.notes.toPlainText() == "Ring twice"
    wait_idle(qtbot, runner)
