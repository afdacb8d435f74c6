"""Pooled PostgreSQL connections: one that died while idle in the pool (a server restart, a
dropped network) is found by a ping and replaced before anyone uses it; one used a moment ago is
handed out without the extra round trip."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from orderdesk import db as db_module
from orderdesk.db import Database
from orderdesk.models import OrderRow
from tests.support.pg_fixtures import fresh_pg_database


def _count_pings(db: Database, monkeypatch) -> list[int]:
    calls: list[int] = []
    real = db.engine.dialect.do_ping

    def counting(dbapi_connection) -> bool:
        calls.append(1)
        return real(dbapi_connection)

    monkeypatch.setattr(db.engine.dialect, "do_ping", counting)
    return calls


def _read(db: Database) -> int:
    with db.session() as s:
        return s.query(OrderRow).count()


def test_a_connection_used_a_moment_ago_is_not_pinged(pg_server, monkeypatch):
    db = Database.open(fresh_pg_database(pg_server))
    try:
        pings = _count_pings(db, monkeypatch)
        for _ in range(5):
            assert _read(db) == 0
        assert pings == []
        monkeypatch.setattr(db_module, "PING_AFTER_IDLE_SECONDS", 0.0)  # every wait counts as long
        assert _read(db) == 0
        assert pings == [1]
    finally:
        db.dispose()


def test_a_connection_killed_while_idle_is_replaced_unseen(pg_server, monkeypatch):
    url = fresh_pg_database(pg_server)
    db = Database.open(url)
    try:
        with db.session() as s:
            ours = s.execute(text("SELECT pg_backend_pid()")).scalar()
        admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:  # the server ends the pooled session, as a restart would
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": ours}).scalar()
        admin.dispose()
        monkeypatch.setattr(db_module, "PING_AFTER_IDLE_SECONDS", 0.0)
        with db.session() as s:
            assert s.execute(text("SELECT pg_backend_pid()")).scalar() != ours
    finally:
        db.dispose()
