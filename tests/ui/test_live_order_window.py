"""Another PC changes an order whose window is open here: the window shows the change by itself —
within a second on PostgreSQL (LISTEN/NOTIFY, no polling at all), at the next poll of the change
marker on SQLite — unless someone is typing in it (then their edits stay and a save meets the
version check)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from orderdesk.db import Database
from orderdesk.domain import Actor
from orderdesk.services.orders import OrderService
from orderdesk.workflow import Role, Status
from tests.factories import make_order, stock_products
from tests.support.pg_fixtures import fresh_pg_database, pg_server

__all__ = ["pg_server"]
ROOT = Path(__file__).resolve().parents[2]
# The other PC: its own process, moving the orders named on its command line.
MOVE = (
    "import sys, time; from orderdesk.db import Database; from orderdesk.domain import Actor; "
    "from orderdesk.services.orders import OrderService; from orderdesk.workflow import MoveRequest, Status, Role; "
    "s = OrderService(Database.open(sys.argv[1], migrate=False)); "
    "[s.move(n, MoveRequest(Status.CONFIRMED), Actor('packing bench', Role.OWNER)) for n in sys.argv[2:]]; "
    "print(time.monotonic())"
)


@pytest.fixture(params=["postgresql", "sqlite"])
def shop(request, tmp_path):
    if request.param == "postgresql":
        url = fresh_pg_database(request.getfixturevalue("pg_server"))
    else:
        url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    db = Database.open(url)
    yield url, OrderService(db)
    db.dispose()


def test_an_open_order_window_follows_a_change_made_on_another_pc(qtbot, shop, runner, qsettings, reporter):
    from orderdesk.ui.main_window import MainWindow

    url, service = shop
    stock_products(service)
    quiet, edited = make_order(service), make_order(service)
    sqlite = service.db.is_sqlite
    # PostgreSQL: no polling, so only the notification can bring the change. SQLite: the marker's poll.
    window = MainWindow(service, runner, qsettings=qsettings, reporter=reporter,
                        actor=Actor("Olga", Role.OWNER), poll_ms=100 if sqlite else 0)  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.board.loaded_once, timeout=5000)
    if sqlite:
        qtbot.waitUntil(lambda: window._marker is not None, timeout=5000)
    else:
        assert window.live is not None
        qtbot.waitUntil(window.live.listener.connected.is_set, timeout=10_000)
    details = {}
    for number in (quiet, edited):
        order_id = service.get(number, with_history=False).id
        window.open_order(order_id)
        details[number] = window._windows[order_id]
        qtbot.waitUntil(lambda d=details[number]: d.detail is not None, timeout=5000)
    details[edited].notes.setPlainText("Typed here, not saved yet")
    before = details[quiet].detail.version

    done = subprocess.run([sys.executable, "-c", MOVE, url, quiet, edited], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    committed = float(done.stdout.strip())
    qtbot.waitUntil(lambda: details[quiet].detail.status == Status.CONFIRMED, timeout=1000 if not sqlite else 3000)
    seen = time.monotonic() - committed
    assert details[quiet].detail.version > before
    assert f"version {details[quiet].detail.version}" in details[quiet].title.text()  # shown, not only read
    if not sqlite:
        assert window.live.received >= 1 and seen < 1.0
    qtbot.wait(300)  # more notifications or polls: the window being edited keeps what was typed
    assert details[edited].detail.status == Status.NEW
    assert details[edited].notes.toPlainText() == "Typed here, not saved yet"
    for d in details.values():
        d.close()
    window.close()
    runner.wait_idle()
