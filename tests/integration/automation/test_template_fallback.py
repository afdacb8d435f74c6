"""No message with a hole: a template's fallback text goes out when a placeholder has no value;
without one the message waits; and the editor's check lists the open orders that would hit it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from orderdesk.errors import ValidationError
from orderdesk.models import OrderRow, OutboxRow
from orderdesk.services.messaging.config import session_getter
from orderdesk.services.messaging.held_back import held_back_orders
from orderdesk.services.messaging.outbox import complete_waiting
from orderdesk.services.messaging.store import TemplateStore
from orderdesk.services.messaging.templates import Template
from orderdesk.settings import Settings
from orderdesk.wiring import declare_all_settings, order_service
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products

BODY = "{shop_name}: zapłać {amount_due} za {order_number}: {payment_link}"
FALLBACK = "{shop_name}: zapłać {amount_due} za {order_number} przelewem; dane wyślemy e-mailem."


@pytest.fixture
def desk(db):
    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    Settings(db).set("shop.name", "Sklep")
    return service


def awaiting(service) -> str:
    number = make_order(service)
    service.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    service.move(number, MoveRequest(Status.AWAITING_PAYMENT), OWNER)
    return number


def sms(db, number: str) -> OutboxRow:
    with db.session() as s:
        oid = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        out = s.scalar(select(OutboxRow).where(OutboxRow.order_id == oid, OutboxRow.kind == "awaiting_payment",
                                              OutboxRow.channel == "sms"))  # fmt: skip
        s.expunge(out)
        return out


def test_without_a_fallback_the_message_waits(desk, db):
    TemplateStore(db).save(Template("awaiting_payment", "sms", "pl", BODY))
    out = sms(db, awaiting(desk))
    assert out.status == "incomplete" and "payment_link" in out.last_error


def test_the_fallback_text_goes_out_when_a_value_is_missing(desk, db):
    TemplateStore(db).save(Template("awaiting_payment", "sms", "pl", BODY, fallback=FALLBACK))
    assert TemplateStore(db).get("awaiting_payment", "sms", "pl").fallback == FALLBACK
    number = awaiting(desk)
    out = sms(db, number)
    assert (
        out.status == "pending"
        and out.payload["body"].startswith("Sklep: zapłać")
        and "przelewem" in out.payload["body"]
    )
    Settings(db).set("messaging.payment_link", "https://pay.example/{order_number}")
    other = awaiting(desk)  # with the value: the main text
    assert sms(db, other).payload["body"].endswith(f"https://pay.example/{other}")


def test_a_fallback_written_later_lets_a_waiting_message_go(desk, db):
    TemplateStore(db).save(Template("awaiting_payment", "sms", "pl", BODY))
    number = awaiting(desk)
    TemplateStore(db).save(Template("awaiting_payment", "sms", "pl", BODY, fallback=FALLBACK))
    with db.session(write=True) as s:
        assert complete_waiting(s, session_getter(s)) >= 1
    assert sms(db, number).status == "pending"


def test_a_fallback_with_an_unknown_placeholder_is_refused(db):
    with pytest.raises(ValidationError) as err:
        TemplateStore(db).save(Template("awaiting_payment", "sms", "pl", BODY, fallback="{nope}"))
    assert err.value.field == "fallback"


def test_held_back_checks_only_the_orders_in_the_status_that_sends_the_message(desk, db):
    from orderdesk.services.messaging.rules import statuses_sending
    from orderdesk.workflow import ACTIVE

    new = make_order(desk)
    confirmed = make_order(desk)
    desk.move(confirmed, MoveRequest(Status.CONFIRMED), OWNER)
    unpaid = awaiting(desk)
    # Every one of them lacks the payment link; only the order awaiting payment gets that message.
    for event in ("awaiting_payment", "payment_reminder"):
        found = held_back_orders(db, Template(event, "sms", "pl", BODY))
        assert [h.number for h in found] == [unpaid], event
    assert [h.number for h in held_back_orders(db, Template("received", "sms", "pl", BODY))] == [new]
    assert [h.number for h in held_back_orders(db, Template("confirmed", "sms", "pl", BODY))] == [confirmed]
    # No order is shipped yet: a "shipped" text has nobody to miss a tracking number for.
    assert held_back_orders(db, Template("shipped", "sms", "pl", "{order_number}: {tracking_url}")) == []
    # A delay can be marked in any open status: every open order is checked.
    assert {h.number for h in held_back_orders(db, Template("delay", "sms", "pl", BODY))} == {new, confirmed, unpaid}
    assert statuses_sending("shipped") == (Status.SHIPPED,) and statuses_sending("review_request") == (
        Status.COMPLETED,
    )
    assert statuses_sending("delay") == ACTIVE


def test_held_back_lists_the_open_orders_a_template_cannot_fill(desk, db):
    a, b = awaiting(desk), awaiting(desk)
    closed = awaiting(desk)
    desk.move(closed, MoveRequest(Status.CANCELLED, reason="customer changed their mind"), OWNER)
    template = Template("awaiting_payment", "sms", "pl", BODY)
    found = held_back_orders(db, template)
    assert {h.number for h in found} == {a, b}  # open orders only; all lack the payment link
    assert all(h.missing == ("payment_link",) and not h.fallback for h in found)
    with_fallback = held_back_orders(db, Template("awaiting_payment", "sms", "pl", BODY, fallback=FALLBACK))
    assert all(h.fallback for h in with_fallback)
    assert held_back_orders(db, Template("awaiting_payment", "sms", "en", BODY)) == []  # nobody writes English


# A shop's own copy saved before templates had fallbacks: its fallback is empty.
OWN_CONFIRMED = "Dzień dobry, {customer_name}!\nZamówienie {order_number} potwierdzone, kwota {total}.\n{shop_name}"


def nameless_order(service, db) -> str:
    """An order whose customer has no name (an import, a store that sent none)."""
    from orderdesk.models import CustomerRow

    number = make_order(service, name="Ewa", phone="+48 601 222 333", email="ewa@example.pl")
    with db.session(write=True) as s:
        s.scalar(select(CustomerRow).where(CustomerRow.email == "ewa@example.pl")).name = ""
    return number


def confirmed_email(db, number: str) -> OutboxRow:
    with db.session() as s:
        oid = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        out = s.scalar(select(OutboxRow).where(OutboxRow.order_id == oid, OutboxRow.kind == "confirmed",
                                              OutboxRow.channel == "email"))  # fmt: skip
        s.expunge(out)
        return out


def test_a_shop_text_without_its_own_fallback_uses_the_shipped_one_for_that_step_and_language(desk, db):
    TemplateStore(db).save(Template("confirmed", "email", "pl", OWN_CONFIRMED, "Zamówienie {order_number}"))
    assert TemplateStore(db).get("confirmed", "email", "pl").fallback == ""
    nameless = nameless_order(desk, db)
    desk.move(nameless, MoveRequest(Status.CONFIRMED), OWNER)
    out = confirmed_email(db, nameless)
    # Not "Dzień dobry, !" and not waiting: the shipped Polish "confirmed" e-mail without a name.
    assert out.status == "pending", out.last_error
    assert out.payload["body"].startswith("Dzień dobry,\n") and ", !" not in out.payload["body"]
    assert "Sklep: zamówienie" in out.payload["body"]  # the shipped wording of this step
    assert out.payload["subject"] == f"Zamówienie {nameless}"  # the shop's own subject stays
    named = make_order(desk)
    desk.move(named, MoveRequest(Status.CONFIRMED), OWNER)
    assert confirmed_email(db, named).payload["body"].startswith("Dzień dobry, Anna Kowalska!\nZamówienie")


def test_the_shipped_fallback_is_the_one_of_the_templates_step_channel_and_language():
    from orderdesk.services.messaging.templates import fallbacks_for, render, with_fallback

    own = Template("shipped", "sms", "pl", "{shop_name}: {order_number} w drodze, {tracking_number}: {tracking_url}")
    context = {"shop_name": "Sklep", "order_number": "2026-000001", "tracking_number": "OC123456"}
    used, missing = with_fallback(own, context)
    assert missing == [] and fallbacks_for(own)[1] is True
    assert render(used, context).body.endswith("OC123456.")  # not "OC123456:" with nothing after
    ru = with_fallback(Template("shipped", "sms", "ru", own.body), context)[0]
    assert "заказ" in render(ru, context).body.lower()
    # The shop's own fallback, when it has one, is the one tried; a payment request still waits.
    mine = Template("shipped", "sms", "pl", own.body, fallback="{shop_name}: {order_number} wysłane.")
    assert render(with_fallback(mine, context)[0], context).body == "Sklep: 2026-000001 wysłane."
    assert with_fallback(Template("awaiting_payment", "sms", "pl", BODY), context)[1] != []


def test_held_back_says_the_shipped_fallback_would_go_out(desk, db):
    nameless = nameless_order(desk, db)
    desk.move(nameless, MoveRequest(Status.CONFIRMED), OWNER)  # the status that sends "confirmed"
    found = held_back_orders(db, Template("confirmed", "email", "pl", OWN_CONFIRMED, "Zamówienie {order_number}"))
    assert [(h.number, h.missing, h.fallback, h.shipped) for h in found] == [(nameless, ("customer_name",), True, True)]
    own = held_back_orders(db, Template("confirmed", "email", "pl", OWN_CONFIRMED, "Z", fallback="Dzień dobry!"))
    assert [(h.fallback, h.shipped) for h in own] == [(True, False)]


def test_a_message_waiting_for_a_shop_text_goes_out_in_the_shipped_fallback_at_the_next_round(desk, db):
    own = Template("confirmed", "email", "pl", OWN_CONFIRMED, "Zamówienie {order_number}", "Pani {customer_name}")
    TemplateStore(db).save(own)  # its own fallback needs the name too: the message waits
    nameless = nameless_order(desk, db)
    desk.move(nameless, MoveRequest(Status.CONFIRMED), OWNER)
    assert confirmed_email(db, nameless).status == "incomplete"
    TemplateStore(db).save(Template("confirmed", "email", "pl", OWN_CONFIRMED, "Zamówienie {order_number}"))
    with db.session(write=True) as s:
        assert complete_waiting(s, session_getter(s)) == 1
    out = confirmed_email(db, nameless)
    assert out.status == "pending" and out.payload["body"].startswith("Dzień dobry,\n")
