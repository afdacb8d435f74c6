"""One known shop per backend for a test module: a SQLite file and, where the server binaries
are installed, a fresh database on the session's throw-away PostgreSQL server."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from orderdesk.db import Database
from tests.support.pg_fixtures import fresh_pg_database

BACKENDS = ["sqlite", "postgresql"]


def known_shop(
    request: pytest.FixtureRequest, tmp_path_factory, seed: Callable[[Database], None]
) -> Iterator[Database]:
    """The database of ``request.param`` with ``seed`` written once; the tests only read it."""
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("reports") / "shop.sqlite3")
    else:
        url = fresh_pg_database(request.getfixturevalue("pg_server"))
    db = Database.open(url)
    seed(db)
    yield db
    db.dispose()
