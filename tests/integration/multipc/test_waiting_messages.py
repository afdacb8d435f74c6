"""A sender's round renders again only the waiting messages ("incomplete": a value is missing)
that may have got their value, on both backends: an idle round costs a few statements however
many messages wait, a setting or template change reaches every waiting message (not only the
first 200), an order's own change reaches its messages, and a full check runs now and then."""

from __future__ import annotations

import time

from sqlalchemy import event, func, insert, select, update

from benchmarks.three_desks import OWNER
from orderdesk.db import Database
from orderdesk.domain import Address, Customer
from orderdesk.models import HistoryRow, OrderRow, OutboxRow
from orderdesk.services.messaging import waiting
from orderdesk.services.messaging.config import SenderConfig
from orderdesk.services.messaging.sender import OutboxSender
from orderdesk.services.orders import NewLine, NewOrder, OrderEdit
from orderdesk.settings import Settings
from orderdesk.wiring import order_service
from orderdesk.workflow import MoveRequest, Status
from tests.factories import stock_products
from tests.integration.multipc import push_workers
from tests.support.multiproc import run_processes

COPIES = 250  # more than the 200 one round used to look at


def _ready_for_pickup(service) -> str:
    """An order on the pickup shelf: its SMS waits for the shop's address (no shop.address set)."""
    new = NewOrder(
        customer=Customer(None, "Anna Kowalska", phone="+48600100200", email="", language="pl"),
        lines=[NewLine("MUG-1", 1)], delivery_method="pickup_shop", payment_method="on_pickup", currency="PLN",
        address=Address("Anna Kowalska", "ul. Długa 5", "", "Kraków", "30-001", "", "PL"),
    )  # fmt: skip
    number = service.create_order(new, OWNER).number
    for to in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED, Status.READY_FOR_PICKUP):
        service.move(number, MoveRequest(to), OWNER)
    return number


def _to_a_pickup_point(db: Database, order_id: int) -> None:
    """Give the order a value its message waits for without writing its history (as a direct
    change by another tool would): a pickup point, whose code is the pickup address."""
    with db.session(write=True) as s:
        s.execute(
            update(OrderRow)
            .where(OrderRow.id == order_id)
            .values(delivery_method="pickup_point", pickup_point_code="KRA01M, ul. Długa 7")
        )


def _round(db: Database) -> None:
    """One round as the app makes it: a new sender each time (services/messaging/service.py)."""
    config = SenderConfig(quiet_hours=None, payment_reminder_hours=0, max_per_order_per_day=0)
    OutboxSender(db, {}, config=config, sms_gateway="twilio").run_once()


def _waiting(db: Database) -> dict[int, int]:
    """Waiting SMS per order id."""
    with db.session() as s:
        rows = s.execute(select(OutboxRow.order_id).where(OutboxRow.status == "incomplete", OutboxRow.channel == "sms"))
        counts: dict[int, int] = {}
        for (order_id,) in rows:
            counts[order_id] = counts.get(order_id, 0) + 1
        return counts


def test_waiting_messages_are_rendered_again_only_when_a_value_may_have_come(shop_url, monkeypatch):
    # This shop's whole history is shorter than the look-back for late commits: without it.
    monkeypatch.setattr(waiting, "LOOK_BACK", 0)
    db = Database.open(shop_url)
    service = order_service(db)
    stock_products(service, stock=100)
    first, second = _ready_for_pickup(service), _ready_for_pickup(service)
    ids = {n: service.get(n, with_history=False).id for n in (first, second)}
    with db.session(write=True) as s:
        model = s.scalar(select(OutboxRow).where(OutboxRow.order_id == ids[first], OutboxRow.status == "incomplete"))
        columns = {c.key: getattr(model, c.key) for c in OutboxRow.__table__.columns if c.key != "id"}
        s.execute(insert(OutboxRow), [{**columns, "idempotency_key": f"copy-{n}"} for n in range(COPIES)])
    assert _waiting(db) == {ids[first]: COPIES + 1, ids[second]: 1}

    _round(db)  # the first round of this process looks at every waiting message
    counted: list[str] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        counted.append(statement)

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        _round(db)  # nothing changed: none is rendered again
        idle = len(counted)
        assert idle < 40, counted

        # The second order gets its value, then a change that writes its history: only its
        # message is rendered again.
        _to_a_pickup_point(db, ids[second])
        version = service.get(second, with_history=False).version
        service.update_order(second, OrderEdit(notes="pickup point chosen", expected_version=version), OWNER)
        counted.clear()
        _round(db)
        assert len(counted) < idle + 30, counted
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    assert _waiting(db) == {ids[first]: COPIES + 1}

    # A setting: every waiting message, all 251 (one round used to look at the first 200 only).
    Settings(db).set("shop.address", "ul. Długa 5, Kraków")
    _round(db)
    assert _waiting(db) == {}
    db.dispose()


def test_a_change_without_history_is_found_by_the_periodic_full_check(shop_url, monkeypatch):
    monkeypatch.setattr(waiting, "LOOK_BACK", 0)  # as above
    db = Database.open(shop_url)
    service = order_service(db)
    stock_products(service, stock=100)
    number = _ready_for_pickup(service)
    order_id = service.get(number, with_history=False).id
    _round(db)
    assert _waiting(db) == {order_id: 1}
    _to_a_pickup_point(db, order_id)
    _round(db)
    assert _waiting(db) == {order_id: 1}  # not yet: nothing said the order changed
    check = waiting.waiting_check_for(db)
    monkeypatch.setattr(check, "clock", lambda: time.monotonic() + waiting.FULL_EVERY + 1)
    _round(db)
    assert _waiting(db) == {}
    db.dispose()


def test_two_desks_completing_the_same_waiting_messages_each_take_their_own(shop_url):
    """Two desks start their sender at once after the value came: each waiting message is
    completed by one of them, once (one "queued" entry in the order's history, not two)."""
    db = Database.open(shop_url)
    service = order_service(db)
    stock_products(service, stock=100)
    number = _ready_for_pickup(service)
    order_id = service.get(number, with_history=False).id
    with db.session(write=True) as s:
        model = s.scalar(select(OutboxRow).where(OutboxRow.order_id == order_id, OutboxRow.status == "incomplete"))
        columns = {c.key: getattr(model, c.key) for c in OutboxRow.__table__.columns if c.key != "id"}
        s.execute(insert(OutboxRow), [{**columns, "idempotency_key": f"copy-{n}"} for n in range(COPIES)])
    Settings(db).set("shop.address", "ul. Długa 5, Kraków")
    done = run_processes(push_workers.complete_waiting_messages, [(shop_url,), (shop_url,)])
    assert sum(done) == COPIES + 1, done
    assert _waiting(db) == {}
    with db.session() as s:
        queued = s.scalar(
            select(func.count())
            .select_from(HistoryRow)
            .where(HistoryRow.order_id == order_id, HistoryRow.kind == "notification", HistoryRow.to_value == "queued")
        )
    assert queued == COPIES + 1
    db.dispose()
