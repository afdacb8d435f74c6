"""Counters, lock-outs and claims shared by several PCs: each PC is a separate process, all
starting at the same moment, against one SQLite file and one real PostgreSQL database."""

from __future__ import annotations

import collections

from sqlalchemy import func, select

from orderdesk.db import Database
from orderdesk.domain import Actor
from orderdesk.models import HoldRow, OutboxRow
from orderdesk.services.orders import OrderService
from orderdesk.services.users import LOCKOUT, MAX_WRONG_PINS, UserService
from orderdesk.workflow import Hold, MoveRequest, Role, Status
from tests.factories import OWNER, make_order, stock_products
from tests.fakes.twilio import FakeTwilio
from tests.integration.multipc import workers
from tests.support.multiproc import run_processes

PCS = 6


def test_first_orders_of_a_new_year_get_unique_numbers_in_sequence(shop_url):
    db = Database.open(shop_url)
    stock_products(OrderService(db), stock=1000)
    results = run_processes(workers.create_orders, [(shop_url, 2031, 5)] * PCS)
    numbers = [n for batch in results for n in batch]
    assert sorted(numbers) == [f"2031-{i:06d}" for i in range(1, PCS * 5 + 1)]
    db.dispose()


def test_parallel_wrong_pins_get_exactly_the_allowed_tries_in_one_lockout_window(shop_url):
    db = Database.open(shop_url)
    users = UserService(db)
    users.create_user("Olga", Role.OWNER, "4321")
    users.create_user("Piotr", Role.PACKER, "1234", actor=Actor("Olga", Role.OWNER))
    results = run_processes(workers.wrong_pins, [(shop_url, "Piotr", 10)] * PCS)
    outcomes = collections.Counter(o for batch in results for o in batch)
    assert outcomes == {"judged": MAX_WRONG_PINS, "locked": PCS * 10 - MAX_WRONG_PINS}
    # Locked now, even with the right PIN, until the window has passed.
    try:
        users.authenticate("Piotr", "1234")
        raise AssertionError("the right PIN was accepted during the lock-out")
    except Exception as exc:
        assert "Too many wrong PINs" in str(exc)
    from orderdesk.services.users import UserRow

    with db.session(write=True) as s:
        row = s.scalar(select(UserRow).where(UserRow.name == "Piotr"))
        row.locked_until = row.locked_until - LOCKOUT  # the window is over
    assert users.authenticate("Piotr", "1234").name == "Piotr"
    db.dispose()


def test_parallel_wrong_owner_pins_count_against_every_owner(shop_url):
    db = Database.open(shop_url)
    users = UserService(db)
    users.create_user("Olga", Role.OWNER, "4321")
    users.create_user("Marek", Role.OWNER, "8765", actor=Actor("Olga", Role.OWNER))
    results = run_processes(workers.wrong_owner_pins, [(shop_url, 4)] * PCS)
    assert collections.Counter(o for batch in results for o in batch) == {"refused": PCS * 4}
    # Both owners are locked after the fifth guess: the right PIN no longer approves anything.
    for pin in ("4321", "8765"):
        try:
            users.verify_owner_pin(pin)
            raise AssertionError("an owner PIN was accepted during the lock-out")
        except Exception as exc:
            assert "not the owner's PIN" in str(exc)
    db.dispose()


def test_parallel_wrong_pickup_codes_lock_the_order_after_the_limit(shop_url):
    db = Database.open(shop_url)
    service = OrderService(db)
    stock_products(service)
    number = make_order(service, payment="on_pickup", delivery="pickup_shop")
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED, Status.READY_FOR_PICKUP):
        service.move(number, MoveRequest(status), OWNER)
    results = run_processes(workers.wrong_codes, [(shop_url, number, 5)] * PCS)
    outcomes = collections.Counter(o for batch in results for o in batch)
    assert outcomes == {"judged": 4, "judged-locking": 1, "locked": PCS * 5 - 5}
    order = service.get(number)
    assert order.pickup_failures == 5
    with db.session() as s:
        locks = s.scalar(select(func.count()).select_from(HoldRow).where(HoldRow.kind == Hold.PICKUP_LOCKED.value))
    assert locks == 1
    db.dispose()


def test_several_senders_never_send_one_message_twice(shop_url):
    db = Database.open(shop_url)
    with db.session(write=True) as s:
        for i in range(60):
            s.add(OutboxRow(channel="sms", kind="test", recipient=f"+4860010{i:04d}", idempotency_key=f"multi:{i}",
                            payload={"body": f"Wiadomość {i}"}, status="pending", attempts=0, last_error="", gateway="", gateway_id=""))  # fmt: skip
    with FakeTwilio() as fake:
        fake.latency = 0.01  # sending takes a moment: the others must not take the row meanwhile
        sent = run_processes(workers.send_outbox, [(shop_url, fake.url)] * 4)
        received = collections.Counter(m["body"] for m in fake.received)
    assert sum(sent) == 60
    assert received == {f"Wiadomość {i}": 1 for i in range(60)}
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxRow).where(OutboxRow.status == "sent")) == 60
    db.dispose()


def test_one_round_at_a_time_across_processes(shop_url):
    results = run_processes(workers.hold_lease, [(shop_url, "carrier-sync", 1.5)] * PCS)
    assert sorted(results) == [False] * (PCS - 1) + [True]
    # Given back afterwards: the next round can start.
    results = run_processes(workers.hold_lease, [(shop_url, "carrier-sync", 0.0)])
    assert results == [True]


def test_a_killed_holder_does_not_block_the_round_for_ever(shop_url):
    import signal
    import subprocess
    import sys
    from datetime import timedelta
    from pathlib import Path

    from orderdesk.models import LeaseRow
    from orderdesk.services.leases import Lease, holder_of

    script = (
        "import sys, time; from orderdesk.db import Database; from orderdesk.services.leases import Lease; "
        "lease = Lease(Database.open(sys.argv[1], migrate=False), 'carrier-sync'); "
        "print(lease.acquire(), flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen([sys.executable, "-c", script, shop_url], cwd=Path(__file__).resolve().parents[3],
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert holder.stdout.readline().strip() == "True"
    db = Database.open(shop_url)
    assert not Lease(db, "carrier-sync").acquire()  # held by the other process
    assert holder_of(db, "carrier-sync")
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    if db.is_sqlite:  # the row stays until its time runs out
        assert not Lease(db, "carrier-sync").acquire()
        with db.session(write=True) as s:
            s.get(LeaseRow, "carrier-sync").expires_at -= timedelta(hours=1)
    # PostgreSQL dropped the advisory lock with the dead process's connection.
    assert holder_of(db, "carrier-sync") is None
    lease = Lease(db, "carrier-sync")
    assert lease.acquire()
    lease.release()
    db.dispose()
