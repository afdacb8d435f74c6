"""Migrations: from an empty database, step by step from the first revision, and matching the models."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from orderdesk.db import Database
from orderdesk.schema import metadata


def _revisions_oldest_first(db: Database) -> list[str]:
    script = ScriptDirectory.from_config(db.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _upgrade(db: Database, target: str) -> None:
    with db.engine.begin() as conn:
        cfg = db.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def test_empty_database_upgrades_to_head_and_matches_models(tmp_path):
    db = Database.open(tmp_path / "fresh.sqlite3")
    assert db.current_revisions() == db.head_revisions()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_object": lambda o, n, t, r, c: (
                    not (t == "table" and n.startswith(("orders_fts", "products_fts")))
                )
            },
        )
        assert compare_metadata(context, metadata) == []
    assert "orders_fts" in inspect(db.engine).get_table_names()
    assert db.check() == []


def test_upgrade_step_by_step_from_the_first_revision(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'steps.sqlite3'}")
    for revision in _revisions_oldest_first(db):
        _upgrade(db, revision)
        assert revision in db.current_revisions() or db.current_revisions()
    _upgrade(db, "heads")
    assert not db.needs_upgrade()


def test_upgrade_backs_up_an_existing_database_first(tmp_path):
    path = tmp_path / "shop.sqlite3"
    db = Database(f"sqlite:///{path}")
    first = _revisions_oldest_first(db)[0]
    _upgrade(db, first)
    if db.needs_upgrade():
        backup = db.upgrade()
        assert backup is not None and backup.exists()
    assert db.upgrade() is None  # nothing to do, no backup
    copy = db.backup(tmp_path / "copy.sqlite3")
    assert Database(f"sqlite:///{copy}").current_revisions() == db.current_revisions()


def test_downgrade_to_base_and_up_again(tmp_path):
    db = Database.open(tmp_path / "down.sqlite3")
    with db.engine.begin() as conn:
        cfg = db.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert db.current_revisions() == set()
    db.upgrade()
    assert not db.needs_upgrade()


def test_wal_and_foreign_keys_are_on(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
