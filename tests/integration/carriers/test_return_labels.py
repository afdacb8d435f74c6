"""A return's carrier label end to end, against the InPost and CDEK fakes over HTTP: the
return parcel registered at the carrier the order went out with, its label stored and read
back with zbar, the return accepted, the history row and the customer's message written once,
the parcel tracked by the same sync; refusals (CDEK before delivery, no carrier API) change
nothing and the return slip stays the way back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from orderdesk.domain import Actor
from orderdesk.errors import ValidationError
from orderdesk.models import HistoryRow, OrderRow, OutboxRow
from orderdesk.services.carriers.base import CarrierValidationError
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.return_labels import NoReturnLabel, ReturnLabelService
from orderdesk.services.returns import ReturnService
from orderdesk.services.shipping import ShippingService
from orderdesk.services.sync import TrackingSync
from orderdesk.settings import Settings
from orderdesk.wiring import order_service
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_return, packed_order
from tests.support.barcodes import pdf_barcodes

PACKER = Actor("Piotr (packer)")


@pytest.fixture
def orders(db):
    return order_service(db)  # with its listeners, as the app builds it


@pytest.fixture
def registry(db, cdek, inpost, easypost):
    return CarrierRegistry(
        Settings(db), overrides={"cdek": lambda: cdek, "inpost": lambda: inpost, "easypost": lambda: easypost}
    )


@pytest.fixture
def labels(orders, registry, tmp_path):
    return ReturnLabelService(ReturnService(orders), registry, labels_dir=tmp_path / "labels")


def shipped(orders, registry, tmp_path, carrier: str, **kw) -> tuple[str, str]:
    shipping = ShippingService(orders.db, orders, registry, labels_dir=tmp_path / "labels")
    number = packed_order(orders)
    outgoing = shipping.buy_label(number, carrier, PACKER, **kw).shipment
    orders.move(number, MoveRequest(Status.SHIPPED), PACKER)
    return number, outgoing.tracking_number


def messages(db, kind="return_label"):
    with db.session() as s:
        return [(m.channel, m.payload["body"]) for m in s.scalars(select(OutboxRow).where(OutboxRow.kind == kind))]


def history(db, number, kind="return label"):
    with db.session() as s:
        oid = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        return list(s.scalars(select(HistoryRow).where(HistoryRow.order_id == oid, HistoryRow.kind == kind)))


def test_inpost_return_label_end_to_end(db, orders, registry, labels, inpost_fake, tmp_path):
    number, outgoing = shipped(orders, registry, tmp_path, "inpost")
    inpost_fake.advance({"tracking_number": outgoing, "status": "delivered"})
    sync = TrackingSync(db, orders, registry, max_workers=2, stall_days=5)
    sync.run_round()
    assert orders.get(number).status is Status.DELIVERED
    rn = make_return(orders, number)

    got = labels.get_label(rn, OWNER)
    back = got.shipment.tracking_number
    assert got.shipment.is_return and got.shipment.return_number == rn and not got.reused
    assert back != outgoing and orders.get(number).tracking_number == outgoing  # the card keeps the outgoing parcel
    stored = inpost_fake.shipments[int(got.shipment.external_id)]
    assert stored["is_return"] and stored["reference"] == rn and stored["sender"]["email"] == "anna@example.pl"
    assert f"CODE-128:{back}" in pdf_barcodes(Path(got.shipment.label_path))
    assert ReturnService(orders).get(rn).status == "awaiting_parcel"  # the label accepts the return
    [row] = history(db, number)
    assert (row.from_value, row.to_value, row.details["carrier"]) == (rn, back, "inpost")
    [(channel, body)] = messages(db)
    assert channel == "email" and rn in body and back in body and "Numer przesyłki" in body  # the customer's Polish

    again = labels.get_label(rn.lower(), OWNER)
    assert again.reused and again.shipment.id == got.shipment.id
    assert sum(1 for s in inpost_fake.shipments.values() if s["reference"] == rn) == 1
    assert len(messages(db)) == 1 and len(history(db, number)) == 1

    # the same sync follows the return parcel into the history; the order stays delivered
    inpost_fake.advance({"tracking_number": back, "status": "collected_from_sender", "location": "Kraków"})
    sync.run_round()
    events = history(db, number, "return parcel")
    assert [e.to_value for e in events][-1] == "accepted" and events[-1].from_value == rn
    assert orders.get(number).status is Status.DELIVERED


def test_inpost_refusal_changes_nothing(db, orders, registry, labels, tmp_path):
    number, _outgoing = shipped(orders, registry, tmp_path, "inpost")
    orders.move(number, MoveRequest(Status.DELIVERED), OWNER)
    rn = make_return(orders, number)
    with db.session(write=True) as s:  # the customer's phone is unusable for ShipX
        order = s.scalar(select(OrderRow).where(OrderRow.number == number))
        order.customer.phone = "12"
    with pytest.raises(CarrierValidationError, match=r"sender\.phone"):
        labels.get_label(rn, OWNER)
    assert [s.return_number for s in orders.get(number).shipments] == [""]
    assert messages(db) == [] and history(db, number) == []
    assert ReturnService(orders).get(rn).status == "requested"


def test_cdek_client_return_only_after_delivery(db, orders, registry, labels, cdek_fake, tmp_path):
    number, outgoing = shipped(orders, registry, tmp_path, "cdek", service="136")
    orders.move(number, MoveRequest(Status.DELIVERED), OWNER)  # marked by hand; CDEK has not delivered it
    rn = make_return(orders, number)
    with pytest.raises(CarrierValidationError, match="Delivered"):
        labels.get_label(rn, OWNER)
    assert [s.return_number for s in orders.get(number).shipments] == [""] and messages(db) == []

    cdek_fake.advance({"cdek_number": outgoing, "code": "DELIVERED", "city": "Москва"})
    got = labels.get_label(rn, OWNER)
    back = got.shipment.tracking_number
    assert back != outgoing and cdek_fake.orders[got.shipment.external_id]["is_client_return"]
    assert f"CODE-128:{back}" in pdf_barcodes(Path(got.shipment.label_path))
    assert len(messages(db)) == 1 and history(db, number)[0].details["carrier"] == "cdek"
    sync = TrackingSync(db, orders, registry, max_workers=2, stall_days=5)
    cdek_fake.advance({"cdek_number": back, "code": "RECEIVED_AT_SHIPMENT_WAREHOUSE", "city": "Москва"})
    sync.run_round()
    assert history(db, number, "return parcel")[-1].from_value == rn


def test_no_carrier_api_means_the_return_slip(db, orders, labels):
    from tests.unit.services.returns.helpers import delivered_order

    number = delivered_order(orders)  # the shop's own courier
    rn = make_return(orders, number)
    with pytest.raises(NoReturnLabel, match="return slip"):
        labels.get_label(rn, OWNER)
    with pytest.raises(NoReturnLabel):
        labels.carrier_for(rn)
    assert messages(db) == []


def test_a_closed_return_gets_no_label(orders, registry, labels, tmp_path):
    number, _outgoing = shipped(orders, registry, tmp_path, "inpost")
    orders.move(number, MoveRequest(Status.DELIVERED), OWNER)
    rn = make_return(orders, number)
    ReturnService(orders).close(rn, OWNER, "kept by the customer")
    with pytest.raises(ValidationError, match="still to come"):
        labels.get_label(rn, OWNER)
