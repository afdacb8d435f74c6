"""The stay stored on each status row (migration 0011_history_stay): filled by the backfill and
kept by the triggers for every kind of write, equal to "the time until the order's next step",
on SQLite and on a real PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise

import pytest
from alembic import command
from sqlalchemy import text

from orderdesk.db import Database
from orderdesk.domain import Actor
from orderdesk.services.orders import OrderService
from orderdesk.workflow import MoveRequest, Status
from tests.factories import make_order, stock_products
from tests.support.pg_fixtures import fresh_pg_database, pg_server  # noqa: F401
from tests.unit.test_migrations import _insert

T0 = datetime(2026, 3, 2, 10, 0)
STEPS = ("status", "create")


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'stay.sqlite3'}"
    return fresh_pg_database(request.getfixturevalue("pg_server"))


def expected_stays(conn) -> dict[int, float | None]:
    """What the reports used to compute at run time: per order, the next step's time minus this one's."""
    rows = conn.execute(text("SELECT id, order_id, kind, at FROM order_history")).all()
    out: dict[int, float | None] = {r.id: None for r in rows}
    steps = sorted((r for r in rows if r.kind in STEPS), key=lambda r: (r.order_id, _at(r.at), r.id))
    for this, nxt in pairwise(steps):
        if nxt.order_id == this.order_id:
            out[this.id] = (_at(nxt.at) - _at(this.at)).total_seconds()
    return out


def stored_stays(conn) -> dict[int, float | None]:
    return {r.id: r.stay_seconds for r in conn.execute(text("SELECT id, stay_seconds FROM order_history"))}


def _at(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def assert_stays_match(db: Database) -> None:
    with db.engine.connect() as conn:
        want, got = expected_stays(conn), stored_stays(conn)
    assert got.keys() == want.keys()
    for key, value in want.items():
        assert got[key] == pytest.approx(value, abs=1e-3) if value is not None else got[key] is None, key


def _history(conn, order_id: int, kind: str, at: datetime, to_value: str = "") -> None:
    conn.execute(
        text(
            "INSERT INTO order_history (order_id, at, actor, role, kind, from_value, to_value, reason, details) "
            "VALUES (:o, :at, 'Olga', 'owner', :kind, '', :to, '', '{}')"
        ),
        {"o": order_id, "at": at, "kind": kind, "to": to_value},
    )


def test_the_upgrade_fills_the_stays_of_existing_history(url):
    db = Database(url)
    with db.engine.begin() as conn:
        cfg = db.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0010_products_fts")
        customer = _insert(conn, "customers", name="Anna")
        for number in ("2026-000001", "2026-000002"):
            _insert(conn, "orders", number=number, status="paid", version=1, customer_id=customer,
                    delivery_method="carrier", payment_method="prepaid_online", currency="PLN")  # fmt: skip
        # Order 1 in time order with a note in between; order 2 written out of order (an import).
        _history(conn, 1, "create", T0, "new")
        _history(conn, 1, "note", T0 + timedelta(minutes=5), "verified")
        _history(conn, 1, "status", T0 + timedelta(hours=2), "confirmed")
        _history(conn, 1, "status", T0 + timedelta(hours=2), "paid")  # same instant: the id decides
        _history(conn, 2, "status", T0 + timedelta(days=1), "paid")
        _history(conn, 2, "create", T0, "new")
        _history(conn, 2, "status", T0 + timedelta(hours=3, seconds=30), "confirmed")
    db.dispose()
    db = Database.open(url)
    assert db.current_revisions() == db.head_revisions()
    with db.engine.connect() as conn:
        got = stored_stays(conn)
    # julianday arithmetic on SQLite (as the reports always did): exact to well under a second.
    want = [7200.0, None, 0.0, None, None, 10830.0, 75570.0]
    assert [got[i] is None for i in range(1, 8)] == [w is None for w in want]
    assert [got[i] for i in range(1, 8) if want[i - 1] is not None] == pytest.approx(
        [w for w in want if w is not None], abs=1e-3
    )
    assert_stays_match(db)
    db.dispose()


def test_moves_imports_re_dating_and_deletes_keep_the_stays(url):
    db = Database.open(url)
    service = OrderService(db)
    owner = Actor("Olga")
    stock_products(service)
    first = make_order(service)
    second = make_order(service)
    service.move(first, MoveRequest(Status.CONFIRMED), owner)
    service.move(first, MoveRequest(Status.AWAITING_PAYMENT), owner)
    service.move(second, MoveRequest(Status.CONFIRMED), owner)
    service.record_history(first, "note", owner, "printed")
    assert_stays_match(db)
    with db.engine.connect() as conn:
        first_id = conn.execute(text("SELECT id FROM orders WHERE number = :n"), {"n": first}).scalar()
        current = conn.execute(
            text("SELECT stay_seconds FROM order_history WHERE order_id = :o ORDER BY at DESC, id DESC LIMIT 1"),
            {"o": first_id},
        ).scalar()
    assert current is None  # the order's current status has no length yet

    with db.engine.begin() as conn:
        # A step written later but dated earlier (an import), between two existing ones.
        steps = conn.execute(
            text("SELECT at FROM order_history WHERE order_id = :o AND kind IN ('status', 'create') ORDER BY at, id"),
            {"o": first_id},
        ).all()
        _history(conn, first_id, "status", _at(steps[0].at) + (_at(steps[1].at) - _at(steps[0].at)) / 2, "paid")
    assert_stays_match(db)

    with db.engine.begin() as conn:
        # The demo re-dates an order's steps after writing them.
        for n, (hid,) in enumerate(
            conn.execute(text("SELECT id FROM order_history WHERE order_id = :o ORDER BY id"), {"o": first_id}).all()
        ):
            conn.execute(
                text("UPDATE order_history SET at = :at WHERE id = :id"), {"at": T0 + timedelta(hours=5 - n), "id": hid}
            )
    assert_stays_match(db)

    with db.engine.begin() as conn:
        last = conn.execute(
            text("SELECT max(id) FROM order_history WHERE order_id = :o AND kind = 'status'"), {"o": first_id}
        ).scalar()
        conn.execute(text("DELETE FROM order_history WHERE id = :id"), {"id": last})
    assert_stays_match(db)
    db.dispose()


def test_history_written_before_a_failure_gets_its_stays_and_the_triggers_come_back(tmp_path):
    """``bulk.stays_set_after`` for a caller that keeps what was written before an error (a
    savepoint's caller, say): those rows have their stays and the next writer has the triggers."""
    from orderdesk.bulk import stays_set_after

    db = Database.open(tmp_path / "kept.sqlite3")
    service = OrderService(db)
    stock_products(service)
    number = make_order(service)
    with db.engine.connect() as conn:
        order_id = conn.execute(text("SELECT id FROM orders WHERE number = :n"), {"n": number}).scalar()
        with pytest.raises(RuntimeError), stays_set_after(conn.exec_driver_sql):
            _history(conn, order_id, "status", T0 + timedelta(days=1), "confirmed")
            raise RuntimeError("the batch stopped here")
        conn.commit()  # a caller that keeps what was written
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    assert {"order_history_stay_ai", "order_history_stay_au"} <= names
    assert_stays_match(db)
    service.move(number, MoveRequest(Status.CONFIRMED), Actor("Olga"))  # the trigger works again
    assert_stays_match(db)
    db.dispose()


def test_the_open_orders_index_names_the_open_statuses():
    # The stuck-orders report filters with this literal condition to use its partial index.
    import importlib
    import re

    from orderdesk.models import OPEN_ORDERS_WHERE
    from orderdesk.workflow import ACTIVE

    assert re.findall(r"'([a-z_]+)'", OPEN_ORDERS_WHERE) == [st.value for st in ACTIVE]
    migration = importlib.import_module("orderdesk.migrations.versions.0011_history_stay")
    assert migration.OPEN_WHERE == OPEN_ORDERS_WHERE


def test_bulk_writers_set_the_same_stays_and_keep_the_trigger(tmp_path):
    """``bulk.stays_set_after`` (SQLite): the per-row trigger is off for the bulk insert, one window
    query sets the stays of every order it touched, existing steps included, and the trigger is
    back for the next writer; a failed bulk insert leaves the trigger and the rows as they were."""
    from orderdesk.bulk import stays_set_after

    db = Database.open(tmp_path / "bulk.sqlite3")
    service = OrderService(db)
    owner = Actor("Olga")
    stock_products(service)
    existing = make_order(service)
    service.move(existing, MoveRequest(Status.CONFIRMED), owner)
    fresh = make_order(service)
    with db.engine.connect() as conn:
        existing_id = conn.execute(text("SELECT id FROM orders WHERE number = :n"), {"n": existing}).scalar()
        first_at = _at(conn.execute(text("SELECT min(at) FROM order_history WHERE order_id = :o"), {"o": existing_id}).scalar())  # fmt: skip
        new_id = conn.execute(text("SELECT id FROM orders WHERE number = :n"), {"n": fresh}).scalar()
    with db.engine.begin() as conn, stays_set_after(conn.exec_driver_sql):
        # the existing order gets a step between its two (as an import dated earlier would write)
        _history(conn, existing_id, "status", first_at + timedelta(seconds=1), "paid")
        _history(conn, new_id, "status", T0 + timedelta(days=2), "paid")  # out of order
        _history(conn, new_id, "note", T0 + timedelta(days=1), "printed")
        _history(conn, new_id, "status", T0 + timedelta(days=1), "confirmed")
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
        assert "order_history_stay_ai" not in names  # off for this transaction only
    assert_stays_match(db)
    with db.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
        count = conn.execute(text("SELECT count(*) FROM order_history")).scalar()
    assert "order_history_stay_ai" in names
    service.move(existing, MoveRequest(Status.AWAITING_PAYMENT), owner)  # the trigger works again
    assert_stays_match(db)

    with pytest.raises(RuntimeError), db.engine.begin() as conn, stays_set_after(conn.exec_driver_sql):
        _history(conn, new_id, "status", T0 + timedelta(days=3), "assembling")
        raise RuntimeError("the disk is full")
    with db.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
        assert conn.execute(text("SELECT count(*) FROM order_history")).scalar() == count + 1  # the move's row only
    assert "order_history_stay_ai" in names
    assert_stays_match(db)
    db.dispose()
