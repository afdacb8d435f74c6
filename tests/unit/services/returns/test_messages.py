"""The customer hears of each step of a return, in their language, once; never with a hole."""

from __future__ import annotations

from sqlalchemy import select

from orderdesk.models import CustomerRow, OutboxRow
from orderdesk.services.returns import ReceivedLine as R
from orderdesk.services.returns import ReturnRequestLine as L
from orderdesk.services.returns import ReturnService
from orderdesk.wiring import order_service
from tests.factories import OWNER
from tests.unit.services.returns.helpers import delivered_order


def _messages(db, kinds=("return_accepted", "return_received", "refund_sent", "refunded")):
    with db.session() as s:
        rows = s.scalars(select(OutboxRow).where(OutboxRow.kind.in_(kinds)).order_by(OutboxRow.id))
        return [(m.kind, m.channel, m.status, m.payload["body"]) for m in rows]


def test_accepted_received_and_refund_sent_in_the_customers_language(db):
    orders = order_service(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)  # the customer writes in Polish
    r = returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    returns.receive(r.number, [R("MUG-1", 1, "restock")], OWNER)
    returns.refund(r.number, OWNER)
    got = _messages(db)
    assert [(k, c, st) for k, c, st, _b in got] == [
        ("return_accepted", "email", "pending"),
        ("return_received", "email", "pending"),
        ("refund_sent", "email", "pending"),
    ]
    assert f"zwrot {r.number} do zamówienia {number} przyjęty" in got[0][3]
    assert f"Twój zwrot {r.number}" in got[1][3]
    assert "25,00" in got[2][3] and r.number in got[2][3]


def test_the_whole_order_refunded_sends_the_orders_message_not_a_second_one(db):
    orders = order_service(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    r = returns.create_return(number, [L("MUG-1", 2, "damaged"), L("TEA-2", 1, "other")], OWNER)
    returns.receive(r.number, [R("MUG-1", 2, "restock"), R("TEA-2", 1, "restock")], OWNER)
    returns.refund(r.number, OWNER)
    assert [k for k, *_ in _messages(db)] == ["return_accepted", "return_received", "refunded"]


def test_a_template_value_the_order_lacks_keeps_the_message_incomplete(db):
    from orderdesk.services.messaging.store import TemplateStore
    from orderdesk.services.messaging.templates import Template

    orders = order_service(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    # The shop's own text, greeting by name with no fallback (the shipped one greets without a name).
    TemplateStore(db).save(Template("return_accepted", "email", "pl", "Dzień dobry, {customer_name}! {return_number}",
                                    "Zwrot {return_number}"))  # fmt: skip
    with db.session(write=True) as s:
        s.scalar(select(CustomerRow)).name = ""
    returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    ((kind, channel, status, _body),) = _messages(db)
    assert (kind, channel, status) == ("return_accepted", "email", "incomplete")


def test_the_shipped_text_greets_a_customer_without_a_name_without_a_hole(db):
    orders = order_service(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    with db.session(write=True) as s:
        s.scalar(select(CustomerRow)).name = ""
    returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    ((kind, _channel, status, body),) = _messages(db)
    assert (kind, status) == ("return_accepted", "pending") and body.startswith("Dzień dobry,\n") and ", ," not in body
