"""Rules inside the change's own transaction: a new order that needs no call is confirmed as it is
stored, an order paid in full later is confirmed with the payment, the customer's "confirmed"
message is queued in that same commit, and the round and the listener never both fire."""

from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy import select

from orderdesk.errors import ConflictError
from orderdesk.models import AutomationFiringRow, HistoryRow, OrderRow, OutboxRow, utcnow
from orderdesk.money import Money
from orderdesk.services.automation import Automation
from orderdesk.settings import Settings
from orderdesk.wiring import declare_all_settings, order_service
from orderdesk.workflow import Status
from tests.factories import OWNER, make_order, stock_products


@pytest.fixture
def desk(db):
    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    settings = Settings(db)
    return service, settings


def statuses(db, number: str) -> list[tuple[str, str]]:
    with db.session() as s:
        oid = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        rows = s.scalars(select(HistoryRow).where(HistoryRow.order_id == oid, HistoryRow.kind == "status"))
        return [(h.to_value, h.actor) for h in rows]


def outbox_kinds(db, number: str) -> list[str]:
    with db.session() as s:
        oid = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        return [r.kind for r in s.scalars(select(OutboxRow).where(OutboxRow.order_id == oid))]


def test_a_paid_order_is_confirmed_as_it_is_stored_with_its_message(desk, db):
    service, settings = desk
    settings.set("automation.auto_confirm", "yes")
    number = make_order(service, paid=100_000)
    assert service.get(number).status is Status.CONFIRMED
    assert statuses(db, number) == [("confirmed", "automation")]
    assert "confirmed" in outbox_kinds(db, number)
    assert Automation(service, clock=utcnow).run_round().actions == []  # nothing left for the round
    with db.session() as s:
        assert [(f.rule, f.step.startswith("h")) for f in s.scalars(select(AutomationFiringRow))] == [
            ("auto-confirm", True)
        ]


def test_an_order_that_needs_a_call_is_left_new(desk, db):
    service, settings = desk
    settings.set("automation.auto_confirm", "yes")
    unpaid = make_order(service)
    short = make_order(service, lines=(("MUG-1", 50),), paid=10_000_000)
    cod = make_order(service, payment="cash_on_delivery")
    assert {service.get(n).status for n in (unpaid, short, cod)} == {Status.NEW}
    assert all(statuses(db, n) == [] for n in (unpaid, short, cod))


def test_rule_off_nothing_happens_on_creation(desk):
    service, _settings = desk
    assert service.get(make_order(service, paid=100_000)).status is Status.NEW


def test_paid_in_full_later_confirms_with_the_payment(desk, db):
    service, settings = desk
    settings.set("automation.auto_confirm", "yes")
    number = make_order(service)
    total = service.get(number).total
    service.record_payment(number, Money(total.minor - 100, total.currency), OWNER)
    assert service.get(number).status is Status.NEW  # partly paid: still needs a call
    service.record_payment(number, Money(100, total.currency), OWNER)
    assert service.get(number).status is Status.CONFIRMED
    assert statuses(db, number) == [("confirmed", "automation")]


def test_already_fired_elsewhere_does_not_fire_again(desk, db):
    """Another PC's round claimed this order and step first: the payment's listener leaves it."""
    service, settings = desk
    number = make_order(service)
    with db.session(write=True) as s:
        row = s.scalar(select(OrderRow).where(OrderRow.number == number))
        created = s.scalar(select(HistoryRow.id).where(HistoryRow.order_id == row.id, HistoryRow.kind == "create"))
        s.add(AutomationFiringRow(order_id=row.id, rule="auto-confirm", step=f"h{created}", at=utcnow()))
    settings.set("automation.auto_confirm", "yes")
    total = service.get(number).total
    service.record_payment(number, total, OWNER)
    assert service.get(number).status is Status.NEW
    assert service.get(number).amount_paid == total  # the payment itself stands


def _pay_in_a_process(url: str, number: str, barrier) -> None:
    from orderdesk.db import Database

    db = Database.open(url)
    service = order_service(db)
    total = service.get(number).total
    barrier.wait()
    try:  # both pay half: the second one completes the payment and fires the rule
        for _attempt in range(10):
            try:
                service.record_payment(number, Money(total.minor // 2, total.currency), OWNER)
                return
            except ConflictError:  # the other payment won the row: try again, as a person would
                continue
        raise AssertionError("payment never went through")
    finally:
        db.dispose()


def _round_in_a_process(url: str, barrier) -> int:
    from orderdesk.db import Database

    db = Database.open(url)
    barrier.wait()
    try:
        return len(Automation(order_service(db), clock=utcnow).run_round().actions)
    finally:
        db.dispose()


def _race(db, service, settings) -> list[str]:
    """Orders paid in full while rounds run in two other processes: each confirmed once."""
    numbers = []
    for _ in range(4):
        number = make_order(service, lines=(("MUG-1", 1),))  # 25 + 15 shipping: halves of 20.00
        numbers.append(number)
    settings.set("automation.auto_confirm", "yes")
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Manager().Barrier(4)
    with ctx.Pool(4) as pool:
        rounds = [pool.apply_async(_round_in_a_process, (db.url, barrier)) for _ in range(2)]
        payers = [pool.apply_async(_pay_in_a_process, (db.url, numbers[0], barrier)) for _ in range(2)]
        for job in payers + rounds:
            job.get(timeout=120)
    for number in numbers[1:]:
        service.record_payment(number, service.get(number).total, OWNER)
    return numbers


def test_payments_and_rounds_in_several_processes_confirm_once(desk, db):
    service, settings = desk
    numbers = _race(db, service, settings)
    for number in numbers:
        assert service.get(number).status is Status.CONFIRMED
        assert statuses(db, number) == [("confirmed", "automation")]


def test_payments_and_rounds_in_several_processes_on_postgresql(tmp_path):
    from orderdesk.db import Database
    from tests.support import postgres
    from tests.support.components import require

    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    with postgres.temporary_server() as url:
        db = Database.open(url)
        declare_all_settings()
        service = order_service(db)
        stock_products(service)
        try:
            numbers = _race(db, service, Settings(db))
            for number in numbers:
                assert service.get(number).status is Status.CONFIRMED
                assert statuses(db, number) == [("confirmed", "automation")]
        finally:
            db.dispose()
