"""A return's carrier label end to end, against the InPost and CDEK fakes over HTTP: the
return parcel registered at the carrier the order went out with, its label stored and read
back with zbar, the return accepted, the history row and the customer's message written once,
the parcel tracked by the same sync; refusals (CDEK before delivery, no carrier API) change
nothing and the return slip stays the way back."""

from __future__ import annotations

import base64
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
    # the e-mail carries the label PDF, so the customer can print it at home
    from orderdesk.services.messaging.sender import OutboxSender
    from orderdesk.services.messaging.smtp_email import SmtpGateway

    with db.session() as s:
        row = s.scalar(select(OutboxRow).where(OutboxRow.kind == "return_label"))
        mail = SmtpGateway(host="127.0.0.1", from_address="shop@example.com").build(OutboxSender._message(row))
    (part,) = list(mail.iter_attachments())
    assert part.get_filename() == f"{rn}-inpost-label.pdf"
    assert part.get_content() == Path(got.shipment.label_path).read_bytes()

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


def test_the_cdek_return_tariff_setting_is_sent_and_a_refusal_records_nothing(db, orders, registry, labels, cdek_fake, tmp_path):  # fmt: skip
    number, outgoing = shipped(orders, registry, tmp_path, "cdek", service="137")
    cdek_fake.advance({"cdek_number": outgoing, "code": "DELIVERED", "city": "Москва"})
    orders.move(number, MoveRequest(Status.DELIVERED), OWNER)
    rn = make_return(orders, number)
    Settings(db).set("carriers.cdek.return_tariff", 62)  # not in the fake's contract
    with pytest.raises(CarrierValidationError, match="client return"):
        labels.get_label(rn, OWNER)
    assert messages(db) == [] and [s.return_number for s in orders.get(number).shipments] == [""]
    Settings(db).set("carriers.cdek.return_tariff", 138)
    got = labels.get_label(rn, OWNER)
    assert cdek_fake.orders[got.shipment.external_id]["body"]["tariff_code"] == 138


def test_a_failed_label_download_keeps_the_parcel_and_asking_again_fetches_the_file(db, orders, registry, labels, inpost_fake, tmp_path):  # fmt: skip
    number, _outgoing = shipped(orders, registry, tmp_path, "inpost")
    orders.move(number, MoveRequest(Status.DELIVERED), OWNER)
    rn = make_return(orders, number)
    inpost_fake.inject("GET", r"/v1/shipments/\d+/label", "500", times=20)
    first = labels.get_label(rn, OWNER)
    assert first.label is None and first.shipment.label_path == "" and first.shipment.return_number == rn
    notes = history(db, number)
    assert [n.to_value for n in notes] == ["no file", first.shipment.tracking_number]
    from orderdesk.services.history_text import describe

    texts = [describe(e, "en").what for e in orders.get(number).history if e.kind == "return label"]
    assert texts[0] == f"Return label for {rn}: the file could not be downloaded"
    assert texts[1] == f"Return label for {rn}: INPOST parcel {first.shipment.tracking_number}"
    assert len(messages(db)) == 1  # the parcel number is told even without the file
    inpost_fake.faults.clear()
    again = labels.get_label(rn, OWNER)
    assert again.reused and again.shipment.id == first.shipment.id and Path(again.shipment.label_path).exists()
    assert sum(1 for s in inpost_fake.shipments.values() if s.get("is_return")) == 1 and len(messages(db)) == 1


def test_a_zpl_label_for_the_thermal_printer_and_a_pdf_for_the_customer(db, orders, registry, labels, tmp_path):
    number, _outgoing = shipped(orders, registry, tmp_path, "inpost")
    orders.move(number, MoveRequest(Status.DELIVERED), OWNER)
    rn = make_return(orders, number)
    got = labels.get_label(rn, OWNER, label_format="zpl")
    assert got.label.format == "zpl" and got.shipment.label_path.endswith(".zpl")
    assert Path(got.shipment.label_path).read_bytes().startswith(b"^XA")
    with db.session() as s:
        (row,) = s.scalars(select(OutboxRow).where(OutboxRow.kind == "return_label")).all()
        (attached,) = row.payload["attachments"]  # a printer language is no use to the customer: a PDF
    pdf = tmp_path / "mailed.pdf"
    pdf.write_bytes(base64.b64decode(attached["b64"]))
    assert attached["type"] == "application/pdf"
    assert f"CODE-128:{got.shipment.tracking_number}" in pdf_barcodes(pdf)
