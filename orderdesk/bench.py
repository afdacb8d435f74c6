"""``orderdesk bench``: the data layer's performance figures (creating, searching, moving)."""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from orderdesk.db import Database
from orderdesk.demo import bulk_orders
from orderdesk.domain import Actor
from orderdesk.models import OrderRow
from orderdesk.services.orders import OrderService
from orderdesk.workflow import MoveRequest, Status


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _ms(samples: list[float]) -> str:
    return f"p50 {percentile(samples, 50) * 1000:7.2f} ms   p95 {percentile(samples, 95) * 1000:7.2f} ms   max {max(samples) * 1000:7.2f} ms"


def search_samples(db: Database, samples: int = 60) -> dict[str, list[float]]:
    """Seconds per ``OrderService.search`` (first page of 50), by kind of query, from 50 random orders."""
    service = OrderService(db)
    with db.session() as s:
        sample_rows = s.execute(
            select(
                OrderRow.number,
                OrderRow.customer_name,
                OrderRow.external_id,
                OrderRow.tracking_number,
                OrderRow.search_text,
            )
            .order_by(func.random())
            .limit(50)
        ).all()
    rng = random.Random(5)
    queries: dict[str, list[str]] = {"order number": [], "number fragment": [], "customer name": [], "surname fragment": [],
                                     "phone digits": [], "e-mail": [], "external id": [], "tracking": [], "SKU": []}  # fmt: skip
    for number, name, external, tracking, text in sample_rows:
        queries["order number"].append(number)
        queries["number fragment"].append(number[-5:])
        queries["customer name"].append(name)
        queries["surname fragment"].append(name.split()[-1][:4] if " " in name else name[:2])
        digits = next((p for p in text.split(" | ") if p.isdigit() and len(p) > 8), "")
        if digits:
            queries["phone digits"].append(digits[-7:])
        queries["e-mail"].append(next((p for p in text.split(" | ") if "@" in p), "example"))
        queries["external id"].append(external)
        if tracking:
            queries["tracking"].append(tracking)
        queries["SKU"].append(rng.choice(["MUG-001", "TEA-012", "BOOK-05", "TOY-092"]))
    result: dict[str, list[float]] = {}
    for kind, values in queries.items():
        timings = []
        for value in (values * (samples // max(len(values), 1) + 1))[: min(samples, 60)]:
            started = time.perf_counter()
            service.search(value, limit=50)
            timings.append(time.perf_counter() - started)
        if timings:
            result[kind] = timings
    return result


def run_bench(args: argparse.Namespace) -> int:
    if args.db:
        return _run_bench(args, args.db)
    # Without --db the database is scratch: hundreds of MB must not stay behind in the temp folder.
    with tempfile.TemporaryDirectory(prefix="orderdesk-bench-") as scratch:
        code = _run_bench(args, str(Path(scratch) / "bench.sqlite3"))
    print("(the benchmark database was removed; --db FILE keeps it for the next run)")
    return code


def _run_bench(args: argparse.Namespace, target: str) -> int:
    db = Database.open(target)
    service = OrderService(db)
    with db.session() as s:
        existing = s.scalar(select(func.count()).select_from(OrderRow)) or 0
    print(f"database: {db.display_url}")
    if existing < args.orders:
        started = time.perf_counter()
        bulk_orders(db, args.orders - existing, active=args.active)
        elapsed = time.perf_counter() - started
        print(
            f"create {args.orders - existing:,} orders: {elapsed:.1f} s ({(args.orders - existing) / elapsed:,.0f} orders/s)"
        )
    with db.session() as s:
        total = s.scalar(select(func.count()).select_from(OrderRow))
    print(f"orders stored: {total:,}")
    print(f"search, first page of 50 results ({args.samples} queries per kind at most):")
    all_samples: list[float] = []
    for kind, samples in search_samples(db, args.samples).items():
        all_samples += samples
        print(f"  {kind:<17} {_ms(samples)}")
    print(f"  {'ALL':<17} {_ms(all_samples)}   (target p95 ≤ 25 ms at 1,000,000 orders)")

    # Status moves, each with its history row, in its own transaction (what the board does).
    with db.session() as s:
        movable = list(
            s.scalars(select(OrderRow.number).where(OrderRow.status == Status.NEW.value).limit(args.samples))
        )
    actor = Actor("bench")
    samples = []
    for number in movable:
        started = time.perf_counter()
        service.move(number, MoveRequest(Status.CONFIRMED), actor)
        samples.append(time.perf_counter() - started)
    if samples:
        print(f"move new → confirmed with history ({len(samples)} moves): {_ms(samples)}   (target p95 ≤ 5 ms)")
    started = time.perf_counter()
    counts = service.counts_by_status()
    print(
        f"count by status over all orders: {(time.perf_counter() - started) * 1000:.1f} ms ({sum(counts.values()):,})"
    )
    db.dispose()
    return 0
