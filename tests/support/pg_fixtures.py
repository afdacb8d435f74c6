"""The session's throw-away PostgreSQL server as a fixture, and fresh databases on it.

Import ``pg_server`` into a conftest or a test module that needs it."""

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
    """A new, empty database on the server; its SQLAlchemy URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"shop_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)
