"""The shop database as several PCs see it: a fresh SQLite file, or a fresh database on a real
PostgreSQL server (one server for the whole session, one database per test)."""

from __future__ import annotations

import uuid

import pytest

from tests.support import postgres
from tests.support.components import require


@pytest.fixture(scope="session")
def pg_server():
    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        require(False, "the psycopg driver (pip extra 'postgres')")
    with postgres.temporary_server() as url:
        yield url


def fresh_pg_database(server_url: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"shop_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


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
