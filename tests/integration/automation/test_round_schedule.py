"""The automation round on its own schedule: due every automation.round_minutes across PCs, and
the rules run even when the carriers' sync fails."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from orderdesk.models import AutomationFiringRow, OrderRow, utcnow
from orderdesk.services.automation.schedule import last_round_at, run_scheduled_round
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.sync_round import run_sync_round
from orderdesk.settings import Settings
from orderdesk.wiring import declare_all_settings, order_service
from tests.factories import OWNER, make_order, packed_order, stock_products

START = utcnow()


@pytest.fixture
def desk(db):
    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    settings = Settings(db)
    settings.set("automation.late_hours", "1")
    return service, settings


def at(minutes: float):
    return lambda: START + timedelta(minutes=minutes)


def test_a_round_is_due_every_interval_whichever_desk_ran_the_last(desk, db):
    service, settings = desk
    assert settings.get("automation.round_minutes") == 15
    number = make_order(service)
    first = run_scheduled_round(service, clock=at(90))
    assert first.result is not None and [a.number for a in first.result.actions] == [number]
    assert last_round_at(settings) == START + timedelta(minutes=90)
    other_desk = order_service(db)  # another PC's window, same shop
    assert run_scheduled_round(other_desk, clock=at(100)).result is None  # 10 minutes later: not due
    assert run_scheduled_round(other_desk, clock=at(106)).result is not None  # 16 minutes: due
    settings.set("automation.round_minutes", "60")
    skipped = run_scheduled_round(service, clock=at(130))
    assert skipped.result is None and skipped.minutes == 60


class Broken(RuntimeError):
    pass


def _broken_carrier():
    raise Broken("the carrier's client could not be built")


def test_the_rules_run_when_the_tracking_sync_fails(desk, db):
    service, settings = desk
    parcel = packed_order(service)
    service.add_shipment(parcel, carrier="cdek", tracking_number="1000000001", actor=OWNER)
    registry = CarrierRegistry(settings, overrides={"cdek": _broken_carrier})
    late = make_order(service)
    with db.session(write=True) as s:  # waiting two hours in "new": the late rule fires
        row = s.scalar(select(OrderRow).where(OrderRow.number == late))
        row.status_changed_at -= timedelta(hours=2)
    with pytest.raises(Broken):
        run_sync_round(db, service, settings, registry=registry, messages=False)
    with db.session() as s:
        assert s.query(AutomationFiringRow).filter(AutomationFiringRow.rule == "late").count() == 1


def test_the_window_sync_leaves_the_rules_to_their_own_round(desk, db):
    service, settings = desk
    number = make_order(service)
    with db.session(write=True) as s:
        s.scalar(select(OrderRow).where(OrderRow.number == number)).status_changed_at -= timedelta(hours=2)
    result = run_sync_round(db, service, settings, registry=CarrierRegistry(settings), messages=False, automation=False)
    assert result.automation == []
    assert run_sync_round(db, service, settings, registry=CarrierRegistry(settings), messages=False).automation
