"""Two desks running the automation at the same moment, on SQLite and PostgreSQL, as separate
processes: the second payment reminder, the cancel after K days (stock released, the customer
told) and the late marker each fire exactly once per order. Both through the round (its lease)
and through the rules alone (``run_rules``: the claim of each firing is all that stops a twin)."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from orderdesk.models import AutomationFiringRow, HistoryRow, OrderRow, OutboxRow, ProductRow, utcnow

START = utcnow()
ROUNDS = 3


def _desk(url: str, hours: float, mode: str, barrier) -> list[tuple[str, str]]:
    from orderdesk.db import Database
    from orderdesk.services.automation import Automation
    from orderdesk.wiring import declare_all_settings, order_service

    db = Database.open(url)
    declare_all_settings()
    now = START + timedelta(hours=hours)
    automation = Automation(order_service(db), clock=lambda: now)
    automation.batch = 2  # several batches per rule, so the two desks interleave
    barrier.wait()
    done: list[tuple[str, str]] = []
    try:
        for _ in range(ROUNDS):
            result = automation.run_round() if mode == "round" else automation.run_rules()
            done += [(a.rule, a.number) for a in result.actions]
    finally:
        db.dispose()
    return done


def _both(pool, barrier, url: str, hours: float, mode: str) -> list[tuple[str, str]]:
    outcomes = pool.starmap(_desk, [(url, hours, mode, barrier), (url, hours, mode, barrier)])
    return outcomes[0] + outcomes[1]


def _per_order(db, numbers: list[str], **where) -> Counter:
    with db.session() as s:
        ids = dict(s.execute(select(OrderRow.id, OrderRow.number).where(OrderRow.number.in_(numbers))).all())
        rows = s.scalars(select(HistoryRow).filter_by(**where).where(HistoryRow.order_id.in_(ids))).all()
        return Counter(ids[h.order_id] for h in rows)


@pytest.mark.parametrize("mode", ["round", "rules"])
def test_each_rule_fires_once_across_two_processes(shop_url, mode):
    from orderdesk.db import Database
    from orderdesk.settings import Settings
    from orderdesk.wiring import declare_all_settings, order_service
    from orderdesk.workflow import MoveRequest, Status
    from tests.factories import OWNER, make_order, stock_products

    db = Database.open(shop_url)
    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    settings = Settings(db)
    for key, value in {
        "messaging.payment_link": "https://pay.example/{order_number}",
        "messaging.manager_email": "boss@example.com",
        "automation.payment_second_reminder_hours": "72",
        "automation.cancel_unpaid_days": "7",
        "automation.late_hours": "24",
    }.items():
        settings.set(key, value)
    unpaid = []
    for _ in range(5):
        number = make_order(service, lines=(("FAN-3", 1),))
        service.move(number, MoveRequest(Status.CONFIRMED), OWNER)
        service.move(number, MoveRequest(Status.AWAITING_PAYMENT), OWNER)
        unpaid.append(number)
    waiting = [make_order(service, lines=(("MUG-1", 1),)) for _ in range(5)]  # new: late after 24 hours

    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Manager().Barrier(2)
    with ctx.Pool(2) as pool:
        first = _both(pool, barrier, shop_url, 73, mode)  # the second reminder is due; the new orders are late
        assert sorted(first) == sorted([("second-reminder", n) for n in unpaid] + [("late", n) for n in waiting])
        second = _both(pool, barrier, shop_url, 7 * 24 + 1, mode)  # a week unpaid: cancelled
        assert sorted(second) == sorted(("cancel-unpaid", n) for n in unpaid)
        assert _both(pool, barrier, shop_url, 7 * 24 + 2, mode) == []

    assert _per_order(db, unpaid, kind="automation", to_value="second-reminder") == Counter(unpaid)
    assert _per_order(db, waiting, kind="automation", to_value="late") == Counter(waiting)
    assert _per_order(db, unpaid, kind="status", to_value="cancelled", actor="automation") == Counter(unpaid)
    with db.session() as s:
        assert {service.get(n).status for n in unpaid} == {Status.CANCELLED}
        fan = s.scalar(select(ProductRow).where(ProductRow.sku == "FAN-3"))
        # Nothing held for them (stock is reserved from assembling on) and none consumed: all 10 for sale.
        assert (fan.reserved, fan.stock_on_hand) == (0, 10)
        firings = Counter(s.execute(select(AutomationFiringRow.rule)).scalars())
        assert firings == Counter({"second-reminder": 5, "late": 5, "cancel-unpaid": 5})
        ids = {oid: n for oid, n in s.execute(select(OrderRow.id, OrderRow.number))}
        told = Counter(
            (ids[o.order_id], o.kind, o.channel)
            for o in s.scalars(select(OutboxRow).where(OutboxRow.kind.in_(("cancelled", "payment_reminder"))))
            if o.kind == "cancelled" or "payment_reminder2" in o.idempotency_key
        )
        for number in unpaid:  # the customer is told once on each channel
            for kind in ("cancelled", "payment_reminder"):
                channels = {c: n for (o, k, c), n in told.items() if o == number and k == kind}
                assert channels and set(channels.values()) == {1}, (number, kind, channels)
        alerts = [
            o.payload["body"] for o in s.scalars(select(OutboxRow).where(OutboxRow.recipient == "boss@example.com"))
        ]
        listed = Counter(n for body in alerts for n in waiting if n in body)
        assert listed == Counter(waiting)  # each late order in one manager e-mail
    db.dispose()
