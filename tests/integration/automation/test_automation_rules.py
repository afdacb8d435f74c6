"""The automation rules with a fixed clock: each fires when it should, not when it should not,
once per order and step — also with two processes running rounds at the same moment."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta

import pytest

from orderdesk.models import AutomationFiringRow, HistoryRow, OutboxRow, utcnow
from orderdesk.services.automation import Automation
from orderdesk.settings import Settings
from orderdesk.wiring import declare_all_settings, order_service
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products


@pytest.fixture
def desk(db):
    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    settings = Settings(db)
    settings.set("messaging.payment_link", "https://pay.example/{order_number}")
    return service, settings


def automation(service, hours: float = 0.0) -> Automation:
    now = utcnow() + timedelta(hours=hours)
    return Automation(service, clock=lambda: now)


def history(db, number: str, kind: str) -> list[HistoryRow]:
    from sqlalchemy import select

    from orderdesk.models import OrderRow

    with db.session() as s:
        oid = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        return list(s.scalars(select(HistoryRow).where(HistoryRow.order_id == oid, HistoryRow.kind == kind)))


def test_auto_confirm_fires_for_an_order_that_needs_no_call_and_only_once(desk, db):
    service, settings = desk
    # Orders stored before the rule was switched on: the round confirms them (one stored after is
    # confirmed in its own creating transaction, test_rules_in_transaction.py).
    total = service.get(make_order(service)).total.minor
    paid = make_order(service, paid=total)
    unpaid = make_order(service)
    cod = make_order(service, payment="cash_on_delivery")
    short = make_order(service, lines=(("MUG-1", 50),), paid=10_000_000)
    settings.set("automation.auto_confirm", "yes")

    result = automation(service).run_round()
    assert [(a.rule, a.number) for a in result.actions] == [("auto-confirm", paid)]
    assert service.get(paid).status is Status.CONFIRMED
    assert {service.get(n).status for n in (unpaid, cod, short)} == {Status.NEW}
    moved = [h for h in history(db, paid, "status") if h.to_value == "confirmed"]
    assert moved[0].actor == "automation" and "auto-confirm" in moved[0].reason
    assert any(f"{short}: not in stock" in line for line in result.skipped)
    with db.session() as s:  # the customer is told, through the usual outbox
        assert s.query(OutboxRow).filter(OutboxRow.kind == "confirmed").count() >= 1
    assert automation(service).run_round().actions == []


def test_auto_confirm_is_off_by_default(desk):
    service, _settings = desk
    number = make_order(service, paid=100_000)
    automation(service).run_round()
    assert service.get(number).status is Status.NEW


def test_auto_confirm_leaves_flagged_phones_and_first_orders_to_the_owner(desk):
    service, settings = desk
    settings.set("automation.auto_confirm", "yes")
    settings.set("automation.call_phones", "+48 600 999 888; 601 000 111")
    settings.set("automation.call_first_orders", "yes")
    returning = "+48 600 222 333"
    total = service.get(make_order(service)).total.minor

    def customer(phone: str, email: str) -> str:
        return make_order(service, phone=phone, email=email, name=email.split("@")[0], paid=total)

    customer(returning, "jan@example.pl")  # an earlier order of this customer
    again = customer(returning, "jan@example.pl")
    flagged = customer("600999888", "ewa@example.pl")  # written another way
    first = customer("+48 600 444 555", "olga@example.pl")

    # Rules also run in the creating transaction, so the returning customer's order is confirmed
    # already; the round leaves the other two to the owner and says why.
    result = automation(service).run_round()
    assert service.get(again).status is Status.CONFIRMED
    confirmed = {a.number for a in result.actions}
    assert flagged not in confirmed and first not in confirmed
    assert any(f"{flagged}: the customer's phone is flagged" in line for line in result.skipped)
    assert any(f"{first}: the customer's first order" in line for line in result.skipped)
    assert service.get(flagged).status is Status.NEW

    settings.set("automation.call_first_orders", "no")
    assert first in {a.number for a in automation(service).run_round().actions}


def awaiting(service) -> str:
    number = make_order(service)
    service.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    service.move(number, MoveRequest(Status.AWAITING_PAYMENT), OWNER)
    return number


def test_payment_chasing_second_reminder_then_cancel_with_the_customer_told(desk, db):
    service, settings = desk
    settings.set("automation.payment_second_reminder_hours", "72")
    settings.set("automation.cancel_unpaid_days", "7")
    number = awaiting(service)

    assert automation(service, hours=71).run_round().actions == []
    second = automation(service, hours=73).run_round()
    assert [(a.rule, a.number) for a in second.actions] == [("second-reminder", number)]
    assert automation(service, hours=80).run_round().actions == []  # once per stay
    with db.session() as s:
        reminders = s.query(OutboxRow).filter(OutboxRow.kind == "payment_reminder").all()
        assert reminders and all(r.idempotency_key.endswith(("payment_reminder2:sms", "payment_reminder2:email")) or
                                 "payment_reminder2" in r.idempotency_key for r in reminders)  # fmt: skip

    cancelled = automation(service, hours=7 * 24 + 1).run_round()
    assert [(a.rule, a.number) for a in cancelled.actions] == [("cancel-unpaid", number)]
    order = service.get(number)
    assert order.status is Status.CANCELLED
    last = history(db, number, "status")[-1]
    assert last.actor == "automation" and "cancel-unpaid" in last.reason
    with db.session() as s:
        assert s.query(OutboxRow).filter(OutboxRow.kind == "cancelled").count() >= 1


def test_dry_run_changes_nothing(desk, db):
    service, settings = desk
    number = make_order(service, paid=100_000)
    settings.set("automation.auto_confirm", "yes")
    result = automation(service).run_round(dry_run=True)
    assert [a.rule for a in result.actions] == ["auto-confirm"]
    assert service.get(number).status is Status.NEW
    with db.session() as s:
        assert s.query(AutomationFiringRow).count() == 0


def test_late_orders_noted_once_and_manager_told(desk, db):
    service, settings = desk
    settings.set("automation.late_hours", "24")
    settings.set("messaging.manager_email", "boss@example.com")
    number = make_order(service)
    first = automation(service, hours=25).run_round()
    assert [(a.rule, a.number) for a in first.actions] == [("late", number)]
    assert automation(service, hours=30).run_round().actions == []
    notes = history(db, number, "automation")
    assert len(notes) == 1 and notes[0].to_value == "late"
    with db.session() as s:
        alerts = s.query(OutboxRow).filter(OutboxRow.recipient == "boss@example.com").all()
        assert len(alerts) == 1 and number in alerts[0].payload["body"]


def _round_in_a_process(url: str, hours: float, barrier) -> int:
    from orderdesk.db import Database

    db = Database.open(url)
    service = order_service(db)
    barrier.wait()
    total = 0
    for _ in range(3):
        total += len(automation(service, hours).run_round().actions)
    db.dispose()
    return total


def test_two_processes_fire_each_rule_once(desk, db, tmp_path):
    service, settings = desk
    settings.set("automation.late_hours", "0")
    numbers = [make_order(service, paid=100_000, lines=(("MUG-1", 1),)) for _ in range(6)]
    settings.set("automation.auto_confirm", "yes")  # after: the round, not the creating transaction
    url = db.url
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Manager().Barrier(2)
    with ctx.Pool(2) as pool:
        counts = pool.starmap(_round_in_a_process, [(url, 0.0, barrier), (url, 0.0, barrier)])
    assert sum(counts) == len(numbers)
    assert {service.get(n).status for n in numbers} == {Status.CONFIRMED}
    for n in numbers:
        confirmed = [h for h in history(db, n, "status") if h.to_value == "confirmed"]
        assert len(confirmed) == 1


def test_two_processes_on_postgresql_fire_each_rule_once(tmp_path):
    from orderdesk.db import Database
    from tests.support import postgres
    from tests.support.components import require

    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    with postgres.temporary_server() as url:
        db = Database.open(url)
        declare_all_settings()
        service = order_service(db)
        stock_products(service)
        numbers = [make_order(service, paid=100_000, lines=(("MUG-1", 1),)) for _ in range(6)]
        Settings(db).set("automation.auto_confirm", "yes")  # after: the round, not the creating transaction
        ctx = multiprocessing.get_context("spawn")
        barrier = ctx.Manager().Barrier(2)
        with ctx.Pool(2) as pool:
            counts = pool.starmap(_round_in_a_process, [(url, 0.0, barrier), (url, 0.0, barrier)])
        assert sum(counts) == len(numbers)
        for n in numbers:
            assert len([h for h in history(db, n, "status") if h.to_value == "confirmed"]) == 1
        db.dispose()


def test_late_targets_per_status(desk, db):
    service, settings = desk
    settings.set("automation.late_hours", "48")
    settings.set("automation.late_hours_by_status", "new=4")
    new = make_order(service)
    confirmed = make_order(service)
    service.move(confirmed, MoveRequest(Status.CONFIRMED), OWNER)
    assert automation(service, hours=3).run_round().actions == []
    first = automation(service, hours=5).run_round()
    assert [(a.rule, a.number) for a in first.actions] == [("late", new)]
    assert "4 hours" in first.actions[0].what
    later = automation(service, hours=49).run_round()
    assert [(a.rule, a.number) for a in later.actions] == [("late", confirmed)]  # once each


def test_cancel_unpaid_says_no_stock_was_reserved_for_an_order_that_held_none(desk, db):
    service, settings = desk
    settings.set("automation.cancel_unpaid_days", "7")
    number = awaiting(service)
    before = {p.sku: p.reserved for p in service.products()}
    (action,) = automation(service, hours=7 * 24 + 1).run_round().actions
    assert "no stock was reserved" in action.what and "released" not in action.what
    assert {p.sku: p.reserved for p in service.products()} == before
    last = history(db, number, "status")[-1]
    assert last.to_value == "cancelled" and not last.details.get("released")


def test_cancel_unpaid_releases_stock_an_order_held_from_earlier(desk, db):
    """An awaiting-payment order normally holds no stock; one whose lines were reserved earlier
    (an older version's data, a correction) gets it released by the cancel, and says so."""
    from sqlalchemy import select

    from orderdesk.models import OrderRow
    from orderdesk.services.stock import allocation

    service, settings = desk
    settings.set("automation.cancel_unpaid_days", "7")
    number = awaiting(service)
    with db.session(write=True) as s:
        row = s.scalar(select(OrderRow).where(OrderRow.number == number))
        reserved, short = allocation.reserve_lines(s, row, "test", "reserved earlier")
    assert reserved and not short
    held = {p.sku: p.reserved for p in service.products()}
    assert all(held[sku] >= n for sku, n in reserved.items())

    dry = automation(service, hours=7 * 24 + 1).run_round(dry_run=True)
    assert "reserved stock released" in dry.actions[0].what  # the dry run says what would happen
    (action,) = automation(service, hours=7 * 24 + 1).run_round().actions
    sku, qty = next(iter(reserved.items()))
    assert f"reserved stock released: {sku} ×{qty}" in action.what
    after = {p.sku: p.reserved for p in service.products()}
    assert all(after[s] == held[s] - n for s, n in reserved.items())
    assert not any(line.reserved for line in service.get(number).lines)
    last = history(db, number, "status")[-1]
    assert last.actor == "automation" and last.details["released"] == reserved
