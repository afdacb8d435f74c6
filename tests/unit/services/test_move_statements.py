"""What a move sends to the database, as the board makes it with the app's listeners: every
statement is a round trip to a shared server while the order's row is locked, so the count is
kept. The rules stay: the customer's message is queued with the move, in its language."""

from __future__ import annotations

from sqlalchemy import event, select

from orderdesk.models import OutboxRow
from orderdesk.services.messaging.models import MessageTemplateRow, NotifyPreferenceRow
from orderdesk.wiring import order_service
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products


def _statements(db, action) -> list[str]:
    seen: list[str] = []

    def keep(_conn, _cursor, statement, *_args) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        action()
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    return seen


def test_a_move_that_queues_a_message_sends_five_statements(db):
    app = order_service(db)
    stock_products(app)
    number = make_order(app)
    moved: list = []
    seen = _statements(
        db, lambda: moved.append(app.move(number, MoveRequest(Status.CONFIRMED), OWNER, with_history=False))
    )
    work = [s for s in seen if not s.startswith("BEGIN")]
    # the order with its lines, holds and shipments; the history entry; the order's row; what the
    # message needs (settings, preferred channel, templates); the message itself
    assert len(work) == 5, work
    assert not any("outbox.idempotency_key" in s and s.startswith("SELECT") for s in work), work
    assert moved[0].status is Status.CONFIRMED and moved[0].history == ()
    with db.session() as s:
        queued = s.scalars(select(OutboxRow).where(OutboxRow.kind == "confirmed")).all()
    assert [m.status for m in queued] == ["pending"]


def test_the_one_read_honours_the_shop_s_template_and_the_customer_s_channel(db):
    app = order_service(db)
    stock_products(app)
    number = make_order(app)
    with db.session(write=True) as s:
        s.add(MessageTemplateRow(event="confirmed", channel="email", language="pl", subject="Zamówienie {order_number}",
                                 body="Potwierdzamy {order_number}.", fallback=""))  # fmt: skip
        customer_id = app.get(number).customer.id
        s.add(NotifyPreferenceRow(customer_id=customer_id, preferred_channel="email"))
    app.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    with db.session() as s:
        queued = s.scalars(select(OutboxRow).where(OutboxRow.kind == "confirmed")).all()
    assert [m.channel for m in queued] == ["email"]
    assert queued[0].payload["body"] == f"Potwierdzamy {number}."
    assert queued[0].payload["subject"] == f"Zamówienie {number}"


def test_a_history_entry_seen_before_is_still_checked_for_its_messages(db):
    """Only a fresh entry skips the look-up: queuing the same event again queues nothing twice."""
    from orderdesk.models import OrderRow
    from orderdesk.services.messaging.outbox import enqueue_event

    app = order_service(db)
    stock_products(app)
    number = make_order(app)
    moved = app.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    entry = moved.history[-1].id
    with db.session(write=True) as s:
        row = s.scalar(select(OrderRow).where(OrderRow.number == number))
        assert enqueue_event(s, row, "confirmed", f"h{entry}") == []
    with db.session() as s:
        assert len(s.scalars(select(OutboxRow).where(OutboxRow.kind == "confirmed")).all()) == 1


def test_reading_an_order_is_one_statement_the_same_a_move_reads_first(db):
    """``order move`` reads the order, then moves it: one statement each time, and the same one,
    so a fresh process compiles it once (its lines, holds and shipments come with it)."""
    app = order_service(db)
    stock_products(app)
    number = make_order(app)
    shown: list = []
    read = [s for s in _statements(db, lambda: shown.append(app.get(number, with_history=False))) if "BEGIN" not in s]
    assert len(read) == 1, read
    assert shown[0].lines and shown[0].number == number
    moved = _statements(db, lambda: app.move(number, MoveRequest(Status.CONFIRMED), OWNER, with_history=False))
    assert next(s for s in moved if not s.startswith("BEGIN")) == read[0]
