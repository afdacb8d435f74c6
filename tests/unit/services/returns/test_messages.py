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

KINDS = (
    "return_requested",
    "return_accepted",
    "return_rejected",
    "return_received",
    "refund_sent",
    "return_exchanged",
    "refunded",
)


def _messages(db, kinds=KINDS):
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
        ("return_requested", "email", "pending"),
        ("return_received", "email", "pending"),
        ("refund_sent", "email", "pending"),
    ]
    assert f"zgłoszenie zwrotu {r.number} do zamówienia {number}" in got[0][3]
    assert f"Twój zwrot {r.number}" in got[1][3]
    assert "25,00" in got[2][3] and r.number in got[2][3]


def test_the_whole_order_refunded_sends_the_orders_message_not_a_second_one(db):
    orders = order_service(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    r = returns.create_return(number, [L("MUG-1", 2, "damaged"), L("TEA-2", 1, "other")], OWNER)
    returns.receive(r.number, [R("MUG-1", 2, "restock"), R("TEA-2", 1, "restock")], OWNER)
    returns.refund(r.number, OWNER)
    assert [k for k, *_ in _messages(db)] == ["return_requested", "return_received", "refunded"]


def test_a_template_value_the_order_lacks_keeps_the_message_incomplete(db):
    from orderdesk.services.messaging.store import TemplateStore
    from orderdesk.services.messaging.templates import Template

    orders = order_service(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    # The shop's own text greeting by name, and its own fallback that needs the name too.
    TemplateStore(db).save(Template("return_requested", "email", "pl", "Dzień dobry, {customer_name}! {return_number}",
                                    "Zwrot {return_number}", "Pani/Pan {customer_name}: {return_number}"))  # fmt: skip
    with db.session(write=True) as s:
        s.scalar(select(CustomerRow)).name = ""
    returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    ((kind, channel, status, _body),) = _messages(db)
    assert (kind, channel, status) == ("return_requested", "email", "incomplete")


def test_a_shop_text_without_a_fallback_of_its_own_gets_the_shipped_one(db):
    from orderdesk.services.messaging.store import TemplateStore
    from orderdesk.services.messaging.templates import Template

    orders = order_service(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    # Saved before templates had fallbacks: the shipped fallback greets without a name.
    TemplateStore(db).save(Template("return_requested", "email", "pl", "Dzień dobry, {customer_name}! {return_number}",
                                    "Zwrot {return_number}"))  # fmt: skip
    with db.session(write=True) as s:
        s.scalar(select(CustomerRow)).name = ""
    returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    ((kind, channel, status, body),) = _messages(db)
    assert (kind, channel, status) == ("return_requested", "email", "pending")
    assert body.startswith("Dzień dobry,\n") and ", !" not in body


def test_the_shipped_text_greets_a_customer_without_a_name_without_a_hole(db):
    orders = order_service(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    with db.session(write=True) as s:
        s.scalar(select(CustomerRow)).name = ""
    returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    ((kind, channel, status, body),) = _messages(db)
    assert (kind, channel, status) == ("return_requested", "email", "pending")
    assert body.startswith("Dzień dobry,\n") and ", ," not in body


def _language(db, language: str) -> None:
    with db.session(write=True) as s:
        s.scalar(select(CustomerRow)).language = language


def test_accepted_rejected_with_the_reason_and_each_part_of_a_refund(db):
    from orderdesk.money import Money

    orders = order_service(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    _language(db, "ru")
    first = returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    returns.accept(first.number, OWNER)
    returns.receive(first.number, [R("MUG-1", 1, "restock")], OWNER)
    returns.refund(first.number, OWNER, amount=Money(1000, "PLN"), rest_later=True)
    returns.refund(first.number, OWNER)
    second = returns.create_return(number, [L("TEA-2", 1, "changed_mind")], OWNER)
    returns.reject(second.number, OWNER, "Упаковка вскрыта, чай не подлежит возврату.")
    got = _messages(db)
    assert [k for k, *_ in got] == [
        "return_requested",
        "return_accepted",
        "return_received",
        "refund_sent",
        "refund_sent",
        "return_requested",
        "return_rejected",
    ]
    assert {st for _k, _c, st, _b in got} == {"pending"}
    assert f"возврат {first.number} по заказу {number} принят" in got[1][3]
    assert "10,00" in got[3][3] and "15,00" in got[4][3]  # each part says its own amount
    assert f"не можем принять возврат {second.number}" in got[6][3]
    assert "Упаковка вскрыта, чай не подлежит возврату." in got[6][3]


def test_an_exchange_tells_the_replacement_order_in_chinese_and_english_is_the_default(db):
    orders = order_service(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    _language(db, "zh")
    r = returns.create_return(number, [L("MUG-1", 1, "wrong_item")], OWNER)
    returns.receive(r.number, [R("MUG-1", 1, "restock")], OWNER)
    made = returns.exchange(r.number, [("MUG-1", 1)], OWNER)
    body = _messages(db, ("return_exchanged",))[0][3]
    assert f"退货 {r.number}" in body and f"换货订单 {made.exchange_order}" in body
    _language(db, "xx")  # a language the shop has no texts in: English
    other = returns.create_return(number, [L("TEA-2", 1, "other")], OWNER)
    body = _messages(db, ("return_requested",))[-1][3]
    assert f"we have your return request {other.number} for order {number}" in body
