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


def _insert(conn, table_name: str, **values) -> int:
    """A row in a table as it was at an old revision: every NOT NULL column gets a plain value."""
    from datetime import datetime

    from sqlalchemy import DateTime, Integer, MetaData, Table

    table = Table(table_name, MetaData(), autoload_with=conn)
    row = {}
    for column in table.columns:
        if column.name in values:
            row[column.name] = values[column.name]
        elif column.primary_key or column.nullable:
            continue
        elif isinstance(column.type, DateTime):
            row[column.name] = datetime(2026, 1, 1)
        elif isinstance(column.type, Integer) or column.type.python_type in (int, bool):
            row[column.name] = 0
        elif column.type.python_type is dict:
            row[column.name] = "{}"
        else:
            row[column.name] = ""
    return conn.execute(table.insert().values(**row)).inserted_primary_key[0]


def test_a_shop_database_with_orders_upgrades_with_its_references_intact(tmp_path):
    # Copying a referenced table (products, orders) in batch mode failed with foreign keys on.
    path = tmp_path / "shop.sqlite3"
    db = Database(f"sqlite:///{path}")
    _upgrade(db, "0005_merge")
    with db.engine.begin() as conn:
        customer = _insert(conn, "customers", name="Anna")
        product = _insert(conn, "products", sku="MUG-1", name="Mug", price_minor=2500, currency="PLN", stock_on_hand=7)
        order = _insert(conn, "orders", number="2026-000001", status="new", version=1, customer_id=customer,
                        delivery_method="carrier", payment_method="prepaid_online", currency="PLN")  # fmt: skip
        _insert(conn, "order_lines", order_id=order, product_id=product, sku="MUG-1", name="Mug", quantity=2,
                unit_price_minor=2500)  # fmt: skip
    db.dispose()
    upgraded = Database.open(path)
    assert upgraded.current_revisions() == upgraded.head_revisions()
    with upgraded.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT product_id, quantity FROM order_lines").one() == (product, 2)
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on after the update
    assert upgraded.check() == []
