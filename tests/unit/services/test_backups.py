"""Restoring a backup: the owner only, checked first, and the state it replaces kept."""

from __future__ import annotations

import sqlite3

import pytest

from orderdesk.db import Database
from orderdesk.domain import Actor
from orderdesk.errors import PermissionDenied, ValidationError
from orderdesk.services.backups import restore_backup
from orderdesk.services.orders import OrderService
from orderdesk.workflow import Role
from tests.factories import OWNER, make_order, stock_products


def test_the_owner_restores_and_the_replaced_state_is_kept(db, service, tmp_path):
    stock_products(service)
    first = make_order(service)
    copy = db.backup(tmp_path / "monday.sqlite3")
    later = make_order(service)
    for role in (Role.PACKER, Role.CLERK):
        with pytest.raises(PermissionDenied, match="cannot restore a backup"):
            restore_backup(db, copy, Actor("someone", role))
    assert {o.number for o in service.list_orders()} == {first, later}

    safety = restore_backup(db, copy, OWNER)
    reopened = OrderService(Database.open(db.url))
    assert [o.number for o in reopened.list_orders()] == [first]
    kept = OrderService(Database.open(safety))
    assert {o.number for o in kept.list_orders()} == {first, later}  # nothing lost: the replaced state


def test_what_is_not_a_backup_this_version_can_use_is_refused_first(db, service, tmp_path):
    stock_products(service)
    number = make_order(service)
    text = tmp_path / "orders.csv"
    text.write_text("external_id\nA-1\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="not an OrderDesk database backup"):
        restore_backup(db, text, OWNER)
    newer = db.backup(tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    with pytest.raises(ValidationError, match="newer version of OrderDesk"):
        restore_backup(db, newer, OWNER)
    with pytest.raises(ValidationError, match="no backup file"):
        restore_backup(db, tmp_path / "missing.sqlite3", OWNER)
    assert [o.number for o in service.list_orders()] == [number]
    assert not (db.sqlite_path.parent / "backups").exists()  # refused before any copy was made
