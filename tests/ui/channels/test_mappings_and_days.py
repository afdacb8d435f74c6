"""Channels → Store mappings… (the owner's two tables, read and saved on workers) and Channels →
Sync the last days… (one round with --since in the background, then what came in)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox

from orderdesk.domain import Actor
from orderdesk.models import utcnow
from orderdesk.services.channels import mappings, registry
from orderdesk.services.channels.sync import ChannelSync
from orderdesk.ui.channels.mappings_model import MappingModel, Row
from orderdesk.workflow import Role
from tests.integration.channels.conftest import KEY, SECRET, client_for
from tests.ui.conftest import wait_idle


@pytest.fixture
def woo():
    from tests.fakes.woocommerce import WooCommerceFake

    fake = WooCommerceFake(KEY, SECRET)
    fake.start()
    yield fake
    fake.stop()


def _ship(method_id: str, title: str, instance: str) -> list[dict]:
    return [{"id": 1, "method_title": title, "method_id": method_id, "instance_id": instance, "total": "15.00"}]


def _row_of(model: MappingModel, key: str) -> int:
    return next(i for i, r in enumerate(model.rows) if r.key == key)


def test_the_mapping_model_passes_the_model_tester(qtmodeltester, qapp):
    model = MappingModel(["Method", "Title", "Delivery"], [("carrier", "Carrier"), ("own_courier", "Own")],
                         free_text=False)  # fmt: skip
    model.set_rows([Row("flat_rate", "flat_rate", "Kurier", "carrier", "carrier")])
    model.add_row(Row("flat_rate:3", "flat_rate:3", "", "carrier", "carrier"))
    qtmodeltester.check(model)
    index = model.index(1, 2)
    assert not model.setData(index, "teleport")  # not one of the choices
    assert model.setData(index, "own_courier") and model.values()["flat_rate:3"] == "own_courier"
    assert model.data(index) == "Own" and model.data(index, Qt.ItemDataRole.FontRole).bold()
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable
    qtmodeltester.check(model)


def test_owner_edits_and_saves_both_tables(qtbot, make_window, service, runner, woo):
    woo.add_order(id=4101, shipping_lines=_ship("flat_rate", "Kurier DPD", "3"))
    registry.add_channel(service.db, "woocommerce", "shop", woo.base_url)
    sync = ChannelSync(service, owner="desk", client_factory=lambda ch: client_for(woo, settings=ch.settings))
    sync.run("shop")
    window = make_window()
    dialog = window.channels.edit_mappings()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    ship, stat = dialog.shipping, dialog.statuses
    at = _row_of(ship, "flat_rate:3")
    assert ship.rows[at].detail == "Kurier DPD"  # the name the shop's orders used
    assert ship.data(ship.index(_row_of(ship, "local_pickup"), 2)) == "Pickup at the shop"  # words, not codes

    # Edit through the view's editor, as a person does: the delegate's combo box.
    view = dialog.shipping_view
    view.edit(ship.index(at, 2))
    editor = view.findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findData("own_courier"))
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert ship.values()["flat_rate:3"] == "own_courier"

    # A plugin's status typed in for shipped; nothing sent for cancelled.
    assert stat.setData(stat.index(_row_of(stat, "shipped"), 1), "shipped")
    assert stat.setData(stat.index(_row_of(stat, "cancelled"), 1), "")
    # A method typed in that the shop has not used yet.
    qtbot.keyClicks(dialog.new_method, "flat rate 9")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "not a shipping method id" in dialog.result.text()
    dialog.new_method.clear()
    qtbot.keyClicks(dialog.new_method, "flat_rate:9")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "flat_rate:9" in ship.values()

    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, runner)
    table = mappings.load_mappings(service.db, "shop")
    assert table.shipping_map()["flat_rate:3"] == "own_courier"
    assert table.status_map()["shipped"] == "shipped" and table.status_map()["cancelled"] == ""
    assert "saved" in window.message.text()


def test_a_wrong_status_is_shown_and_nothing_is_saved(qtbot, make_window, service, runner, woo):
    registry.add_channel(service.db, "woocommerce", "shop", woo.base_url)
    window = make_window()
    dialog = window.channels.edit_mappings()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    stat = dialog.statuses
    assert stat.setData(stat.index(_row_of(stat, "shipped"), 1), "Wysłane!")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result.text().startswith("✖"), timeout=5000)
    assert "cannot be sent" in dialog.result.text() and dialog.isVisible()
    wait_idle(qtbot, runner)
    assert registry.get_channel(service.db, "shop").settings.get("status_map") in (None, {})
    dialog.ask_unsaved = lambda: "discard"  # the window's close at the end asks about the wrong pair


def test_a_packer_is_not_offered_the_tables(qtbot, make_window, service, runner):
    window = make_window()
    window.act_as(Actor("Piotr", Role.PACKER))
    assert window.channels.edit_mappings() is None
    assert "owner" in window.message.text()


def test_sync_the_last_days_reads_finished_orders_too_and_reports_them(qtbot, make_window, service, runner, woo):
    woo.add_order(id=4201)  # open: any round takes it
    recent = (utcnow() - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S")
    old = (utcnow() - timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%S")
    woo.add_order(id=4202, status="on-hold", date_modified_gmt=recent)
    registry.add_channel(service.db, "woocommerce", "shop", woo.base_url)
    window = make_window()
    window.channels.sync = ChannelSync(service, owner="desk", client_factory=lambda ch: client_for(woo))
    with qtbot.waitSignal(window.channels.finished, timeout=10000):
        window.channels.sync_action.trigger()  # the first round: the open orders
    woo.add_order(id=4203, status="processing", date_modified_gmt=old)  # outside the days asked for
    woo.add_order(id=4204, status="pending", date_modified_gmt=recent)

    dialog = window.channels.sync_days()
    dialog.days.setValue(7)
    with qtbot.waitSignal(window.channels.finished, timeout=10000) as done:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert not dialog.start_button.isEnabled() and "Syncing" in dialog.result.text()
    report = done.args[0][0]
    assert report.error == "" and report.incoming.imported
    text = dialog.result.text()
    assert text.startswith("Store shop:") and "new" in text
    for number in report.incoming.imported:
        assert number in text
    ids = {o.external_id for o in service.list_orders()}
    assert ids >= {"4201", "4202", "4204"} and "4203" not in ids  # 4204: older than the cursor, read by --since
    assert dialog.start_button.isEnabled()


def test_sync_the_last_days_waits_for_a_running_round(qtbot, make_window, service, runner):
    window = make_window()
    window.channels.running = True  # a round has started and not finished
    dialog = window.channels.sync_days()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "running already" in dialog.result.text() and dialog.start_button.isEnabled()
    window.channels.running = False
