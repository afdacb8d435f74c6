"""Another PC moves an order: this desk's board shows it within a second (PostgreSQL
LISTEN/NOTIFY), the GUI thread never waiting on the server, no polling involved."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from orderdesk.db import Database
from orderdesk.domain import Actor
from orderdesk.services.orders import OrderService
from orderdesk.workflow import Role, Status
from tests.factories import make_order, stock_products
from tests.support.pg_fixtures import fresh_pg_database, pg_server

__all__ = ["pg_server"]
ROOT = Path(__file__).resolve().parents[2]
MOVE = (
    "import sys, time; from orderdesk.db import Database; from orderdesk.domain import Actor; "
    "from orderdesk.services.orders import OrderService; from orderdesk.workflow import MoveRequest, Status, Role; "
    "s = OrderService(Database.open(sys.argv[1], migrate=False)); "
    "s.move(sys.argv[2], MoveRequest(Status.CONFIRMED), Actor('packing bench', Role.OWNER)); print(time.monotonic())"
)


def test_a_move_on_another_pc_shows_on_this_board_within_a_second(qtbot, pg_server, runner, qsettings, reporter):
    from orderdesk.ui.main_window import MainWindow

    url = fresh_pg_database(pg_server)
    db = Database.open(url)
    service = OrderService(db)
    stock_products(service)
    number = make_order(service)
    window = MainWindow(
        service, runner, qsettings=qsettings, reporter=reporter, actor=Actor("Olga", Role.OWNER), poll_ms=0
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.board.loaded_once, timeout=5000)
    assert window.live is not None
    qtbot.waitUntil(window.live.listener.connected.is_set, timeout=10_000)
    order_id = service.get(number, with_history=False).id
    assert order_id in window.column_model(Status.NEW).ids

    done = subprocess.run(
        [sys.executable, "-c", MOVE, url, number], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    committed = float(done.stdout.strip())
    qtbot.waitUntil(lambda: order_id in window.column_model(Status.CONFIRMED).ids, timeout=1000)
    seen = time.monotonic() - committed
    assert order_id not in window.column_model(Status.NEW).ids
    assert window.live.received >= 1 and seen < 1.0
    window.close()
    runner.wait_idle()
    db.dispose()


def test_a_steady_stream_of_changes_still_refreshes_the_board(qtbot, pg_server):
    """Three busy desks notify several times a second: the board refreshes at most
    DEBOUNCE_MS after the first change of a burst, not only once the changes stop."""
    import threading

    import psycopg

    from orderdesk.services.live import CHANNEL, libpq_url
    from orderdesk.ui.live_updates import DEBOUNCE_MS, LiveUpdates

    url = fresh_pg_database(pg_server)
    refreshes: list[float] = []
    live = LiveUpdates(url, lambda: refreshes.append(time.monotonic())).start()
    try:
        qtbot.waitUntil(live.listener.connected.is_set, timeout=10_000)
        seconds, every = 1.5, DEBOUNCE_MS / 3000  # a change every 50 ms, for a second and a half

        def other_desks() -> None:
            with psycopg.connect(libpq_url(url), autocommit=True) as conn:
                end = time.monotonic() + seconds
                while time.monotonic() < end:
                    conn.execute(f"NOTIFY {CHANNEL}, 'orders'")
                    time.sleep(every)

        stream = threading.Thread(target=other_desks)
        stream.start()
        qtbot.waitUntil(lambda: not stream.is_alive(), timeout=10_000)
        during = len(refreshes)
        assert live.received >= 10
        # About one refresh per DEBOUNCE_MS while the changes kept coming (a restarted timer: none).
        assert during >= 4, refreshes
    finally:
        live.stop()
