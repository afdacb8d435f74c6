"""What each PC does in the multi-process tests (module level, so spawned processes can run it)."""

from __future__ import annotations

import time
from datetime import datetime

from orderdesk.db import Database
from orderdesk.domain import Actor, Address, Customer
from orderdesk.errors import MoveRefused, PermissionDenied
from orderdesk.services.orders import NewLine, NewOrder, OrderService
from orderdesk.workflow import Role


def _open(url: str) -> Database:
    return Database.open(url, migrate=False)


def create_orders(db: Database, url: str, year: int, count: int) -> list[str]:
    service = OrderService(db)
    numbers = []
    for i in range(count):
        new = NewOrder(
            customer=Customer(None, f"Customer {i}", phone="", email=f"c{i}@example.pl", language="pl"),
            lines=[NewLine("MUG-1", 1)],
            delivery_method="carrier",
            payment_method="prepaid_online",
            currency="PLN",
            address=Address("Customer", "ul. Długa 5", "", "Kraków", "30-001", "", "PL"),
            created_at=datetime(year, 1, 1, 0, 0, 1),
        )
        numbers.append(service.create_order(new, Actor("desk", Role.OWNER)).number)
    return numbers


create_orders.prepare = lambda url, year, count: _open(url)


def wrong_pins(db: Database, url: str, name: str, tries: int) -> list[str]:
    from orderdesk.services.users import UserService

    users = UserService(db)
    out = []
    for _ in range(tries):
        try:
            users.authenticate(name, "0000")
            out.append("signed in")
        except PermissionDenied as exc:
            out.append("judged" if str(exc).startswith("Wrong PIN") else "locked")
    return out


wrong_pins.prepare = lambda url, name, tries: _open(url)


def wrong_owner_pins(db: Database, url: str, tries: int) -> list[str]:
    from orderdesk.services.users import UserService

    users = UserService(db)
    out = []
    for _ in range(tries):
        try:
            users.verify_owner_pin("0000")
            out.append("approved")
        except PermissionDenied:
            out.append("refused")
    return out


wrong_owner_pins.prepare = lambda url, tries: _open(url)


def wrong_codes(db: Database, url: str, number: str, tries: int) -> list[str]:
    from orderdesk.services.pickup import PickupService
    from orderdesk.services.users import UserService

    pickup = PickupService(OrderService(db), UserService(db))
    clerk = Actor("clerk", Role.CLERK)
    out = []
    for _ in range(tries):
        try:
            pickup.check_code(number, "000000", clerk)
            out.append("accepted")
        except MoveRefused:
            out.append("judged")
        except PermissionDenied as exc:
            out.append("judged-locking" if str(exc).startswith("Wrong code") else "locked")
    return out


wrong_codes.prepare = lambda url, number, tries: _open(url)


def send_outbox(db: Database, url: str, gateway_url: str) -> int:
    from orderdesk.services.messaging.config import SenderConfig
    from orderdesk.services.messaging.sender import OutboxSender
    from orderdesk.services.messaging.twilio import TwilioGateway
    from tests.fakes import twilio as fake

    gateway = TwilioGateway(account_sid=fake.ACCOUNT_SID, from_number=fake.FROM_NUMBER, get_secret=lambda n: fake.AUTH_TOKEN,
                            base_url=gateway_url + "/2010-04-01", timeout=5)  # fmt: skip
    sender = OutboxSender(db, {"twilio": gateway}, config=SenderConfig(quiet_hours=None, payment_reminder_hours=0, max_per_order_per_day=0),
                          sms_gateway="twilio", poll_interval=3600)  # fmt: skip
    sent = 0
    for _ in range(20):
        stats = sender.run_once(limit=10)
        sent += stats.sent
    return sent


send_outbox.prepare = lambda url, gateway_url: _open(url)


def hold_lease(db: Database, url: str, name: str, seconds: float) -> bool:
    from orderdesk.services.leases import lease

    with lease(db, name) as held:
        if held is None:
            return False
        time.sleep(seconds)  # long enough that every other process tries while this one holds it
        return True


hold_lease.prepare = lambda url, name, seconds: _open(url)


def move_orders(db: Database, url: str, numbers: list[str], pause: float) -> list[float]:
    """Confirm each order, a pause apart; the wall-clock time of each commit."""
    from orderdesk.workflow import MoveRequest, Status

    service = OrderService(db)
    times = []
    for number in numbers:
        time.sleep(pause)
        service.move(number, MoveRequest(Status.CONFIRMED), Actor("other desk", Role.OWNER))
        times.append(time.time())
    return times


move_orders.prepare = lambda url, numbers, pause: _open(url)


def receive_stock(db: Database, url: str, sku: str, times: int) -> int:
    """One unit in, ``times`` times, each in its own transaction (a stock push may be queued by each)."""
    from sqlalchemy import select

    from orderdesk.models import ProductRow
    from orderdesk.services.stock import ledger
    from orderdesk.services.stock.kinds import MovementKind

    with db.session() as s:
        product_id = s.scalar(select(ProductRow.id).where(ProductRow.sku == sku))
    for _ in range(times):
        with db.session(write=True) as s:
            ledger.record(s, product_id, MovementKind.RECEIVED, 1, actor="desk")
    return times


receive_stock.prepare = lambda url, sku, times: _open(url)


def batch_confirm(db: Database, url: str, numbers: list[str], one_by_one: bool) -> dict[str, str]:
    """Confirm ``numbers`` with one ``move_many`` (or one ``move`` each): what became of each."""
    from orderdesk.errors import ConflictError
    from orderdesk.services.orders import BatchMove
    from orderdesk.workflow import MoveRequest, Status

    service = OrderService(db)
    desk = Actor("desk", Role.OWNER)
    if one_by_one:
        done = {}
        for number in numbers:
            try:
                service.move(number, MoveRequest(Status.CONFIRMED), desk)
                done[number] = "moved"
            except (MoveRefused, ConflictError) as exc:
                done[number] = type(exc).__name__
        return done
    outcomes = service.move_many([BatchMove(n, MoveRequest(Status.CONFIRMED), desk) for n in numbers])
    return {o.number: "moved" if o.error is None else type(o.error).__name__ for o in outcomes}


batch_confirm.prepare = lambda url, numbers, one_by_one: _open(url)
