"""Two PROCESSES reserving the same products at once, on SQLite and on a real PostgreSQL server:
the counters come out exact and equal to the ledger (no lost update, no over-reservation)."""

from __future__ import annotations

import multiprocessing

import pytest

from orderdesk.db import Database
from orderdesk.money import Money
from orderdesk.services.orders import OrderService
from orderdesk.services.stock import Catalogue
from orderdesk.services.stock.check import ledger_problems
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order
from tests.support import postgres, stock_workers
from tests.support.components import require

PROCESSES = 2
RESERVATIONS = 300  # per process; benchmarks/bench_stock.py runs 2,000


@pytest.fixture(scope="module")
def pg_url():
    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        require(False, "the psycopg driver (pip extra 'postgres')")
    with postgres.temporary_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    return request.getfixturevalue("pg_url")


def _run(target, per_process_args) -> list[int]:
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Barrier(len(per_process_args)), ctx.Queue()
    procs = [ctx.Process(target=target, args=(*args, start, results)) for args in per_process_args]
    for p in procs:
        p.start()
    for p in procs:
        p.join(240)
        assert p.exitcode == 0, f"worker failed with exit code {p.exitcode}"
    return [results.get(timeout=5) for _p in procs]


def _products(db: Database, prefix: str, stock: int) -> list[str]:
    service = OrderService(db)
    skus = [f"{prefix}-A", f"{prefix}-B"]
    for sku in skus:
        service.upsert_product(sku, f"Product {sku}", Money(1000, "PLN"), stock_on_hand=stock)
    return skus


def test_two_processes_reserving_the_same_products_lose_no_unit(url):
    db = Database.open(url)
    skus = _products(db, "RACE1", stock=10_000)
    granted = _run(stock_workers.reserve_units, [(url, skus, RESERVATIONS)] * PROCESSES)
    assert granted == [RESERVATIONS] * PROCESSES
    reserved = [Catalogue(db).counters(sku).reserved for sku in skus]
    assert reserved == [RESERVATIONS * PROCESSES // 2] * 2
    assert not [p for p in ledger_problems(db) if "RACE1" in p and "ledger" in p]
    db.dispose()


def test_scarce_stock_is_never_reserved_twice(url):
    db = Database.open(url)
    skus = _products(db, "RACE2", stock=RESERVATIONS // 2)  # enough for half of all requests
    granted = _run(stock_workers.reserve_units, [(url, skus, RESERVATIONS)] * PROCESSES)
    assert sum(granted) == RESERVATIONS  # exactly the stock there was, whoever got it
    for sku in skus:
        counters = Catalogue(db).counters(sku)
        assert (counters.on_hand, counters.reserved) == (RESERVATIONS // 2, RESERVATIONS // 2)
    db.dispose()


def test_two_processes_moving_orders_to_assembling_reserve_exactly(url):
    db = Database.open(url)
    service = OrderService(db)
    _products(db, "RACE3", stock=1_000)
    numbers = []
    for _i in range(40 * PROCESSES):
        number = make_order(service, payment="cash_on_delivery", lines=(("RACE3-A", 1), ("RACE3-B", 2)))
        service.move(number, MoveRequest(Status.CONFIRMED), OWNER)
        numbers.append(number)
    done = _run(stock_workers.move_to_assembling, [(url, numbers[i::PROCESSES]) for i in range(PROCESSES)])
    assert sum(done) == len(numbers)
    assert Catalogue(db).counters("RACE3-A").reserved == len(numbers)
    assert Catalogue(db).counters("RACE3-B").reserved == 2 * len(numbers)
    assert not [p for p in ledger_problems(db) if "RACE3" in p]
    db.dispose()
