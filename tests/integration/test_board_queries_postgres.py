"""The board's grouped queries (counts, first cards per column, pages) on a real PostgreSQL server."""

from __future__ import annotations

import pytest

from orderdesk.domain import Actor
from orderdesk.services.orders import OrderService
from orderdesk.workflow import MoveRequest, Status
from tests.factories import make_order, stock_products
from tests.support import postgres
from tests.support.components import require


@pytest.fixture(scope="module")
def pg_url():
    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        require(False, "the psycopg driver (pip extra 'postgres')")
    with postgres.temporary_server() as url:
        yield url


@pytest.mark.parametrize("scan_limit", [20_000, 0], ids=["board-scan", "no-scan"])
def test_board_pages_on_postgres(pg_url, scan_limit):
    from orderdesk.db import Database
    from orderdesk.ui.board.service_source import ServiceBoardSource
    from orderdesk.ui.board.source import BoardFilter

    db = Database.open(pg_url)
    service = OrderService(db)
    stock_products(service)
    numbers = [
        make_order(service, name=f"Łukasz Kowalski {i}", phone=f"+48 600 700 {i:03d}", email=f"lk{i}@example.pl")
        for i in range(5)
    ]
    service.move(numbers[0], MoveRequest(Status.CONFIRMED), Actor("olga"))
    source = ServiceBoardSource(service, scan_limit=scan_limit)
    statuses = [Status.NEW, Status.CONFIRMED]
    for search in ("", "k", "lukasz", "kowalski 3", "nobody"):
        pages = source.load_board(statuses, BoardFilter(search=search), limit=2)
        for status in statuses:
            every = service.list_orders(status=status, search=search, limit=100)
            assert pages[status].total == len(every), (search, status)
            assert [s.number for s in pages[status].rows] == [s.number for s in every[:2]], (search, status)
        page = source.load_page(Status.NEW, BoardFilter(search=search), offset=2, limit=2)
        every = service.list_orders(status=Status.NEW, search=search, limit=100)
        assert [s.number for s in page.rows] == [s.number for s in every[2:4]], search
    db.dispose()


def test_order_list_pages_sorted_on_postgres(pg_url):
    """The list's database sort and paging: every sort key, both ways, pages that neither overlap
    nor skip a row, the same on PostgreSQL as on SQLite."""
    from orderdesk.db import Database
    from orderdesk.ui.board.source import BoardFilter
    from orderdesk.ui.order_list_source import SORT_COLUMNS, ListQuery, OrderListSource

    db = Database.open(pg_url)
    service = OrderService(db)
    stock_products(service)
    for i in range(7):
        make_order(service, name=f"Zofia Nowak {i % 3}", lines=(("MUG-1", 1 + i % 2), ("TEA-2", 1)))
    source = OrderListSource(service)
    for sort in SORT_COLUMNS:
        for descending in (True, False):
            query = ListQuery(flt=BoardFilter(search="nowak"), sort=sort, descending=descending)
            pages = [source.load_page(query, offset, 3) for offset in (0, 3, 6)]
            ids = [s.id for page in pages for s in page.rows]
            assert pages[0].total >= 7 and len(ids) == len(set(ids)) == pages[0].total, (sort, descending)
    by_total = source.load_page(ListQuery(sort="total", descending=False), 0, 100).rows
    assert [s.total.minor for s in by_total] == sorted(s.total.minor for s in by_total)
    db.dispose()
