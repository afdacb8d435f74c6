"""Buying labels and syncing tracking end to end: real SQLite, real fakes over HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from orderdesk.domain import Actor
from orderdesk.errors import ValidationError
from orderdesk.models import TrackingEventRow
from orderdesk.services.carriers.base import CarrierOutcomeUnknown
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.shipping import ShippingService
from orderdesk.services.sync import TrackingSync, freshness
from orderdesk.settings import Settings
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, packed_order, stock_products

PACKER = Actor("Piotr (packer)")


@pytest.fixture
def registry(db, cdek, inpost, easypost):
    reg = CarrierRegistry(
        Settings(db), overrides={"cdek": lambda: cdek, "inpost": lambda: inpost, "easypost": lambda: easypost}
    )
    yield reg


@pytest.fixture
def shipping(db, service, registry, tmp_path):
    return ShippingService(db, service, registry, labels_dir=tmp_path / "labels")


@pytest.fixture
def sync(db, service, registry):
    return TrackingSync(db, service, registry, max_workers=4, stall_days=5)


def test_buy_label_stores_shipment_label_and_history(shipping, service, cdek_fake):
    number = packed_order(service)
    purchase = shipping.buy_label(number, "cdek", PACKER, service="136")
    order = service.get(number)
    assert order.tracking_number == purchase.shipment.tracking_number != ""
    assert Path(purchase.shipment.label_path).read_bytes().startswith(b"%PDF")
    assert any(h.kind == "label" and h.to_value == order.tracking_number for h in order.history)
    with pytest.raises(ValidationError, match="already has"):
        shipping.buy_label(number, "cdek", PACKER)
    service.move(number, MoveRequest(Status.SHIPPED), PACKER)  # the order can now ship


@pytest.mark.parametrize("fault", ["timeout", "drop", "malformed"])
def test_timed_out_purchase_is_found_not_bought_twice(shipping, service, cdek_fake, fault):
    number = packed_order(service)
    cdek_fake.inject("POST", "/v2/orders", fault)
    purchase = shipping.buy_label(number, "cdek", PACKER)
    assert purchase.reused and purchase.shipment.tracking_number
    assert cdek_fake.count("POST", "/v2/orders") == 1
    assert len(service.get(number).shipments) == 1


def test_purchase_when_the_carrier_cannot_be_asked_again(shipping, service, cdek_fake):
    number = packed_order(service)
    cdek_fake.inject("POST", "/v2/orders", "timeout")
    cdek_fake.inject("GET", "/v2/orders", "500", times=20, skip=1)  # the look before buying passes
    with pytest.raises(CarrierOutcomeUnknown):
        shipping.buy_label(number, "cdek", PACKER)
    order = service.get(number)
    assert order.shipments == ()
    assert any(h.kind == "label" and h.to_value == "unclear" and h.details["reference"] for h in order.history)
    cdek_fake.faults.clear()
    # Next try (the carrier is back): the earlier order is found by reference, not bought again.
    purchase = shipping.buy_label(number, "cdek", PACKER)
    assert purchase.reused and cdek_fake.count("POST", "/v2/orders") == 1


def test_easypost_purchase_with_a_quoted_rate_and_zpl(shipping, service, easypost_fake, db):
    Settings(db).set("carriers.label_format", "zpl")
    number = packed_order(service)
    rates = shipping.quote(number, "easypost")
    purchase = shipping.buy_label(number, "easypost", PACKER, rate=rates[0])
    assert purchase.shipment.label_format == "zpl" and purchase.label.content.startswith(b"^XA")
    assert len(easypost_fake.shipments) == 1


def test_cancel_marks_shipment_cancelled(shipping, service, cdek_fake):
    number = packed_order(service)
    shipping.buy_label(number, "cdek", PACKER)
    shipping.cancel(number, OWNER, "wrong size")
    order = service.get(number)
    assert order.active_shipment is None and order.tracking_number == ""


def test_sync_moves_cards_and_stores_events(shipping, sync, service, cdek_fake, db):
    number = packed_order(service)
    shipment = shipping.buy_label(number, "cdek", PACKER).shipment
    cdek_fake.advance({"uuid": shipment.external_id, "code": "RECEIVED_AT_SHIPMENT_WAREHOUSE", "city": "Москва"})
    summary = sync.run_round()
    assert summary.polled == 1 and service.get(number).status == Status.SHIPPED

    cdek_fake.advance({"uuid": shipment.external_id, "code": "SENT_TO_RECIPIENT_CITY", "city": "Москва"})
    sync.run_round()
    assert service.get(number).status == Status.IN_TRANSIT

    cdek_fake.advance({"uuid": shipment.external_id, "code": "DELIVERED", "city": "Казань"})
    summary = sync.run_round()
    order = service.get(number)
    assert order.status == Status.DELIVERED
    status_entries = [h for h in order.history if h.kind == "status"]
    assert status_entries[-1].actor == "carrier:cdek" and status_entries[-1].role == "system"
    with db.session() as s:
        codes = [r.code for r in s.scalars(select(TrackingEventRow).order_by(TrackingEventRow.at, TrackingEventRow.id))]
    assert codes.count("DELIVERED") == 1 and "SENT_TO_RECIPIENT_CITY" in codes
    assert "just now" in freshness(order.active_shipment.last_synced_at)
    # Delivered is final: the shipment is not polled any more.
    assert sync.run_round().shipments == 0


def test_inpost_locker_ready_then_delivered(shipping, sync, service, inpost_fake):
    number = packed_order(service, delivery="pickup_point", pickup_point_code="KRA010")
    shipment = shipping.buy_label(number, "inpost", PACKER).shipment
    service.move(number, MoveRequest(Status.SHIPPED), PACKER)
    for status in ("collected_from_sender", "ready_to_pickup"):
        inpost_fake.advance({"tracking_number": shipment.tracking_number, "status": status})
    sync.run_round()
    assert service.get(number).status == Status.IN_TRANSIT
    inpost_fake.advance({"tracking_number": shipment.tracking_number, "status": "delivered"})
    sync.run_round()
    assert service.get(number).status == Status.DELIVERED


def test_returned_to_sender_moves_to_returned(shipping, sync, service, easypost_fake):
    number = packed_order(service)
    shipment = shipping.buy_label(number, "easypost", PACKER).shipment
    service.move(number, MoveRequest(Status.SHIPPED), PACKER)
    easypost_fake.advance({"tracking_code": shipment.tracking_number, "status": "return_to_sender"})
    summary = sync.run_round()
    assert service.get(number).status == Status.RETURNED, summary.lines()


def test_delivered_but_cancelled_raises_mismatch(shipping, sync, service, cdek_fake):
    number = packed_order(service)
    shipment = shipping.buy_label(number, "cdek", PACKER).shipment
    service.move(number, MoveRequest(Status.CANCELLED, reason="customer changed mind"), OWNER)
    cdek_fake.advance({"uuid": shipment.external_id, "code": "DELIVERED"})
    sync.run_round()
    order = service.get(number)
    assert order.status == Status.CANCELLED  # nothing silently overwritten
    holds = [h for h in order.active_holds if h.kind == "carrier_mismatch"]
    assert holds and "cancelled" in holds[0].reason


def test_completed_but_carrier_not_delivered_raises_mismatch_once(shipping, sync, service, cdek_fake):
    number = packed_order(service)
    shipment = shipping.buy_label(number, "cdek", PACKER).shipment
    service.move(number, MoveRequest(Status.SHIPPED), PACKER)
    service.move(number, MoveRequest(Status.DELIVERED), OWNER)
    service.move(number, MoveRequest(Status.COMPLETED), OWNER)
    cdek_fake.advance({"uuid": shipment.external_id, "code": "SENT_TO_RECIPIENT_CITY"})
    sync.run_round()
    order = service.get(number)
    assert order.status == Status.COMPLETED
    assert [h.kind for h in order.active_holds] == ["carrier_mismatch"]
    service.resolve_hold(number, "carrier_mismatch", OWNER, "checked with the customer")
    sync.run_round()
    assert service.get(number).active_holds == ()  # the same evidence is not raised again


def test_stalled_parcel_gets_delayed_hold(db, service, shipping, registry, cdek_fake):
    number = packed_order(service)
    shipment = shipping.buy_label(number, "cdek", PACKER).shipment
    service.move(number, MoveRequest(Status.SHIPPED), PACKER)
    later = datetime.now(UTC) + timedelta(days=8)
    sync = TrackingSync(db, service, registry, stall_days=5, now=lambda: later.replace(tzinfo=None))
    sync.run_round()
    order = service.get(number)
    delayed = [h for h in order.active_holds if h.kind == "delayed"]
    assert delayed and "8 days" in delayed[0].reason
    assert shipment.tracking_number


def test_carrier_problem_code_raises_hold(shipping, sync, service, inpost_fake):
    number = packed_order(service)
    shipment = shipping.buy_label(number, "inpost", PACKER).shipment
    service.move(number, MoveRequest(Status.SHIPPED), PACKER)
    inpost_fake.advance({"tracking_number": shipment.tracking_number, "status": "undelivered_wrong_address"})
    sync.run_round()
    assert [h.kind for h in service.get(number).active_holds] == ["address_problem"]


def test_errors_are_reported_and_freshness_kept(shipping, sync, service, cdek_fake):
    number = packed_order(service)
    shipping.buy_label(number, "cdek", PACKER)
    cdek_fake.inject("GET", "/v2/orders/.*", "500", times=20)
    summary = sync.run_round()
    assert summary.errors and summary.polled == 0
    assert service.get(number).active_shipment.last_synced_at is None


def test_timeline_lists_stored_events(shipping, sync, service, cdek_fake, db):
    from orderdesk.services.sync import tracking_events

    number = packed_order(service)
    shipment = shipping.buy_label(number, "cdek", PACKER).shipment
    cdek_fake.advance({"uuid": shipment.external_id, "code": "RECEIVED_AT_SHIPMENT_WAREHOUSE", "city": "Москва"})
    sync.run_round()
    events = tracking_events(db, number)
    assert [e.code for e in events][-1] == "RECEIVED_AT_SHIPMENT_WAREHOUSE"
    assert events[-1].milestone == "accepted" and events[-1].location == "Москва"


def test_carrier_cancelled_shipment_raises_mismatch(shipping, sync, service, cdek_fake):
    number = packed_order(service)
    shipment = shipping.buy_label(number, "cdek", PACKER).shipment
    cdek_fake.advance({"uuid": shipment.external_id, "code": "REMOVED"})
    sync.run_round()
    order = service.get(number)
    assert order.status == Status.PACKED and [h.kind for h in order.active_holds] == ["carrier_mismatch"]


def test_own_courier_label_comes_from_the_documents_renderer(db, service, registry, tmp_path):
    from orderdesk.services.carriers.base import Label

    calls = []

    def renderer(order, shipment, fmt):
        calls.append((order.number, shipment.tracking_number, fmt))
        return Label(b"%PDF-1.4 own label", "pdf")

    shipping = ShippingService(db, service, registry, labels_dir=tmp_path / "labels", label_renderer=renderer)
    number = packed_order(service)
    purchase = shipping.buy_label(number, "own_courier", PACKER)
    assert purchase.shipment.tracking_number.startswith("OD") and calls
    assert Path(purchase.shipment.label_path).read_bytes().startswith(b"%PDF")


def test_own_courier_gets_our_label_with_its_tracking_number_that_scans(db, service, registry, tmp_path):
    from orderdesk.services.printing import PrinterChoice, PrinterPreferences
    from tests.unit.services.documents.conftest import Poppler

    Settings(db).set("shop.name", "Sklep Żółw")
    shipping = ShippingService(db, service, registry, labels_dir=tmp_path / "labels")  # the default renderer
    number = packed_order(service)
    purchase = shipping.buy_label(number, "own_courier", PACKER)
    tracking = purchase.shipment.tracking_number
    label = Path(purchase.shipment.label_path)
    poppler = Poppler(tmp_path)
    assert poppler.page_sizes(label) == [(288.0, 432.0)]  # 4x6 in until this PC chose a label printer
    assert tracking in poppler.text(label) and "Sklep Żółw" in poppler.text(label)
    assert f"CODE-128:{tracking}" in poppler.decode(label)
    # A PC whose label printer is a thermal one gets ZPL in its size.
    PrinterPreferences.load().set("labels", PrinterChoice("Zebra", "zpl", "100x150", 300))
    second = packed_order(service)
    zpl = Path(shipping.buy_label(second, "own_courier", PACKER, label_format="zpl").shipment.label_path)
    body = zpl.read_text(encoding="utf-8")
    assert body.startswith("^XA") and service.get(second).tracking_number in body


def test_malformed_answer_is_not_lost_next_round_catches_up(shipping, sync, service, cdek_fake):
    number = packed_order(service)
    shipment = shipping.buy_label(number, "cdek", PACKER).shipment
    cdek_fake.advance({"uuid": shipment.external_id, "code": "RECEIVED_AT_SHIPMENT_WAREHOUSE"})
    cdek_fake.inject("GET", "/v2/orders/.*", "malformed")
    first = sync.run_round()
    assert first.errors and service.get(number).status == Status.PACKED
    second = sync.run_round()
    assert not second.errors and service.get(number).status == Status.SHIPPED


def test_sync_respects_the_carriers_rate_limit(db, service, cdek_fake):
    from orderdesk.services.carriers.cdek import CdekCarrier
    from orderdesk.services.http import HttpClient, RateLimiter
    from tests.integration.carriers.conftest import FAST_RETRY

    stock_products(service, stock=100)
    for _i in range(15):
        number = packed_order_quick(service)
        seeded = cdek_fake.seed_processed(number, [("SENT_TO_RECIPIENT_CITY", datetime.now(UTC).isoformat())])
        service.add_shipment(
            number, carrier="cdek", tracking_number=seeded["cdek_number"], external_id=seeded["uuid"], actor=PACKER
        )
    cdek_fake.rate_limit = 10
    carrier = CdekCarrier(
        HttpClient(cdek_fake.base_url + "/v2", retry=FAST_RETRY, limiter=RateLimiter(9)), "test-client", "test-secret"
    )
    registry = CarrierRegistry(Settings(db), overrides={"cdek": lambda: carrier})
    summary = TrackingSync(db, service, registry, max_workers=8).run_round()
    assert summary.polled == 15 and not summary.errors
    assert cdek_fake.rejected_by_limit == 0 and cdek_fake.max_in_window() <= 10


def packed_order_quick(service) -> str:
    number = make_order(service, payment="cash_on_delivery")
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        service.move(number, MoveRequest(status), OWNER)
    return number


def test_label_bought_while_assembling_then_delivered_is_held_and_kept_polling(shipping, sync, service, cdek_fake):
    stock_products(service)
    number = make_order(service, payment="cash_on_delivery")
    for status in (Status.CONFIRMED, Status.ASSEMBLING):
        service.move(number, MoveRequest(status), OWNER)
    shipment = shipping.buy_label(number, "cdek", PACKER, service="136").shipment
    cdek_fake.advance({"uuid": shipment.external_id, "code": "DELIVERED", "city": "Казань"})
    sync.run_round()
    order = service.get(number)
    assert order.status == Status.ASSEMBLING  # not jumped past packing...
    (held,) = order.active_holds
    assert (
        held.kind == "carrier_mismatch" and "still Assembling" in held.reason
    )  # ...but said, with the status by its name
    assert sync.run_round().shipments == 1  # still polled, and not held twice
    assert len(service.get(number).active_holds) == 1
    service.resolve_hold(number, "carrier_mismatch", OWNER, "parcel left with the courier")
    service.move(number, MoveRequest(Status.PACKED), PACKER)
    sync.run_round()
    assert service.get(number).status == Status.DELIVERED
    assert sync.run_round().shipments == 0  # caught up: final now
