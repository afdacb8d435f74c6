"""Three desks on one database, each its own process, for a fixed time:

- the owner takes phone orders, confirms them, sends them to assembling and edits notes;
- the packer finds the next order to pack (as a scan would), renders its packing slip (a real
  ReportLab PDF), packs it and puts it on the pickup shelf or hands it to the own courier;
- the clerk finds parcels on the shelf, checks the code the customer reads out and hands over,
  taking the cash;

and every desk runs the customer-message sender against one fake SMS gateway, as every desk
window does. Each desk also listens for live updates (PostgreSQL) and, as its window does,
reads the change marker a moment after a notification (``services/live.REFRESH_AFTER_MS``): the
owner's move counts as seen on another desk when that desk's read finds its history entry.

Afterwards the database is checked against what the desks say they did: every move they saw
succeed is in the history (no lost update), every note the owner saved is in its order, every
SMS reached the gateway exactly once. Used by ``benchmarks/bench_three_desks.py`` (minutes) and
by a short test.
"""

from __future__ import annotations

import collections
import random
import threading
import time
from dataclasses import dataclass, field

from sqlalchemy import func, select

from orderdesk.db import Database
from orderdesk.domain import Actor, Address, Customer
from orderdesk.errors import ConflictError, OrderDeskError
from orderdesk.models import HistoryRow, OrderRow, OutboxRow
from orderdesk.services.orders import NewLine, NewOrder, OrderEdit
from orderdesk.wiring import order_service
from orderdesk.workflow import MoveRequest, Role, Status

OWNER = Actor("Olga", Role.OWNER)
PACKER = Actor("Piotr", Role.PACKER)
CLERK = Actor("Chen", Role.CLERK)


@dataclass
class DeskLog:
    desk: str
    ops: dict[str, list[float]] = field(default_factory=lambda: collections.defaultdict(list))
    moves: int = 0  # status changes this desk saw succeed
    notes: list[tuple[str, str]] = field(default_factory=list)  # (order, token) the owner saved
    conflicts: int = 0  # refused by the version check (someone else was quicker): not lost
    commits: list[tuple[float, int]] = field(default_factory=list)  # the owner's moves: (wall clock, history id)
    heard: list[float] = field(default_factory=list)  # wall-clock times live updates arrived
    seen: list[tuple[float, int]] = field(default_factory=list)  # board reads: (wall clock, newest history id)
    sent: int = 0
    errors: list[str] = field(default_factory=list)

    def timed(self, kind: str, fn):
        started = time.perf_counter()
        result = fn()
        self.ops[kind].append(time.perf_counter() - started)
        return result


def _ids(db: Database, status: Status, limit: int = 20) -> list[str]:
    with db.session() as s:
        return list(
            s.scalars(select(OrderRow.number).where(OrderRow.status == status.value).order_by(OrderRow.id).limit(limit))
        )


def _sender(db: Database, gateway_url: str):
    from orderdesk.services.messaging.config import SenderConfig
    from orderdesk.services.messaging.sender import OutboxSender
    from orderdesk.services.messaging.twilio import TwilioGateway
    from tests.fakes import twilio as fake

    gateway = TwilioGateway(account_sid=fake.ACCOUNT_SID, from_number=fake.FROM_NUMBER, get_secret=lambda n: fake.AUTH_TOKEN,
                            base_url=gateway_url + "/2010-04-01", timeout=5)  # fmt: skip
    return OutboxSender(db, {"twilio": gateway}, config=SenderConfig(quiet_hours=None, payment_reminder_hours=0, max_per_order_per_day=0),
                        sms_gateway="twilio", poll_interval=3600)  # fmt: skip


def _listen(db: Database, log: DeskLog, stop: threading.Event):
    """The desk window's live updates: a listener, and a board that reads the change marker
    REFRESH_AFTER_MS after the first notification of a burst (ui/live_updates.py)."""
    if db.is_sqlite:
        return None
    from orderdesk.services.live import REFRESH_AFTER_MS, ChangeListener

    wake = threading.Event()

    def heard(_table: str) -> None:
        log.heard.append(time.time())
        wake.set()

    def board() -> None:
        while not stop.is_set():
            if not wake.wait(0.2):
                continue
            time.sleep(REFRESH_AFTER_MS / 1000)  # later notifications join this refresh
            wake.clear()
            with db.session() as s:
                log.seen.append((time.time(), s.scalar(select(func.max(HistoryRow.id))) or 0))

    threading.Thread(target=board, name="board", daemon=True).start()
    listener = ChangeListener(db.url, heard).start()
    listener.connected.wait(10)
    return listener


def desk(name: str, url: str, seconds: float, gateway_url: str, seed: int) -> DeskLog:
    """One desk's loop (runs in its own process)."""
    db = Database.open(url, migrate=False)
    service = order_service(db)
    sender = _sender(db, gateway_url)
    log = DeskLog(name)
    stop = threading.Event()
    listener = _listen(db, log, stop)
    rng = random.Random(seed)
    step = {"owner": _owner_step, "packer": _packer_step, "clerk": _clerk_step}[name]
    deadline = time.monotonic() + seconds
    last_send = 0.0
    try:
        while time.monotonic() < deadline:
            try:
                step(service, log, rng)
            except ConflictError:
                log.conflicts += 1
            except OrderDeskError as exc:
                log.errors.append(f"{type(exc).__name__}: {exc}")
            if time.monotonic() - last_send > 0.5:  # each desk window runs the sender now and then
                stats = log.timed("send messages", lambda: sender.run_once(limit=20))
                log.sent += stats.sent
                last_send = time.monotonic()
            time.sleep(rng.uniform(0.005, 0.03))  # people and scanners, not a tight loop
    finally:
        if listener is not None:
            time.sleep(1.0)  # the other desks' last moves reach this board too
        stop.set()
        if listener is not None:
            listener.stop()
        time.sleep(0.3)  # the board's last read
        db.dispose()
    log.ops = dict(log.ops)
    return log


def _owner_step(service, log: DeskLog, rng: random.Random) -> None:
    action = rng.random()
    if action < 0.35:
        pickup = rng.random() < 0.6
        new = NewOrder(
            customer=Customer(None, rng.choice(["Anna Kowalska", "Иван Петров", "王芳", "John Smith"]),
                              phone=f"+48600{rng.randrange(100000, 999999)}", email="", language="pl"),
            lines=[NewLine(rng.choice(["MUG-1", "TEA-2", "FAN-3"]), rng.randint(1, 3))],
            delivery_method="pickup_shop" if pickup else "own_courier",
            payment_method="on_pickup" if pickup else "cash_on_delivery",
            currency="PLN",
            address=Address("Anna Kowalska", "ul. Długa 5", "", "Kraków", "30-001", "", "PL"),
        )  # fmt: skip
        log.timed("create", lambda: service.create_order(new, OWNER))
        return
    if action < 0.8:
        for status, to in ((Status.NEW, Status.CONFIRMED), (Status.CONFIRMED, Status.ASSEMBLING)):
            numbers = _ids(service.db, status, 5)
            if numbers:
                number = rng.choice(numbers)
                log.timed("move", lambda n=number, t=to: service.move(n, MoveRequest(t), OWNER))
                log.moves += 1
                log.commits.append((time.time(), _last_status_entry(service.db, number)))
                return
        return
    numbers = _ids(service.db, rng.choice([Status.NEW, Status.CONFIRMED, Status.ASSEMBLING, Status.READY_FOR_PICKUP]))
    if numbers:
        number = rng.choice(numbers)
        token = f"[{log.desk}-{len(log.notes)}]"
        order = service.get(number, with_history=False)
        log.timed("edit", lambda: service.update_order(
            number, OrderEdit(notes=(order.notes + " " + token).strip(), expected_version=order.version), OWNER))  # fmt: skip
        log.notes.append((number, token))


def _last_status_entry(db: Database, number: str) -> int:
    with db.session() as s:
        order_id = select(OrderRow.id).where(OrderRow.number == number).scalar_subquery()
        return s.scalar(
            select(func.max(HistoryRow.id)).where(HistoryRow.order_id == order_id, HistoryRow.kind == "status")
        )


def _packer_step(service, log: DeskLog, rng: random.Random) -> None:
    from orderdesk.services.documents.common import ShopInfo
    from orderdesk.services.documents.packing_slip import render_slips

    numbers = _ids(service.db, Status.ASSEMBLING, 5)
    if not numbers:
        return
    number = numbers[0] if rng.random() < 0.7 else rng.choice(numbers)  # the next in line, mostly
    order = log.timed("scan", lambda: service.get(service.find_number(number), with_history=False))
    log.timed("print slip", lambda: render_slips([order], ShopInfo("Sklep Ania")))
    log.timed("move", lambda: service.move(number, MoveRequest(Status.PACKED, expected_version=order.version), PACKER))
    log.moves += 1
    if order.delivery_method == "pickup_shop":
        log.timed("move", lambda: service.move(number, MoveRequest(Status.READY_FOR_PICKUP), PACKER))
    else:
        service.add_shipment(number, carrier="own_courier", tracking_number=f"OC{rng.randrange(10**9)}", actor=PACKER)
        log.timed("move", lambda: service.move(number, MoveRequest(Status.SHIPPED), PACKER))
    log.moves += 1


def _clerk_step(service, log: DeskLog, rng: random.Random) -> None:
    from orderdesk.services.pickup import PickupService
    from orderdesk.services.users import UserService

    numbers = _ids(service.db, Status.READY_FOR_PICKUP, 5)
    if not numbers:
        return
    pickup = PickupService(service, UserService(service.db))
    view = log.timed("find", lambda: pickup.find(rng.choice(numbers), CLERK))
    code = view.order.pickup_code  # what the customer reads out
    log.timed("collect", lambda: pickup.collect(view.number, code, CLERK, payment="cash"))
    log.moves += 1


# -- checking and reporting


@dataclass
class Report:
    seconds: float
    logs: list[DeskLog]
    lost_moves: int
    lost_notes: int
    duplicate_sms: int
    sms_received: int
    seen_delays: list[float]
    sms_rows: int = 0  # SMS the desks queued (each must reach the gateway once)

    def lines(self) -> list[str]:
        from orderdesk.bench import percentile

        ops = sum(len(v) for log in self.logs for v in log.ops.values())
        out = [f"three desks for {self.seconds:.0f} s: {ops:,} operations, {ops / self.seconds:,.1f} per second"]
        for log in self.logs:
            kinds = ", ".join(
                f"{k} {len(v)} × p95 {percentile(v, 95) * 1000:.1f} ms" for k, v in sorted(log.ops.items())
            )
            out.append(f"  {log.desk:<7} {kinds}; version conflicts {log.conflicts}; refusals {len(log.errors)}")
        out.append(f"  lost updates: {self.lost_moves} moves, {self.lost_notes} notes (target 0)")
        out.append(
            f"  SMS queued {self.sms_rows}, at the gateway {self.sms_received}, duplicates {self.duplicate_sms} (target 0)"
        )
        if self.seen_delays:
            p95 = percentile(self.seen_delays, 95)
            seen = [d for d in self.seen_delays if d != float("inf")]
            out.append(
                f"  owner's move seen on the other desks' boards: p95 {p95 * 1000:.0f} ms, "
                f"max {max(seen, default=0) * 1000:.0f} ms, never seen {len(self.seen_delays) - len(seen)} "
                f"of {len(self.seen_delays)} (target p95 ≤ 1 s)"
            )
        return out


def prepare(url: str) -> None:
    from tests.factories import stock_products

    db = Database.open(url)
    stock_products(order_service(db), stock=100_000)
    db.dispose()


def simulate(url: str, seconds: float, gateway) -> Report:
    """Run the three desks as processes against ``url`` (prepared) and ``gateway`` (a FakeTwilio)."""
    from tests.support.multiproc import run_processes

    started = time.monotonic()
    logs = run_processes(
        desk, [(name, url, seconds, gateway.url, i) for i, name in enumerate(("owner", "packer", "clerk"))],
        timeout=seconds + 120,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    time.sleep(0.2)
    db = Database.open(url, migrate=False)
    # Whatever the desks left pending is sent now, by one more round, so every SMS is counted.
    for _ in range(5):
        _sender(db, gateway.url).run_once(limit=500)
    with db.session() as s:
        moves_in_history = s.scalar(
            select(func.count()).select_from(HistoryRow).where(HistoryRow.kind == "status", HistoryRow.actor != "")
        )
        notes = dict(s.execute(select(OrderRow.number, OrderRow.notes)).all())
        # Messages that wait for a missing value (no tracking page for an own courier...) are not
        # meant to go: every other SMS must arrive exactly once.
        sms_rows = s.scalar(
            select(func.count())
            .select_from(OutboxRow)
            .where(OutboxRow.channel == "sms", OutboxRow.status != "incomplete")
        )
    db.dispose()
    reported = sum(log.moves for log in logs)
    lost_notes = sum(1 for log in logs for number, token in log.notes if token not in notes.get(number, ""))
    bodies = collections.Counter((m.get("to"), m["body"]) for m in gateway.received)
    duplicates = sum(n - 1 for n in bodies.values() if n > 1)
    owner = next(log for log in logs if log.desk == "owner")
    delays = []
    for other in (log for log in logs if log.desk != "owner"):
        for at, entry in owner.commits:
            # The first read on that desk that found the move (a read may come before the owner's
            # call returned: 0). A move no read found before the end counts as not seen.
            when = next((t for t, newest in other.seen if newest >= entry), None)
            delays.append(max(0.0, when - at) if when is not None else float("inf"))
    return Report(
        elapsed, logs, reported - moves_in_history, lost_notes, duplicates, len(gateway.received), delays, sms_rows
    )


__all__ = ["Report", "desk", "prepare", "simulate"]
