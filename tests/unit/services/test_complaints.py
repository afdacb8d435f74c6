"""Complaints: due dates from the country's rule (fixed clock), the decision flow with its
history and hold, and the customer's messages in their language without holes."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from orderdesk.errors import NotFound, ValidationError
from orderdesk.models import HistoryRow, OrderRow, OutboxRow
from orderdesk.services.complaints import ComplaintService, due_date
from orderdesk.services.complaints.rules import parse_rule
from orderdesk.settings import Settings
from orderdesk.wiring import declare_all_settings, order_service
from tests.factories import OWNER, make_order, stock_products

NOW = datetime(2026, 12, 1, 10, 0)


@pytest.fixture
def desk(db):
    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    return service, ComplaintService(service, clock=lambda: NOW)


@pytest.mark.parametrize(
    ("country", "ask", "due"),
    [
        ("PL", "repair", date(2026, 12, 15)),  # Polish consumer law: 14 days to answer
        ("RU", "refund", date(2026, 12, 11)),  # Russian consumer protection law: 10 days for a refund
        ("CN", "replacement", date(2026, 12, 8)),
        ("DE", "refund", date(2026, 12, 15)),  # any other country: the default
        ("", "refund", date(2026, 12, 15)),
    ],
)
def test_due_date_per_country_by_the_default_rule(country, ask, due):
    from orderdesk.services.complaints.rules import DEFAULT_RULE

    assert due_date(DEFAULT_RULE, country, ask, NOW.date()) == due


def test_the_rule_is_a_checked_setting_with_per_ask_entries(db, desk):
    settings = Settings(db)
    stored = settings.set("complaints.answer_days", "pl=14; RU:repair=45, ru=10, *=21")
    assert stored == "PL=14, RU:repair=45, RU=10, *=21"
    assert due_date(stored, "RU", "repair", NOW.date()) == date(2027, 1, 15)
    assert due_date(stored, "RU", "refund", NOW.date()) == date(2026, 12, 11)
    assert due_date(stored, "US", "refund", NOW.date()) == date(2026, 12, 22)
    for bad in ("PL=14", "PL=0, *=14", "POL=14, *=14", "PL:swap=3, *=14", "PL=x, *=1"):
        with pytest.raises(ValidationError):
            settings.set("complaints.answer_days", bad)
    assert settings.get("complaints.answer_days") == stored  # nothing changed by the refusals
    assert parse_rule("*=14") == {"*": 14}


def test_create_uses_the_orders_country_writes_history_and_tells_the_customer(db, desk):
    service, complaints = desk
    number = make_order(service)  # a Polish address, a Polish-speaking customer
    c = complaints.create(number, "The mug arrived broken", "replacement", OWNER)
    assert (c.country, c.due_on, c.is_open, c.order_number) == ("PL", date(2026, 12, 15), True, number)
    with db.session() as s:
        oid = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        entries = s.scalars(select(HistoryRow).where(HistoryRow.order_id == oid, HistoryRow.kind == "complaint")).all()
        assert [(h.to_value, h.reason, h.actor) for h in entries] == [
            ("received", "The mug arrived broken", OWNER.name)
        ]
        mails = s.scalars(select(OutboxRow).where(OutboxRow.kind == "complaint_received")).all()
    assert len(mails) == 1 and mails[0].status == "pending"
    assert "reklamację" in mails[0].payload["body"] and "2026-12-15" in mails[0].payload["body"]
    assert "{" not in mails[0].payload["body"] + mails[0].payload["subject"]


def test_refusals_change_nothing(db, desk):
    service, complaints = desk
    number = make_order(service)
    with pytest.raises(ValidationError):
        complaints.create(number, "   ", "refund", OWNER)
    with pytest.raises(ValidationError):
        complaints.create(number, "broken", "money back please", OWNER)
    with pytest.raises(NotFound):
        complaints.create("2099-999999", "broken", "refund", OWNER)
    assert complaints.list() == []
    c = complaints.create(number, "broken", "refund", OWNER)
    with pytest.raises(ValidationError):
        complaints.decide(c.id, "maybe", "we will see", OWNER)
    with pytest.raises(ValidationError):
        complaints.decide(c.id, "accepted", "  ", OWNER)
    with pytest.raises(NotFound):
        complaints.decide(c.id + 100, "accepted", "ok", OWNER)
    assert complaints.get(c.id).is_open


def test_decision_is_recorded_once_answered_in_the_customers_language_and_releases_the_hold(db, desk):
    service, complaints = desk
    number = make_order(service)
    c = complaints.create(number, "The fan is torn", "refund", OWNER)
    with db.session(write=True) as s:  # as the reminder round would: the order needs attention
        from orderdesk.models import ComplaintRow
        from orderdesk.services.automation.engine import ACTOR

        row = s.get(ComplaintRow, c.id)
        complaints.hold(s, row.order, row, ACTOR, overdue=False)
    assert [h.kind for h in service.get(number).holds if h.resolved_at is None] == ["complaint_due"]

    decided = complaints.decide(c.id, "partly", "We refund the fan, not the shipping.", OWNER)
    assert (decided.decision, decided.decided_by, decided.decided_at) == ("partly", OWNER.name, NOW)
    assert not [h for h in service.get(number).holds if h.resolved_at is None]
    with pytest.raises(ValidationError, match="already decided"):
        complaints.decide(c.id, "accepted", "again", OWNER)
    with db.session() as s:
        answers = s.scalars(select(OutboxRow).where(OutboxRow.kind == "complaint_answered")).all()
    assert len(answers) == 1
    body = answers[0].payload["body"]
    assert "uznana częściowo" in body and "We refund the fan, not the shipping." in body and "{" not in body


def test_russian_customer_gets_russian_text_and_list_sorts_open_by_due_date(db, desk):
    service, complaints = desk
    pl = make_order(service)
    ru = make_order(service, name="Иван Петров", email="ivan@example.ru")
    with db.session(write=True) as s:
        row = s.scalar(select(OrderRow).where(OrderRow.number == ru))
        row.country, row.customer.language = "RU", "ru"
    late = complaints.create(pl, "wrong colour", "replacement", OWNER)  # due 12-15
    soon = complaints.create(ru, "верните деньги", "refund", OWNER)  # due 12-11
    done = complaints.create(pl, "scratched", "price_reduction", OWNER)
    complaints.decide(done.id, "rejected", "The scratch is not a defect.", OWNER)
    assert [c.id for c in complaints.list()] == [soon.id, late.id, done.id]
    assert [c.id for c in complaints.list(open_only=True)] == [soon.id, late.id]
    assert [c.id for c in complaints.list(order_number=ru)] == [soon.id]
    assert soon.overdue(date(2026, 12, 12)) and not soon.overdue(date(2026, 12, 11))
    with db.session() as s:
        mail = s.scalar(select(OutboxRow).where(OutboxRow.idempotency_key.like(f"%complaint{soon.id}:%")))
    assert "претензия" in mail.payload["body"] and "2026-12-11" in mail.payload["body"]


def test_no_email_address_means_a_history_note_not_a_message_with_a_hole(db, desk):
    service, complaints = desk
    number = make_order(service, email="")
    complaints.create(number, "broken", "repair", OWNER)
    with db.session() as s:
        rows = s.scalars(select(OutboxRow).where(OutboxRow.kind == "complaint_received")).all()
    # the fallback channel (SMS) carries it, complete
    assert all("{" not in r.payload["body"] and r.payload["body"] for r in rows)
    assert all(r.channel == "sms" for r in rows)


def test_a_complaint_names_only_a_return_of_its_own_order(db, desk):
    from orderdesk.services.returns import ReturnService
    from orderdesk.services.returns.creating import ReturnRequestLine
    from tests.unit.services.returns.helpers import delivered_order

    service, complaints = desk
    number, other = delivered_order(service), delivered_order(service)
    r = ReturnService(service).create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER)
    c = complaints.create(number, "The mug arrived broken", "refund", OWNER, return_number=r.number.lower())
    assert c.return_number == r.number
    with pytest.raises(ValidationError, match="has no return"):
        complaints.create(other, "broken", "refund", OWNER, return_number=r.number)
    with pytest.raises(ValidationError, match="has no return"):
        complaints.create(number, "broken", "refund", OWNER, return_number="R-1999-00001")
    assert [x.id for x in complaints.list()] == [c.id]


@pytest.mark.parametrize(
    ("language", "decision", "said", "subject"),
    [
        ("ru", "rejected", "My Shop: ваша претензия по заказу {n} отклонена. Не гарантийный случай.", "Ответ на претензию по заказу {n}"),
        ("zh", "accepted", "My Shop：您对订单 {n} 的投诉已受理。Не гарантийный случай.", "订单 {n} 投诉的答复"),
        ("en", "partly", "My Shop: your complaint about order {n} is partly accepted. Не гарантийный случай.", "Your complaint about order {n}"),
        ("de", "accepted", "My Shop: your complaint about order {n} is accepted. Не гарантийный случай.", "Your complaint about order {n}"),
    ],
)  # fmt: skip
def test_the_answer_goes_out_on_the_decision_in_the_customers_language(db, desk, language, decision, said, subject):
    service, complaints = desk
    number = make_order(service)
    with db.session(write=True) as s:
        s.scalar(select(OrderRow).where(OrderRow.number == number)).customer.language = language
    c = complaints.create(number, "broken", "refund", OWNER)

    def answers():
        with db.session() as s:
            return s.scalars(select(OutboxRow).where(OutboxRow.kind == "complaint_answered")).all()

    assert answers() == []  # nothing is answered before the decision
    complaints.decide(c.id, decision, "Не гарантийный случай.", OWNER)
    (answer,) = answers()
    assert said.format(n=number) in answer.payload["body"]  # another language gets English
    assert answer.payload["subject"] == subject.format(n=number)
    assert answer.idempotency_key.endswith(f"complaint{c.id}:complaint_answered:email")
