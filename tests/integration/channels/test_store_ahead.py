"""The store finishes an order the desk has not shipped: the mismatch detector's reverse case,
and "Accept the store's", against the strict fake WooCommerce shop over real HTTP."""

from __future__ import annotations

import pytest

from orderdesk.domain import Actor
from orderdesk.errors import ValidationError
from orderdesk.services.channels.service import accept_store
from orderdesk.workflow import MoveRequest, Status

OWNER = Actor("Olga (owner)")


def _reserved(orders, sku: str) -> int:
    return next(p.reserved for p in orders.products(sku) if p.sku == sku)


def _imported(orders, woo, sync, oid: int, *moves: Status) -> str:
    woo.add_order(id=oid)
    sync.run("shop")
    number = orders.find_number(str(oid))
    for status in moves:
        orders.move(number, MoveRequest(status), OWNER)
    return number


def _mismatch(orders, number: str):
    return [h for h in orders.get(number).active_holds if h.kind == "channel_mismatch"]


def test_the_store_completes_an_order_the_desk_has_not_shipped(desk, woo):
    orders, _channel, sync = desk
    number = _imported(orders, woo, sync, 3101, Status.CONFIRMED)
    woo.clock_offset += 2
    woo.update(3101, status="completed")
    report = sync.run("shop")
    assert report.mismatches == [number]
    (hold,) = _mismatch(orders, number)
    assert "completed" in hold.reason and "has not shipped" in hold.reason and "Fix:" in hold.reason
    assert orders.get(number).status is Status.CONFIRMED  # nothing applied by itself
    assert sync.run("shop").mismatches == []  # held once, not again every round

    accept_store(orders, number, OWNER)  # it left another way: the desk keeps its status
    order = orders.get(number)
    assert order.status is Status.CONFIRMED and not _mismatch(orders, number)
    assert sync.run("shop").mismatches == []  # the accepted difference is not raised again


def test_accepting_a_store_cancel_after_packing_cancels_through_the_normal_move(desk, woo):
    orders, _channel, sync = desk
    number = _imported(orders, woo, sync, 3201, Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED)
    assert _reserved(orders, "MUG-1") == 1
    woo.clock_offset += 2
    woo.update(3201, status="cancelled")
    sync.run("shop")
    assert orders.get(number).status is Status.PACKED and _mismatch(orders, number)
    writes = len(woo.writes)

    accept_store(orders, number, OWNER)
    order = orders.get(number)
    assert order.status is Status.CANCELLED and not _mismatch(orders, number)
    move = next(h for h in reversed(order.history) if h.kind == "status")
    assert move.actor == "woocommerce:shop" and "accepted by Olga (owner)" in move.reason
    assert all(h.resolved_at is not None for h in order.holds)  # the cancel resolves its holds
    assert _reserved(orders, "MUG-1") == 0  # the goods set aside went back
    report = sync.run("shop")
    assert report.outgoing.sent == [] and len(woo.writes) == writes  # the store cancelled it itself
    assert report.mismatches == []


def test_accepting_a_store_cancel_is_refused_once_the_parcel_has_left(desk, woo):
    orders, _channel, sync = desk
    number = _imported(orders, woo, sync, 3301, Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED)
    orders.add_shipment(number, carrier="inpost", tracking_number="620000000000000000003301", actor=OWNER)
    orders.move(number, MoveRequest(Status.SHIPPED), OWNER)
    sync.run("shop")  # completed and the tracking note go out
    woo.clock_offset += 2
    woo.update(3301, status="cancelled")
    sync.run("shop")
    assert _mismatch(orders, number)
    with pytest.raises(ValidationError) as refused:
        accept_store(orders, number, OWNER)
    assert "already Handed to carrier" in str(refused.value) and "return" in str(refused.value)
    order = orders.get(number)
    assert order.status is Status.SHIPPED and _mismatch(orders, number)  # nothing changed


def test_a_store_refund_of_an_order_waiting_for_pickup_is_a_mismatch(desk, woo):
    orders, _channel, sync = desk
    woo.add_order(id=3401, shipping_lines=[{"id": 1, "method_id": "local_pickup", "method_title": "Odbiór", "total": "0.00"}], shipping_total="0.00", total="99.98")  # fmt: skip
    sync.run("shop")
    number = orders.find_number("3401")
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED, Status.READY_FOR_PICKUP):
        orders.move(number, MoveRequest(status), OWNER)
    woo.clock_offset += 2
    woo.update(3401, status="refunded")
    report = sync.run("shop")
    assert number in report.mismatches or _mismatch(orders, number)
    (hold,) = _mismatch(orders, number)
    assert "refunded" in hold.reason and "Fix" in hold.reason
    with pytest.raises(ValidationError):  # ready for pickup cannot be cancelled: take it back first
        accept_store(orders, number, OWNER)
