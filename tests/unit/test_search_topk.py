"""SQLite search as a bounded top-k: the same answers as a plain substring scan, newest first,
from a plan that walks the full-text index in order and stops at the limit."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from orderdesk import repository
from orderdesk.demo import bulk_orders
from orderdesk.models import OrderRow
from orderdesk.repository import OrderFilter
from orderdesk.workflow import Status
from tests.factories import bulk_database


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    with bulk_database(tmp_path_factory.mktemp("topk") / "orders.sqlite3", 3_000, active=400) as database:
        yield database


def sample_queries(db) -> list[str]:
    with db.session() as s:
        rows = s.execute(
            select(OrderRow.number, OrderRow.external_id, OrderRow.tracking_number, OrderRow.customer_name)
            .order_by(OrderRow.id)
            .where(OrderRow.id % 397 == 0)
        ).all()
    queries = ["MUG-001", "TOY-092", "Kowalska", "kowal", "Ёлкин", "елкин", "王伟", "example.pl", "000", "zzz-none"]
    for number, external, tracking, name in rows:
        queries += [number, number[-5:], external, name, name.split()[-1][:4]]
        if tracking:
            queries += [tracking, tracking[-7:]]
    return queries


def test_top_k_gives_the_same_orders_as_a_substring_scan(big_db):
    with big_db.session() as s:
        for query in sample_queries(big_db):
            for flt in (OrderFilter(search=query), OrderFilter(search=query, statuses=(Status.COMPLETED,))):
                expected = repository.query_ids(s, flt, sqlite=True, limit=50, scan=True)
                assert repository.query_ids(s, flt, sqlite=True, limit=50) == expected, query
                # later pages too
                assert repository.query_ids(s, flt, sqlite=True, limit=7, offset=7) == expected[7:14], query


def test_two_words_must_both_match(big_db):
    with big_db.session() as s:
        both = repository.query_ids(s, OrderFilter(search="anna kowalska"), sqlite=True, limit=500)
        scan = repository.query_ids(s, OrderFilter(search="anna kowalska"), sqlite=True, limit=500, scan=True)
        assert both == scan and both
        found = s.scalars(select(OrderRow.customer_name).where(OrderRow.id.in_(both))).all()
        assert set(found) == {"Anna Kowalska"}


def test_the_plan_walks_the_index_newest_first_without_collecting_every_match(big_db):
    captured: list[tuple[str, tuple]] = []

    def keep(_conn, _cursor, statement, parameters, *_args) -> None:
        if "ORDER BY orders_fts.rowid DESC" in statement:
            captured.append((statement, parameters))

    event.listen(big_db.engine, "before_cursor_execute", keep)
    try:
        with big_db.session() as s:
            repository.query_ids(s, OrderFilter(search="MUG-001", statuses=(Status.COMPLETED,)), sqlite=True, limit=50)
    finally:
        event.remove(big_db.engine, "before_cursor_execute", keep)
    statement, parameters = captured[-1]
    with big_db.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    plan = " | ".join(row[-1] for row in rows)
    assert "orders_fts VIRTUAL TABLE" in plan
    assert "TEMP B-TREE" not in plan, plan  # no sort of every match: the index hands them out in order
    assert "LIST SUBQUERY" not in plan, plan  # and no list of every match either


def test_bulk_orders_leaves_the_search_index_whole_and_its_trigger_in_place(tmp_path):
    from orderdesk.db import Database
    from orderdesk.services.orders import OrderService
    from tests.factories import make_order

    db = Database.open(tmp_path / "bulk.sqlite3")
    try:
        bulk_orders(db, 1_200, active=100, batch=500)  # three batches
        with db.engine.connect() as conn:
            conn.exec_driver_sql("INSERT INTO orders_fts(orders_fts, rank) VALUES('integrity-check', 1)")
            triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert {"orders_fts_ai", "orders_fts_ad", "orders_fts_au"} <= triggers
        service = OrderService(db)
        number = make_order(service, name="Zdzisław Bulkowski", lines=(("MUG-001", 1),))
        assert [o.number for o in service.search("bulkowski")] == [number]  # written by the trigger again
        assert len(service.search("example", limit=2_000)) == 1_201
    finally:
        db.dispose()
