"""Product search on SQLite (products_fts) and PostgreSQL (pg_trgm, migration 0013_products_trgm)
side by side: what the Products window asks for each keystroke and each scanned barcode.

    python -m benchmarks.bench_product_search [--products 50000] [--pg URL]

Without ``--pg`` a throw-away PostgreSQL server is started (the test suite's helper; needs the
PostgreSQL server binaries). Times are one ``Catalogue.page`` each (a page of 100 products, in
SKU order), the database read the window makes per keystroke, without drawing the table.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = ("swieca", "кружка", "zielony", "茶杯", "P-0421", "herbata czerwony", "notes 49")
PAGE = 100


def queries(count: int) -> dict[str, list[str]]:
    from orderdesk.services.stock.barcodes import complete

    typed = [word[:n] for word in WORDS for n in range(1, len(word) + 1)]
    return {
        "keystrokes, 1-2 characters": [t for t in typed if len(t) < 3],
        "keystrokes, 3+ characters": [t for t in typed if len(t) >= 3],
        "scanned barcodes": [complete(f"200{i:09d}") for i in range(7, count, max(count // 40, 1))],
        "rare SKU fragments": [f"{i:06d}"[1:] for i in range(11, count, max(count // 40, 1))],
    }


def measure(url: str, count: int, rounds: int) -> tuple[str, dict[str, list[float]]]:
    from benchmarks.bench_stock import fill
    from orderdesk.db import Database
    from orderdesk.services.stock import Catalogue

    db = Database.open(url)
    backend = "SQLite" if db.is_sqlite else "PostgreSQL"
    started = time.perf_counter()
    fill(db, count)
    print(f"{backend}: {count:,} products filled in {time.perf_counter() - started:.1f} s")
    if not db.is_sqlite:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")  # fresh statistics, as autovacuum would soon make
    catalogue = Catalogue(db)
    result: dict[str, list[float]] = {}
    for kind, texts in queries(count).items():
        times = []
        for _ in range(rounds):
            for text in texts:
                start = time.perf_counter()
                catalogue.page(text, limit=PAGE)
                times.append((time.perf_counter() - start) * 1000)
        result[kind] = times
    result["ALL"] = [t for times in list(result.values()) for t in times]
    db.dispose()
    return backend, result


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3, help="times each query is asked")
    parser.add_argument("--pg", help="an empty PostgreSQL database's URL (default: a throw-away server)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    with contextlib.ExitStack() as stack:
        scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="orderdesk-bench-"))
        pg = args.pg
        if not pg:
            from tests.support import postgres
            from tests.support.pg_fixtures import fresh_pg_database

            if not postgres.available():
                print("PostgreSQL server binaries are not installed; give --pg URL", file=sys.stderr)
                return 2
            pg = fresh_pg_database(stack.enter_context(postgres.temporary_server()))
        results = [measure(f"sqlite:///{Path(scratch) / 'products.sqlite3'}", args.products, args.rounds),
                   measure(pg, args.products, args.rounds)]  # fmt: skip
    width = 40
    print(f"\nproduct search, a page of {PAGE} ({args.products:,} products)")
    print(f"{'':<34}" + "".join(f"{name:<{width}}" for name, _ in results))
    for kind in results[0][1]:
        cells = []
        for _name, figures in results:
            times = figures[kind]
            cells.append(f"p50 {statistics.median(times):6.2f}  p95 {_p95(times):6.2f}  max {max(times):7.2f} ms")
        label = f"{kind} ({len(results[0][1][kind])})"
        print(f"  {label:<32}" + "".join(f"{c:<{width}}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
