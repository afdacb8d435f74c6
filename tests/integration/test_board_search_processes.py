"""The board's search held in memory sees what another PC changed, on SQLite and PostgreSQL: the
change is made by another process, and the next key typed shows it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from orderdesk.domain import Actor
from orderdesk.services.orders import OrderService
from orderdesk.workflow import MoveRequest, Status
from tests.factories import make_order, stock_products
from tests.support import postgres
from tests.support.components import require

# Another PC: its own process, its own connection, the same database.
OTHER_PC = """
import sys
from orderdesk.db import Database
from orderdesk.domain import Actor
from orderdesk.services.orders import OrderService
from orderdesk.workflow import MoveRequest, Status
db = Database.open(sys.argv[1])
OrderService(db).move(sys.argv[2], MoveRequest(Status.CONFIRMED), Actor("piotr"))
db.dispose()
"""


@pytest.fixture(params=["sqlite", "postgres"])
def url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "shop.sqlite3")
        return
    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        require(False, "the psycopg driver (pip extra 'postgres')")
    with postgres.temporary_server() as server:
        yield server


def test_a_move_on_another_pc_shows_on_the_next_key(url, tmp_path):
    from orderdesk.db import Database
    from orderdesk.ui.board.service_source import ServiceBoardSource
    from orderdesk.ui.board.source import BoardFilter

    db = Database.open(url)
    service = OrderService(db)
    stock_products(service)
    numbers = [make_order(service, name=f"Łukasz Kowalski {i}") for i in range(4)]
    source = ServiceBoardSource(service)
    columns = [Status.NEW, Status.CONFIRMED]

    def shown(search: str) -> dict[Status, list[str]]:
        pages = source.load_board(columns, BoardFilter(search=search), limit=10)
        return {status: [card.number for card in pages[status].rows] for status in columns}

    assert shown("kowal") == {Status.NEW: numbers[::-1], Status.CONFIRMED: []}
    assert source.search_index._snapshots  # the next key is answered from memory
    done = subprocess.run(
        [sys.executable, "-c", OTHER_PC, url, numbers[1]],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "ORDERDESK_DATA_DIR": str(tmp_path / "other")},
    )
    assert done.returncode == 0, done.stderr
    after = shown("kowals")
    assert after[Status.CONFIRMED] == [numbers[1]]
    assert numbers[1] not in after[Status.NEW]
    card = source.load_board(columns, BoardFilter(search="kowalski"), limit=10)[Status.CONFIRMED].rows[0]
    assert card.status is Status.CONFIRMED  # the card itself was read again, not the kept one
    service.move(numbers[2], MoveRequest(Status.CONFIRMED), Actor("olga"))  # and this PC's own move
    assert shown("kowalski")[Status.CONFIRMED] == [numbers[2], numbers[1]]
    db.dispose()
