"""The Returns tab's "Get a return label": the carrier asked on a worker thread (InPost fake over
HTTP), the label opened, the parcel shown beside the return; no carrier API offers the slip."""

from __future__ import annotations

from pathlib import Path

import pytest

from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.returns import ReturnRequestLine, ReturnService
from orderdesk.services.shipping import ShippingService
from orderdesk.settings import Settings
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, packed_order
from tests.support.barcodes import pdf_barcodes
from tests.ui.conftest import wait_idle
from tests.ui.returns.test_returns_ui import open_details
from tests.unit.services.returns.helpers import delivered_order


@pytest.fixture
def inpost_fake():
    from tests.fakes.inpost import InpostFake

    fake = InpostFake()
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def make_registry(db, inpost_fake):
    from orderdesk.services.carriers.inpost import InpostCarrier
    from orderdesk.services.http import HttpClient

    def build() -> CarrierRegistry:
        client = InpostCarrier(HttpClient(inpost_fake.base_url, name="inpost"), "test-token", "1234",
                               poll_interval=0.01, poll_timeout=5)  # fmt: skip
        return CarrierRegistry(Settings(db), overrides={"inpost": lambda: client})

    return build


def test_get_a_return_label_from_inpost(qtbot, service, runner, make_registry, inpost_fake, tmp_path):
    number = packed_order(service)
    registry = make_registry()
    ShippingService(service.db, service, registry, labels_dir=tmp_path).buy_label(number, "inpost", OWNER)
    registry.close()
    for status in (Status.SHIPPED, Status.DELIVERED):
        service.move(number, MoveRequest(status), OWNER)
    rn = ReturnService(service).create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER).number
    window = open_details(qtbot, service, runner, number)
    tab = window.returns_tab
    tab.make_registry, tab.labels_dir = make_registry, tmp_path / "returns"
    opened: list[Path] = []
    tab.open_label_file = opened.append
    tab.label_button.click()
    assert not tab.label_button.isEnabled()  # the carrier is asked on a worker; no second click meanwhile
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    wait_idle(qtbot, runner)
    (back,) = [s["tracking_number"] for s in inpost_fake.shipments.values() if s["is_return"]]
    assert f"Return label for {rn}: InPost parcel {back}." in window.banner.text()
    assert f"CODE-128:{back}" in pdf_barcodes(opened[0])
    qtbot.waitUntil(lambda: tab.model.index(0, 6).data() == f"InPost {back}", timeout=5000)
    assert tab.model.index(0, 1).data() == "Awaiting parcel" and tab.label_button.isEnabled()
    window.close()


def test_no_carrier_label_offers_the_slip(qtbot, service, runner, make_registry, tmp_path):
    number = delivered_order(service)  # the shop's own courier
    ReturnService(service).create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER)
    window = open_details(qtbot, service, runner, number)
    tab = window.returns_tab
    tab.make_registry = make_registry
    asked: list[str] = []
    tab.confirm_slip = lambda message: asked.append(message) or True
    tab.ask_slip_path = lambda n: str(tmp_path / "slip.pdf")
    tab.label_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "slip.pdf").exists(), timeout=10000)
    wait_idle(qtbot, runner)
    assert "return slip" in asked[0] and "own courier" in asked[0]
    assert (tmp_path / "slip.pdf").read_bytes().startswith(b"%PDF") and tab.label_button.isEnabled()
    window.close()
