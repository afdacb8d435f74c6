"""The scheduled round never starves: each rule picks its candidates in SQL without the orders it
already fired for, batch after batch; and auto-complete is one of the rules (actor "automation",
its name in the history, 0 = off), run once per round, not also by the sync."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from orderdesk import cli
from orderdesk.models import HistoryRow, OrderRow, utcnow
from orderdesk.services.automation import Automation
from orderdesk.services.sync_round import run_sync_round
from orderdesk.settings import Settings
from orderdesk.wiring import declare_all_settings, order_service
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products

START = utcnow()


@pytest.fixture
def desk(db):
    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    settings = Settings(db)
    settings.set("messaging.payment_link", "https://pay.example/{order_number}")
    settings.set("automation.late_hours", "0")
    return service, settings


def automation(service, hours: float = 0.0, batch: int = 3) -> Automation:
    now = START + timedelta(hours=hours)
    auto = Automation(service, clock=lambda: now)
    auto.batch = batch
    return auto


def fired(result, rule: str) -> list[str]:
    return [a.number for a in result.actions if a.rule == rule]


def awaiting(service) -> str:
    number = make_order(service)
    service.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    service.move(number, MoveRequest(Status.AWAITING_PAYMENT), OWNER)
    return number


def collected(service) -> str:
    number = make_order(service, payment="on_pickup", delivery="pickup_shop")
    o = service.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    for status in (Status.ASSEMBLING, Status.PACKED, Status.READY_FOR_PICKUP):
        o = service.move(number, MoveRequest(status), OWNER)
    service.move(number, MoveRequest(Status.COLLECTED, pickup_code=o.pickup_code, payment_minor=o.total_minor), OWNER)
    return number


def test_reminded_orders_do_not_fill_the_batch_of_the_second_reminder(desk):
    service, settings = desk
    settings.set("automation.payment_second_reminder_hours", "72")
    first = [awaiting(service) for _ in range(3)]
    assert sorted(fired(automation(service, 73).run_round(), "second-reminder")) == sorted(first)
    later = [awaiting(service) for _ in range(4)]  # more than one batch after the three already reminded
    result = automation(service, 73).run_round()
    assert sorted(fired(result, "second-reminder")) == sorted(later)
    assert automation(service, 74).run_round().actions == []


def test_late_orders_already_noted_do_not_hide_the_others(desk):
    service, settings = desk
    settings.set("automation.late_hours", "24")
    first = [make_order(service) for _ in range(3)]
    assert sorted(fired(automation(service, 25).run_round(), "late")) == sorted(first)
    later = [make_order(service) for _ in range(5)]
    assert sorted(fired(automation(service, 25).run_round(), "late")) == sorted(later)


def test_new_orders_that_need_a_call_do_not_starve_those_that_need_none(desk):
    service, settings = desk
    unpaid = [make_order(service) for _ in range(7)]  # two batches and more of orders left to the owner
    paid = [make_order(service, paid=100_000, lines=(("MUG-1", 1),)) for _ in range(2)]
    settings.set("automation.auto_confirm", "yes")
    result = automation(service).run_round()
    assert sorted(fired(result, "auto-confirm")) == sorted(paid)
    assert len([line for line in result.skipped if "not paid online" in line]) == len(unpaid)


def test_auto_complete_is_an_automation_rule(desk, db):
    service, _settings = desk
    number = collected(service)
    assert fired(automation(service, 13 * 24).run_round(), "auto-complete") == []
    dry = automation(service, 15 * 24).run_round(dry_run=True)
    assert fired(dry, "auto-complete") == [number] and service.get(number).status is Status.COLLECTED
    assert fired(automation(service, 15 * 24).run_round(), "auto-complete") == [number]
    done = service.get(number)
    last = done.history[-1]
    assert done.status is Status.COMPLETED and last.actor == "automation" and "auto-complete" in last.reason
    assert automation(service, 16 * 24).run_round().actions == []


def test_auto_complete_zero_is_off(desk):
    service, settings = desk
    settings.set("workflow.auto_complete_days", "0")
    number = collected(service)
    assert automation(service, 400 * 24).run_round().actions == []
    assert service.get(number).status is Status.COLLECTED


def backdate(db, number: str, days: int) -> None:
    with db.session(write=True) as s:
        row = s.scalar(select(OrderRow).where(OrderRow.number == number))
        row.status_changed_at -= timedelta(days=days)


def test_the_sync_round_completes_through_the_rule_once(desk, db):
    service, _settings = desk
    number = collected(service)
    backdate(db, number, 15)
    result = run_sync_round(db, service, Settings(db), messages=False)
    assert result.auto_completed == [number]
    assert any(line.startswith(f"auto-complete: {number}") for line in result.automation)
    with db.session() as s:
        oid = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        moves = s.scalars(
            select(HistoryRow).where(HistoryRow.order_id == oid, HistoryRow.to_value == Status.COMPLETED.value)
        ).all()
    assert [(h.actor, h.kind) for h in moves] == [("automation", "status")]


def test_the_cli_dry_run_says_it_would_complete(desk, db, capsys):
    service, _settings = desk
    number = collected(service)
    backdate(db, number, 15)
    path = db.url.split("///", 1)[1]
    assert cli.main(["automation", "run", "--dry-run", "--db", path]) == 0
    out = capsys.readouterr().out
    assert f"auto-complete: {number}" in out and "Dry run" in out
    assert service.get(number).status is Status.COLLECTED
    assert cli.main(["automation", "run", "--json", "--db", path]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {"rule": "auto-complete", "order": number} in [
        {k: a[k] for k in ("rule", "order")} for a in report["actions"]
    ]
    assert service.get(number).status is Status.COMPLETED
