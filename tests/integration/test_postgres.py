"""The same migrations and services on a real PostgreSQL server (shops with several PCs)."""

from __future__ import annotations

import pytest

from orderdesk.domain import Actor
from orderdesk.errors import ConflictError
from orderdesk.services.orders import OrderEdit, OrderService
from orderdesk.workflow import MoveRequest, Status
from tests.factories import make_order, stock_products
from tests.support import postgres
from tests.support.components import require


@pytest.fixture(scope="module")
def pg_url():
    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        require(False, "the psycopg driver (pip extra 'postgres')")
    with postgres.temporary_server() as url:
        yield url


def test_migrations_and_workflow_on_postgres(pg_url):
    from orderdesk.db import Database

    db = Database.open(pg_url)
    assert not db.needs_upgrade() and db.check() == []
    service = OrderService(db)
    stock_products(service)
    number = make_order(service, name="Małgorzata Wiśniewska")
    order = service.move(number, MoveRequest(Status.CONFIRMED), Actor("olga"))
    assert order.status is Status.CONFIRMED and order.history[-1].to_value == "confirmed"
    assert [o.number for o in service.search("wisniew")] == [number]
    assert [o.number for o in service.search("Małgorzata")] == [number]
    with pytest.raises(ConflictError):
        service.update_order(number, OrderEdit(notes="x", expected_version=order.version - 1), Actor("olga"))
    db.dispose()
