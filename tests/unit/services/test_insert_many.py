"""``insert_many`` stores exactly what SQLAlchemy's own ``insert`` stores, type by type."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from orderdesk.db import Database
from orderdesk.models import CustomerRow, HistoryRow, OrderRow
from orderdesk.services.insert_many import insert_many

WHEN = datetime(2026, 11, 2, 10, 15, 0, 123456)


def _customer(i: int) -> dict:
    return {"id": i, "name": f"Łucja {i}", "phone": f"+4860010020{i}", "email": f"l{i}@example.pl", "language": "pl",
            "sms_opt_out": i % 2 == 0, "email_opt_out": False, "phone_invalid": False,
            "created_at": WHEN.replace(microsecond=0) if i == 3 else WHEN,
            "vip": i == 2}  # fmt: skip


def _history(i: int) -> dict:
    return {"id": i, "order_id": 1, "at": WHEN.replace(second=i), "actor": "Olga", "role": "owner", "kind": "note",
            "from_value": "", "to_value": "", "reason": "Не найден дом", "details": {"why": ["a", i], "ok": None}}  # fmt: skip


def _written(path: Path, table: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
        selected = ", ".join(f"{c}, typeof({c})" for c in columns)
        return connection.execute(f"SELECT {selected} FROM {table} ORDER BY id").fetchall()
    finally:
        connection.close()


def test_rows_are_stored_as_sqlalchemy_stores_them(tmp_path: Path) -> None:
    mine, theirs = Database.open(tmp_path / "mine.sqlite3"), Database.open(tmp_path / "theirs.sqlite3")
    tables = [(CustomerRow.__table__, [_customer(i) for i in (1, 2, 3)])]
    for db in (mine, theirs):
        with db.session(write=True) as s:
            for table, rows in tables:
                if db is mine:
                    insert_many(s, table, rows)
                else:
                    s.execute(insert(table), rows)
            order = {"id": 1, "number": "2026-000001", "customer_id": 1, "created_at": WHEN, "status": "new",
                     "status_changed_at": WHEN.replace(tzinfo=UTC), "search_text": "2026-000001", "version": 1,
                     "delivery_method": "carrier", "payment_method": "prepaid_online", "currency": "PLN"}  # fmt: skip
            s.execute(insert(OrderRow.__table__), [order])
            history = [_history(i) for i in (1, 2)]
            if db is mine:
                insert_many(s, HistoryRow.__table__, history)
            else:
                s.execute(insert(HistoryRow.__table__), history)
    for db in (mine, theirs):
        db.dispose()
    for table in ("customers", "order_history"):
        assert _written(tmp_path / "mine.sqlite3", table) == _written(tmp_path / "theirs.sqlite3", table)
    stored = _written(tmp_path / "mine.sqlite3", "order_history")
    assert stored and all("real" not in row and "blob" not in row for row in stored)


def test_nothing_to_insert_is_no_statement(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "shop.sqlite3")
    try:
        with db.session(write=True) as s:
            insert_many(s, HistoryRow.__table__, [])
    finally:
        db.dispose()
