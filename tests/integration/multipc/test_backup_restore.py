"""Backups and restore on both backends: checked backups, no 0-byte leftovers, a restore over a
database with a leftover -wal file, the replaced database kept, refused while in use."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from orderdesk.db import Database
from orderdesk.demo import bulk_orders
from orderdesk.errors import ConfigurationError, ConflictError, OrderDeskError, ValidationError
from orderdesk.models import OrderRow, utcnow
from orderdesk.services import backups
from orderdesk.settings import Settings
from tests.factories import OWNER
from tests.support.components import require_tool
from tests.support.pg_fixtures import fresh_pg_database

ROOT = Path(__file__).resolve().parents[3]


def _count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(OrderRow))


def _holder(url: str, *args: str, stdin=None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.integration.multipc.db_holder", url, *args],
        cwd=ROOT,
        stdin=stdin,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_sqlite_restore_over_a_leftover_wal_keeps_the_replaced_data(tmp_path):
    path = tmp_path / "shop.sqlite3"
    url = f"sqlite:///{path}"
    db = Database.open(path)
    bulk_orders(db, 20, active=5)
    saved = backups.backup(db, tmp_path / "saved.sqlite3")
    assert not list(tmp_path.glob("*.partial"))
    db.dispose()
    crash = _holder(url, "crash", "30")
    assert crash.stdout.readline().strip() == "written"
    crash.wait(timeout=60)
    wal = Path(str(path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the crash should leave the new orders in the -wal file"

    result = backups.restore(Database(url), saved, OWNER)

    restored = Database.open(path)
    assert _count(restored) == 20 and restored.check() == []
    kept = Database.open(result.replaced_copy, migrate=False)
    assert _count(kept) == 50, "the replaced database, with what was only in its -wal file, is kept"
    kept.dispose()
    restored.dispose()


def test_sqlite_restore_is_refused_while_another_process_has_the_database_open(tmp_path):
    path = tmp_path / "shop.sqlite3"
    db = Database.open(path)
    bulk_orders(db, 10, active=5)
    saved = backups.backup(db)
    assert saved.parent == tmp_path / "backups" and saved.name.endswith("-backup.sqlite3")
    bulk_orders(db, 5, active=5)
    db.dispose()
    holder = _holder(f"sqlite:///{path}", "hold", stdin=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(ConflictError, match="open in another OrderDesk"):
            backups.restore(Database(f"sqlite:///{path}"), saved, OWNER)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    db = Database.open(path)
    assert _count(db) == 15 and db.check() == []  # untouched
    backups.restore(db, saved, OWNER)
    db = Database.open(path)
    assert _count(db) == 10
    db.dispose()


def test_a_bad_backup_is_refused_before_anything_changes(tmp_path, db):
    bulk_orders(db, 3, active=3)
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    other = tmp_path / "other.sqlite3"
    import sqlite3

    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    for bad in (empty, junk, other, tmp_path / "missing.sqlite3"):
        with pytest.raises(ValidationError):
            backups.restore(db, bad, OWNER)
    assert _count(Database.open(db.sqlite_path)) == 3


def test_a_failed_backup_leaves_no_file_named_like_a_good_one(tmp_path):
    gone = Database(f"sqlite:///{tmp_path / 'gone.sqlite3'}")
    with pytest.raises(ConfigurationError):
        backups.backup(gone, tmp_path / "b.sqlite3")
    unreachable = Database("postgresql+psycopg://shop:pw@127.0.0.1:1/shop")
    with pytest.raises(OrderDeskError, match="pg_dump failed"):
        backups.backup(unreachable, tmp_path / "b.pgdump")
    assert list(tmp_path.iterdir()) == []


def test_daily_backup_once_a_day_keeping_the_newest(db, tmp_path):
    settings = Settings(db)
    settings.set(backups.KEEP.key, 2)
    now = utcnow()
    made = [backups.run_daily_backup(db, settings, now + timedelta(days=d)) for d in range(4)]
    assert all(made) and backups.run_daily_backup(db, settings, now + timedelta(days=3, hours=5)) is None
    left = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert left == sorted(p.name for p in made[-2:])
    settings.set(backups.DAILY.key, False)
    assert backups.run_daily_backup(db, settings, now + timedelta(days=9)) is None


def test_postgres_backup_and_restore_with_pg_dump(pg_server, tmp_path, monkeypatch):
    require_tool("pg_dump", "postgresql-client")
    monkeypatch.setenv("ORDERDESK_DATA_DIR", str(tmp_path / "data"))
    url = fresh_pg_database(pg_server)
    db = Database.open(url)
    bulk_orders(db, 25, active=5)
    saved = backups.backup(db, tmp_path / "shop.pgdump")
    assert saved.read_bytes().startswith(b"PGDMP")
    bulk_orders(db, 10, active=5)
    other = Database(url)
    with other.engine.connect():
        with pytest.raises(ConflictError, match="open in another OrderDesk"):
            backups.restore(db, saved, OWNER)
    other.dispose()
    result = backups.restore(db, saved, OWNER)
    db = Database.open(url)
    assert _count(db) == 25 and db.check() == []
    assert result.replaced_copy is not None and result.replaced_copy.name.endswith("-before-restore.pgdump")
    with pytest.raises(ValidationError):
        backups.restore(db, tmp_path / "nothing.pgdump", OWNER)
    db.dispose()
