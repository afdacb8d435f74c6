"""Store orders in and desk changes out, against the strict fake WooCommerce shop."""

from __future__ import annotations

from datetime import datetime

from orderdesk.domain import Actor
from orderdesk.services.channels.sync import ChannelSync
from orderdesk.workflow import MoveRequest, Status
from tests.integration.channels.conftest import client_for

OWNER = Actor("Olga (owner)")


def _by_external(orders, external_id: str):
    return orders.get(orders.find_number(external_id))


def test_first_round_imports_open_orders_mapped_with_the_store_as_actor(desk, woo):
    orders, _channel, sync = desk
    woo.add_order(id=2001, status="processing", payment_method="przelewy24", payment_method_title="Przelewy24")
    woo.add_order(id=2002, status="on-hold", payment_method="bacs")
    woo.add_order(id=2003, status="completed")  # finished before we connected: not imported
    woo.add_order(id=2004, status="checkout-draft")
    report = sync.run("shop")
    assert report.ok, report.error
    assert len(report.incoming.imported) == 2
    paid = _by_external(orders, "2001")
    assert paid.channel.name == "shop" and paid.channel.kind == "woocommerce"
    assert paid.channel.external_number == "2001" and paid.channel.store_status == "processing"
    assert paid.payment_method.value == "prepaid_online" and paid.payment_state == "paid"
    assert paid.total_minor == 11498  # 2 x 24.99/25.00 + 49.99 + 15.00, to the cent
    assert paid.customer.phone == "+48600123456" and paid.customer.language == "pl"
    assert paid.history[0].actor == "woocommerce:shop" and paid.source == "web"
    bank = _by_external(orders, "2002")
    assert bank.payment_method.value == "bank_transfer" and bank.payment_state == "unpaid"
    assert not bank.active_holds


def test_rounds_dedupe_on_id_and_modified_and_see_same_second_changes(desk, woo):
    orders, _channel, sync = desk
    woo.frozen = datetime(2026, 3, 1, 10, 0, 0)
    woo.add_order(id=3001)
    sync.run("shop")
    woo.add_order(id=3002)  # created in the very second of the cursor
    second = sync.run("shop")
    assert second.incoming.imported and _by_external(orders, "3002")
    assert second.incoming.unchanged >= 1  # 3001 seen again in the overlap, not re-imported
    third = sync.run("shop")
    assert third.incoming.imported == [] and third.incoming.updated == []
    assert len(orders.list_orders()) == 2


def test_unknown_plugin_status_and_unknown_sku_are_held_never_dropped(desk, woo):
    orders, _channel, sync = desk
    woo.add_order(id=4001, status="shipped")  # a plugin's status
    woo.add_order(
        id=4002,
        line_items=[
            {
                "id": 1,
                "name": "Nowość",
                "product_id": 99,
                "quantity": 1,
                "subtotal": "99.99",
                "total": "99.99",
                "sku": "NEW-9",
                "price": 99.99,
            }
        ],
        total="114.99",
    )
    woo.add_order(id=4003, total="200.00")  # does not add up
    sync.run("shop", since=datetime(2020, 1, 1))
    plugin = _by_external(orders, "4001")
    assert [h.kind for h in plugin.active_holds] == ["channel_check"] and "shipped" in plugin.active_holds[0].reason
    sku = _by_external(orders, "4002")
    assert "NEW-9" in sku.active_holds[0].reason and sku.lines[0].sku == "NEW-9"
    assert "200.00" in _by_external(orders, "4003").active_holds[0].reason


def test_store_side_cancel_and_address_change_before_packing_are_applied(desk, woo):
    orders, _channel, sync = desk
    woo.add_order(id=5001)
    woo.add_order(id=5002)
    sync.run("shop")
    woo.clock_offset += 2
    woo.update(5001, status="cancelled")
    woo.update(5002, shipping={"address_1": "ul. Krótka 9", "city": "Gdańsk", "postcode": "80-001"})
    woo.touch(5002)  # a meta-only bump on top: nothing more happens
    report = sync.run("shop")
    cancelled = _by_external(orders, "5001")
    assert cancelled.status is Status.CANCELLED and cancelled.history[-1].actor == "woocommerce:shop"
    moved = _by_external(orders, "5002")
    assert moved.address.city == "Gdańsk" and moved.history[-1].kind == "edit"
    assert sorted(report.incoming.updated) == sorted([cancelled.number, moved.number])
    assert report.outgoing.sent == []  # the store's own changes are not pushed back to it


def test_store_side_cancel_after_packing_is_a_mismatch_hold(desk, woo):
    orders, _channel, sync = desk
    woo.add_order(id=6001)
    sync.run("shop")
    number = orders.find_number("6001")
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        orders.move(number, MoveRequest(status), OWNER)
    woo.clock_offset += 2
    woo.update(6001, status="cancelled")
    sync.run("shop")
    order = orders.get(number)
    assert order.status is Status.PACKED
    hold = order.active_holds[0]
    assert hold.kind == "channel_mismatch" and "cancelled" in hold.reason and "Fix" in hold.reason


def test_late_payment_in_the_store_is_recorded(desk, woo):
    orders, _channel, sync = desk
    woo.add_order(id=7001, status="pending", payment_method="payu")
    sync.run("shop")
    assert _by_external(orders, "7001").payment_state == "unpaid"
    woo.clock_offset += 2
    woo.update(7001, status="processing", date_paid_gmt=woo.orders[7001]["date_modified_gmt"])
    sync.run("shop")
    order = _by_external(orders, "7001")
    assert order.payment_state == "paid" and order.history[-1].kind == "payment"


def test_ship_pushes_completed_and_one_tracking_note(desk, woo):
    orders, _channel, sync = desk
    woo.add_order(id=8001)
    sync.run("shop")
    number = orders.find_number("8001")
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        orders.move(number, MoveRequest(status), OWNER)
    orders.add_shipment(number, carrier="inpost", tracking_number="620000000000000000000001", actor=OWNER)
    woo.inject("POST", "/wp-json/wc/v3/orders/8001/notes", "drop", times=1)  # processed, reply lost
    orders.move(number, MoveRequest(Status.SHIPPED), OWNER)
    first = sync.run("shop")
    assert woo.orders[8001]["status"] == "completed"
    assert first.outgoing.retry_later  # the note's outcome was unknown
    _release_backoff(orders.db)
    second = sync.run("shop")
    assert second.outgoing.already_there == 1  # read back: not sent a second time
    notes = [n for n in woo.notes[8001] if n["customer_note"]]
    assert len(notes) == 1 and "620000000000000000000001" in notes[0]["note"]
    assert "shipped with InPost." in notes[0]["note"]  # the carrier's name, not the desk's id
    assert _by_external(orders, "8001").channel.store_status == "completed"
    assert sync.run("shop").mismatches == []


def test_a_refused_push_is_kept_with_the_store_message(desk, woo):
    orders, _channel, sync = desk
    from orderdesk.services.channels import registry
    from orderdesk.services.channels.pushes import refused_pushes

    registry.update_settings(orders.db, "shop", status_map={"cancelled": "annulled"})
    woo.add_order(id=9001)
    sync.run("shop")
    number = orders.find_number("9001")
    orders.move(number, MoveRequest(Status.CANCELLED, reason="customer called"), OWNER)
    report = ChannelSync(orders, owner="desk-a", client_factory=lambda ch: client_for(woo, settings=ch.settings)).run(
        "shop"
    )
    assert report.outgoing.refused and "status is not one of" in report.outgoing.refused[0]
    order = orders.get(number)
    assert refused_pushes(orders.db, order.id)[0][1].startswith("The store refused")
    refused = [h for h in order.history if h.kind == "channel" and h.to_value == "refused"]
    assert len(refused) == 1 and "push again" in refused[0].reason
    assert order.active_holds[0].kind == "channel_mismatch"  # and the detector says the two differ
    assert woo.orders[9001]["status"] == "processing"


def test_mismatch_detector_holds_a_store_that_did_not_follow(desk, woo):
    orders, _channel, sync = desk
    woo.add_order(id=9101)
    sync.run("shop")
    number = orders.find_number("9101")
    orders.move(number, MoveRequest(Status.CANCELLED, reason="out of stock"), OWNER)
    sync.run("shop")
    assert woo.orders[9101]["status"] == "cancelled"
    woo.clock_offset += 2
    woo.update(9101, status="processing")  # someone re-opened it in the store
    report = sync.run("shop")
    assert number in report.mismatches
    assert orders.get(number).active_holds[0].kind == "channel_mismatch"


def test_two_rounds_at_once_one_waits(desk, woo):
    from orderdesk.services.leases import Lease

    orders, channel, _sync = desk
    with Lease(orders.db, f"channel-sync:{channel.id}") as held:
        assert held.held
        other = ChannelSync(orders, owner="desk-b", client_factory=lambda ch: client_for(woo))
        assert other.run("shop").busy


def _release_backoff(db):
    from sqlalchemy import update

    from orderdesk.models import StorePushRow

    with db.session(write=True) as s:
        s.execute(update(StorePushRow).values(next_attempt_at=None))


def test_shipment_tracking_extension_gets_the_number_in_its_meta(desk, woo):
    from orderdesk.services.channels import registry

    orders, _channel, _sync = desk
    woo.shipment_tracking = True
    report = client_for(woo).test_connection()
    assert report.ok and report.shipment_tracking
    registry.update_settings(orders.db, "shop", shipment_tracking=True)
    sync = ChannelSync(orders, owner="desk-a", client_factory=lambda ch: client_for(woo, settings=dict(ch.settings)))
    woo.add_order(id=9201)
    sync.run("shop")
    number = orders.find_number("9201")
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        orders.move(number, MoveRequest(status), OWNER)
    orders.add_shipment(number, carrier="inpost", tracking_number="620000000000000000000099", actor=OWNER)
    orders.move(number, MoveRequest(Status.SHIPPED), OWNER)
    sync.run("shop")
    meta = {m["key"]: m["value"] for m in woo.orders[9201]["meta_data"]}
    items = meta["_wc_shipment_tracking_items"]
    assert items[0]["tracking_number"] == "620000000000000000000099" and items[0]["tracking_provider"] == "inpost"
    sync.run("shop")  # sent once: the round after does not add it again
    assert len(woo.orders[9201]["meta_data"]) == 1


def test_a_payment_recorded_at_the_desk_marks_the_store_order_paid(desk, woo):
    from orderdesk.money import Money

    orders, _channel, sync = desk
    woo.add_order(id=9301, status="on-hold", payment_method="bacs")
    sync.run("shop")
    number = orders.find_number("9301")
    orders.record_payment(number, Money(11498, "PLN"), OWNER, reason="bank statement")
    report = sync.run("shop")
    assert [line.split(": ", 1)[1] for line in report.outgoing.sent] == ["payment"]
    assert woo.orders[9301]["status"] == "processing" and woo.orders[9301]["date_paid_gmt"]
