"""Orders written many at once are in SQLite's search index exactly as one-by-one orders are.

A batch's orders are indexed by one statement at its end instead of by the insert trigger
(``orderdesk.bulk.orders_indexed_after``, which the import's batches use). FTS5's integrity check
compares the index with the orders table itself, so a missed, doubled or stale entry fails it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text

from orderdesk.bench_shop import import_records
from orderdesk.bulk import orders_indexed_after
from orderdesk.db import Database
from orderdesk.models import OrderRow
from orderdesk.services.importers import import_file
from orderdesk.services.insert_many import insert_many
from tests.factories import OWNER, make_order, stock_products


def index_is_sound(db: Database) -> None:
    with db.session() as s:
        # Raises (SQLITE_CORRUPT_VTAB) when the index and the orders table disagree.
        s.execute(text("INSERT INTO orders_fts(orders_fts, rank) VALUES ('integrity-check', 1)"))
        trigger = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'orders_fts_ai'"
        assert s.execute(text(trigger)).scalar() == 1  # back for every other write


def found(db: Database, word: str) -> set[int]:
    with db.session() as s:
        rows = s.execute(text("SELECT rowid FROM orders_fts WHERE orders_fts MATCH :q"), {"q": f'"{word}"'})
        return {r[0] for r in rows}


def write_import_file(folder: Path, prefix: str, count: int) -> Path:
    records = import_records(count)
    for i, record in enumerate(records):
        record["external_id"] = f"{prefix}-{i + 1}"
    path = folder / f"{prefix}.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_imported_batch_is_indexed_once_each_and_found(service, db, tmp_path):
    stock_products(service)
    make_order(service)  # indexed by the trigger, before the batch
    report = import_file(service, write_import_file(tmp_path, "WEB", 300), OWNER)
    assert len(report.imported) == 300
    index_is_sound(db)
    with db.session() as s:
        ids = dict(s.execute(select(OrderRow.external_id, OrderRow.id).where(OrderRow.external_id.like("WEB-%"))).all())
    assert len(ids) == 300
    assert found(db, "| web-17 |") == {ids["WEB-17"]}
    assert found(db, "web-300") == {ids["WEB-300"]}
    assert [o.external_id for o in service.search("WEB-123")] == ["WEB-123"]
    make_order(service)  # and the trigger indexes the next order on its own again
    index_is_sound(db)


def test_orders_written_before_a_failure_are_indexed_all_the_same(service, db):
    """The driver writes a batch row by row: what was written before an error is indexed too."""
    stock_products(service)
    make_order(service)
    with db.session(write=True) as s:
        model = s.execute(select(OrderRow.__table__)).mappings().one()
        first_id = s.execute(select(func.max(OrderRow.id))).scalar() + 1
        copies = [
            {**model, "id": first_id + i, "number": f"2099-{i:06d}", "search_text": f"copy{i}x"} for i in range(3)
        ]
        with (
            pytest.raises(RuntimeError),
            orders_indexed_after(s.connection().exec_driver_sql, [c["id"] for c in copies]),
        ):
            insert_many(s, OrderRow.__table__, copies[:2])  # the third is never written
            raise RuntimeError("the batch stopped here")
        s.commit()  # a caller that keeps what was written
    index_is_sound(db)
    assert found(db, "copy0x") == {first_id} and found(db, "copy1x") == {first_id + 1}
    assert found(db, "copy2x") == set()


def test_the_trigger_indexes_orders_written_by_anyone_else(service, db):
    """A write outside the batch path (the service's one order, a plain INSERT) is indexed by the trigger."""
    stock_products(service)
    number = make_order(service)
    with db.session(write=True) as s:
        order_id = s.execute(select(OrderRow.id).where(OrderRow.number == number)).scalar_one()
        copy = {**s.execute(select(OrderRow.__table__)).mappings().one(), "number": "2099-000001"}
        copy.update(id=order_id + 1, search_text="plainsql")
        s.execute(insert(OrderRow.__table__).values(**copy))
        s.commit()
    index_is_sound(db)
    assert found(db, "plainsql") == {order_id + 1}
    assert found(db, number) == {order_id}


def test_desks_importing_at_the_same_time_leave_one_sound_index(tmp_path):
    """Three processes import into one SQLite file at once (SQLite takes one writer at a time)."""
    path = tmp_path / "shop.sqlite3"
    Database.open(path).dispose()
    env = {**os.environ, "ORDERDESK_WARM": "off", "ORDERDESK_USER": "owner", "ORDERDESK_DATA_DIR": str(tmp_path / "d")}
    files = [write_import_file(tmp_path, f"PC{k}", 200) for k in range(3)]
    procs = [
        subprocess.Popen([sys.executable, "-m", "orderdesk", "--db", str(path), "import", str(f)], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for f in files
    ]  # fmt: skip
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "imported 200" in out
    db = Database.open(path)
    index_is_sound(db)
    for k in range(3):
        assert len(found(db, f"pc{k}-200")) == 1
    with db.session() as s:
        every = s.execute(text("SELECT count(*) FROM orders_fts WHERE orders_fts MATCH :q"),
                          {"q": '"pc0-" OR "pc1-" OR "pc2-"'}).scalar()  # fmt: skip
    assert every == 600
    db.dispose()
