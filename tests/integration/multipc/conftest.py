"""The shop database as several PCs see it: a fresh SQLite file, or a fresh database on a real
PostgreSQL server (one server for the whole session, one database per test)."""

from __future__ import annotations

import pytest

from tests.support.pg_fixtures import fresh_pg_database, pg_server

__all__ = ["fresh_pg_database", "pg_server"]


@pytest.fixture(params=["sqlite", "postgresql"])
def shop_url(request, tmp_path):
    """A migrated, empty shop database URL on each backend."""
    from orderdesk.db import Database

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    else:
        url = fresh_pg_database(request.getfixturevalue("pg_server"))
    Database.open(url).dispose()
    return url
