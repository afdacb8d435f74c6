"""A store order deleted or moved to the trash after import: a mismatch hold saying so, never a
push retried for ever. Against the strict fake WooCommerce shop over real HTTP."""

from __future__ import annotations

import pytest

from orderdesk.domain import Actor
from orderdesk.errors import ValidationError
from orderdesk.money import Money
from orderdesk.services.channels import registry
from orderdesk.services.channels.service import accept_store
from orderdesk.workflow import MoveRequest, Status

OWNER = Actor("Olga (owner)")
ORDER = "/wp-json/wc/v3/orders/{i}(/notes)?"


def _mismatch(orders, number: str):
    return [h for h in orders.get(number).active_holds if h.kind == "channel_mismatch"]


def _imported(orders, woo, sync, oid: int, **fields) -> str:
    woo.add_order(id=oid, **fields)
    sync.run("shop")
    return orders.find_number(str(oid))


def test_a_push_to_a_deleted_order_puts_it_on_hold_and_is_not_retried(desk, woo):
    orders, _channel, sync = desk
    number = _imported(orders, woo, sync, 5101, status="on-hold", payment_method="bacs")
    woo.delete(5101)
    orders.record_payment(number, Money(11498, "PLN"), OWNER, reason="bank statement")
    report = sync.run("shop")
    assert report.outgoing.gone == [number] and report.outgoing.retry_later == []
    assert report.mismatches == [number]
    assert len(report.outgoing.refused) == 1
    (hold,) = _mismatch(orders, number)
    assert "deleted this order" in hold.reason and "Fix:" in hold.reason
    assert orders.get(number).channel.store_status == "deleted"
    asked = woo.count("GET", ORDER.format(i=5101)) + woo.count("POST", ORDER.format(i=5101))
    later = sync.run("shop")
    assert later.outgoing.refused == [] and later.outgoing.retry_later == [] and later.mismatches == []
    assert woo.count("GET", ORDER.format(i=5101)) + woo.count("POST", ORDER.format(i=5101)) == asked

    accept_store(orders, number, OWNER)  # the sale is off: cancelled here too
    order = orders.get(number)
    assert order.status is Status.CANCELLED and not _mismatch(orders, number)
    assert sync.run("shop").outgoing.sent == []  # nothing sent to an order that is not there


def test_a_shipped_order_deleted_in_the_store_is_held_once_and_cannot_be_cancelled_by_accepting(desk, woo):
    orders, _channel, sync = desk
    number = _imported(orders, woo, sync, 5201)
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        orders.move(number, MoveRequest(status), OWNER)
    orders.add_shipment(number, carrier="inpost", tracking_number="620000000000000000005201", actor=OWNER)
    woo.delete(5201)
    orders.move(number, MoveRequest(Status.SHIPPED), OWNER)
    report = sync.run("shop")
    assert len(report.outgoing.refused) == 2 and report.outgoing.gone == [number]  # the status and the note
    assert len(_mismatch(orders, number)) == 1
    refused = [h for h in orders.get(number).history if h.kind == "channel" and h.to_value == "refused"]
    assert len(refused) == 2 and all("Restore the order in the store" in h.reason for h in refused)
    with pytest.raises(ValidationError):
        accept_store(orders, number, OWNER)
    assert orders.get(number).status is Status.SHIPPED


def test_an_order_in_the_trash_is_seen_by_a_push_that_reads_it(desk, woo):
    orders, _channel, sync = desk
    number = _imported(orders, woo, sync, 5301, status="on-hold", payment_method="bacs")
    woo.clock_offset += 2
    woo.trash(5301)
    assert sync.run("shop").incoming.updated == []  # gone from the store's lists: the round cannot tell
    orders.record_payment(number, Money(11498, "PLN"), OWNER, reason="bank statement")
    report = sync.run("shop")
    assert report.outgoing.gone == [number]
    assert orders.get(number).channel.store_status == "trash" and _mismatch(orders, number)
    assert woo.orders[5301]["status"] == "trash"  # not pulled out of the trash by the payment


def test_an_order_read_again_by_id_from_the_trash_is_held_not_cancelled(desk, woo):
    orders, _channel, sync = desk
    number = _imported(orders, woo, sync, 5401)
    woo.clock_offset += 2
    woo.trash(5401)
    registry.update_settings(orders.db, "shop", retry={"5401": {"error": "test", "attempts": 1, "since": ""}})
    report = sync.run("shop")
    assert report.incoming.retried == 1 and number in report.incoming.held
    order = orders.get(number)
    assert order.status is Status.NEW and order.channel.store_status == "trash"
    assert "deleted this order" in _mismatch(orders, number)[0].reason
    assert registry.get_channel(orders.db, "shop").settings["retry"] == {}
