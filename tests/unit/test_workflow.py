"""The workflow table and its guards, without a database."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from orderdesk.domain import Address, Customer, HoldInfo, OrderDetail, OrderLine, Shipment
from orderdesk.errors import MoveRefused, PermissionDenied
from orderdesk.money import Money
from orderdesk.workflow import (
    BACKWARD,
    FORWARD,
    LABELS,
    DeliveryMethod,
    MoveRequest,
    Need,
    PaymentMethod,
    Role,
    Status,
    needs_for,
    plan_move,
)

NOW = datetime(2026, 11, 20, 12, 0)


def order(status: Status = Status.NEW, **changes) -> OrderDetail:
    base = OrderDetail(
        id=1, number="2026-000001", status=status, version=1, external_id="", source="test", created_at=NOW,
        status_changed_at=NOW, customer=Customer(1, "Anna"), address=Address("Anna", "ul. Długa 5", "", "Kraków", "30-001", "", "PL"),
        delivery_method=DeliveryMethod.CARRIER.value, pickup_point_code="", payment_method=PaymentMethod.PREPAID_ONLINE,
        currency="PLN", shipping_fee_minor=0, amount_paid_minor=10_000, refund_due=False,
        lines=(OrderLine(1, "MUG-1", "Mug", 1, Money(10_000, "PLN")),), holds=(), shipments=(), history=(),
    )  # fmt: skip
    return replace(base, **changes)


SHIPMENT = Shipment(1, "own_courier", "", "OC123", "created", NOW)


def test_every_status_has_four_labels():
    assert set(LABELS) == set(Status)
    for labels in LABELS.values():
        assert set(labels) == {"en", "ru", "pl", "zh"} and all(labels.values())


def test_tables_cover_every_status():
    assert set(FORWARD) == set(Status)
    for status, targets in BACKWARD.items():
        assert not targets & FORWARD[status], f"{status} lists a move as both forward and backward"


def _ready(o: OrderDetail, to: Status) -> tuple[OrderDetail, MoveRequest]:
    """An order and a request that satisfy the guards of a move to ``to``."""
    request = MoveRequest(to, reason="because")
    if to in (Status.READY_FOR_PICKUP, Status.COLLECTED):
        o = replace(o, delivery_method=DeliveryMethod.PICKUP_SHOP.value, pickup_code="123456")
        request = replace(request, pickup_code="123456")
    if to is Status.SHIPPED:
        o = replace(o, shipments=(SHIPMENT,))
    if to is Status.AWAITING_PAYMENT:
        o = replace(o, amount_paid_minor=0)
    return o, request


ALL_PAIRS = [(a, b) for a in Status for b in Status if a is not b]


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS, ids=[f"{a}->{b}" for a, b in ALL_PAIRS])
def test_every_pair_is_allowed_or_refused_as_the_table_says(current, target):
    o, request = _ready(order(current), target)
    allowed = target in FORWARD[current] or target in BACKWARD.get(current, ())
    if allowed:
        plan = plan_move(o, request, Role.OWNER)
        assert plan.backward == (target in BACKWARD.get(current, ()))
    else:
        with pytest.raises(MoveRefused, match="cannot go from"):
            plan_move(o, request, Role.OWNER)


def test_backward_needs_owner_and_reason():
    o = order(Status.PACKED)
    with pytest.raises(MoveRefused, match="needs a reason"):
        plan_move(o, MoveRequest(Status.ASSEMBLING), Role.OWNER)
    with pytest.raises(PermissionDenied):
        plan_move(o, MoveRequest(Status.ASSEMBLING, reason="recount"), Role.PACKER)
    assert plan_move(o, MoveRequest(Status.ASSEMBLING, reason="recount"), Role.OWNER).backward


def test_prepaid_order_must_be_paid_before_assembling():
    o = order(Status.CONFIRMED, amount_paid_minor=0)
    with pytest.raises(MoveRefused, match="prepaid but not paid"):
        plan_move(o, MoveRequest(Status.ASSEMBLING), Role.OWNER)


@pytest.mark.parametrize("method", [PaymentMethod.CASH_ON_DELIVERY, PaymentMethod.ON_PICKUP, PaymentMethod.INVOICE])
def test_deferred_payment_may_assemble_unpaid(method):
    plan = plan_move(
        order(Status.CONFIRMED, amount_paid_minor=0, payment_method=method), MoveRequest(Status.ASSEMBLING), Role.OWNER
    )
    assert plan.reserve_stock


def test_deferred_payment_does_not_wait_for_payment():
    o = order(Status.CONFIRMED, amount_paid_minor=0, payment_method=PaymentMethod.CASH_ON_DELIVERY)
    with pytest.raises(MoveRefused, match="does not wait for payment"):
        plan_move(o, MoveRequest(Status.AWAITING_PAYMENT), Role.OWNER)


def test_paid_needs_the_full_amount():
    o = order(Status.AWAITING_PAYMENT, amount_paid_minor=0)
    with pytest.raises(MoveRefused, match="still due"):
        plan_move(o, MoveRequest(Status.PAID, payment_minor=5_000), Role.OWNER)
    assert plan_move(o, MoveRequest(Status.PAID, payment_minor=10_000), Role.OWNER).record_payment_minor == 10_000


def test_shipped_needs_a_tracking_number():
    with pytest.raises(MoveRefused, match="tracking number"):
        plan_move(order(Status.PACKED), MoveRequest(Status.SHIPPED), Role.OWNER)
    assert plan_move(order(Status.PACKED, shipments=(SHIPMENT,)), MoveRequest(Status.SHIPPED), Role.OWNER).consume_stock


def test_pickup_shop_orders_are_not_shipped():
    o = order(Status.PACKED, shipments=(SHIPMENT,), delivery_method=DeliveryMethod.PICKUP_SHOP.value)
    with pytest.raises(MoveRefused, match="Ready for pickup"):
        plan_move(o, MoveRequest(Status.SHIPPED), Role.OWNER)


def test_collected_checks_the_pickup_code_and_cash():
    o = order(Status.READY_FOR_PICKUP, delivery_method=DeliveryMethod.PICKUP_SHOP.value, pickup_code="123456")
    with pytest.raises(MoveRefused, match="Enter the pickup code"):
        plan_move(o, MoveRequest(Status.COLLECTED), Role.CLERK)
    with pytest.raises(MoveRefused, match="Wrong pickup code"):
        plan_move(o, MoveRequest(Status.COLLECTED, pickup_code="654321"), Role.CLERK)
    assert plan_move(o, MoveRequest(Status.COLLECTED, pickup_code="123456"), Role.CLERK).pickup_code_checked
    cod = replace(o, payment_method=PaymentMethod.ON_PICKUP, amount_paid_minor=0)
    with pytest.raises(MoveRefused, match="Collect"):
        plan_move(cod, MoveRequest(Status.COLLECTED, pickup_code="123456"), Role.CLERK)
    plan = plan_move(cod, MoveRequest(Status.COLLECTED, pickup_code="123456", payment_minor=10_000), Role.CLERK)
    assert plan.record_payment_minor == 10_000


def test_override_of_pickup_code_is_owner_only_with_reason():
    o = order(Status.READY_FOR_PICKUP, delivery_method=DeliveryMethod.PICKUP_SHOP.value, pickup_code="123456")
    with pytest.raises(PermissionDenied, match="Only the owner"):
        plan_move(o, MoveRequest(Status.COLLECTED, override=True, reason="lost phone"), Role.CLERK)
    with pytest.raises(MoveRefused, match="needs a reason"):
        plan_move(o, MoveRequest(Status.COLLECTED, override=True), Role.OWNER)
    assert plan_move(o, MoveRequest(Status.COLLECTED, override=True, reason="ID checked"), Role.OWNER)


def test_holds_block_forward_moves_but_not_cancelling():
    hold = HoldInfo(1, "address_problem", "no house number", NOW, "olga")
    o = order(Status.NEW, holds=(hold,))
    with pytest.raises(MoveRefused, match="on hold"):
        plan_move(o, MoveRequest(Status.CONFIRMED), Role.OWNER)
    assert plan_move(o, MoveRequest(Status.CANCELLED, reason="customer gone"), Role.OWNER)
    resolved = replace(hold, resolved_at=NOW)
    assert plan_move(order(Status.NEW, holds=(resolved,)), MoveRequest(Status.CONFIRMED), Role.OWNER)


def test_cancelling_a_paid_order_makes_a_refund_due_and_releases_stock():
    plan = plan_move(order(Status.ASSEMBLING), MoveRequest(Status.CANCELLED, reason="no longer needed"), Role.OWNER)
    assert plan.set_refund_due and plan.release_stock
    with pytest.raises(MoveRefused, match="reason"):
        plan_move(order(Status.NEW), MoveRequest(Status.CANCELLED), Role.OWNER)


def test_confirm_needs_lines_and_an_address_for_delivery():
    with pytest.raises(MoveRefused, match="no items"):
        plan_move(order(lines=()), MoveRequest(Status.CONFIRMED), Role.OWNER)
    with pytest.raises(MoveRefused, match="address is incomplete"):
        plan_move(order(address=Address("Anna")), MoveRequest(Status.CONFIRMED), Role.OWNER)
    assert plan_move(
        order(address=Address("Anna"), delivery_method="pickup_shop"), MoveRequest(Status.CONFIRMED), Role.OWNER
    )


def test_roles_limit_targets():
    with pytest.raises(PermissionDenied):
        plan_move(order(Status.NEW), MoveRequest(Status.CANCELLED, reason="x"), Role.PACKER)
    with pytest.raises(PermissionDenied):
        plan_move(order(Status.PACKED, shipments=(SHIPMENT,)), MoveRequest(Status.SHIPPED), Role.CLERK)


def test_needs_for_tells_the_ui_what_to_ask():
    assert Need.TRACKING_NUMBER in needs_for(order(Status.PACKED), Status.SHIPPED)
    assert Need.REASON in needs_for(order(Status.PACKED), Status.ASSEMBLING)
    assert Need.PICKUP_CODE in needs_for(order(Status.READY_FOR_PICKUP), Status.COLLECTED)
    assert needs_for(order(Status.NEW), Status.CONFIRMED) == set()
