"""The carrier's return label through a real CUPS queue (cups-pdf): the InPost fake's label,
printed on 4x6 in, still carries the parcel number zbar reads; the print is in the history."""

from __future__ import annotations

from orderdesk.services.carriers.inpost import InpostCarrier
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.http import HttpClient
from orderdesk.services.orders import OrderService
from orderdesk.services.return_labels import ReturnLabelService, print_label
from orderdesk.services.returns import ReturnService
from orderdesk.services.shipping import ShippingService
from orderdesk.settings import Settings
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_return, packed_order
from tests.fakes.inpost import InpostFake
from tests.integration.printing.conftest import find_cups_pdf_output
from tests.support.barcodes import pdf_barcodes


def test_return_label_prints_through_cups(cups_queue, db, tmp_path):
    fake = InpostFake()
    fake.start()
    try:
        client = InpostCarrier(HttpClient(fake.base_url, name="inpost"), "test-token", "1234", poll_interval=0.01)
        registry = CarrierRegistry(Settings(db), overrides={"inpost": lambda: client})
        orders = OrderService(db)
        number = packed_order(orders)
        ShippingService(db, orders, registry, labels_dir=tmp_path).buy_label(number, "inpost", OWNER)
        for status in (Status.SHIPPED, Status.DELIVERED):
            orders.move(number, MoveRequest(status), OWNER)
        rn = make_return(orders, number)
        got = ReturnLabelService(ReturnService(orders), registry, labels_dir=tmp_path / "r").get_label(rn, OWNER)
        registry.close()
    finally:
        fake.stop()
    job = print_label(orders, got.shipment, number, cups_queue, OWNER)
    printed = tmp_path / "printed.pdf"
    printed.write_bytes(find_cups_pdf_output(job).read_bytes())
    assert f"CODE-128:{got.shipment.tracking_number}" in pdf_barcodes(printed)
    prints = [h for h in orders.get(number).history if h.kind == "print"]
    assert [(h.to_value, h.details["printer"], h.details["return"]) for h in prints] == [
        ("return_label", cups_queue, rn)
    ]
    from orderdesk.services.history_text import describe

    assert describe(prints[0], "en").what == "Printed: return label"
