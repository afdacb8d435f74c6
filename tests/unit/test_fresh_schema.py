"""A new SQLite database from the schema snapshot: the same database the migrations make."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from orderdesk import fresh_schema
from orderdesk.db import Database
from orderdesk.fresh_schema import SNAPSHOT, snapshot_of


def _schema(path: Path) -> tuple[list, list, int]:
    connection = sqlite3.connect(path)
    try:
        objects = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        revisions = connection.execute("SELECT version_num FROM alembic_version ORDER BY 1").fetchall()
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()
    return objects, revisions, version


def _migrated(path: Path) -> Path:
    db = Database.open(path, migrate=False)
    try:
        db.upgrade(from_snapshot=False)
    finally:
        db.dispose()
    return path


def test_the_snapshot_is_what_the_migrations_make(tmp_path: Path) -> None:
    migrated = _migrated(tmp_path / "migrated.sqlite3")
    connection = sqlite3.connect(migrated)
    try:
        written = snapshot_of(connection)
    finally:
        connection.close()
    assert SNAPSHOT.read_text(encoding="utf-8") == written, (
        "The schema snapshot is out of date: run `python scripts/write_sqlite_schema.py` and commit the file."
    )
    Database.open(tmp_path / "new.sqlite3").dispose()
    assert _schema(tmp_path / "new.sqlite3") == _schema(migrated)


def test_a_new_database_gets_the_snapshot_and_works(tmp_path: Path) -> None:
    from orderdesk.demo import create_demo

    db = Database.open(tmp_path / "shop.sqlite3")
    try:
        assert not db.needs_upgrade()
        assert db.check() == []
        create_demo(db, 12)  # writes through every table the demo touches, triggers included
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM orders").scalar() == 12
            number = conn.exec_driver_sql("SELECT number FROM orders ORDER BY id LIMIT 1").scalar()
            query = "SELECT count(*) FROM orders_fts WHERE orders_fts MATCH ?"
            assert conn.exec_driver_sql(query, (f'"{number}"',)).scalar() == 1  # the search index's trigger
            stays = conn.exec_driver_sql("SELECT count(*) FROM order_history WHERE stay_seconds IS NOT NULL").scalar()
            assert stays > 0  # the history's trigger
    finally:
        db.dispose()


def test_snapshot_of_other_heads_means_the_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "stale.sql"
    stale.write_text(SNAPSHOT.read_text(encoding="utf-8").replace("-- heads: ", "-- heads: 0099_unknown "))
    monkeypatch.setattr(fresh_schema, "SNAPSHOT", stale)
    db = Database.open(tmp_path / "shop.sqlite3")
    db.dispose()
    assert _schema(tmp_path / "shop.sqlite3") == _schema(_migrated(tmp_path / "migrated.sqlite3"))


def test_a_database_with_anything_in_it_is_not_given_the_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.commit()
    connection.close()
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        assert fresh_schema.create_from_snapshot(connection) is False
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    assert names == {"notes"}


def test_processes_opening_one_new_file_at_once_make_its_schema_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    script = (
        "import sys\nfrom orderdesk.db import Database\n"
        "db = Database.open(sys.argv[1])\nprint(sorted(db.current_revisions()))\ndb.dispose()\n"
    )
    runs = [
        subprocess.Popen([sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
        for _ in range(4)
    ]  # fmt: skip
    results = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0, 0], [err for _out, err in results]
    assert len({out for out, _err in results}) == 1
    assert _schema(path) == _schema(_migrated(tmp_path / "migrated.sqlite3"))
    assert not (tmp_path / "backups").exists()  # a process that found the schema made backed nothing up
