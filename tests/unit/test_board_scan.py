"""The board's search of its own columns (``scan``): statements built once per filter shape with
the search terms as parameters, and the same answers as reading every row in Python."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from orderdesk import board_queries
from orderdesk.models import OrderRow
from orderdesk.repository import OrderFilter
from orderdesk.search import query_terms
from orderdesk.workflow import TERMINAL, Status
from tests.factories import bulk_database

COLUMNS = tuple(s for s in Status if s not in TERMINAL)
LIMIT = 7


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    with bulk_database(tmp_path_factory.mktemp("scan") / "orders.sqlite3", 1_500, active=300) as database:
        yield database


def expected(db, search: str) -> tuple[dict[Status, int], dict[Status, list[int]]]:
    """Counts and first ids per column, straight from every row: the oracle."""
    terms = query_terms(search)
    with db.session() as s:
        rows = s.execute(
            select(OrderRow.id, OrderRow.status, OrderRow.priority, OrderRow.search_text).where(
                OrderRow.status.in_([c.value for c in COLUMNS])
            )
        ).all()
    matching = [r for r in rows if all(t in r.search_text for t in terms)]
    counts = {c: sum(1 for r in matching if r.status == c.value) for c in COLUMNS}
    firsts = {
        c: [
            r.id
            for r in sorted(
                (r for r in matching if r.status == c.value), key=lambda r: (r.priority, r.id), reverse=True
            )
        ][:LIMIT]
        for c in COLUMNS
    }
    return counts, firsts


@pytest.mark.parametrize("search", ["a", "Ko", "kowal", "anna kow", "2026-0", "%", "_", "o'b", "zzz-none", "ЁЛКИН"])
def test_the_scan_answers_as_every_row_read(db, search):
    flt = OrderFilter(statuses=COLUMNS, search=search)
    with db.session() as s:
        counts, ids = board_queries.first_ids_by_status(s, flt, LIMIT, sqlite=True, scan=True)
    want_counts, want_ids = expected(db, search)
    assert {c: counts.get(c, 0) for c in COLUMNS} == want_counts
    assert {c: ids[c] for c in COLUMNS} == want_ids


def test_typing_reuses_one_statement_per_filter_shape(db):
    board_queries._first_ids_statement.cache_clear()
    board_queries._count_statement.cache_clear()
    with db.session() as s:
        for typed in ("k", "ko", "kow", "kowa", "kowal"):
            board_queries.first_ids_by_status(
                s, OrderFilter(statuses=COLUMNS, search=typed), LIMIT, sqlite=True, scan=True
            )
        board_queries.first_ids_by_status(
            s, OrderFilter(statuses=COLUMNS, search="anna k"), LIMIT, sqlite=True, scan=True
        )
    built = board_queries._first_ids_statement.cache_info()
    assert built.misses == 2 and built.hits == 4  # one term, then two terms: two statements
