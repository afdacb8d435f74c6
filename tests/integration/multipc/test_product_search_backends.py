"""Product search finds the same products on SQLite (products_fts) and PostgreSQL (pg_trgm), any
fragment, and PostgreSQL answers a rare fragment through its trigram index."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from benchmarks.bench_stock import fill
from orderdesk.db import Database
from orderdesk.services.stock import Catalogue, catalogue
from tests.support.pg_fixtures import fresh_pg_database

PRODUCTS = 6_000
QUERIES = [
    "kub",  # many: more than a page
    "P-00123",  # SKU fragment: ten products
    "p-001234",  # one SKU, typed in lower case
    "swieca zolty",  # folded: 'Świeca żółty'
    "ŚWIECA ŻÓŁTY",
    "зелён",
    "茶杯 白色 10",
    "熊猫",  # two characters: no trigram, a plain LIKE
    "12",
    "5",
    "2000000012346",  # a barcode: its product
    "r 1",
    "100%",  # LIKE's wildcards are plain characters
    "_",
    "nothing like it",
]


@pytest.fixture(scope="module")
def both(tmp_path_factory, request):
    pg_server = request.getfixturevalue("pg_server")
    dbs = {
        "sqlite": Database.open(tmp_path_factory.mktemp("products") / "shop.sqlite3"),
        "postgresql": Database.open(fresh_pg_database(pg_server)),
    }
    for db in dbs.values():
        fill(db, PRODUCTS)
    with dbs["postgresql"].engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE products")  # as autovacuum soon would after a bulk import
    yield dbs
    for db in dbs.values():
        db.dispose()


@pytest.mark.parametrize("query", QUERIES)
def test_the_same_products_are_found_on_both_backends(both, query):
    found = {name: [p.sku for p in Catalogue(db).page(query, limit=300)] for name, db in both.items()}
    assert found["sqlite"] == found["postgresql"]
    ids = {name: Catalogue(db).search_ids(query) for name, db in both.items()}
    assert ids["sqlite"] == ids["postgresql"]


def test_fragments_find_what_they_should(both):
    shop = Catalogue(both["postgresql"])
    assert [p.sku for p in shop.page("p-001234")] == ["P-001234"]
    assert len(shop.page("P-00123", limit=50)) == 10
    assert [p.sku for p in shop.page("2000000012346")] == ["P-001234"]
    assert len(shop.page("kub", limit=200)) == 200
    assert shop.page("nothing like it") == []


def test_many_matches_walk_the_sku_index_with_the_same_result(both, monkeypatch):
    expected = {name: [p.sku for p in Catalogue(db).page("kub", limit=40)] for name, db in both.items()}
    monkeypatch.setattr(catalogue, "FEW", 5)  # 'kub' now counts as many on both backends
    for name, db in both.items():
        assert [p.sku for p in Catalogue(db).page("kub", limit=40)] == expected[name]


def _plans(db: Database, query: str) -> list[str]:
    """The plan PostgreSQL makes for each statement a product search sends, with its parameters."""
    sent: list[tuple[str, object]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        Catalogue(db).page(query, limit=50)
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    plans = []
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement, parameters in sent:
            if statement.lstrip().upper().startswith("SELECT"):
                cursor.execute("EXPLAIN " + statement, parameters)
                plans.append("\n".join(row[0] for row in cursor.fetchall()))
    finally:
        raw.close()
    return plans


def test_postgres_answers_a_rare_fragment_through_the_trigram_index(both):
    db = both["postgresql"]
    with db.engine.connect() as conn:
        indexes = conn.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_products_search_trgm'"))
        assert "gin_trgm_ops" in indexes.scalar_one()
    plans = _plans(db, "p-001234")
    assert any("ix_products_search_trgm" in plan for plan in plans), plans
    assert not any("Seq Scan on products" in plan for plan in plans), plans


def test_the_product_search_bench_prints_both_backends_side_by_side(pg_server, capsys):
    from benchmarks.bench_product_search import main

    assert main(["--products", "300", "--rounds", "1", "--pg", fresh_pg_database(pg_server)]) == 0
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if "SQLite" in line and "PostgreSQL" in line)
    assert header.index("SQLite") < header.index("PostgreSQL")
    all_line = next(line for line in out.splitlines() if line.strip().startswith("ALL"))
    assert all_line.count("p95") == 2
