"""The pickup counter driven like a clerk: QR scans, typed numbers and codes, F-keys."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from orderdesk.models import OrderRow, utcnow
from orderdesk.services.pickup import PickupService
from orderdesk.services.scancodes import pickup_qr_payload
from orderdesk.services.users import UserService
from orderdesk.ui.stations.pickup_station import PickupStation
from orderdesk.workflow import DeliveryMethod, Hold, MoveRequest, PaymentMethod, Status
from tests.ui.stations.conftest import StationDriver
from tests.unit.services.stations_data import CLERK_PIN, OWNER, OWNER_PIN, make_order


class ListReceiptPrinter:
    def __init__(self) -> None:
        self.printed: list[tuple[str, str]] = []

    def print_text(self, title: str, text: str) -> None:
        self.printed.append((title, text))


@pytest.fixture
def receipts():
    return ListReceiptPrinter()


@pytest.fixture
def counter(qtbot, db, service, shop, receipts):
    station = PickupStation(db, PickupService(service, UserService(db)), UserService(db), receipts, sounds=False)
    qtbot.addWidget(station)
    station.resize(1280, 800)
    station.show()
    qtbot.waitExposed(station)
    driver = StationDriver(qtbot, station)
    driver.sounds = []
    station.feedback.played.connect(driver.sounds.append)
    driver.sign_in("Chen", CLERK_PIN)
    return driver


def ready(service, payment=PaymentMethod.ON_PICKUP) -> str:
    return make_order(
        service, [("MUG-01", 1), ("TEA-GRN", 2)], delivery=DeliveryMethod.PICKUP_SHOP, payment=payment,
        to=Status.READY_FOR_PICKUP,
    )  # fmt: skip


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_full_pickup_by_qr_with_cash_on_pickup(counter, service, receipts):
    number = ready(service)
    order = service.get(number)
    counter.scan(pickup_qr_payload(number, order.pickup_code))
    counter.wait_idle()
    state, text = counter.banner()
    assert state == "warn" and "Take" in text and "66,00" in text.replace(".", ",")
    assert counter.station.shelf_label.text() == order.shelf_slot
    counter.key(Qt.Key.Key_F3)  # paid cash
    counter.wait_idle()
    assert counter.banner()[0] == "done" and order.shelf_slot in counter.banner()[1]
    done = service.get(number)
    assert done.status is Status.COLLECTED and done.amount_paid_minor == 6600  # COD recorded
    assert [h.actor for h in done.history if h.kind == "status"][-1] == "Chen"
    counter.key(Qt.Key.Key_F7)
    counter.wait_idle()
    assert receipts.printed and number in receipts.printed[0][1] and "cash" in receipts.printed[0][1]


def test_typed_number_and_code_prepaid(counter, service, db):
    number = make_order(
        service, [("BOWL-CN", 1)], delivery=DeliveryMethod.PICKUP_SHOP, payment=PaymentMethod.PREPAID_ONLINE,
        to=Status.NEW,
    )  # fmt: skip
    with db.session(write=True) as s:
        s.query(OrderRow).filter_by(number=number).one().amount_paid_minor = 4500
    for step in (Status.CONFIRMED, Status.PAID, Status.ASSEMBLING, Status.PACKED, Status.READY_FOR_PICKUP):
        service.move(number, MoveRequest(step), OWNER)
    counter.type(number)
    counter.wait_idle()
    assert counter.station.money_label.text().startswith("Paid")
    counter.type(service.get(number).pickup_code)
    counter.wait_idle()
    assert counter.banner()[0] == "done"
    assert service.get(number).status is Status.COLLECTED


def test_wrong_code_and_lock_out_after_five(counter, service):
    number = ready(service)
    code = service.get(number).pickup_code
    counter.scan(number)
    counter.wait_idle()
    for k in range(1, 5):
        counter.type(wrong(code), gap_ms=100)
        counter.wait_idle()
        state, text = counter.banner()
        assert state == "error" and f"{k} of 5" in text
    counter.qtbot.waitUntil(lambda: "4 of 5" in counter.station.code_label.text())
    counter.scan(wrong(code))  # a scanned wrong code counts the same
    counter.wait_idle()
    assert counter.banner()[0] == "error" and "locked" in counter.banner()[1]
    assert Hold.PICKUP_LOCKED in [h.kind for h in service.get(number).active_holds]
    counter.type(code, gap_ms=100)  # the right code no longer helps
    counter.wait_idle()
    assert counter.banner()[0] == "error" and service.get(number).status is Status.READY_FOR_PICKUP
    assert "owner" in counter.banner()[1] and "F11" in counter.banner()[1]
    counter.key(Qt.Key.Key_F3)  # cash: says it is locked, not "check the code first"
    state, text = counter.banner()
    assert state == "error" and "locked" in text and "F11" in text and "code first" not in text
    # the owner comes over: F11, PIN and reason, payment
    counter.key(Qt.Key.Key_F11)
    assert counter.station.prompt.active
    counter.type(OWNER_PIN, enter=False, gap_ms=100)
    counter.key(Qt.Key.Key_Tab)
    counter.type("passport ok", enter=False, gap_ms=130)
    counter.key(Qt.Key.Key_Tab)
    counter.type("card", gap_ms=100)
    counter.wait_idle()
    done = service.get(number)
    assert done.status is Status.COLLECTED and done.amount_paid_minor == 6600
    assert [h.actor for h in done.history if h.kind == "status"][-1] == "Olga"


def lock_out(service, number: str) -> None:
    from orderdesk.domain import Actor
    from orderdesk.errors import MoveRefused, PermissionDenied
    from orderdesk.workflow import Role

    pickup = PickupService(service, UserService(service.db))
    code = service.get(number).pickup_code
    for _ in range(pickup.max_wrong_codes):
        with pytest.raises((MoveRefused, PermissionDenied)):
            pickup.check_code(number, wrong(code), Actor("Chen", Role.CLERK))


def test_owner_override_offers_the_payment_choices_and_records_them(counter, service):
    number = ready(service)
    lock_out(service, number)
    counter.scan(number)
    counter.wait_idle()
    counter.key(Qt.Key.Key_F11)
    prompt = counter.station.prompt
    assert prompt.active and "F4" in prompt.edits["payment"].placeholderText()
    counter.type(OWNER_PIN, enter=False, gap_ms=100)
    counter.key(Qt.Key.Key_Tab)
    # typed fast, as people type words: a reason, not a broken scan
    counter.qtbot.keyClicks(counter.focus(), "ID checked, SMS lost")
    counter.qtbot.wait(200)
    assert prompt.edits["reason"].text() == "ID checked, SMS lost"
    assert "Scan again" not in counter.banner()[1]
    counter.key(Qt.Key.Key_Tab)
    counter.type("karta", gap_ms=100)  # not a choice: said in the prompt, nothing happens
    assert prompt.active and "F4" in prompt._error.text()
    assert service.get(number).status is Status.READY_FOR_PICKUP
    prompt.edits["payment"].clear()
    counter.key(Qt.Key.Key_F4)  # card
    assert prompt.edits["payment"].text() == "card"
    counter.key(Qt.Key.Key_Return)
    counter.wait_idle()
    done = service.get(number)
    assert done.status is Status.COLLECTED and done.amount_paid_minor == 6600
    paid = [h for h in done.history if h.kind == "note"][-1]
    assert paid.to_value == "card" and paid.actor == "Chen"


def test_owner_override_payment_by_number(counter, service):
    number = ready(service)
    counter.scan(number)
    counter.wait_idle()
    counter.key(Qt.Key.Key_F11)
    # the prompt takes the card's place: both do not fit a 1280x800 screen
    assert not counter.station.card_area.isVisible() and counter.station.height() <= 800
    counter.type(OWNER_PIN, enter=False, gap_ms=100)
    counter.key(Qt.Key.Key_Tab)
    counter.type("SMS lost", enter=False, gap_ms=60)
    counter.key(Qt.Key.Key_Tab)
    counter.type("1", gap_ms=100)
    counter.wait_idle()
    assert counter.station.card_area.isVisible() and not counter.station.prompt.active
    done = service.get(number)
    assert done.status is Status.COLLECTED
    assert [h.to_value for h in done.history if h.kind == "note"][-1] == "cash"


def test_pay_before_code_is_refused(counter, service):
    number = ready(service)
    counter.scan(number)
    counter.wait_idle()
    counter.key(Qt.Key.Key_F3)
    assert counter.banner()[0] == "error" and "code first" in counter.banner()[1]
    assert service.get(number).status is Status.READY_FOR_PICKUP


def test_overdue_list(qtbot, db, service, shop, receipts):
    old = ready(service)
    with db.session(write=True) as s:
        s.query(OrderRow).filter_by(number=old).one().status_changed_at = utcnow() - timedelta(days=10)
    station = PickupStation(db, PickupService(service, UserService(db)), UserService(db), receipts, sounds=False)
    qtbot.addWidget(station)
    station.show()
    StationDriver(qtbot, station).sign_in("Chen", CLERK_PIN)
    qtbot.waitUntil(lambda: station.overdue_list.count() == 1 and old in station.overdue_list.item(0).text())
    assert "10 days" in station.overdue_list.item(0).text()


def test_packer_cannot_work_the_counter(qtbot, db, service, shop, receipts):
    station = PickupStation(db, PickupService(service, UserService(db)), UserService(db), receipts, sounds=False)
    qtbot.addWidget(station)
    station.show()
    qtbot.waitUntil(lambda: station.lock_page.users.count() > 0)
    names = [station.lock_page.users.item(i).data(256) for i in range(station.lock_page.users.count())]
    assert names == ["Chen", "Olga"]


def test_return_overdue_to_stock_with_owner_pin(counter, service, db):
    old = ready(service)
    with db.session(write=True) as s:
        s.query(OrderRow).filter_by(number=old).one().status_changed_at = utcnow() - timedelta(days=12)
    counter.key(Qt.Key.Key_F10)
    assert counter.station.prompt.active
    counter.type(old, enter=False, gap_ms=130)
    counter.key(Qt.Key.Key_Tab)
    counter.type(OWNER_PIN, enter=False, gap_ms=130)
    counter.key(Qt.Key.Key_Tab)
    counter.type("not collected", gap_ms=130)
    counter.wait_idle()
    assert counter.banner()[0] == "done" and "returned to stock" in counter.banner()[1]
    order = service.get(old)
    assert order.status is Status.RETURNED and [h.actor for h in order.history if h.kind == "status"][-1] == "Olga"
    counter.qtbot.waitUntil(lambda: "None" in counter.station.overdue_list.item(0).text())
