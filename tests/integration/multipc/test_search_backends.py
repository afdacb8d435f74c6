"""Search finds the same orders on SQLite (FTS5 trigram) and PostgreSQL (pg_trgm), any fragment."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from orderdesk.db import Database
from orderdesk.demo import bulk_orders
from orderdesk.services.orders import OrderService
from tests.support.pg_fixtures import fresh_pg_database

QUERIES = ["ski", "Kowal", "wiśniew", "WISNIEW", "лен", "Ёлкин", "王", "MUG-0", "12", "@example", "2026-0001", "x9q"]


@pytest.fixture(scope="module")
def both(tmp_path_factory, request):
    pg_server = request.getfixturevalue("pg_server")
    dbs = {
        "sqlite": Database.open(tmp_path_factory.mktemp("search") / "shop.sqlite3"),
        "postgresql": Database.open(fresh_pg_database(pg_server)),
    }
    for db in dbs.values():
        bulk_orders(db, 600, active=200, seed=3)
    yield dbs
    for db in dbs.values():
        db.dispose()


@pytest.mark.parametrize("query", QUERIES)
def test_the_same_orders_are_found_on_both_backends(both, query):
    found = {name: [o.number for o in OrderService(db).search(query, limit=1000)] for name, db in both.items()}
    assert found["sqlite"] == found["postgresql"]


def test_some_fragments_match_and_postgres_answers_them_through_the_trigram_index(both):
    service = OrderService(both["postgresql"])
    assert service.search("ski", limit=5) and service.search("MUG-0", limit=5)
    with both["postgresql"].engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))  # a small table: make the planner show it can
        plan = "\n".join(
            r[0] for r in conn.execute(text("EXPLAIN SELECT id FROM orders WHERE search_text LIKE '%kowal%'"))
        )
    assert "ix_orders_search_trgm" in plan


def test_bench_prints_both_backends_side_by_side(pg_server, tmp_path, capsys):
    import argparse

    from orderdesk.bench import run_bench

    url = fresh_pg_database(pg_server)
    args = argparse.Namespace(db=str(tmp_path / "b.sqlite3"), pg=url, orders=300, active=50, samples=5)
    assert run_bench(args) == 0
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if "SQLite" in line and "PostgreSQL" in line)
    assert header.index("SQLite") < header.index("PostgreSQL")
    all_line = next(line for line in out.splitlines() if line.strip().startswith("ALL"))
    assert all_line.count("p50") == 2 and "target p95 ≤ 50 ms" in all_line
    # The app's move beside the bare one on both backends, with the statements each sends.
    app_line = next(line for line in out.splitlines() if line.strip().startswith("move, app's service"))
    assert app_line.count("p95") == 2
    statements = next(line for line in out.splitlines() if line.strip().startswith("statements per move"))
    assert statements.count("bare") == 2 and statements.count("app") == 2
