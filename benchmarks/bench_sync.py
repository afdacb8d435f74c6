"""Benchmark: one tracking sync round of 500 active shipments against the CDEK fake.

The fake adds 50 ms to every request and answers 429 above 20 requests/s. The round must
finish within 1.3x of the bound the rate limit allows (shipments / limit = 25 s), never
exceed the limit, and a Qt event loop running meanwhile must stay responsive (the sync runs
in a worker thread, as the app's task runner does; we report the worst timer stall).

    python -m benchmarks.bench_sync [--shipments 500 --latency 0.05 --limit 20]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path


def build_database(path: Path, fake, shipments: int):
    """A real SQLite database with ``shipments`` shipped orders, each with a CDEK shipment."""
    from sqlalchemy import update

    from orderdesk.db import Database
    from orderdesk.domain import Actor, Address, Customer
    from orderdesk.models import OrderRow, ShipmentRow
    from orderdesk.money import Money
    from orderdesk.services.orders import NewLine, NewOrder, OrderService

    db = Database.open(path)
    orders = OrderService(db)
    orders.upsert_product("MUG-1", "Кружка", Money(2500, "RUB"), weight_g=350, stock_on_hand=10**6)
    actor = Actor("bench")
    now = datetime.now(UTC)
    for i in range(shipments):
        new = NewOrder(
            customer=Customer(None, f"Покупатель {i}", phone="+79161234567", language="ru"),
            lines=[NewLine("MUG-1", 1)],
            delivery_method="carrier",
            payment_method="cash_on_delivery",
            currency="RUB",
            address=Address(f"Покупатель {i}", "ул. Ленина, 1", "", "Москва", "101000", "", "RU"),
        )
        number = orders.create_order(new, actor).number
        # Most parcels moved on since the last round; some did not.
        if i % 10 == 0:
            statuses = [("RECEIVED_AT_SHIPMENT_WAREHOUSE", (now - timedelta(hours=3)).isoformat())]
        elif i % 10 == 1:
            statuses = [
                ("RECEIVED_AT_SHIPMENT_WAREHOUSE", (now - timedelta(hours=30)).isoformat()),
                ("DELIVERED", (now - timedelta(hours=1)).isoformat()),
            ]
        else:
            statuses = [
                ("RECEIVED_AT_SHIPMENT_WAREHOUSE", (now - timedelta(hours=20)).isoformat()),
                ("SENT_TO_RECIPIENT_CITY", (now - timedelta(hours=2)).isoformat()),
            ]
        seeded = fake.seed_processed(number, statuses)
        with db.session(write=True) as s:
            row = s.query(OrderRow).filter_by(number=number).one()
            row.shipments.append(
                ShipmentRow(
                    carrier="cdek",
                    service="136",
                    tracking_number=seeded["cdek_number"],
                    external_id=seeded["uuid"],
                    status="created",
                    details={},
                )
            )
    with db.session(write=True) as s:  # bench set-up shortcut: put them all on the road
        s.execute(update(OrderRow).values(status="shipped"))
    return db, orders


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shipments", type=int, default=500)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds the fake adds to each request")
    parser.add_argument("--limit", type=float, default=20.0, help="the fake's requests/s before 429")
    parser.add_argument("--rate", type=float, default=None, help="our limiter's rate (default: 95%% of --limit)")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--no-gui", action="store_true", help="skip the Qt event-loop responsiveness probe")
    args = parser.parse_args()
    rate = args.rate or args.limit * 0.95  # a safety margin: arrival jitter must not push a window over

    from orderdesk.services.carriers.cdek import CdekCarrier
    from orderdesk.services.carriers.registry import CarrierRegistry
    from orderdesk.services.http import HttpClient, RateLimiter, RetryPolicy
    from orderdesk.services.sync import TrackingSync
    from orderdesk.settings import Settings
    from tests.fakes.cdek import CdekFake

    fake = CdekFake(client_id="bench", client_secret="bench-secret")
    fake.start()
    tmp = tempfile.TemporaryDirectory(prefix="bench-sync-")
    try:
        print(f"setting up {args.shipments} shipped orders ...", file=sys.stderr, flush=True)
        db, orders = build_database(Path(tmp.name) / "bench.sqlite3", fake, args.shipments)
        # Faults and limits switch on only for the measured round.
        fake.latency, fake.rate_limit = args.latency, args.limit
        fake.log.clear()
        http = HttpClient(
            fake.base_url + "/v2",
            timeout=(5, 10),
            retry=RetryPolicy(attempts=5),
            limiter=RateLimiter(rate),
            name="CDEK",
        )
        carrier = CdekCarrier(http, "bench", "bench-secret")
        registry = CarrierRegistry(Settings(db), overrides={"cdek": lambda: carrier})
        sync = TrackingSync(db, orders, registry, max_workers=args.workers, stall_days=30)

        result: dict = {}

        def work() -> None:
            try:
                result["summary"] = sync.run_round()
            except BaseException as exc:  # reported below
                result["error"] = exc

        stall = run_with_event_loop(work, gui=not args.no_gui)
        if "error" in result:
            raise result["error"]
        summary = result["summary"]
    finally:
        fake.stop()

    requests_sent = len(fake.log)
    bound = requests_sent / args.limit
    ratio = summary.seconds / bound if bound else 0.0
    peak = fake.max_in_window(1.0)
    print("bench_sync: one tracking sync round")
    print(f"  shipments polled      {summary.polled} / {summary.shipments} (errors: {len(summary.errors)})")
    print(f"  requests to the fake  {requests_sent} (token + tracking), {http.stats['retries']} retries")
    print(
        f"  fake latency / limit  {args.latency * 1000:.0f} ms / {args.limit:g} req/s; our limiter {rate:g} req/s, {args.workers} workers"
    )
    print(f"  round time            {summary.seconds:.2f} s")
    print(f"  rate-limit bound      {bound:.2f} s  -> ratio {ratio:.3f} (target <= 1.30)")
    print(f"  peak requests in 1 s  {peak} (limit {args.limit:g}); 429 answers: {fake.rejected_by_limit}")
    print(f"  cards moved           {len(summary.moved)}; new events {summary.new_events}; holds {len(summary.holds)}")
    if stall is not None:
        print(f"  worst GUI stall       {stall * 1000:.1f} ms (Qt timer every 10 ms on the main thread)")
    ok = ratio <= 1.3 and peak <= args.limit and fake.rejected_by_limit == 0 and not summary.errors
    print("  result                " + ("OK" if ok else "NOT MET"))
    tmp.cleanup()
    return 0 if ok else 1


def run_with_event_loop(work, gui: bool) -> float | None:
    """Run ``work`` in a thread; with Qt, spin an event loop meanwhile and return the worst stall."""
    if gui:
        try:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtCore import QCoreApplication, QTimer
        except ImportError:
            gui = False
    thread = threading.Thread(target=work, name="sync-round")
    if not gui:
        thread.start()
        thread.join()
        return None
    app = QCoreApplication.instance() or QCoreApplication([])
    worst = 0.0
    last = time.perf_counter()

    def tick() -> None:
        nonlocal worst, last
        now = time.perf_counter()
        worst = max(worst, now - last - 0.010)
        last = now
        if not thread.is_alive():
            app.quit()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    thread.start()
    app.exec()
    timer.stop()
    thread.join()
    return max(worst, 0.0)


if __name__ == "__main__":
    raise SystemExit(main())
