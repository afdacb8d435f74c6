"""The order service over a real SQLite file: guards, stock, holds, history, conflicts."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from orderdesk.domain import Actor
from orderdesk.errors import ConflictError, MoveRefused, NotFound, PermissionDenied, ValidationError
from orderdesk.models import HistoryRow, OrderRow
from orderdesk.money import Money
from orderdesk.services.orders import OrderEdit, OrderService
from orderdesk.workflow import Hold, MoveRequest, Role, Status
from tests.factories import OWNER, make_order, stock_products

PACKER = Actor("Piotr", Role.PACKER)


@pytest.fixture
def stocked(service):
    stock_products(service, stock=10)
    return service


def history_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(HistoryRow))


def product(service, sku):
    return next(p for p in service.products() if p.sku == sku)


def to_assembling(service, number):
    order = service.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    service.move(number, MoveRequest(Status.PAID, payment_minor=order.total_minor), OWNER)
    return service.move(number, MoveRequest(Status.ASSEMBLING), PACKER)


def test_order_numbers_are_sequential_and_human(stocked):
    first, second = make_order(stocked), make_order(stocked)
    assert first.endswith("-000001") and second.endswith("-000002")
    assert first[:4].isdigit()


def test_create_validates_input(stocked):
    from orderdesk.domain import Customer
    from orderdesk.services.orders import NewLine, NewOrder

    base = NewOrder(Customer(None, "Anna"), [NewLine("MUG-1", 1)], "carrier", "prepaid_online", "PLN")
    with pytest.raises(ValidationError, match="unknown SKU 'NOPE'"):
        stocked.create_order(
            NewOrder(Customer(None, "Anna"), [NewLine("NOPE", 1)], "carrier", "prepaid_online", "PLN"), OWNER
        )
    with pytest.raises(ValidationError, match="not a valid delivery_method"):
        stocked.create_order(NewOrder(Customer(None, "Anna"), base.lines, "teleport", "prepaid_online", "PLN"), OWNER)
    with pytest.raises(ValidationError, match="quantity must be at least 1"):
        stocked.create_order(
            NewOrder(Customer(None, "Anna"), [NewLine("MUG-1", 0)], "carrier", "prepaid_online", "PLN"), OWNER
        )
    with pytest.raises(ValidationError, match="e-mail"):
        stocked.create_order(
            NewOrder(Customer(None, "Anna", email="anna@"), base.lines, "carrier", "prepaid_online", "PLN"), OWNER
        )
    assert stocked.list_orders() == []


def test_invalid_phone_is_flagged_not_refused(stocked):
    number = make_order(stocked, phone="12")
    customer = stocked.get(number).customer
    assert customer.phone_invalid and customer.phone == "12"
    assert stocked.get(make_order(stocked, phone="600 123 457")).customer.phone == "+48600123457"


def test_full_pickup_path_with_cash_on_pickup(stocked):
    number = make_order(stocked, payment="on_pickup", delivery="pickup_shop")
    order = stocked.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    stocked.move(number, MoveRequest(Status.ASSEMBLING), PACKER)
    assert product(stocked, "MUG-1").reserved == 2
    stocked.move(number, MoveRequest(Status.PACKED), PACKER)
    ready = stocked.move(number, MoveRequest(Status.READY_FOR_PICKUP), PACKER)
    assert len(ready.pickup_code) == 6 and ready.pickup_code.isdigit() and ready.shelf_slot == "A001"
    with pytest.raises(MoveRefused, match="Collect"):
        stocked.move(number, MoveRequest(Status.COLLECTED, pickup_code=ready.pickup_code), Actor("Kasia", Role.CLERK))
    done = stocked.move(
        number,
        MoveRequest(Status.COLLECTED, pickup_code=ready.pickup_code, payment_minor=order.total_minor),
        Actor("Kasia", Role.CLERK),
    )
    assert done.status is Status.COLLECTED and done.payment_state == "paid" and done.shelf_slot == ""
    mug = product(stocked, "MUG-1")
    assert (mug.stock_on_hand, mug.reserved) == (8, 0)
    assert [h.to_value for h in done.history if h.kind == "status"][-1] == "collected"
    assert done.history[-1].actor == "Kasia" and done.history[-1].details["pickup_code"] == "checked"


def test_shipping_needs_a_shipment_then_consumes_stock(stocked):
    number = make_order(stocked)
    to_assembling(stocked, number)
    stocked.move(number, MoveRequest(Status.PACKED), PACKER)
    with pytest.raises(MoveRefused, match="tracking number"):
        stocked.move(number, MoveRequest(Status.SHIPPED), PACKER)
    stocked.add_shipment(number, carrier="own_courier", tracking_number="OC-1", actor=PACKER)
    shipped = stocked.move(number, MoveRequest(Status.SHIPPED), PACKER)
    assert shipped.tracking_number == "OC-1"
    assert product(stocked, "MUG-1").stock_on_hand == 8
    assert [o.number for o in stocked.search("OC-1")] == [number]


def test_short_stock_puts_an_out_of_stock_hold_and_reorder_list(service):
    stock_products(service, stock=1)
    number = make_order(service)  # wants 2 mugs
    order = to_assembling(service, number)
    assert order.status is Status.ASSEMBLING
    assert [h.kind for h in order.active_holds] == [Hold.OUT_OF_STOCK]
    assert "MUG-1" in order.active_holds[0].reason
    assert [(p.sku, short) for p, short in service.reorder_list()] == [("MUG-1", 1)]
    with pytest.raises(MoveRefused, match="on hold"):
        service.move(number, MoveRequest(Status.PACKED), PACKER)
    with pytest.raises(ValidationError, match="Still not enough stock"):
        service.resolve_hold(number, Hold.OUT_OF_STOCK, OWNER)
    service.upsert_product("MUG-1", "Mug", Money(2500, "PLN"), stock_on_hand=5)
    resolved = service.resolve_hold(number, Hold.OUT_OF_STOCK, OWNER, "delivery arrived")
    assert not resolved.active_holds and all(line.reserved for line in resolved.lines)
    assert service.move(number, MoveRequest(Status.PACKED), PACKER).status is Status.PACKED


def test_cancel_releases_stock_and_marks_refund_due(stocked):
    number = make_order(stocked)
    to_assembling(stocked, number)
    assert product(stocked, "MUG-1").reserved == 2
    with pytest.raises(PermissionDenied):
        stocked.move(number, MoveRequest(Status.CANCELLED, reason="x"), PACKER)
    cancelled = stocked.move(number, MoveRequest(Status.CANCELLED, reason="customer changed mind"), OWNER)
    assert cancelled.refund_due and cancelled.payment_state == "refund_due"
    assert product(stocked, "MUG-1").reserved == 0
    refunded = stocked.move(number, MoveRequest(Status.REFUNDED), OWNER)
    assert not refunded.refund_due and refunded.payment_state == "refunded"


def test_backward_correction_with_reason_is_in_history(stocked):
    number = make_order(stocked)
    to_assembling(stocked, number)
    stocked.move(number, MoveRequest(Status.PACKED), PACKER)
    back = stocked.move(number, MoveRequest(Status.ASSEMBLING, reason="recount items"), OWNER)
    entry = back.history[-1]
    assert (entry.from_value, entry.to_value, entry.reason, entry.actor) == (
        "packed",
        "assembling",
        "recount items",
        OWNER.name,
    )


def test_refused_move_changes_nothing(stocked, db):
    number = make_order(stocked)
    before, count = stocked.get(number), history_count(db)
    with pytest.raises(MoveRefused):
        stocked.move(number, MoveRequest(Status.SHIPPED), OWNER)
    assert stocked.get(number) == before and history_count(db) == count


def test_history_is_written_in_the_same_transaction(db, stocked):
    """A failure in mid-change (here a listener) leaves neither the change nor its history."""
    number = make_order(stocked)
    count = history_count(db)

    def exploding_listener(session, event):
        raise RuntimeError("disk full while writing the outbox")

    broken = OrderService(db, listeners=[exploding_listener])
    with pytest.raises(RuntimeError):
        broken.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    assert stocked.get(number).status is Status.NEW
    assert history_count(db) == count


def test_listener_sees_the_change_inside_the_transaction(db, stocked):
    seen = []

    def listener(session, event):
        row = session.get(OrderRow, event.order_id)
        seen.append((event.from_status, event.to_status, row.status, event.history_id > 0))

    number = make_order(stocked)
    OrderService(db, listeners=[listener]).move(number, MoveRequest(Status.CONFIRMED), OWNER)
    assert seen == [(Status.NEW, Status.CONFIRMED, "confirmed", True)]


def test_stale_version_is_a_conflict(stocked):
    number = make_order(stocked)
    version = stocked.get(number).version
    stocked.update_order(number, OrderEdit(notes="call first", expected_version=version), OWNER)
    with pytest.raises(ConflictError, match="changed by someone else"):
        stocked.update_order(number, OrderEdit(notes="leave at door", expected_version=version), OWNER)
    with pytest.raises(ConflictError):
        stocked.move(number, MoveRequest(Status.CONFIRMED, expected_version=version), OWNER)
    assert stocked.get(number).notes == "call first"


def test_concurrent_writers_never_overwrite_silently(db, stocked):
    """The row's version moves on under a loaded object (as another PC's commit does on PostgreSQL):
    the UPDATE matches nothing and the loser gets a ConflictError, not a silent overwrite."""
    from sqlalchemy import text

    number = make_order(stocked)
    with pytest.raises(ConflictError, match="Someone else changed"):
        with db.session(write=True) as session:
            row = session.scalar(select(OrderRow).where(OrderRow.number == number))
            session.execute(
                text("UPDATE orders SET notes='from PC B', version=version+1 WHERE number=:n"), {"n": number}
            )
            row.notes = "from PC A"
    assert stocked.get(number).notes == ""  # the whole losing transaction rolled back


def test_edit_lines_only_before_assembling(stocked):
    from orderdesk.services.orders import NewLine

    number = make_order(stocked)
    edited = stocked.update_order(number, OrderEdit(lines=[NewLine("MUG-1", 5)]), OWNER)
    assert edited.item_count == 5 and edited.total_minor == 5 * 2500 + 1500
    assert edited.history[-1].kind == "edit"
    to_assembling(stocked, number)
    with pytest.raises(ValidationError, match="before assembling"):
        stocked.update_order(number, OrderEdit(lines=[NewLine("MUG-1", 1)]), OWNER)
    with pytest.raises(ValidationError, match="not a valid phone"):
        stocked.update_order(number, OrderEdit(phone="123"), OWNER)


def test_holds_are_listed_and_resolved(stocked):
    number = make_order(stocked)
    stocked.add_hold(number, Hold.ADDRESS_PROBLEM, "no flat number", OWNER)
    stocked.add_hold(number, Hold.ADDRESS_PROBLEM, "again", OWNER)  # one flag is enough
    held = stocked.list_orders(holds_only=True)
    assert [o.number for o in held] == [number] and held[0].holds == (("address_problem", "no flat number"),)
    with pytest.raises(MoveRefused, match="no flat number"):
        stocked.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    stocked.resolve_hold(number, Hold.ADDRESS_PROBLEM, OWNER, "called the customer")
    assert stocked.list_orders(holds_only=True) == []
    assert stocked.move(number, MoveRequest(Status.CONFIRMED), OWNER).status is Status.CONFIRMED


def test_auto_complete_after_n_days(stocked, db):
    from datetime import timedelta

    from orderdesk.models import utcnow

    number = make_order(stocked, payment="on_pickup", delivery="pickup_shop")
    o = stocked.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    for status in (Status.ASSEMBLING, Status.PACKED, Status.READY_FOR_PICKUP):
        o = stocked.move(number, MoveRequest(status), OWNER)
    stocked.move(number, MoveRequest(Status.COLLECTED, pickup_code=o.pickup_code, payment_minor=o.total_minor), OWNER)
    from orderdesk.services.automation import Automation

    now = utcnow()
    assert Automation(stocked, clock=lambda: now).run_round().actions == []  # one of the automation rules
    later = now + timedelta(days=15)
    assert [a.number for a in Automation(stocked, clock=lambda: later).run_round().actions] == [number]
    done = stocked.get(number)
    assert done.status is Status.COMPLETED and done.history[-1].role == "system"
    assert done.history[-1].actor == "automation"


def test_unknown_order(stocked):
    with pytest.raises(NotFound, match="No order 2026-999999"):
        stocked.get("2026-999999")


def test_product_lookup_ignores_case_and_accents_in_every_script(service):
    # SQLite's LIKE folds ASCII only: a phone order typed 'świeca' or 'кружка' found nothing.
    from orderdesk.money import Money

    service.upsert_product("CAN-061", "Świeca sojowa Lawenda", Money(3400, "PLN"))
    service.upsert_product("MUG-001", "Кружка эмалированная", Money(4500, "PLN"))
    service.upsert_product("PCT-1", "Rabat 100% papier", Money(100, "PLN"))
    for typed, sku in (("świeca", "CAN-061"), ("swieca", "CAN-061"), ("КРУЖКА", "MUG-001"), ("mug-0", "MUG-001")):
        assert [p.sku for p in service.products(typed)] == [sku], typed
    assert [p.sku for p in service.products("100%")] == ["PCT-1"]
    assert service.products("1_0") == []  # '_' is a character here, not a wildcard


def test_payment_above_what_is_due_is_refused_unless_confirmed(stocked):
    number = make_order(stocked)
    due = stocked.get(number).amount_due_minor
    with pytest.raises(ValidationError, match=r"more than the .* still due"):
        stocked.record_payment(number, Money(due + 1, "PLN"), OWNER)
    assert stocked.get(number).amount_paid_minor == 0
    stocked.record_payment(number, Money(due - 100, "PLN"), OWNER)
    paid = stocked.record_payment(number, Money(500, "PLN"), OWNER, "paid twice", allow_overpayment=True)
    assert paid.amount_paid_minor == due + 400
    assert [h.details.get("overpaid_minor") for h in paid.history if h.kind == "payment"][-1] == 400


def test_a_refused_move_to_shipped_attaches_no_shipment(service):
    from orderdesk.errors import MoveRefused, ValidationError
    from orderdesk.workflow import MoveRequest, Status
    from tests.factories import make_order, stock_products

    stock_products(service)
    number = make_order(service, delivery="own_courier", payment="cash_on_delivery")
    own = {"carrier": "own_courier", "tracking_number": "OC-1"}
    for _retry in range(3):  # each retry used to add another shipment and 'label' history row
        with pytest.raises(MoveRefused):
            service.move(number, MoveRequest(Status.SHIPPED), OWNER, shipment=own)
    order = service.get(number)
    assert not order.shipments and [h.kind for h in order.history] == ["create"]
    with pytest.raises(ValidationError, match="tracking number is 65 characters long"):
        service.move(number, MoveRequest(Status.SHIPPED), OWNER, shipment={**own, "tracking_number": "X" * 65})
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        service.move(number, MoveRequest(status), OWNER)
    moved = service.move(number, MoveRequest(Status.SHIPPED), OWNER, shipment=own)
    assert moved.status == Status.SHIPPED and moved.tracking_number == "OC-1"
    assert [h.kind for h in moved.history][-2:] == ["label", "status"]


def test_an_over_long_user_name_or_reason_is_refused_before_saving(service):
    from orderdesk.domain import Actor
    from orderdesk.errors import ValidationError
    from tests.factories import make_order, stock_products

    stock_products(service)
    number = make_order(service)
    with pytest.raises(ValidationError, match="user name is 101 characters long"):
        service.add_hold(number, "delayed", "late", Actor("x" * 101))
    with pytest.raises(ValidationError, match="reason contains a NUL character"):
        service.add_hold(number, "delayed", "late\x00", OWNER)
    assert service.get(number).active_holds == ()


def test_payments_need_the_counter_or_the_owner_and_overpayments_the_owner(service):
    from orderdesk.domain import Actor
    from orderdesk.errors import PermissionDenied
    from tests.factories import make_order, stock_products

    stock_products(service)
    number = make_order(service)
    due = service.get(number).total
    with pytest.raises(PermissionDenied, match="cannot record a payment"):
        service.record_payment(number, Money(100, "PLN"), Actor("Piotr", Role.PACKER))
    service.record_payment(number, Money(100, "PLN"), Actor("Celina", Role.CLERK))
    with pytest.raises(PermissionDenied, match="cannot record an overpayment"):
        service.record_payment(number, due, Actor("Celina", Role.CLERK), allow_overpayment=True)
    assert service.get(number).amount_paid.minor == 100
    service.record_payment(number, due, OWNER, allow_overpayment=True)
    assert service.get(number).amount_paid.minor == 100 + due.minor


def test_importing_orders_is_the_owners(service, tmp_path):
    from orderdesk.domain import Actor
    from orderdesk.errors import PermissionDenied
    from orderdesk.services.importers import import_file

    path = tmp_path / "orders.json"
    path.write_text('{"orders": []}', encoding="utf-8")
    for role in (Role.PACKER, Role.CLERK):
        with pytest.raises(PermissionDenied, match="cannot import orders"):
            import_file(service, path, Actor("someone", role))
    assert import_file(service, path, OWNER).ok
