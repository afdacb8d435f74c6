"""Database.batch(): many service calls in one transaction, each call a savepoint of it."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from orderdesk.errors import MoveRefused
from orderdesk.models import HistoryRow, OrderRow
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products


def committed_orders(db) -> int:
    """Orders another connection sees (what other PCs would see)."""
    with sqlite3.connect(db.sqlite_path) as other:
        return other.execute("SELECT count(*) FROM orders").fetchone()[0]


def test_a_batch_commits_once_at_the_end(service, db):
    stock_products(service)
    with db.batch():
        first = make_order(service)
        service.move(first, MoveRequest(Status.CONFIRMED), OWNER)
        make_order(service)
        assert committed_orders(db) == 0  # nothing visible outside until the batch ends
        assert service.get(first).status is Status.CONFIRMED  # but the batch reads its own writes
    assert committed_orders(db) == 2


def test_a_failing_call_is_undone_alone_and_the_batch_goes_on(service, db):
    stock_products(service)
    with db.batch():
        number = make_order(service)
        with pytest.raises(MoveRefused):
            service.move(number, MoveRequest(Status.SHIPPED), OWNER)  # no shipment: refused
        with pytest.raises(ValueError):
            with db.session(write=True) as s:
                s.get(OrderRow, 1).notes = "half-done work"
                raise ValueError("a call that fails after changing something")
        service.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    order = service.get(number)
    assert order.status is Status.CONFIRMED
    assert order.notes == ""  # the failed call's change was rolled back to its savepoint
    assert [h.kind for h in order.history] == ["create", "status"]


def test_an_error_escaping_the_batch_rolls_everything_back(service, db):
    stock_products(service)
    with pytest.raises(RuntimeError, match="stop"):
        with db.batch():
            make_order(service)
            raise RuntimeError("stop")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(OrderRow)) == 0
        assert s.scalar(select(func.count()).select_from(HistoryRow)) == 0
    with db.batch():  # the thread is free for the next batch
        make_order(service)
    assert committed_orders(db) == 1


def test_batches_do_not_nest(db):
    with db.batch(), pytest.raises(RuntimeError):
        with db.batch():
            pass


def test_a_batch_reads_an_order_s_lines_holds_and_shipments_once(service, db):
    from sqlalchemy import event

    stock_products(service)
    number = make_order(service)
    seen: list[str] = []

    def keep(_conn, _cursor, statement, *_args) -> None:
        seen.append(" ".join(statement.split()[:4]))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        with db.batch():
            for status in (Status.CONFIRMED, Status.AWAITING_PAYMENT):
                service.move(number, MoveRequest(status), OWNER)
            moved = service.move(
                number, MoveRequest(Status.PAID, payment_minor=service.get(number).amount_due_minor), OWNER
            )
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    assert moved.status is Status.PAID and [h.to_value for h in moved.history][-3:] == [
        "confirmed",
        "awaiting_payment",
        "paid",
    ]
    # At most once each: a move reads lines, holds and shipments joined to the order itself.
    for table in ("order_lines", "holds", "shipments"):
        assert sum(1 for s in seen if s.startswith(f"SELECT {table}.id")) <= 1, (table, seen)
