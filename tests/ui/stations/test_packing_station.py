"""The packing bench driven like a packer: scanner bursts, slow typing, function keys."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt

from orderdesk.errors import PermissionDenied
from orderdesk.services.packing import LABEL, LABEL_AFTER_VERIFY, SLIP, PackingService
from orderdesk.services.users import UserService
from orderdesk.settings import Settings
from orderdesk.ui.stations.packing_station import PackingStation
from orderdesk.workflow import DeliveryMethod, Hold, MoveRequest, PaymentMethod, Status
from tests.ui.stations.conftest import StationDriver
from tests.unit.services.stations_data import PACKER_PIN, make_order

MUG, TEA = "5901234123457", "4006381333931"


class ListPrinter:
    def __init__(self) -> None:
        self.jobs: list[tuple[str, tuple[str, ...]]] = []

    def print_documents(self, order_number: str, kinds: Sequence[str]) -> None:
        self.jobs.append((order_number, tuple(kinds)))


@pytest.fixture
def printer():
    return ListPrinter()


@pytest.fixture
def bench(qtbot, db, service, shop, printer):
    station = PackingStation(db, PackingService(service, printer), UserService(db), sounds=False)
    qtbot.addWidget(station)
    station.resize(1280, 800)
    station.show()
    qtbot.waitExposed(station)
    sounds: list[str] = []
    station.feedback.played.connect(sounds.append)
    driver = StationDriver(qtbot, station)
    driver.sounds = sounds
    driver.sign_in("Piotr", PACKER_PIN)
    return driver


def test_model(qtmodeltester, bench, service):
    number = make_order(service, [("MUG-01", 2), ("TEA-GRN", 1)])
    bench.scan(number)
    bench.wait_idle()
    bench.scan(MUG)
    qtmodeltester.check(bench.station.model)


def test_full_flow_by_scanner_to_label_and_packed(bench, service, printer):
    number = make_order(service, [("MUG-01", 2), ("TEA-GRN", 1)])
    bench.scan(number)
    bench.wait_idle()
    assert bench.banner()[0] == "ok" and number in bench.banner()[1]
    assert bench.station.progress_label.text() == "0 / 3"
    bench.scan(MUG)
    assert bench.banner()[0] == "ok" and bench.station.progress_label.text() == "1 / 3"
    bench.scan(MUG)
    bench.scan(TEA)
    bench.wait_idle()
    # no bench carrier: packed and printed, and the owner's part (the carrier label) is named
    state, text = bench.banner()
    assert state == "warn" and "Packed" in text and "Buy label" in text
    assert printer.jobs == [(number, (SLIP, LABEL))]
    order = service.get(number)
    assert order.status is Status.PACKED
    assert [h.actor for h in order.history if h.kind in ("status", "print")][-2:] == ["Piotr", "Piotr"]
    assert bench.station.input.text() == ""  # scans never typed into the field
    # the parcel leaves: the carrier's tracking number, then the slip scanned again
    service.add_shipment(number, carrier="inpost", tracking_number="IP-77", actor=bench.station.actor)
    bench.scan(number)
    bench.wait_idle()
    assert service.get(number).status is Status.SHIPPED
    assert bench.banner()[0] == "done" and bench.station.session is None


def test_own_courier_order_leaves_the_bench_by_scanner_with_our_number(bench, service, printer):
    number = make_order(service, [("TEA-GRN", 1)], delivery=DeliveryMethod.OWN_COURIER)
    bench.scan(number)
    bench.wait_idle()
    bench.scan(TEA)
    bench.wait_idle()
    state, text = bench.banner()
    assert state == "done" and "Own courier" in text and "our own tracking number" in text and "waybill" in text
    assert printer.jobs == [(number, (SLIP,))]
    bench.key(Qt.Key.Key_F9)  # hand over too early: says what to scan, changes nothing
    bench.wait_idle()
    assert bench.banner()[0] == "error" and "tracking code" in bench.banner()[1]
    bench.scan(number)  # the slip again: our own number, and our label prints
    bench.wait_idle()
    tracking = service.get(number).tracking_number
    assert tracking.startswith("OD") and tracking in bench.banner()[1] and "Label printed" in bench.banner()[1]
    assert printer.jobs[-1] == (number, (LABEL,))
    bench.scan(number)  # and once more: handed over
    bench.wait_idle()
    assert service.get(number).status is Status.SHIPPED and bench.station.session is None
    assert bench.banner()[0] == "done" and "handed to the carrier" in bench.banner()[1]


def test_scanned_waybill_is_the_tracking_number_not_the_next_order(bench, service, printer):
    number = make_order(service, [("TEA-GRN", 1)], delivery=DeliveryMethod.OWN_COURIER)
    bench.scan(number)
    bench.wait_idle()
    bench.scan(TEA)
    bench.wait_idle()
    bench.scan("KUR4471190")  # the courier's waybill
    bench.wait_idle()
    assert bench.station.session is not None and bench.station.session.number == number
    order = service.get(number)
    assert order.tracking_number == "KUR4471190" and order.status is Status.PACKED
    assert "KUR4471190" in bench.banner()[1] and printer.jobs[-1] == (number, (LABEL,))
    bench.scan("KUR4471191")  # a second waybill is not taken again, nor as an order
    assert bench.banner()[0] == "warn" and service.get(number).tracking_number == "KUR4471190"
    bench.key(Qt.Key.Key_F9)
    bench.wait_idle()
    assert service.get(number).status is Status.SHIPPED


def test_pickup_order_goes_to_the_shelf_with_its_shelf_label(bench, service, printer):
    number = make_order(service, [("TEA-GRN", 1)], delivery=DeliveryMethod.PICKUP_SHOP, payment=PaymentMethod.ON_PICKUP)
    bench.scan(number)
    bench.wait_idle()
    bench.scan(TEA)
    bench.wait_idle()
    state, text = bench.banner()
    assert state == "done" and "pickup shelf" in text and "Put the label on" not in text
    bench.scan(number)
    bench.wait_idle()
    order = service.get(number)
    assert order.status is Status.READY_FOR_PICKUP and order.shelf_slot in bench.banner()[1]
    assert "shelf label" in bench.banner()[1] and printer.jobs == [(number, (SLIP,)), (number, (LABEL,))]


def test_order_number_typed_slowly(bench, service):
    number = make_order(service, [("TEA-GRN", 1)])
    bench.type(number)
    bench.wait_idle()
    assert bench.station.session is not None and bench.station.session.number == number
    bench.type("tea-grn")  # the SKU typed by hand also verifies
    bench.wait_idle()
    assert service.get(number).status is Status.PACKED


def test_wrong_item_and_too_many_are_refused_loudly(bench, service):
    number = make_order(service, [("MUG-01", 1), ("TEA-GRN", 1)])
    bench.scan(number)
    bench.wait_idle()
    bench.sounds.clear()
    bench.scan("9780201379624")  # the bowl: a real product, not in this order
    assert bench.banner()[0] == "error"  # at once
    bench.qtbot.waitUntil(lambda: "Wrong item" in bench.banner()[1])
    state, text = bench.banner()
    assert state == "error" and "Wrong item" in text and "青花瓷碗" in text
    assert bench.sounds == ["error"]
    bench.scan(MUG)
    bench.scan(MUG)
    state, text = bench.banner()
    assert state == "error" and "Too many" in text
    assert bench.station.progress_label.text() == "1 / 2"
    assert bench.sounds == ["error", "ok", "error"]


def test_split_scan_is_rejected_and_nothing_ticks(bench, service, qtbot):
    number = make_order(service, [("MUG-01", 2)])
    bench.scan(number)
    bench.wait_idle()
    qtbot.keyClicks(bench.focus(), MUG[:6])  # the scanner drops out half way
    qtbot.waitUntil(lambda: bench.banner()[0] == "error")
    assert "Scan again" in bench.banner()[1]
    bench.scan(MUG[6:])  # ... and the rest arrives on its own
    assert "Scan again" in bench.banner()[1]
    assert bench.station.session.verified_count == 0 and bench.station.input.text() == ""
    qtbot.wait(500)
    bench.scan(MUG)  # a clean rescan
    assert bench.station.session.verified_count == 1


def test_label_only_after_all_items_verified(bench, service, printer, db):
    number = make_order(service, [("MUG-01", 2)])
    bench.scan(number)
    bench.wait_idle()
    bench.scan(MUG)
    bench.key(Qt.Key.Key_F6)
    assert bench.banner()[0] == "error" and "only after every item" in bench.banner()[1]
    assert printer.jobs == []
    Settings(db).set(LABEL_AFTER_VERIFY.key, False)
    bench.key(Qt.Key.Key_F6)
    bench.wait_idle()
    assert printer.jobs == [(number, (LABEL,))]
    bench.scan(MUG)
    bench.wait_idle()
    assert printer.jobs[-1] == (number, (SLIP,))


def test_report_problem_puts_a_hold(bench, service):
    number = make_order(service, [("MUG-01", 2)])
    bench.scan(number)
    bench.wait_idle()
    bench.key(Qt.Key.Key_F8)
    assert bench.station.prompt.active
    bench.type("2", enter=False, gap_ms=120)
    bench.key(Qt.Key.Key_Tab)  # to the note field
    bench.type("handle broken")
    bench.wait_idle()
    hold = service.get(number).active_holds[0]
    assert hold.kind == Hold.PACKING_PROBLEM and "damaged" in hold.reason and hold.created_by == "Piotr"
    assert bench.station.session is None and bench.banner()[0] == "warn"


def test_packer_cannot_cancel(bench, service):
    number = make_order(service, [("MUG-01", 1)])
    with pytest.raises(PermissionDenied):
        service.move(number, MoveRequest(Status.CANCELLED, reason="asked"), bench.station.actor)
    assert service.get(number).status is Status.ASSEMBLING


def test_switch_user_and_idle_lock(bench, qtbot):
    bench.key(Qt.Key.Key_F2)
    assert bench.station.locked
    lock = bench.station.lock_page
    lock.users.setCurrentRow([lock.users.item(i).data(256) for i in range(lock.users.count())].index("Olga"))
    bench.type("9999")
    qtbot.waitUntil(lambda: "Wrong PIN" in lock.message.text())
    assert bench.station.locked
    bench.sign_in("Olga", "4321")
    assert bench.station.user.name == "Olga"
    bench.station.set_idle_minutes(0.005)  # 0.3 s
    qtbot.waitUntil(lambda: bench.station.locked, timeout=3000)


def test_lock_screen_arrows_stop_at_the_ends_and_a_wrong_pin_is_the_packers(bench, qtbot, db):
    from orderdesk.services.users import UserRow

    bench.key(Qt.Key.Key_F2)
    lock = bench.station.lock_page
    qtbot.waitUntil(lambda: lock.users.count() == 2)
    assert lock.selected_name() == "Piotr"  # who worked here last
    bench.key(Qt.Key.Key_Down)  # already the last name: stays, never wraps to the owner
    assert lock.selected_name() == "Piotr"
    bench.type("9999")
    qtbot.waitUntil(lambda: "Wrong PIN" in lock.message.text())
    assert "Piotr" in lock.message.text()
    with db.session() as s:
        failures = {row.name: row.failed_pins for row in s.query(UserRow)}
    assert failures["Olga"] == 0 and failures["Piotr"] == 1
    bench.key(Qt.Key.Key_Up)
    bench.key(Qt.Key.Key_Up)  # the first name: stays
    assert lock.selected_name() == "Olga"


def test_a_fresh_bench_offers_the_packer_before_the_owner(qtbot, db, service, shop, printer):
    station = PackingStation(db, PackingService(service, printer), UserService(db), sounds=False)
    qtbot.addWidget(station)
    station.show()
    qtbot.waitUntil(lambda: station.lock_page.users.count() == 2)
    assert station.lock_page.selected_name() == "Piotr"


def test_clerk_cannot_use_the_bench(qtbot, db, service, shop, printer):
    station = PackingStation(db, PackingService(service, printer), UserService(db), sounds=False)
    qtbot.addWidget(station)
    station.show()
    qtbot.waitUntil(lambda: station.lock_page.users.count() > 0)
    names = [station.lock_page.users.item(i).data(256) for i in range(station.lock_page.users.count())]
    assert names == ["Olga", "Piotr"]
