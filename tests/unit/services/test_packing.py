"""The packing bench service: verify by scanning, print, pack, hand over, report problems."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from orderdesk.domain import Actor
from orderdesk.errors import MoveRefused, NotFound, OrderDeskError, PermissionDenied, ValidationError
from orderdesk.services.packing import LABEL, LABEL_AFTER_VERIFY, SLIP, PackingService, Result
from orderdesk.settings import Settings
from orderdesk.workflow import DeliveryMethod, Hold, MoveRequest, PaymentMethod, Role, Status
from tests.unit.services.stations_data import add_products, make_order

PACKER = Actor("Piotr", Role.PACKER)
CLERK = Actor("Chen", Role.CLERK)


class ListPrinter:
    def __init__(self, fail: bool = False) -> None:
        self.jobs: list[tuple[str, tuple[str, ...]]] = []
        self.fail = fail

    def print_documents(self, order_number: str, kinds: Sequence[str]) -> None:
        if self.fail:
            raise OrderDeskError("Printer 'bench-a4' is out of paper.")
        self.jobs.append((order_number, tuple(kinds)))


@pytest.fixture
def printer():
    return ListPrinter()


@pytest.fixture
def packing(service, printer):
    add_products(service)
    return PackingService(service, printer)


def test_full_flow_to_packed_and_shipped(service, packing, printer):
    number = make_order(service, [("MUG-01", 2), ("TEA-GRN", 1)], to=Status.ASSEMBLING)
    session = packing.start(number, PACKER)
    assert [(ln.sku, ln.quantity, ln.bin_location) for ln in session.lines] == [
        ("MUG-01", 2, "A-01-3"),
        ("TEA-GRN", 1, "B-12-1"),
    ]
    assert packing.scan_item(session, "5901234123457").result is Result.TICKED
    with pytest.raises(ValidationError, match="not verified"):
        packing.finish(session, PACKER)
    assert packing.scan_item(session, "5901234123457").result is Result.LINE_DONE
    assert packing.scan_item(session, "4006381333931").result is Result.ALL_DONE
    done = packing.finish(session, PACKER)
    assert done.order.status is Status.PACKED and not done.print_error
    assert printer.jobs == [(number, (SLIP, LABEL))]
    history = service.get(number).history
    assert [(h.kind, h.actor) for h in history[-3:]] == [("status", "Piotr"), ("note", "Piotr"), ("print", "Piotr")]
    # no tracking number yet: handing to the carrier is refused by the workflow
    with pytest.raises(MoveRefused, match="tracking"):
        packing.hand_over(session, PACKER)
    service.add_shipment(number, carrier="own_courier", tracking_number="OC-1", actor=PACKER)
    assert packing.hand_over(session, PACKER).status is Status.SHIPPED


def test_wrong_item_too_many_unknown_and_misread(service, packing):
    number = make_order(service, [("MUG-01", 1)])
    session = packing.start(number, PACKER)
    wrong = packing.scan_item(session, "4006381333931")
    assert wrong.result is Result.WRONG_ITEM and "Zielona herbata" in wrong.message
    assert packing.scan_item(session, "NOPE-123").result is Result.UNKNOWN
    assert packing.scan_item(session, "5901234123450").result is Result.MISREAD  # bad check digit
    assert packing.scan_item(session, "590123412345").result is Result.MISREAD  # a digit dropped
    assert session.verified_count == 0
    assert packing.scan_item(session, "5901234123457").result is Result.ALL_DONE
    too_many = packing.scan_item(session, "5901234123457")
    assert too_many.result is Result.TOO_MANY and "only 1" in too_many.message
    assert session.verified_count == 1


def test_sku_and_upc_forms_match(service, packing):
    number = make_order(service, [("SPOON", 1), ("MUG-01", 1)])
    session = packing.start(number, PACKER)
    assert packing.scan_item(session, "spoon").ok  # the SKU label, any case
    assert packing.scan_item(session, "05901234123457").ok  # GTIN-14 form of the EAN


def test_start_moves_confirmed_to_assembling_and_refuses_others(service, packing):
    number = make_order(service, [("MUG-01", 1)], to=Status.CONFIRMED)
    assert packing.start(number, PACKER).order.status is Status.ASSEMBLING
    new = make_order(service, [("MUG-01", 1)], to=Status.NEW)
    with pytest.raises(MoveRefused, match="nothing to pack"):
        packing.start(new, PACKER)
    with pytest.raises(NotFound):
        packing.start("2026-999999", PACKER)
    with pytest.raises(ValidationError, match="Scan again"):
        packing.start("4006381333930", PACKER)
    with pytest.raises(PermissionDenied):
        packing.start(number, CLERK)


def test_already_packed_order_reopens_for_hand_over(service, packing):
    number = make_order(
        service,
        [("BOWL-CN", 1)],
        delivery=DeliveryMethod.PICKUP_SHOP,
        payment=PaymentMethod.ON_PICKUP,
        to=Status.PACKED,
    )
    session = packing.start(number, PACKER)
    assert session.complete and session.packed
    order = packing.hand_over(session, PACKER)
    assert order.status is Status.READY_FOR_PICKUP and order.shelf_slot and len(order.pickup_code) == 6


def test_pickup_order_prints_slip_only(service, packing, printer):
    number = make_order(service, [("BOWL-CN", 1)], delivery=DeliveryMethod.PICKUP_SHOP, payment=PaymentMethod.ON_PICKUP)
    session = packing.start(number, PACKER)
    packing.scan_item(session, "9780201379624")
    packing.finish(session, PACKER)
    assert printer.jobs == [(number, (SLIP,))]


def test_label_only_after_verify_setting(service, packing, printer):
    number = make_order(service, [("MUG-01", 2)])
    session = packing.start(number, PACKER)
    packing.scan_item(session, "5901234123457")
    with pytest.raises(ValidationError, match="1 still to scan"):
        packing.print_label_now(session, PACKER)
    assert printer.jobs == []
    Settings(service.db).set(LABEL_AFTER_VERIFY.key, False)
    packing.print_label_now(session, PACKER)
    assert printer.jobs == [(number, (LABEL,))]
    packing.scan_item(session, "5901234123457")
    packing.finish(session, PACKER)
    assert printer.jobs[-1] == (number, (SLIP,))  # the label is not printed twice


def test_print_failure_leaves_order_packed_for_reprint(service):
    add_products(service)
    printer = ListPrinter(fail=True)
    packing = PackingService(service, printer)
    number = make_order(service, [("TEA-GRN", 1)])
    session = packing.start(number, PACKER)
    packing.scan_item(session, "4006381333931")
    done = packing.finish(session, PACKER)
    assert done.order.status is Status.PACKED and "out of paper" in done.print_error
    printer.fail = False
    packing.reprint(session, PACKER)
    assert printer.jobs == [(number, (SLIP, LABEL))]


def test_label_buyer_hook(service, printer):
    add_products(service)

    class Buyer:
        def buy_label(self, order_number, actor):
            return service.add_shipment(order_number, carrier="inpost", tracking_number="IP123", actor=actor)

    packing = PackingService(service, printer, label_buyer=Buyer())
    number = make_order(service, [("TEA-GRN", 1)])
    session = packing.start(number, PACKER)
    packing.scan_item(session, "4006381333931")
    done = packing.finish(session, PACKER)
    assert done.order.tracking_number == "IP123"
    assert packing.hand_over(session, PACKER).status is Status.SHIPPED


def packed_own_courier_order(service, packing, printer) -> tuple[str, object]:
    number = make_order(service, [("TEA-GRN", 1)], delivery=DeliveryMethod.OWN_COURIER)
    session = packing.start(number, PACKER)
    packing.scan_item(session, "4006381333931")
    done = packing.finish(session, PACKER)
    assert done.order.status is Status.PACKED and session.needs_tracking and session.own_courier
    assert printer.jobs == [(number, (SLIP,))]  # no label without its tracking number
    return number, session


def test_own_courier_takes_our_own_number_then_leaves_the_bench(service, packing, printer):
    number, session = packed_own_courier_order(service, packing, printer)
    with pytest.raises(MoveRefused, match="scan the courier's tracking code"):
        packing.hand_over(session, PACKER)
    order = packing.take_tracking(session, "", PACKER)
    shipment = order.active_shipment
    assert shipment.carrier == "own_courier" and order.tracking_number.startswith("OD")
    assert shipment.label_path and shipment.label_format == "pdf"  # our label, stored like a carrier's
    assert printer.jobs[-1] == (number, (LABEL,)) and not session.needs_tracking
    with pytest.raises(ValidationError, match="already has the tracking number"):
        packing.take_tracking(session, "", PACKER)
    assert packing.hand_over(session, PACKER).status is Status.SHIPPED
    kinds = [(h.kind, h.actor) for h in service.get(number).history][-3:]
    assert kinds == [("label", "Piotr"), ("print", "Piotr"), ("status", "Piotr")]


def test_own_courier_takes_the_scanned_waybill_number(service, packing, printer):
    number, session = packed_own_courier_order(service, packing, printer)
    with pytest.raises(ValidationError, match="item of this order"):
        packing.take_tracking(session, "4006381333931", PACKER)
    with pytest.raises(ValidationError, match="misread"):
        packing.take_tracking(session, "4006381333932", PACKER)
    with pytest.raises(ValidationError, match="does not look like"):
        packing.take_tracking(session, "ab", PACKER)
    assert service.get(number).tracking_number == "" and printer.jobs == [(number, (SLIP,))]
    printer.fail = True  # the number is kept when the label does not print
    order = packing.take_tracking(session, "KUR-4471190", PACKER)
    assert order.tracking_number == "KUR-4471190" and order.active_shipment.carrier == "own_courier"
    assert "out of paper" in session.print_error
    printer.fail = False
    packing.reprint(session, PACKER)
    assert printer.jobs[-1] == (number, (SLIP, LABEL))
    assert packing.hand_over(session, PACKER).status is Status.SHIPPED


def test_carrier_order_gets_no_own_number(service, packing, printer):
    number = make_order(service, [("TEA-GRN", 1)])
    session = packing.start(number, PACKER)
    packing.scan_item(session, "4006381333931")
    packing.finish(session, PACKER)
    with pytest.raises(ValidationError, match="goes by carrier"):
        packing.take_tracking(session, "", PACKER)
    with pytest.raises(MoveRefused, match="Buy label"):
        packing.hand_over(session, PACKER)


def test_pickup_order_gets_its_shelf_label_on_hand_over(service, packing, printer):
    number = make_order(service, [("BOWL-CN", 1)], delivery=DeliveryMethod.PICKUP_SHOP, payment=PaymentMethod.ON_PICKUP)
    session = packing.start(number, PACKER)
    packing.scan_item(session, "9780201379624")
    packing.finish(session, PACKER)
    order = packing.hand_over(session, PACKER)
    assert order.status is Status.READY_FOR_PICKUP and order.shelf_slot
    assert printer.jobs == [(number, (SLIP,)), (number, (LABEL,))] and not session.print_error


def test_shelf_label_failure_leaves_the_order_on_the_shelf(service):
    add_products(service)
    printer = ListPrinter()
    packing = PackingService(service, printer)
    number = make_order(service, [("BOWL-CN", 1)], delivery=DeliveryMethod.PICKUP_SHOP, payment=PaymentMethod.ON_PICKUP)
    session = packing.start(number, PACKER)
    packing.scan_item(session, "9780201379624")
    packing.finish(session, PACKER)
    printer.fail = True
    assert packing.hand_over(session, PACKER).status is Status.READY_FOR_PICKUP
    assert "out of paper" in session.print_error


def test_report_problem_holds_the_order_for_the_owner(service, packing):
    number = make_order(service, [("MUG-01", 2)])
    session = packing.start(number, PACKER)
    packing.scan_item(session, "5901234123457")
    packing.report_problem(session, "damaged", "handle broken", PACKER)
    order = service.get(number)
    (hold,) = order.active_holds
    assert (
        hold.kind == Hold.PACKING_PROBLEM
        and hold.reason == "Item damaged: handle broken"
        and hold.created_by == "Piotr"
    )
    with pytest.raises(MoveRefused, match="on hold"):
        packing.start(number, PACKER)


def test_packer_cannot_cancel_or_refund(service, packing):
    number = make_order(service, [("MUG-01", 1)])
    with pytest.raises(PermissionDenied):
        service.move(number, MoveRequest(Status.CANCELLED, reason="customer asked"), PACKER)
    session = packing.start(number, PACKER)
    packing.scan_item(session, "5901234123457")
    packing.finish(session, PACKER)
    with pytest.raises((MoveRefused, PermissionDenied), match="owner"):
        service.move(number, MoveRequest(Status.ASSEMBLING, reason="oops"), PACKER)
    assert service.get(number).status is Status.PACKED


def test_documents_printer_writes_real_pdfs(service, tmp_path):
    """The bench's real print path (documents service) writing PDFs to a folder."""
    import subprocess

    from orderdesk.services.packing import DocumentsPrinter
    from tests.support.components import require_tool

    pytest.importorskip("orderdesk.services.print_jobs", reason="the documents package is not merged yet")
    pdftotext = require_tool("pdftotext", "poppler-utils")
    add_products(service)
    packing = PackingService(service, DocumentsPrinter(service, Settings(service.db), folder=tmp_path))
    number = make_order(service, [("MUG-01", 1), ("BOWL-CN", 1)])
    session = packing.start(number, PACKER)
    packing.scan_item(session, "5901234123457")
    packing.scan_item(session, "9780201379624")
    done = packing.finish(session, PACKER)
    assert not done.print_error, done.print_error
    slip, label_pdf = tmp_path / f"{number}-slips.pdf", tmp_path / f"{number}-labels.pdf"
    text = subprocess.run([pdftotext, str(slip), "-"], capture_output=True, text=True, check=True).stdout
    assert number in text and "Кружка" in text and "青花瓷碗" in text
    assert label_pdf.read_bytes().startswith(b"%PDF")
    assert [h.to_value for h in service.get(number).history if h.kind == "print"] == ["packing_slip,label"]


def test_any_barcode_of_the_product_ticks_its_line_and_names_a_wrong_item(service, packing):
    from orderdesk.services.stock import Catalogue, ProductDraft

    Catalogue(service.db).save(ProductDraft("MUG-01", barcodes=["5901234123457", "96385074"]))  # a second supplier's
    Catalogue(service.db).save(ProductDraft("TEA-GRN", barcodes=["4006381333931", "036000291452"]))
    number = make_order(service, [("MUG-01", 2)], to=Status.ASSEMBLING)
    session = packing.start(number, PACKER)
    assert packing.scan_item(session, "96385074").result is Result.TICKED
    assert packing.scan_item(session, "5901234123457").result is Result.ALL_DONE
    wrong = packing.scan_item(session, "036000291452")  # TEA-GRN's other barcode
    assert wrong.result is Result.WRONG_ITEM
