"""Benchmark: every report over a large shop's history, on SQLite and (with --pg URL) PostgreSQL.

Orders and their history are written with bulk inserts (the ORM would take longer than the
reports): each order gets the steps of a typical path with realistic gaps, a shipment for the
carrier ones, a packing note, and a few holds and messages. Target: each report ≤ 1 s.

    python -m benchmarks.bench_reports [--orders 250000] [--pg postgresql+psycopg://...]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

PATHS = (
    (
        "carrier",
        ("new", "confirmed", "paid", "assembling", "packed", "shipped", "in_transit", "delivered", "completed"),
    ),
    ("pickup_shop", ("new", "confirmed", "assembling", "packed", "ready_for_pickup", "collected", "completed")),
    ("own_courier", ("new", "confirmed", "awaiting_payment", "paid", "assembling", "packed", "shipped")),
    ("carrier", ("new", "confirmed", "cancelled")),
)
START = datetime(2026, 1, 1)
DAYS = 330
# The window's default (the last 30 days of the data) and the whole year.
RANGES = ((date(2026, 10, 28), date(2026, 11, 26)), (date(2026, 1, 1), date(2026, 12, 31)))


def fill(db, orders: int, seed: int = 7) -> None:
    from sqlalchemy import insert

    from orderdesk.models import CustomerRow, HistoryRow, HoldRow, OrderRow, OutboxRow, ShipmentRow

    rng = random.Random(seed)
    with db.engine.begin() as conn:
        conn.execute(insert(CustomerRow), [{"name": "Bench", "phone": "+48600700800", "email": "b@example.pl"}])
    batch = 5000
    for first in range(0, orders, batch):
        order_rows, history, shipments, holds, messages = [], [], [], [], []
        for i in range(first, min(first + batch, orders)):
            method, path = PATHS[rng.randrange(len(PATHS))]
            at = START + timedelta(minutes=rng.randrange(DAYS * 24 * 60))
            steps = path[: rng.randint(1, len(path))]
            times = [at]
            for _ in steps[1:]:
                times.append(times[-1] + timedelta(minutes=rng.randint(10, 3 * 24 * 60)))
            oid = i + 1
            order_rows.append({
                "id": oid, "number": f"B-{oid:07d}", "source": rng.choice(("web", "phone")), "status": steps[-1],
                "version": 1, "created_at": at, "status_changed_at": times[-1], "customer_id": 1,
                "delivery_method": method, "payment_method": "prepaid_online", "currency": "PLN",
                "total_minor": rng.randint(1000, 50000), "amount_paid_minor": 0,
            })  # fmt: skip
            for n, (status, when) in enumerate(zip(steps, times, strict=True)):
                history.append({"order_id": oid, "at": when, "actor": rng.choice(("Olga", "Piotr", "Kasia")),
                                "role": "owner", "kind": "create" if n == 0 else "status",
                                "from_value": steps[n - 1] if n else "", "to_value": status, "reason": "",
                                "details": {}})  # fmt: skip
                if status == "packed":
                    history.append({"order_id": oid, "at": when, "actor": "Piotr", "role": "packer", "kind": "note",
                                    "from_value": "", "to_value": "verified", "reason": "",
                                    "details": {"lines": 2, "items": 3, "wrong_scans": rng.random() < 0.05,
                                                "extra_scans": 0}})  # fmt: skip
            if "shipped" in steps:
                shipments.append({"order_id": oid, "carrier": rng.choice(("cdek", "inpost", "easypost")),
                                  "service": "standard", "tracking_number": f"T{oid}", "details": {}})  # fmt: skip
            if rng.random() < 0.03:
                holds.append({"order_id": oid, "kind": "out_of_stock", "reason": "", "details": {"MUG-1": 1},
                              "created_at": at, "resolved_at": at + timedelta(hours=5), "created_by": "Olga"})  # fmt: skip
            if rng.random() < 0.3:
                messages.append({"order_id": oid, "channel": "sms", "idempotency_key": f"m{oid}", "status": "sent",
                                 "gateway": "twilio", "payload": {}, "created_at": at})  # fmt: skip
        with db.engine.begin() as conn:
            conn.execute(insert(OrderRow), order_rows)
            conn.execute(insert(HistoryRow), history)
            for table, rows in ((ShipmentRow, shipments), (HoldRow, holds), (OutboxRow, messages)):
                if rows:
                    conn.execute(insert(table), rows)
    if db.engine.dialect.name == "postgresql":
        from sqlalchemy import text

        with db.engine.begin() as conn:
            conn.execute(text("SELECT setval('orders_id_seq', (SELECT max(id) FROM orders))"))
            conn.execute(text("ANALYZE"))


def measure(db, label: str, first: date, last: date, repeat: int = 3) -> dict[str, float]:
    from orderdesk.services.reports import REPORT_NAMES, ReportQuery, ReportService

    service = ReportService(db)
    query = ReportQuery(first, last, now=START + timedelta(days=DAYS))
    figures: dict[str, float] = {}
    cpu_figures: dict[str, float] = {}  # this process's CPU: SQLite's real cost on a busy machine
    for name in REPORT_NAMES:
        runs, cpu = [], []
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            service.run(name, query)
            runs.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        figures[name] = min(runs)
        cpu_figures[name] = min(cpu)
    worst = max(figures.values())
    print(f"\n{label}: {query.date_from} – {query.date_to}, best of {repeat} (target ≤ 1.000 s)")
    print(f"  {'report':<16} {'wall':>9} {'our CPU':>9}")
    for name, seconds in figures.items():
        flag = "" if seconds <= 1.0 else "  over target"
        print(f"  {name:<16} {seconds:7.3f} s {cpu_figures[name]:7.3f} s{flag}")
    print(f"  worst {worst:.3f} s, median {statistics.median(figures.values()):.3f} s")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=250_000)
    parser.add_argument("--pg", help="an empty PostgreSQL database URL to run the same on")
    args = parser.parse_args()
    from orderdesk.db import Database

    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "bench.sqlite3")
        t0 = time.perf_counter()
        fill(db, args.orders)
        print(f"SQLite: {args.orders:,} orders with their history written in {time.perf_counter() - t0:.1f} s")
        for first, last in RANGES:
            measure(db, f"SQLite, {args.orders:,} orders", first, last)
        db.dispose()
    if args.pg:
        db = Database.open(args.pg)
        t0 = time.perf_counter()
        fill(db, args.orders)
        print(f"PostgreSQL: written in {time.perf_counter() - t0:.1f} s")
        for first, last in RANGES:
            measure(db, f"PostgreSQL, {args.orders:,} orders", first, last)


if __name__ == "__main__":
    main()
