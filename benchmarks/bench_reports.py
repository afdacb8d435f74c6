"""Benchmark: every report over a large shop's history, on SQLite and (with --pg URL) PostgreSQL.

Orders and their history are written with bulk inserts (the ORM would take longer than the
reports): each order gets the steps of a typical path with realistic gaps, a shipment for the
carrier ones, a packing note, and a few holds and messages. Target: each report ≤ 1 s.

    python -m benchmarks.bench_reports [--orders 250000] [--repeat 3] [--pg URL | --no-pg]

Without --pg a throw-away PostgreSQL server is started (the test suite's helper) and removed.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from contextlib import nullcontext
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

    from orderdesk.bulk import stays_set_after
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
                                    "details": {"lines": 2, "items": 3, "wrong_scans": int(rng.random() < 0.05),
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
            # SQLite: the stays of the batch's steps set by one query at the end (see orderdesk.bulk).
            with stays_set_after(conn.exec_driver_sql) if db.is_sqlite else nullcontext():
                conn.execute(insert(OrderRow), order_rows)
                conn.execute(insert(HistoryRow), history)
            for table, rows in ((ShipmentRow, shipments), (HoldRow, holds), (OutboxRow, messages)):
                if rows:
                    conn.execute(insert(table), rows)
    if db.engine.dialect.name == "postgresql":
        from sqlalchemy import text

        with db.engine.begin() as conn:
            conn.execute(text("SELECT setval('orders_id_seq', (SELECT max(id) FROM orders))"))
        # What autovacuum does to a live database soon after: statistics, and the visibility map
        # that lets the reports read their indexes alone (right after a bulk load every row would
        # be checked in the table: an index-only scan over 690,000 stays took 2 s instead of 0.3).
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))


def _server_cpu(pid: int | None) -> float:
    """Seconds of CPU the PostgreSQL backend serving us has used, plus what the server's finished
    child processes used (a local server only). A report may run in parallel workers: they end
    with the query, and their CPU then shows only on the postmaster as its children's time
    (autovacuum workers count there too: on a throw-away server, a few milliseconds)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        parent = Path(f"/proc/{fields[1]}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    own = int(fields[11]) + int(fields[12])
    children = int(parent[13]) + int(parent[14])  # cutime, cstime: the reaped workers
    return (own + children) / os.sysconf("SC_CLK_TCK")


def measure(db, first: date, last: date, repeat: int = 3) -> dict[str, tuple[float, float, float]]:
    """Per report: (best wall, median wall, best CPU) in seconds over ``repeat`` runs.

    The machine may be shared: the best run is the report's own cost, the median shows the noise,
    and CPU separates the work from waiting for a core: this process's CPU on SQLite (the database
    runs in it), the serving backend's CPU and its parallel workers' on a local PostgreSQL (read
    from /proc; 10 ms steps)."""
    from sqlalchemy import text

    from orderdesk.services.reports import REPORT_NAMES, ReportQuery, ReportService

    service = ReportService(db)
    query = ReportQuery(first, last, now=START + timedelta(days=DAYS))
    pid = None
    if not db.is_sqlite:
        with db.session() as s:  # one thread: the pool hands the reports this same connection
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
    figures: dict[str, tuple[float, float, float]] = {}
    for name in REPORT_NAMES:
        runs, cpu = [], []
        for _ in range(repeat):
            t0, c0, s0 = time.perf_counter(), time.process_time(), _server_cpu(pid)
            service.run(name, query)
            runs.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0 + _server_cpu(pid) - s0)
        figures[name] = (min(runs), statistics.median(runs), min(cpu))
    return figures


def print_side_by_side(results: dict[str, dict[tuple[date, date], dict]], repeat: int) -> None:
    backends = list(results)
    for first, last in RANGES:
        print(
            f"\n{first} – {last}, {repeat} runs each: best / median wall, best CPU: ours + the server's (target ≤ 1.000 s)"
        )
        print(f"  {'report':<16}" + "".join(f"{b:>30}" for b in backends))
        worst = dict.fromkeys(backends, 0.0)
        for name in next(iter(results.values()))[(first, last)]:
            cells = []
            for b in backends:
                best, median, cpu = results[b][(first, last)][name]
                worst[b] = max(worst[b], best)
                flag = "!" if best > 1.0 else " "
                cells.append(f"{best:7.3f} /{median:7.3f} /{cpu:7.3f} s{flag}")
            print(f"  {name:<16}" + "".join(f"{c:>30}" for c in cells))
        print(f"  {'worst (best run)':<16}" + "".join(f"{worst[b]:>28.3f} s" for b in backends))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=250_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pg", help="an empty PostgreSQL database URL (default: a throw-away server)")
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    args = parser.parse_args()
    import contextlib
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from orderdesk.db import Database

    results: dict[str, dict] = {}
    with contextlib.ExitStack() as stack:
        folder = stack.enter_context(tempfile.TemporaryDirectory())
        targets = [("SQLite", str(Path(folder) / "bench.sqlite3"))]
        if not args.no_pg:
            if not args.pg:
                from tests.support import postgres
                from tests.support.pg_fixtures import fresh_pg_database

                args.pg = fresh_pg_database(stack.enter_context(postgres.temporary_server()))
            targets.append(("PostgreSQL", args.pg))
        for backend, target in targets:
            db = Database.open(target)
            t0 = time.perf_counter()
            fill(db, args.orders)
            print(f"{backend}: {args.orders:,} orders with their history written in {time.perf_counter() - t0:.1f} s")
            results[backend] = {(first, last): measure(db, first, last, args.repeat) for first, last in RANGES}
            db.dispose()
    print_side_by_side(results, args.repeat)


if __name__ == "__main__":
    main()
