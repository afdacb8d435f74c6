"""The pickup counter service: find, check the code, count wrong codes, COD, overdue, receipt."""

from __future__ import annotations

from datetime import timedelta

import pytest

from orderdesk.domain import Actor
from orderdesk.errors import MoveRefused, PermissionDenied, ValidationError
from orderdesk.models import OrderRow, utcnow
from orderdesk.money import Money
from orderdesk.services.pickup import PickupService
from orderdesk.services.scancodes import pickup_qr_payload
from orderdesk.services.users import UserService
from orderdesk.workflow import DeliveryMethod, Hold, MoveRequest, PaymentMethod, Role, Status
from tests.unit.services.stations_data import OWNER_PIN, add_products, add_users, make_order

CLERK = Actor("Chen", Role.CLERK)
PACKER = Actor("Piotr", Role.PACKER)


@pytest.fixture
def pickup(db, service):
    add_products(service)
    add_users(db)
    return PickupService(service, UserService(db))


def ready(service, payment=PaymentMethod.ON_PICKUP, lines=(("MUG-01", 1),)) -> str:
    return make_order(
        service, list(lines), delivery=DeliveryMethod.PICKUP_SHOP, payment=payment, to=Status.READY_FOR_PICKUP
    )


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_find_by_number_and_by_qr(service, pickup):
    number = ready(service)
    order = service.get(number)
    view = pickup.find(number, CLERK)
    assert view.ready and view.order.shelf_slot and not view.code_from_qr
    assert view.amount_due is not None and view.amount_due.minor == 2900
    qr = pickup.find(pickup_qr_payload(number, order.pickup_code).lower(), CLERK)
    assert qr.number == number and qr.code_from_qr == order.pickup_code
    with pytest.raises(ValidationError, match="not read completely"):
        pickup.find(f"ODPICKUP:{number}:12", CLERK)
    with pytest.raises(PermissionDenied):
        pickup.find(number, PACKER)


def test_full_pickup_with_cash_on_pickup(service, pickup):
    number = ready(service)
    code = service.get(number).pickup_code
    with pytest.raises(MoveRefused, match="Collect"):
        pickup.collect(number, code, CLERK)  # money due and not recorded
    done = pickup.collect(number, code, CLERK, payment="cash")
    assert done.status is Status.COLLECTED and done.amount_paid_minor == 2900 and done.amount_due_minor == 0
    status = [h for h in done.history if h.kind == "status"][-1]
    assert (
        status.actor == "Chen"
        and status.details["payment_minor"] == 2900
        and status.details["pickup_code"] == "checked"
    )
    receipt = pickup.receipt_text(number, CLERK)
    assert number in receipt and "Кружка" in receipt and "cash" in receipt and "Chen" in receipt


def test_prepaid_order_needs_no_payment(service, pickup):
    number = make_order(
        service, [("TEA-GRN", 1)], delivery=DeliveryMethod.PICKUP_SHOP, payment=PaymentMethod.ON_PICKUP,
        to=Status.PACKED,
    )  # fmt: skip
    service.record_payment(number, Money(1850, "PLN"), Actor("Olga", Role.OWNER))
    service.move(number, MoveRequest(Status.READY_FOR_PICKUP), PACKER)
    assert pickup.find(number, CLERK).amount_due is None
    assert pickup.collect(number, service.get(number).pickup_code, CLERK).status is Status.COLLECTED


def test_wrong_codes_lock_after_five(service, pickup):
    number = ready(service)
    code = service.get(number).pickup_code
    with pytest.raises(ValidationError):
        pickup.collect(number, "12", CLERK, payment="cash")  # not a code at all: not counted
    for k in range(1, 5):
        with pytest.raises(MoveRefused, match=f"{k} of 5"):
            pickup.collect(number, wrong(code), CLERK, payment="cash")
    with pytest.raises(PermissionDenied, match="locked"):
        pickup.collect(number, wrong(code), CLERK, payment="cash")
    order = service.get(number)
    assert order.pickup_failures == 5
    assert [h.kind for h in order.active_holds] == [Hold.PICKUP_LOCKED]
    with pytest.raises(PermissionDenied, match="locked"):
        pickup.collect(number, code, CLERK, payment="cash")  # even the right code now
    assert pickup.find(number, CLERK).locked
    with pytest.raises(PermissionDenied):
        pickup.unlock(number, "1111", "checked ID")  # the packer's PIN is not the owner's
    pickup.unlock(number, OWNER_PIN, "checked ID")
    assert service.get(number).pickup_failures == 0
    assert pickup.collect(number, code, CLERK, payment="card").status is Status.COLLECTED


def test_owner_override_without_code(service, pickup):
    number = ready(service)
    with pytest.raises(ValidationError):
        pickup.owner_override(number, OWNER_PIN, "", CLERK, payment="cash")
    with pytest.raises(PermissionDenied):
        pickup.owner_override(number, "2222", "lost SMS, ID checked", CLERK, payment="cash")
    done = pickup.owner_override(number, OWNER_PIN, "lost SMS, ID checked", CLERK, payment="cash")
    entry = [h for h in done.history if h.kind == "status"][-1]
    assert done.status is Status.COLLECTED and entry.actor == "Olga" and "Chen" in entry.reason
    assert entry.details["pickup_code"] == "override"
    paid = [h for h in done.history if h.kind == "note"][-1]
    assert paid.to_value == "cash" and paid.actor == "Chen" and "paid at the pickup counter" in paid.reason
    assert "cash" in pickup.receipt_text(number, CLERK)


def test_overdue_list_and_return_to_stock(db, service, pickup):
    old = ready(service)
    fresh = ready(service)
    with db.session(write=True) as s:
        row = s.query(OrderRow).filter_by(number=old).one()
        row.status_changed_at = utcnow() - timedelta(days=9)
    assert [o.number for o in pickup.overdue()] == [old]  # workflow.pickup_days defaults to 7
    assert {o.number for o in pickup.overdue(days=0, now=utcnow() + timedelta(seconds=1))} == {old, fresh}
    done = pickup.return_to_stock(old, OWNER_PIN, "not collected in 9 days")
    assert done.status is Status.RETURNED and done.shelf_slot == ""
    with pytest.raises(PermissionDenied):
        service.move(fresh, MoveRequest(Status.RETURNED, reason="x"), CLERK)


def test_not_ready_order_is_refused(service, pickup):
    number = make_order(service, [("MUG-01", 1)], delivery=DeliveryMethod.PICKUP_SHOP, to=Status.PACKED)
    with pytest.raises(MoveRefused, match="not ready"):
        pickup.collect(number, "123456", CLERK)
