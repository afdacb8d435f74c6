"""``orderdesk bench``: the data layer's performance figures (creating, searching, moving)."""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import event, func, select

from orderdesk.db import Database
from orderdesk.demo import bulk_orders
from orderdesk.domain import Actor
from orderdesk.models import OrderRow
from orderdesk.services.orders import OrderService
from orderdesk.wiring import order_service
from orderdesk.workflow import MoveRequest, Status


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _ms(samples: list[float]) -> str:
    p50, p95, top = (percentile(samples, 50) * 1000, percentile(samples, 95) * 1000, max(samples) * 1000)
    return f"p50 {p50:6.2f}  p95 {p95:6.2f}  max {top:7.2f} ms"


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
    """The data figures; with ``--pg URL`` the same on that PostgreSQL database too, side by side."""
    pg = getattr(args, "pg", None)
    if args.db:
        return _run_bench(args, [args.db, *([pg] if pg else [])])
    # Without --db the database is scratch: hundreds of MB must not stay behind in the temp folder.
    with tempfile.TemporaryDirectory(prefix="orderdesk-bench-") as scratch:
        code = _run_bench(args, [str(Path(scratch) / "bench.sqlite3"), *([pg] if pg else [])])
    print("(the benchmark database was removed; --db FILE keeps it for the next run)")
    return code


def _run_bench(args: argparse.Namespace, targets: list[str]) -> int:
    results = [_measure(args, target) for target in targets]
    names = [r["backend"] for r in results]
    width = 44
    print()
    print(f"{'':<22}" + "".join(f"{n:<{width}}" for n in names))
    for r in results:
        if r.get("created"):
            count, seconds = r["created"]
            print(f"  create ({r['backend']}): {count:,} orders in {seconds:.1f} s ({count / seconds:,.0f} orders/s)")
    print(f"  {'orders stored':<20}" + "".join(f"{r['total']:<{width},}" for r in results))
    print(f"search, first page of 50 results ({args.samples} queries per kind at most):")
    for kind in results[0]["search"]:
        row = "".join(f"{_ms(r['search'][kind]) if r['search'].get(kind) else '-':<{width}}" for r in results)
        print(f"  {kind:<20}{row}")
    print(
        f"  {'ALL':<20}"
        + "".join(f"{_ms(r['search_all']):<{width}}" for r in results)
        + "(target p95 ≤ 25 ms at 1,000,000 orders; PostgreSQL: target p95 ≤ 50 ms at 250,000)"
    )
    moves = "".join(f"{_ms(r['moves']) if r['moves'] else '-':<{width}}" for r in results)
    print(f"  {'move, bare service':<20}{moves}(target p95 ≤ 5 ms SQLite, 8 ms PostgreSQL; both as the board moves)")
    for key, label in (("app_moves", "move, app's service"), ("app_moves_cpu", "  its CPU here")):
        print(f"  {label:<20}" + "".join(f"{_ms(r[key]) if r.get(key) else '-':<{width}}" for r in results))
    statements = "".join(
        f"{'bare ' + format(r['move_statements'][0], '.1f') + ', app ' + format(r['move_statements'][1], '.1f'):<{width}}"
        for r in results
    )
    print(f"  {'statements per move':<20}{statements}(plus BEGIN and COMMIT)")
    counts = "".join(f"{format(r['count_ms'], '.1f') + ' ms':<{width}}" for r in results)
    print(f"  {'count by status':<20}{counts}")
    return 0


def _measure(args: argparse.Namespace, target: str) -> dict:
    db = Database.open(target)
    backend = "SQLite" if db.is_sqlite else "PostgreSQL"
    result: dict = {"backend": backend, "search": {}}
    service = OrderService(db)
    with db.session() as s:
        existing = s.scalar(select(func.count()).select_from(OrderRow)) or 0
    print(f"database ({backend}): {db.display_url}")
    if existing < args.orders:
        started = time.perf_counter()
        bulk_orders(db, args.orders - existing, active=args.active)
        result["created"] = (args.orders - existing, time.perf_counter() - started)
        if not db.is_sqlite:
            with db.engine.begin() as conn:
                conn.exec_driver_sql("ANALYZE")  # fresh statistics, as autovacuum would soon make
    with db.session() as s:
        result["total"] = s.scalar(select(func.count()).select_from(OrderRow))
        # The same orders on every backend (bulk ids are 1..N, same seed), spread over all of them.
        top = s.scalar(select(func.max(OrderRow.id))) or 0
        picked = random.Random(7).sample(range(1, top + 1), min(50, top))
        sample_rows = s.execute(
            select(
                OrderRow.number,
                OrderRow.customer_name,
                OrderRow.external_id,
                OrderRow.tracking_number,
                OrderRow.search_text,
            ).where(OrderRow.id.in_(picked))
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
    all_samples: list[float] = []
    for kind, values in queries.items():
        samples = []
        for value in (values * (args.samples // max(len(values), 1) + 1))[: min(args.samples, 60)]:
            started = time.perf_counter()
            service.search(value, limit=50)
            samples.append(time.perf_counter() - started)
        result["search"][kind] = samples
        all_samples += samples
    result["search_all"] = all_samples or [0.0]

    # Status moves, each in its own transaction (what the board does): the bare service (status,
    # history) and the app's service (plus the customer's messages and store pushes), taking turns
    # order by order so a busy machine weighs on both alike.
    with db.session() as s:
        movable = list(
            s.scalars(select(OrderRow.number).where(OrderRow.status == Status.NEW.value).limit(2 * args.samples))
        )
    actor = Actor("bench")
    app = order_service(db)
    result["moves"], result["app_moves"], result["app_moves_cpu"] = [], [], []
    statements = [0, 0]

    def count(*_args) -> None:
        statements[n % 2] += 1

    event.listen(db.engine, "before_cursor_execute", count)
    for n, number in enumerate(movable):
        mover = service if n % 2 == 0 else app
        started, cpu = time.perf_counter(), time.process_time()
        # As the board moves a card: the order back without its history (the board reads its own).
        mover.move(number, MoveRequest(Status.CONFIRMED), actor, with_history=False)
        if mover is service:
            result["moves"].append(time.perf_counter() - started)
        else:
            result["app_moves"].append(time.perf_counter() - started)
            result["app_moves_cpu"].append(time.process_time() - cpu)
    event.remove(db.engine, "before_cursor_execute", count)
    half = max(len(movable) // 2, 1)
    result["move_statements"] = (statements[0] / max(len(movable) - half, 1), statements[1] / half)
    started = time.perf_counter()
    service.counts_by_status()
    result["count_ms"] = (time.perf_counter() - started) * 1000
    db.dispose()
    return result
