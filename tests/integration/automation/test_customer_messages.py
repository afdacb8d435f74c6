"""A message for every step a customer cares about, in their language and on the channels the
rules say, each switchable off in the rules: received, packed, in transit, delay, collected,
returned (the older ones — confirmed, paid, shipped, ready for pickup, delivered, cancelled,
refunded, review request — are covered by the messaging tests)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from orderdesk.models import OrderRow, OutboxRow
from orderdesk.services.messaging.rules import DEFAULT_RULES
from orderdesk.settings import Settings
from orderdesk.wiring import declare_all_settings, order_service
from orderdesk.workflow import Hold, MoveRequest, Status
from tests.factories import OWNER, make_order, packed_order, stock_products


@pytest.fixture
def desk(db):
    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    settings = Settings(db)
    settings.set("shop.name", "Sklep")
    settings.set("messaging.tracking_url", "https://track.example/{tracking_number}")
    return service, settings


def outbox(db, number: str) -> list[tuple[str, str, str]]:
    with db.session() as s:
        oid = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        rows = s.scalars(select(OutboxRow).where(OutboxRow.order_id == oid).order_by(OutboxRow.id))
        return [(r.kind, r.channel, r.payload.get("body", "")) for r in rows]


def rules_with(settings, **changes) -> None:
    settings.set("messaging.rules", json.dumps({**DEFAULT_RULES, **changes}))


def test_received_is_off_until_switched_on_then_in_the_customers_language(desk, db):
    service, settings = desk
    assert [k for k, _c, _b in outbox(db, make_order(service))] == []
    rules_with(settings, received={"*": ["sms", "email"]})
    number = make_order(service)  # the factory's customer writes Polish
    sent = outbox(db, number)
    assert [(k, c) for k, c, _b in sent] == [("received", "sms"), ("received", "email")]
    assert f"Sklep: otrzymaliśmy zamówienie {number}" in sent[0][2]


def test_packed_in_transit_and_returned(desk, db):
    service, settings = desk
    rules_with(settings, packed={"*": ["email"]})
    number = packed_order(service)
    assert ("packed", "email") in [(k, c) for k, c, _b in outbox(db, number)]
    service.move(
        number, MoveRequest(Status.SHIPPED), OWNER, shipment={"carrier": "own_courier", "tracking_number": "OC123"}
    )
    service.move(number, MoveRequest(Status.IN_TRANSIT), OWNER)
    in_transit = [b for k, _c, b in outbox(db, number) if k == "in_transit"]
    assert len(in_transit) == 1 and "OC123" in in_transit[0] and "https://track.example/OC123" in in_transit[0]
    service.move(number, MoveRequest(Status.RETURNED, reason="refused at the door"), OWNER)
    assert [c for k, c, _b in outbox(db, number) if k == "returned"] == ["email"]


def test_delay_is_sent_once_per_delayed_hold_and_can_be_switched_off(desk, db):
    service, settings = desk
    number = make_order(service)
    service.add_hold(number, Hold.DELAYED, "the van broke down", OWNER)
    service.add_hold(number, Hold.DELAYED, "still waiting", OWNER)  # the same hold: told once
    delays = [(c, b) for k, c, b in outbox(db, number) if k == "delay"]
    assert [c for c, _b in delays] == ["sms", "email"]
    assert "opóźnione" in delays[0][1] and "van" not in delays[0][1]  # the desk's reason stays inside
    rules_with(settings, delay={"*": []})
    other = make_order(service)
    service.add_hold(other, Hold.DELAYED, "the van broke down", OWNER)
    assert [k for k, _c, _b in outbox(db, other) if k == "delay"] == []


def test_collected_is_told(desk, db):
    service, _settings = desk
    number = packed_order(service, delivery="pickup_shop")
    detail = service.move(number, MoveRequest(Status.READY_FOR_PICKUP), OWNER)
    service.move(number, MoveRequest(Status.COLLECTED, pickup_code=detail.pickup_code, payment_minor=detail.amount_due_minor), OWNER)  # fmt: skip
    assert "collected" in [k for k, _c, _b in outbox(db, number)]


def test_rules_saved_before_new_events_existed_follow_their_defaults(desk, db):
    service, settings = desk
    old = {k: v for k, v in DEFAULT_RULES.items() if k not in ("delay", "in_transit", "returned", "collected")}
    settings.set("messaging.rules", json.dumps(old))
    number = make_order(service)
    service.add_hold(number, Hold.DELAYED, "late supplier", OWNER)
    assert [k for k, _c, _b in outbox(db, number) if k == "delay"] == ["delay", "delay"]
