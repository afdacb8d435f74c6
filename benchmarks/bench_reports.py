"""Benchmark: every report over a large shop's history, on SQLite and (with --pg URL) PostgreSQL.

Orders and their history are written with bulk inserts (the ORM would take longer than the
reports): each order gets the steps of a typical path with realistic gaps, a shipment for the
carrier ones, a packing note, holds (out of stock, carrier delays and mismatches), messages in
every outcome, and for delivered or collected orders returns with lines and refunds, whole-order
returns through the history, and complaints; besides, 50,000 customers of whom some opted out of
SMS or e-mail, most on a recorded day. Target: each report ≤ 1 s.

    python -m benchmarks.bench_reports [--orders 250000] [--repeat 3] [--pg URL | --no-pg] [--report NAME ...]

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
RETURN_REASONS = ("damaged", "wrong_item", "not_as_described", "changed_mind", "other")
RETURN_STATUSES = ("requested", "awaiting_parcel", "received", "refunded", "refunded", "rejected")
# outbox status, gateway, delivery report: every outcome of the messages report
MESSAGE_OUTCOMES = (
    ("delivered", "twilio", "delivered"),
    ("delivered", "twilio", "delivered"),
    ("sent", "twilio", ""),
    ("failed", "twilio", "undelivered"),
    ("failed", "smsapi", ""),
    ("unknown", "smsapi", ""),
    ("pending", "", ""),
)
COUNTRIES = ("PL", "PL", "RU", "CN")
START = datetime(2026, 1, 1)
DAYS = 330
OPT_OUT_CUSTOMERS = 50_000  # customers besides the orders' one; some opted out, most on a recorded day
# The window's default (the last 30 days of the data) and the whole year.
RANGES = ((date(2026, 10, 28), date(2026, 11, 26)), (date(2026, 1, 1), date(2026, 12, 31)))


def fill(db, orders: int, seed: int = 7) -> None:
    from sqlalchemy import insert

    from orderdesk.bulk import stays_set_after
    from orderdesk.models import CustomerRow, HistoryRow, HoldRow, OrderRow, OutboxRow, ShipmentRow

    rng = random.Random(seed)
    with db.engine.begin() as conn:
        conn.execute(insert(CustomerRow), [{"name": "Bench", "phone": "+48600700800", "email": "b@example.pl"}])
        _opt_outs(conn, random.Random(seed + 1))
    batch = 5000
    after = Afterwards()
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
                sku = rng.choice(("MUG-1", "TEA-2", "CUP-3", "FAN-4"))
                resolved = at + timedelta(minutes=rng.randint(10, 72 * 60)) if rng.random() < 0.9 else None
                holds.append({"order_id": oid, "kind": "out_of_stock", "reason": "", "details": {sku: rng.randint(1, 3)},
                              "created_at": at, "resolved_at": resolved, "created_by": "Olga"})  # fmt: skip
            if "shipped" in steps and rng.random() < 0.04:
                holds.append({"order_id": oid, "kind": rng.choice(("delayed", "carrier_mismatch")), "reason": "",
                              "details": {}, "created_at": times[-1], "resolved_at": None, "created_by": "carrier"})  # fmt: skip
            if rng.random() < 0.3:
                status, gateway, report = rng.choice(MESSAGE_OUTCOMES)
                channel = rng.choice(("sms", "sms", "email"))
                gateway = "smtp_email" if channel == "email" and gateway else gateway
                messages.append({"order_id": oid, "channel": channel,
                                 "idempotency_key": f"m{oid}", "status": status, "gateway": gateway,
                                 "payload": {"delivery": report} if report else {}, "created_at": at})  # fmt: skip
            handed = next((t for st, t in zip(steps, times, strict=True) if st in ("delivered", "collected")), None)
            if handed is not None:
                after.handed_over(rng, oid, handed, history)
        with db.engine.begin() as conn:
            # SQLite: the stays of the batch's steps set by one query at the end (see orderdesk.bulk).
            with stays_set_after(conn.exec_driver_sql) if db.is_sqlite else nullcontext():
                conn.execute(insert(OrderRow), order_rows)
                conn.execute(insert(HistoryRow), history)
            for table, rows in ((ShipmentRow, shipments), (HoldRow, holds), (OutboxRow, messages)):
                if rows:
                    conn.execute(insert(table), rows)
            after.write(conn)
    if db.engine.dialect.name == "postgresql":
        from sqlalchemy import text

        with db.engine.begin() as conn:
            for table in ("orders", "order_lines", "returns", "customers"):
                conn.execute(text(f"SELECT setval('{table}_id_seq', (SELECT coalesce(max(id), 1) FROM {table}))"))
        # What autovacuum does to a live database soon after: statistics, and the visibility map
        # that lets the reports read their indexes alone (right after a bulk load every row would
        # be checked in the table: an index-only scan over 690,000 stays took 2 s instead of 0.3).
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))


class Afterwards:
    """What happens to an order after the customer has it: a return of some lines (about 6 %, with
    a refund for most), a whole-order return through the history (1 %), a complaint (2 %)."""

    def __init__(self) -> None:
        self.lines: list[dict] = []
        self.returns: list[dict] = []
        self.return_lines: list[dict] = []
        self.refunds: list[dict] = []
        self.complaints: list[dict] = []
        self.next_line = self.next_return = 1

    def handed_over(self, rng: random.Random, oid: int, at: datetime, history: list[dict]) -> None:
        roll = rng.random()
        if roll < 0.06:
            self._return(rng, oid, at + timedelta(days=rng.randint(1, 14)))
        elif roll < 0.07:
            asked = at + timedelta(days=rng.randint(1, 14))
            for n, (status, reason) in enumerate(
                (("return_requested", "too small"), ("returned", ""), ("refunded", ""))
            ):
                history.append({"order_id": oid, "at": asked + timedelta(days=2 * n), "actor": "Olga", "role": "owner",
                                "kind": "status", "from_value": "", "to_value": status, "reason": reason,
                                "details": {}})  # fmt: skip
        if rng.random() < 0.02:
            made = at + timedelta(days=rng.randint(1, 20))
            decided = made + timedelta(days=rng.randint(1, 20)) if rng.random() < 0.8 else None
            self.complaints.append({"order_id": oid, "created_at": made, "created_by": "Olga", "claim": "broken",
                                    "ask": rng.choice(("repair", "replacement", "refund", "price_reduction")),
                                    "country": rng.choice(COUNTRIES), "due_on": (made + timedelta(days=14)).date(),
                                    "decision": rng.choice(("accepted", "rejected", "partly")) if decided else "",
                                    "decided_at": decided})  # fmt: skip

    def _return(self, rng: random.Random, oid: int, made: datetime) -> None:
        rid, status = self.next_return, rng.choice(RETURN_STATUSES)
        self.next_return += 1
        self.returns.append({"id": rid, "number": f"R-2026-{rid:06d}", "order_id": oid, "status": status,
                             "created_at": made, "updated_at": made, "created_by": "Olga"})  # fmt: skip
        total = 0
        for sku in rng.sample(("MUG-1", "TEA-2", "CUP-3"), rng.randint(1, 2)):
            quantity, price = rng.randint(1, 2), rng.randint(500, 5000)
            self.lines.append({"id": self.next_line, "order_id": oid, "sku": sku, "name": sku, "quantity": quantity,
                               "unit_price_minor": price})  # fmt: skip
            self.return_lines.append({"return_id": rid, "order_line_id": self.next_line, "sku": sku,
                                      "quantity": quantity, "unit_price_minor": price,
                                      "reason": rng.choice(RETURN_REASONS)})  # fmt: skip
            self.next_line += 1
            total += quantity * price
        if status == "refunded":
            self.refunds.append({"return_id": rid, "order_id": oid, "idempotency_key": f"refund-{rid}",
                                 "amount_minor": total, "lines_minor": total, "currency": "PLN",
                                 "payment_method": "prepaid_online", "created_at": made + timedelta(days=3)})  # fmt: skip

    def write(self, conn) -> None:
        """Insert what this batch of orders gathered (after the orders: the rows refer to them)."""
        from sqlalchemy import insert

        from orderdesk.models import ComplaintRow, OrderLineRow, ReturnLineRow, ReturnRefundRow, ReturnRow

        for table, rows in ((OrderLineRow, self.lines), (ReturnRow, self.returns), (ReturnLineRow, self.return_lines),
                            (ReturnRefundRow, self.refunds), (ComplaintRow, self.complaints)):  # fmt: skip
            if rows:
                conn.execute(insert(table), rows)
            rows.clear()


def _opt_outs(conn, rng: random.Random) -> None:
    """Customers opted out of SMS (8 %) or e-mail (3 %): four in five on a recorded day (from a
    gateway's stop or by hand), the rest before the dates were kept; 1 % opted out and back in."""
    from sqlalchemy import insert

    from orderdesk.models import CustomerRow, OptOutEventRow

    customers, events = [], []
    for cid in range(2, OPT_OUT_CUSTOMERS + 2):
        out = {"sms": rng.random() < 0.08, "email": rng.random() < 0.03}
        customers.append({"id": cid, "name": f"C{cid}", "phone": "", "email": "",
                          "sms_opt_out": out["sms"], "email_opt_out": out["email"]})  # fmt: skip
        for channel, now_out in out.items():
            again = not now_out and rng.random() < 0.01
            if (now_out and rng.random() < 0.8) or again:
                at = START + timedelta(minutes=rng.randrange(DAYS * 24 * 60))
                gateway = rng.choice(("", "twilio", "smsapi")) if channel == "sms" else ""
                events.append({"customer_id": cid, "channel": channel, "opted_out": True, "at": at, "gateway": gateway})
                if again:
                    events.append({"customer_id": cid, "channel": channel, "opted_out": False,
                                   "at": at + timedelta(days=rng.randint(1, 30)), "gateway": ""})  # fmt: skip
    conn.execute(insert(CustomerRow), customers)
    conn.execute(insert(OptOutEventRow), events)


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


def measure(
    db, first: date, last: date, repeat: int = 3, names: list[str] | None = None
) -> dict[str, tuple[float, float, float]]:
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
    for name in names or REPORT_NAMES:
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
    parser.add_argument("--report", action="append", metavar="NAME", help="time only this report (repeatable)")
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
            results[backend] = {
                (first, last): measure(db, first, last, args.repeat, args.report) for first, last in RANGES
            }
            db.dispose()
    print_side_by_side(results, args.repeat)


if __name__ == "__main__":
    main()
