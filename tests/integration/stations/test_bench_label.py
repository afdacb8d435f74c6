"""The packing bench buys the carrier's label (fake CDEK over real HTTP) and prints it with the slip."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence

from orderdesk.domain import Actor
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.packing import CarrierLabelBuyer, DocumentsPrinter, PackingService
from orderdesk.services.shipping import ShippingService
from orderdesk.settings import Settings
from orderdesk.workflow import Role, Status
from tests.integration.carriers.conftest import cdek, cdek_fake  # noqa: F401 (fixtures)
from tests.support.components import require_tool
from tests.unit.services.stations_data import add_products, make_order

PACKER = Actor("Piotr", Role.PACKER)


class FolderPrinter:
    """The real documents print path into a folder, remembering what it was asked for."""

    def __init__(self, inner: DocumentsPrinter) -> None:
        self.inner = inner
        self.asked: list[tuple[str, ...]] = []

    def print_documents(self, order_number: str, kinds: Sequence[str]) -> None:
        self.asked.append(tuple(kinds))
        self.inner.print_documents(order_number, kinds)


def test_bench_buys_the_cdek_label_and_prints_it(db, service, cdek, cdek_fake, tmp_path):  # noqa: F811
    pdftotext = require_tool("pdftotext", "poppler-utils")
    add_products(service)
    registry = CarrierRegistry(Settings(db), overrides={"cdek": lambda: cdek})
    shipping = ShippingService(db, service, registry, labels_dir=tmp_path / "labels")
    printer = FolderPrinter(DocumentsPrinter(service, Settings(db), folder=tmp_path / "out"))
    packing = PackingService(service, printer, CarrierLabelBuyer(shipping, "cdek"))
    number = make_order(service, [("TEA-GRN", 2)])
    session = packing.start(number, PACKER)
    packing.scan_item(session, "4006381333931")
    packing.scan_item(session, "4006381333931")
    done = packing.finish(session, PACKER)
    assert not done.print_error and not done.label_note, (done.print_error, done.label_note)
    assert done.order.tracking_number and cdek_fake.count("POST", "/v2/orders") == 1
    assert printer.asked == [("packing_slip", "label")]
    outputs = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert outputs and any("slips" in name for name in outputs), outputs
    slip = next(p for p in (tmp_path / "out").iterdir() if "slips" in p.name)
    text = subprocess.run([pdftotext, str(slip), "-"], capture_output=True, text=True, check=True).stdout
    assert number in text
    assert packing.hand_over(session, PACKER).status is Status.SHIPPED
    registry.close()
