"""Product search finds the same products on SQLite (products_fts) and PostgreSQL (pg_trgm), any
fragment, every word of the text in any order (as order search does), and both backends answer a
rare fragment through their trigram index."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select, text

from benchmarks.bench_stock import fill
from orderdesk.db import Database
from orderdesk.models import ProductRow
from orderdesk.search import fold
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
    "zolty swieca",  # words in any order
    "czerwony kubek",
    "kubek 12",  # a short word beside a long one
    "12 p-0012",
    "żółty p-001234",
    "1 2 3",  # short words only
]
MULTI_WORD = ["zolty swieca", "czerwony kubek", "kubek 12", "12 p-0012", "żółty p-001234", "1 2 3", "kub 12 ty"]


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


@pytest.mark.parametrize("few", [catalogue.FEW, 5])  # 5: the words count as many, the SKU index walk
def test_every_word_is_found_in_any_order(both, monkeypatch, few):
    monkeypatch.setattr(catalogue, "FEW", few)
    for name, db in both.items():
        with db.session() as s:
            texts = dict(s.execute(select(ProductRow.sku, ProductRow.search_text)).all())
        for query in MULTI_WORD:
            words = fold(query).split()
            expected = sorted(sku for sku, held in texts.items() if all(w in held for w in words))
            found = [p.sku for p in Catalogue(db).page(query, limit=PRODUCTS)]
            assert found == expected, (name, query)
            reversed_query = " ".join(reversed(query.split()))
            assert [p.sku for p in Catalogue(db).page(reversed_query, limit=PRODUCTS)] == expected, (name, query)
        # What the issue asked for: the words of a name typed the other way round.
        assert len(Catalogue(db).search_ids("czerwony kubek")) == PRODUCTS // 80, name
        assert "P-001234" in [p.sku for p in Catalogue(db).page("żółty p-001234")], name


def _selects(db: Database, query: str) -> list[tuple[str, object]]:
    """The SELECT statements a product search sends, with their parameters."""
    sent: list[tuple[str, object]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        Catalogue(db).page(query, limit=50)
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    return [(st, params) for st, params in sent if st.lstrip().upper().startswith("SELECT")]


def _plans(db: Database, query: str) -> list[str]:
    """The plan PostgreSQL makes for each statement a product search sends, with its parameters."""
    plans = []
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement, parameters in _selects(db, query):
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
    for query in ("p-001234", "żółty p-001234", "12 p-001234"):
        plans = _plans(db, query)
        assert any("ix_products_search_trgm" in plan for plan in plans), (query, plans)
        assert not any("Seq Scan on products" in plan for plan in plans), (query, plans)


def test_sqlite_answers_rare_words_through_products_fts(both):
    db = both["sqlite"]
    for query in ("p-001234", "żółty p-001234", "12 p-001234"):
        assert [p.sku for p in Catalogue(db).page(query, limit=50)] == ["P-001234"]
        with db.engine.connect() as conn:
            plans = [
                " / ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + st, tuple(params)))
                for st, params in _selects(db, query)
            ]
        assert any("products_fts VIRTUAL TABLE INDEX" in plan for plan in plans), (query, plans)
        # No statement reads the whole products table (a SCAN of it, not a SEARCH by id or SKU).
        assert not any(
            part.strip() == "SCAN products" or part.strip().startswith("SCAN products USING")
            for plan in plans
            for part in plan.split(" / ")
        ), (query, plans)


def test_the_product_search_bench_prints_both_backends_side_by_side(pg_server, capsys):
    from benchmarks.bench_product_search import main

    assert main(["--products", "300", "--rounds", "1", "--pg", fresh_pg_database(pg_server)]) == 0
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if "SQLite" in line and "PostgreSQL" in line)
    assert header.index("SQLite") < header.index("PostgreSQL")
    all_line = next(line for line in out.splitlines() if line.strip().startswith("ALL"))
    assert all_line.count("p95") == 2
