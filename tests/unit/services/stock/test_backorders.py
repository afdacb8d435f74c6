"""The out-of-stock flow end to end: order held → stock received → order reserved, hold resolved,
history written and the customer's message in the outbox; the wait-or-cancel choice."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from orderdesk.domain import Actor
from orderdesk.errors import ValidationError
from orderdesk.models import OutboxRow
from orderdesk.services.stock import StockService
from orderdesk.services.stock.backorders import waiting_orders
from orderdesk.services.stock.check import ledger_problems
from orderdesk.wiring import order_service
from orderdesk.workflow import Hold, MoveRequest, Role, Status
from tests.factories import OWNER, make_order, stock_products

PACKER = Actor("Piotr", Role.PACKER)


@pytest.fixture
def orders(db):
    service = order_service(db)  # with the notification listener, as the app has it
    stock_products(service, stock=2)
    return service


@pytest.fixture
def stock(orders, db):
    return StockService(db, orders)


def held(orders, lines, *, name="Anna Kowalska", phone="+48 600 123 456", language="pl") -> str:
    email = f"{phone[-3:]}@example.pl"  # one customer per phone
    number = make_order(orders, payment="cash_on_delivery", lines=lines, name=name, phone=phone, email=email)
    if language:
        from orderdesk.services.orders import OrderEdit

        orders.update_order(number, OrderEdit(language=language), OWNER)
    orders.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    orders.move(number, MoveRequest(Status.ASSEMBLING), PACKER)
    return number


def outbox(db, number_id: int | None = None) -> list[tuple[str, str, str]]:
    with db.session() as s:
        rows = s.scalars(select(OutboxRow).order_by(OutboxRow.id))
        return [
            (r.kind, r.channel, r.payload.get("body", ""))
            for r in rows
            if r.kind in ("back_in_stock", "out_of_stock_choice")
        ]


def active_holds(orders, number):
    return [h.kind for h in orders.get(number).active_holds]


def test_received_stock_goes_to_waiting_orders_oldest_first_and_tells_the_customer(orders, stock, db):
    first = held(orders, (("MUG-1", 3),))  # 2 on hand: short by 1
    second = held(orders, (("MUG-1", 3),), name="Piotr Nowak", phone="+48 601 222 333")
    assert active_holds(orders, first) == [Hold.OUT_OF_STOCK.value]
    assert [w.number for w in waiting_orders(db)] == [first, second]

    change = stock.receive("MUG-1", 1, OWNER, document="WZ/7")  # 3 on hand: enough for one, the first
    assert change.allocated == [first]
    assert active_holds(orders, first) == [] and all(line.reserved for line in orders.get(first).lines)
    assert active_holds(orders, second) == [Hold.OUT_OF_STOCK.value]
    history = orders.get(first).history
    resolved = [h for h in history if h.kind == "hold" and h.to_value == "resolved"]
    assert resolved and resolved[-1].from_value == "out_of_stock" and "stock arrived" in resolved[-1].reason
    messages = outbox(db)
    assert [(kind, channel) for kind, channel, _body in messages] == [("back_in_stock", "sms")]
    assert first in messages[0][2] and "kompletujemy" in messages[0][2]  # in the customer's language

    stock.receive("MUG-1", 3, OWNER)
    assert active_holds(orders, second) == []
    assert waiting_orders(db) == []
    assert len(outbox(db)) == 2
    orders.move(first, MoveRequest(Status.PACKED), PACKER)  # the hold no longer blocks the way forward
    assert ledger_problems(db) == []


def test_an_older_order_takes_the_stock_before_a_newer_one(orders, stock, db):
    older = held(orders, (("TEA-2", 4),))
    newer = held(orders, (("TEA-2", 1),), name="Piotr Nowak", phone="+48 601 222 333")
    assert active_holds(orders, newer) == []  # 2 on hand was enough for the newer, smaller order
    change = stock.receive("TEA-2", 3, OWNER)  # 5 on hand, 1 reserved: 4 free, all for the older order
    assert change.allocated == [older]


def test_partly_arrived_stock_reserves_what_it_can_and_keeps_the_hold(orders, stock, db):
    number = held(orders, (("MUG-1", 2), ("FAN-3", 5)))
    lines = {line.sku: line.reserved for line in orders.get(number).lines}
    assert lines == {"MUG-1": True, "FAN-3": False}
    assert stock.receive("FAN-3", 2, OWNER).allocated == []
    assert active_holds(orders, number) == [Hold.OUT_OF_STOCK.value]
    assert outbox(db) == []
    assert stock.receive("FAN-3", 1, OWNER).allocated == [number]


def test_the_owner_asks_wait_or_cancel_and_records_the_answer(orders, stock, db):
    waits = held(orders, (("MUG-1", 5),), language="ru")
    gives_up = held(orders, (("TEA-2", 9),), name="Piotr Nowak", phone="+48 601 222 333", language="zh")
    assert stock.wait_or_cancel(waits, OWNER) == 2  # SMS and e-mail
    stock.wait_or_cancel(gives_up, OWNER)
    bodies = [body for kind, channel, body in outbox(db) if channel == "sms"]
    assert "ЖДУ" in bodies[0] and "取消" in bodies[1]
    assert [(w.number, w.asked) for w in waiting_orders(db)] == [(waits, True), (gives_up, True)]

    stock.record_answer(waits, "wait", OWNER)
    stock.record_answer(gives_up, "cancel", OWNER)
    assert [(w.number, w.answer) for w in waiting_orders(db)] == [(waits, "wait")]
    cancelled = orders.get(gives_up)
    assert cancelled.status is Status.CANCELLED and not cancelled.active_holds
    assert any(h.kind == "stock" and h.to_value == "answer_cancel" for h in cancelled.history)
    assert ledger_problems(db) == []


def test_an_order_not_waiting_for_stock_cannot_be_asked(orders, stock):
    number = make_order(orders)
    with pytest.raises(ValidationError, match="not waiting for stock"):
        stock.wait_or_cancel(number, OWNER)
    with pytest.raises(ValidationError, match="'wait' or 'cancel'"):
        stock.record_answer(number, "maybe", OWNER)
