"""``OrderService.move_many``: many moves in one transaction, each checked by the workflow's guards
as a single move is, with the same rows, history and events as ``move`` makes one by one."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from orderdesk.domain import Actor, Role
from orderdesk.errors import ConflictError, MoveRefused, NotFound, PermissionDenied, ValidationError
from orderdesk.models import HistoryRow, OrderRow, ShipmentRow, StockMovementRow
from orderdesk.services.orders import BatchMove, OrderService, StatusChanged
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products
from tests.unit.services.test_order_batches import StatementCounter

PACKER = Actor("Piotr", Role.PACKER)


@pytest.fixture
def stocked(service: OrderService) -> OrderService:
    stock_products(service, stock=100)
    return service


def _history(db, number: str) -> list[tuple]:
    with db.session() as s:
        order_id = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        rows = s.execute(
            select(HistoryRow.kind, HistoryRow.from_value, HistoryRow.to_value, HistoryRow.actor)
            .where(HistoryRow.order_id == order_id)
            .order_by(HistoryRow.id)
        )
        return [tuple(r) for r in rows]


def test_a_batch_makes_the_same_moves_history_and_stock_as_single_moves(stocked, db):
    one_by_one = [make_order(stocked, payment="cash_on_delivery") for _ in range(3)]
    batched = [make_order(stocked, payment="cash_on_delivery") for _ in range(3)]
    for status, actor in ((Status.CONFIRMED, OWNER), (Status.ASSEMBLING, PACKER), (Status.PACKED, PACKER)):
        for number in one_by_one:
            stocked.move(number, MoveRequest(status), actor)
        outcomes = stocked.move_many([BatchMove(n, MoveRequest(status), actor) for n in batched])
        assert [o.number for o in outcomes] == batched
        assert all(o.error is None and o.order.status is status for o in outcomes)
    for single, batch in zip(one_by_one, batched, strict=True):
        assert _history(db, batch) == _history(db, single)
        a, b = stocked.get(single), stocked.get(batch)
        assert (b.status, [(ln.sku, ln.reserved) for ln in b.lines]) == (
            a.status,
            [(ln.sku, ln.reserved) for ln in a.lines],
        )
    with db.session() as s:
        reserved = s.scalar(
            select(func.count()).select_from(StockMovementRow).where(StockMovementRow.kind == "reserved")
        )
    assert reserved == 6 * 2  # two lines per order, reserved once each


def test_a_refused_move_changes_nothing_and_the_others_are_made(stocked, db):
    good, held, unpaid = (make_order(stocked) for _ in range(3))
    stocked.add_hold(held, "address_problem", "no house number", OWNER)
    before = {n: _history(db, n) for n in (held, unpaid)}
    outcomes = stocked.move_many(
        [
            BatchMove(good, MoveRequest(Status.CONFIRMED), OWNER),
            BatchMove(held, MoveRequest(Status.CONFIRMED), OWNER),
            BatchMove(unpaid, MoveRequest(Status.ASSEMBLING), OWNER),  # new -> assembling skips steps
            BatchMove("2026-999999", MoveRequest(Status.CONFIRMED), OWNER),
        ]
    )
    assert outcomes[0].error is None and outcomes[0].order.status is Status.CONFIRMED
    assert isinstance(outcomes[1].error, MoveRefused) and "hold" in str(outcomes[1].error)
    assert isinstance(outcomes[2].error, MoveRefused)
    assert isinstance(outcomes[3].error, NotFound)
    assert [o.order for o in outcomes[1:]] == [None, None, None]
    for number in (held, unpaid):
        assert stocked.get(number).status is Status.NEW
        assert _history(db, number) == before[number]
    assert stocked.get(good).status is Status.CONFIRMED


def test_roles_and_versions_are_checked_per_order(stocked):
    first, second = make_order(stocked), make_order(stocked)
    stale = stocked.get(second).version
    stocked.move(second, MoveRequest(Status.CONFIRMED), OWNER)
    outcomes = stocked.move_many(
        [
            BatchMove(first, MoveRequest(Status.CANCELLED, reason="changed mind"), PACKER),
            BatchMove(second, MoveRequest(Status.AWAITING_PAYMENT, expected_version=stale), OWNER),
        ]
    )
    assert isinstance(outcomes[0].error, PermissionDenied)
    assert isinstance(outcomes[1].error, ConflictError)
    assert stocked.get(first).status is Status.NEW and stocked.get(second).status is Status.CONFIRMED


def test_a_shipment_is_attached_only_when_its_move_is_made(stocked, db):
    ready = make_order(stocked, payment="cash_on_delivery")
    early = make_order(stocked, payment="cash_on_delivery")
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        stocked.move(ready, MoveRequest(status), OWNER)
    parcel = {"carrier": "own_courier", "tracking_number": "OC-1"}
    outcomes = stocked.move_many(
        [
            BatchMove(ready, MoveRequest(Status.SHIPPED), OWNER, shipment=parcel),
            BatchMove(early, MoveRequest(Status.SHIPPED), OWNER, shipment={**parcel, "tracking_number": "OC-2"}),
        ]
    )
    assert outcomes[0].error is None and outcomes[0].order.tracking_number == "OC-1"
    assert isinstance(outcomes[1].error, MoveRefused)
    with db.session() as s:
        assert list(s.scalars(select(ShipmentRow.tracking_number))) == ["OC-1"]
    assert [h[0] for h in _history(db, ready)][-2:] == ["label", "status"]
    assert [h[0] for h in _history(db, early)] == ["create"]
    with db.session() as s:
        consumed = s.scalar(
            select(func.count()).select_from(StockMovementRow).where(StockMovementRow.kind == "consumed")
        )
    assert consumed == 2  # the shipped order's two lines; the refused one consumed nothing


def test_without_a_tracking_number_shipped_is_refused_as_for_a_single_move(stocked):
    number = make_order(stocked, payment="cash_on_delivery")
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        stocked.move(number, MoveRequest(status), OWNER)
    (outcome,) = stocked.move_many([BatchMove(number, MoveRequest(Status.SHIPPED), OWNER)])
    assert isinstance(outcome.error, MoveRefused) and "tracking" in str(outcome.error)
    (outcome,) = stocked.move_many(
        [BatchMove(number, MoveRequest(Status.SHIPPED), OWNER, shipment={"carrier": "x", "tracking_number": " "})]
    )
    assert isinstance(outcome.error, MoveRefused | ValidationError) and stocked.get(number).status is Status.PACKED


def test_listeners_hear_every_move_with_its_history_row_inside_the_transaction(db):
    heard: list[tuple[StatusChanged, str]] = []

    def listener(s, event):
        if isinstance(event, StatusChanged):
            heard.append((event, s.get(HistoryRow, event.history_id).to_value))

    service = OrderService(db, listeners=[listener])
    stock_products(service, stock=100)
    numbers = [make_order(service) for _ in range(4)]
    service.move_many([BatchMove(n, MoveRequest(Status.CONFIRMED), OWNER) for n in numbers])
    assert [e.number for e, _to in heard] == numbers
    assert all(to == "confirmed" and e.to_status is Status.CONFIRMED for e, to in heard)
    assert len({e.history_id for e, _to in heard}) == 4


def test_pickup_orders_of_one_batch_get_different_shelf_slots(stocked):
    numbers = [make_order(stocked, delivery="pickup_shop", payment="on_pickup") for _ in range(3)]
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        stocked.move_many([BatchMove(n, MoveRequest(status), OWNER) for n in numbers])
    outcomes = stocked.move_many([BatchMove(n, MoveRequest(Status.READY_FOR_PICKUP), OWNER) for n in numbers])
    slots = [o.order.shelf_slot for o in outcomes]
    assert len(set(slots)) == 3 and all(o.order.pickup_code for o in outcomes)


def test_an_order_once_per_batch_and_an_empty_batch(stocked):
    number = make_order(stocked)
    with pytest.raises(ValidationError):
        stocked.move_many([BatchMove(number, MoveRequest(Status.CONFIRMED), OWNER)] * 2)
    assert stocked.move_many([]) == []
    assert stocked.get(number).status is Status.NEW


def test_statements_grow_slower_than_one_move_at_a_time(stocked, db):
    numbers = [make_order(stocked) for _ in range(30)]
    counts = []
    for some in (numbers[:5], numbers[5:20]):
        with StatementCounter(db.engine) as batch:
            stocked.move_many([BatchMove(n, MoveRequest(Status.CONFIRMED), OWNER) for n in some])
        counts.append(batch.count)
    with StatementCounter(db.engine) as single:
        for n in numbers[20:]:
            stocked.move(n, MoveRequest(Status.CONFIRMED), OWNER)
    per_order_in_batch = (counts[1] - counts[0]) / 10
    assert per_order_in_batch * 2 <= single.count / 10  # a batch adds at most half a move's statements


def test_in_one_batch_the_next_round_sees_what_the_session_changed_meanwhile(stocked, db):
    numbers = [make_order(stocked) for _ in range(3)]
    with db.batch():
        stocked.move_many([BatchMove(n, MoveRequest(Status.CONFIRMED), OWNER) for n in numbers])
        stocked.add_hold(numbers[1], "address_problem", "no house number", OWNER)
        with StatementCounter(db.engine) as again:
            outcomes = stocked.move_many([BatchMove(n, MoveRequest(Status.AWAITING_PAYMENT), OWNER) for n in numbers])
    assert [o.error is None for o in outcomes] == [True, False, True]
    assert "hold" in str(outcomes[1].error)
    assert [stocked.get(n).status for n in numbers] == [
        Status.AWAITING_PAYMENT,
        Status.CONFIRMED,
        Status.AWAITING_PAYMENT,
    ]
    assert again.count <= 8  # the orders' numbers looked up; their rows taken from the batch's session


def test_a_batch_writes_its_history_rows_with_one_insert_numbered_in_move_order(stocked, db):
    numbers = [make_order(stocked) for _ in range(6)]
    inserts: list[str] = []

    def seen(_conn, _cursor, statement, *_rest) -> None:
        if statement.startswith("INSERT INTO order_history"):
            inserts.append(statement)

    from sqlalchemy import event

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        outcomes = stocked.move_many([BatchMove(n, MoveRequest(Status.CONFIRMED), OWNER) for n in numbers])
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert all(o.error is None for o in outcomes)
    assert len(inserts) == 1
    with db.session() as s:
        rows = s.execute(
            select(HistoryRow.id, OrderRow.number)
            .join(OrderRow, OrderRow.id == HistoryRow.order_id)
            .where(HistoryRow.kind == "status", HistoryRow.to_value == "confirmed")
            .order_by(HistoryRow.id)
        ).all()
    assert [number for _id, number in rows] == numbers  # ids follow the moves' order
