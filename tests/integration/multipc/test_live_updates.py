"""A change on one PC reaches another PC's listener within a second (PostgreSQL LISTEN/NOTIFY)."""

from __future__ import annotations

import threading
import time

from orderdesk.db import Database
from orderdesk.services.live import ChangeListener
from orderdesk.services.orders import OrderService
from tests.factories import make_order, stock_products
from tests.integration.multipc import workers
from tests.support.multiproc import run_processes
from tests.support.pg_fixtures import fresh_pg_database


def test_a_move_in_another_process_is_heard_within_a_second(pg_server):
    url = fresh_pg_database(pg_server)
    db = Database.open(url)
    service = OrderService(db)
    stock_products(service, stock=100)
    numbers = [make_order(service) for _ in range(10)]
    heard: list[float] = []
    lock = threading.Lock()

    def on_change(table: str) -> None:
        with lock:
            heard.append(time.time())

    listener = ChangeListener(url, on_change).start()
    try:
        assert listener.connected.wait(10)
        committed = run_processes(workers.move_orders, [(url, numbers, 0.3)])[0]
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline and len(heard) < len(committed):
            time.sleep(0.02)
    finally:
        listener.stop()
    # One notification per transaction (PostgreSQL folds a transaction's duplicates), each
    # heard after its commit and well within the second the desks are promised.
    delays = []
    for at in committed:
        later = [h for h in heard if h >= at - 0.05]
        assert later, f"the move committed at {at} was never heard"
        delays.append(min(later) - at)
    assert max(delays) < 1.0, delays
    db.dispose()


def test_the_listener_comes_back_after_the_connection_drops(pg_server):
    from sqlalchemy import create_engine, text

    url = fresh_pg_database(pg_server)
    Database.open(url).dispose()
    heard = threading.Event()
    listener = ChangeListener(url, lambda table: heard.set()).start()
    try:
        assert listener.connected.wait(10)
        admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:  # the server ends the listener's session, as a restart would
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'"))
        admin.dispose()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and listener.connected.is_set():
            time.sleep(0.02)
        assert not listener.connected.is_set(), "the dropped connection went unnoticed"
        assert listener.connected.wait(10), "the listener did not reconnect"
        db = Database.open(url)
        service = OrderService(db)
        stock_products(service)
        make_order(service)
        assert heard.wait(5), "no notification after the reconnect"
        db.dispose()
    finally:
        listener.stop()
