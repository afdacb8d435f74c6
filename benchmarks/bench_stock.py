"""Products and stock at 50,000 products: the Products window, search keystrokes, a receiving scan,
and two processes reserving the same products on SQLite and PostgreSQL.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_stock [--products 50000] [--reservations 2000]
        [--no-postgres]

Targets: the Products window open (first page shown) <= 300 ms; a search keystroke to the
updated table <= 50 ms p95; a receiving scan to its updated row <= 100 ms p95; two processes x
N reservations of the same products: exact counters. Wall times on a shared machine; the CPU
time of this process is printed beside them.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, literal, select

from orderdesk.db import Database
from orderdesk.domain import Actor
from orderdesk.models import BarcodeRow, ProductRow, StockMovementRow, utcnow
from orderdesk.services.stock import Catalogue
from orderdesk.services.stock.barcodes import complete
from orderdesk.services.stock.catalogue import search_text_for
from orderdesk.services.stock.check import ledger_problems

WORDS = ["Kubek", "Кружка", "Świeca", "Herbata", "茶杯", "Notes", "Szal", "Платок", "Lalka", "熊猫"]
COLOURS = ["czerwony", "niebieski", "зелёный", "żółty", "白色", "black", "grün", "фиолетовый"]
OWNER = Actor("bench")


def fill(db: Database, count: int) -> None:
    """``count`` products with names in four scripts, a valid EAN-13 each, and their opening ledger rows."""
    now = utcnow()
    batch = 10_000
    for start in range(0, count, batch):
        rows = []
        for i in range(start, min(start + batch, count)):
            name = f"{WORDS[i % len(WORDS)]} {COLOURS[(i // 10) % len(COLOURS)]} {i}"
            sku = f"P-{i:06d}"
            rows.append({
                "sku": sku, "name": name, "barcode": complete(f"200{i:09d}"), "price_minor": 990 + i % 5000,
                "currency": "PLN", "weight_g": 100 + i % 900, "stock_on_hand": 100, "reserved": 0,
                "bin_location": f"{chr(65 + i % 6)}-{i % 40:02d}-{i % 5}", "supplier": f"Supplier {i % 37}",
                "reorder_point": 10, "reorder_quantity": 50, "archived": False, "search_text": search_text_for(sku, name),
            })  # fmt: skip
        with db.session(write=True) as s:
            s.execute(insert(ProductRow), rows)
    with db.session(write=True) as s:
        s.execute(insert(BarcodeRow).from_select(["product_id", "code"], select(ProductRow.id, ProductRow.barcode)))
        s.execute(
            insert(StockMovementRow).from_select(
                ["product_id", "kind", "quantity", "on_hand_after", "reserved_after", "at", "actor", "reason", "document"],
                select(ProductRow.id, literal("counted"), ProductRow.stock_on_hand, ProductRow.stock_on_hand,
                       literal(0), literal(now), literal("bench"), literal("opening balance"), literal("")),
            )
        )  # fmt: skip


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def verdict(value: float, target: float) -> str:
    return f"target <= {target:.0f} ms: " + ("OK" if value <= target else "TOO SLOW")


def bench_window(db: Database, count: int) -> None:
    from PySide6.QtWidgets import QApplication

    from orderdesk.services.stock import StockService
    from orderdesk.ui.stock.products_window import ProductsWindow
    from orderdesk.ui.stock.receiving import ReceivingWindow
    from orderdesk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner(max_threads=2)

    def wait(condition, timeout: float = 10.0) -> None:
        end = time.perf_counter() + timeout
        while not condition():
            app.processEvents()
            if time.perf_counter() > end:
                raise TimeoutError("the window did not answer in time")
            time.sleep(0.0005)

    opens = []
    for _ in range(5):
        start = time.perf_counter()
        window = ProductsWindow(db, runner, lambda: OWNER)
        window.show()
        wait(lambda w=window: w.model.rowCount() > 0)
        app.processEvents()
        opens.append((time.perf_counter() - start) * 1000)
        window.close()
        window.deleteLater()
        app.processEvents()
    print(f"Products window open ({count:,} products)  median {statistics.median(opens):6.1f} ms"
          f"  max {max(opens):6.1f} ms  {verdict(max(opens), 300)}")  # fmt: skip

    window = ProductsWindow(db, runner, lambda: OWNER)
    window.show()
    wait(lambda: window.model.rowCount() > 0)
    typed = []
    for word in ("swieca", "кружка", "zielony", "茶杯", "P-0421", "herbata czerwony", "notes 49"):
        for n in range(1, len(word) + 1):
            typed.append(word[:n])
    typed += [complete(f"200{i:09d}") for i in range(7, count, count // 40)]  # scanned barcodes
    times = []
    cpu = time.process_time()
    for text in typed:
        generation = window.model._generation
        start = time.perf_counter()
        window.search.setText(text)
        wait(lambda g=generation: window.model._generation > g and not window.model._fetching)
        app.processEvents()  # the view repaints its rows
        times.append((time.perf_counter() - start) * 1000)
    cpu = time.process_time() - cpu
    print(f"search keystroke ({len(times)} keys/scans)   median {statistics.median(times):6.1f} ms"
          f"  p95 {p95(times):6.1f} ms  (cpu {cpu:4.1f} s)  {verdict(p95(times), 50)}")  # fmt: skip
    window.close()

    stock = StockService(db)
    receiving = ReceivingWindow(db, runner, lambda: OWNER, stock=stock)
    receiving.show()
    scans = []
    for i in range(0, count, count // 60):
        code = complete(f"200{i:09d}")
        before = len(receiving.booked)
        receiving.scanned(code)
        start = time.perf_counter()
        receiving.book()  # what the next scan (or Enter) does
        wait(lambda b=before: len(receiving.booked) > b)
        app.processEvents()
        scans.append((time.perf_counter() - start) * 1000)
    print(f"receiving scan to its updated row ({len(scans)})  median {statistics.median(scans):6.1f} ms"
          f"  p95 {p95(scans):6.1f} ms  {verdict(p95(scans), 100)}")  # fmt: skip
    receiving.close()
    runner.shutdown()


def bench_processes(url: str, label: str, reservations: int) -> bool:
    from tests.support import stock_workers

    db = Database.open(url)
    from orderdesk.money import Money
    from orderdesk.services.orders import OrderService

    service = OrderService(db)
    skus = [f"RACE-{label}-A", f"RACE-{label}-B"]
    for sku in skus:
        service.upsert_product(sku, sku, Money(100, "PLN"), stock_on_hand=10 * reservations)
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [
        ctx.Process(target=stock_workers.reserve_units, args=(url, skus, reservations, barrier, results))
        for _ in range(2)
    ]
    start = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - start
    granted = sum(results.get(timeout=5) for _ in procs)
    reserved = [Catalogue(db).counters(sku).reserved for sku in skus]
    exact = granted == 2 * reservations and reserved == [reservations, reservations]
    # (bare reservations have no order lines, so only the counters-versus-ledger check applies)
    ledger_ok = not [p for p in ledger_problems(db) if "RACE" in p and "ledger" in p]
    print(f"{label:<10} 2 processes x {reservations:,} reservations  {elapsed:5.1f} s"
          f"  reserved {reserved} of {2 * reservations:,}: " + ("exact" if exact and ledger_ok else "LOST UPDATES"))  # fmt: skip
    db.dispose()
    return exact and ledger_ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=50_000)
    parser.add_argument("--reservations", type=int, default=2_000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "bench.sqlite3")
        start = time.perf_counter()
        fill(db, args.products)
        print(f"filled {args.products:,} products with barcodes and ledger in {time.perf_counter() - start:.1f} s")
        bench_window(db, args.products)
        db.dispose()
        ok &= bench_processes(f"sqlite:///{Path(tmp) / 'race.sqlite3'}", "SQLite", args.reservations)
    if not args.no_postgres:
        from tests.support import postgres

        if postgres.available():
            with postgres.temporary_server() as url:
                ok &= bench_processes(url, "PostgreSQL", args.reservations)
        else:
            print("PostgreSQL: server binaries not installed, skipped")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
