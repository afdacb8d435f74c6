"""Complaint reminders in the automation round (fixed clock): the order goes under Needs
attention N days before the answer date, is flagged overdue after it, each step once, also
with two processes running rounds at the same moment (SQLite and PostgreSQL): one hold, one
firing and one e-mail to the manager per complaint and step."""

from __future__ import annotations

import multiprocessing
from datetime import datetime

import pytest
from sqlalchemy import select

from orderdesk.models import AutomationFiringRow, HoldRow
from orderdesk.services.automation import Automation
from orderdesk.services.complaints import ComplaintService
from orderdesk.settings import Settings
from orderdesk.wiring import declare_all_settings, order_service
from tests.factories import OWNER, make_order, stock_products

RECEIVED = datetime(2026, 12, 1, 9, 0)  # a Polish order: due 2026-12-15


def round_on(service, day: datetime) -> list[tuple[str, str, str]]:
    result = Automation(service, clock=lambda: day).run_round()
    return [(a.rule, a.number, a.what) for a in result.actions if a.rule == "complaint"]


@pytest.fixture
def desk(db):
    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    Settings(db).set("automation.late_hours", "0")
    return service


def active_holds(db, number: str) -> list[HoldRow]:
    from orderdesk.models import OrderRow

    with db.session() as s:
        oid = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        return list(s.scalars(select(HoldRow).where(HoldRow.order_id == oid, HoldRow.resolved_at.is_(None))))


def test_reminder_before_the_date_then_overdue_each_once(desk, db):
    number = make_order(desk)
    c = ComplaintService(desk, clock=lambda: RECEIVED).create(number, "broken", "repair", OWNER)
    assert round_on(desk, datetime(2026, 12, 11, 8)) == []  # 4 days left, reminder at 3
    assert active_holds(db, number) == []

    fired = round_on(desk, datetime(2026, 12, 12, 8))
    assert [(r, n) for r, n, _w in fired] == [("complaint", number)]
    holds = active_holds(db, number)
    assert [h.kind for h in holds] == ["complaint_due"] and "2026-12-15" in holds[0].reason
    assert round_on(desk, datetime(2026, 12, 13, 8)) == []  # once per step

    overdue = round_on(desk, datetime(2026, 12, 16, 8))
    assert len(overdue) == 1 and "overdue" in overdue[0][2]
    holds = active_holds(db, number)
    assert len(holds) == 1 and "overdue" in holds[0].reason
    assert round_on(desk, datetime(2026, 12, 20, 8)) == []

    ComplaintService(desk, clock=lambda: datetime(2026, 12, 20, 9)).decide(c.id, "accepted", "Repaired.", OWNER)
    assert active_holds(db, number) == []


def test_the_manager_is_emailed_once_per_step(desk, db):
    from orderdesk.models import OutboxRow

    Settings(desk.db).set("messaging.manager_email", "boss@example.com")
    number = make_order(desk)
    ComplaintService(desk, clock=lambda: RECEIVED).create(number, "Kubek pęknięty", "repair", OWNER)
    for day in (12, 13, 16, 17):
        round_on(desk, datetime(2026, 12, day, 8))
    with db.session() as s:
        mails = s.query(OutboxRow).filter(OutboxRow.recipient == "boss@example.com").order_by(OutboxRow.id).all()
    assert len(mails) == 2
    assert "2026-12-15" in mails[0].payload["subject"] and number in mails[0].payload["body"]
    assert "Kubek pęknięty" in mails[0].payload["body"] and "overdue" in mails[1].payload["body"]


def test_decided_complaints_and_dry_runs_leave_orders_alone(desk, db):
    number = make_order(desk)
    complaints = ComplaintService(desk, clock=lambda: RECEIVED)
    c = complaints.create(number, "broken", "repair", OWNER)
    dry = Automation(desk, clock=lambda: datetime(2026, 12, 20)).run_round(dry_run=True)
    assert [a.rule for a in dry.actions] == ["complaint"]
    with db.session() as s:
        assert s.query(AutomationFiringRow).count() == 0
    complaints.decide(c.id, "rejected", "Not covered.", OWNER)
    assert round_on(desk, datetime(2026, 12, 20)) == []
    assert active_holds(db, number) == []


def test_remind_days_zero_flags_only_when_overdue(desk, db):
    Settings(desk.db).set("complaints.remind_days_before", "0")
    number = make_order(desk)
    ComplaintService(desk, clock=lambda: RECEIVED).create(number, "broken", "repair", OWNER)
    assert round_on(desk, datetime(2026, 12, 14, 23)) == []
    assert round_on(desk, datetime(2026, 12, 15, 8))  # the day itself: answer today
    assert [h.kind for h in active_holds(db, number)] == ["complaint_due"]


def test_a_round_walks_every_batch_of_due_complaints(desk, db):
    """More due complaints than one read holds: the round reminds them all, the dry run names them
    all, and a complaint another PC took meanwhile does not stop the walk."""
    numbers = [make_order(desk) for _ in range(7)]
    complaints = ComplaintService(desk, clock=lambda: RECEIVED)
    for n in numbers:
        complaints.create(n, "broken", "repair", OWNER)
    day = datetime(2026, 12, 13, 8)

    def automation() -> Automation:
        round_ = Automation(desk, clock=lambda: day)
        round_.batch = 3  # 7 complaints: three reads of 3, 3 and 1
        return round_

    dry = [a.number for a in automation().run_round(dry_run=True).actions if a.rule == "complaint"]
    assert sorted(dry) == sorted(numbers)
    with db.session(write=True) as s:  # another PC fired the fourth one's step already
        from orderdesk.models import ComplaintRow, OrderRow

        fourth = s.scalar(select(ComplaintRow).join(OrderRow).where(OrderRow.number == numbers[3]))
        s.add(AutomationFiringRow(order_id=fourth.order_id, rule="complaint", step=f"c{fourth.id}:before", at=day))
    fired = [a.number for a in automation().run_round().actions if a.rule == "complaint"]
    assert sorted(fired) == sorted(n for n in numbers if n != numbers[3])
    for n in fired:
        assert [h.kind for h in active_holds(db, n)] == ["complaint_due"]
    assert [a for a in automation().run_round().actions if a.rule == "complaint"] == []


def _round_in_a_process(url: str, day: datetime, barrier) -> int:
    from orderdesk.db import Database

    db = Database.open(url)
    service = order_service(db)
    barrier.wait()
    total = 0
    for _ in range(3):
        total += len(round_on(service, day))
    db.dispose()
    return total


def _two_processes(db, url: str) -> None:
    from orderdesk.models import OutboxRow

    Settings(db).set("messaging.manager_email", "boss@example.com")
    service = order_service(db)
    numbers = [make_order(service) for _ in range(4)]
    complaints = ComplaintService(service, clock=lambda: RECEIVED)
    for n in numbers:
        complaints.create(n, "broken", "repair", OWNER)
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Manager().Barrier(2)
    # Both steps, each raced by two processes: the reminder 2 days before the date, then overdue.
    for step, day in enumerate((datetime(2026, 12, 13, 8), datetime(2026, 12, 16, 8)), start=1):
        with ctx.Pool(2) as pool:
            counts = pool.starmap(_round_in_a_process, [(url, day, barrier), (url, day, barrier)])
        assert sum(counts) == len(numbers)
        with db.session() as s:
            firings = s.query(AutomationFiringRow).filter(AutomationFiringRow.rule == "complaint").count()
            mails = s.query(OutboxRow).filter(OutboxRow.recipient == "boss@example.com").all()
        assert firings == step * len(numbers)
        assert len(mails) == step * len(numbers)  # the manager is told once per complaint and step
        assert len({m.idempotency_key for m in mails}) == len(mails)
        for n in numbers:
            holds = active_holds(db, n)
            assert len(holds) == 1 and ("overdue" in holds[0].reason) is (step == 2)


def test_two_processes_fire_each_reminder_once(desk, db):
    _two_processes(db, db.url)


def test_two_processes_on_postgresql_fire_each_reminder_once(tmp_path):
    from orderdesk.db import Database
    from tests.support import postgres
    from tests.support.components import require

    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    with postgres.temporary_server() as url:
        db = Database.open(url)
        declare_all_settings()
        stock_products(order_service(db))
        Settings(db).set("automation.late_hours", "0")
        _two_processes(db, url)
        db.dispose()
