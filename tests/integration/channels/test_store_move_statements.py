"""A store's order moved at the desk: its store push is queued in the move's transaction, and
the store's row comes with the order instead of a query of its own."""

from __future__ import annotations

from sqlalchemy import event, select

from orderdesk.models import StorePushRow
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER


def test_a_store_order_s_move_reads_its_store_with_the_order(desk, woo):
    orders, _channel, sync = desk
    woo.add_order(id=7001)
    sync.run("shop")
    number = orders.find_number("7001")
    seen: list[str] = []

    def keep(_conn, _cursor, statement, *_args) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(orders.db.engine, "before_cursor_execute", keep)
    try:
        moved = orders.move(number, MoveRequest(Status.CANCELLED, reason="customer called"), OWNER, with_history=False)
    finally:
        event.remove(orders.db.engine, "before_cursor_execute", keep)
    assert moved.status is Status.CANCELLED and moved.channel is not None and moved.channel.name == "shop"
    assert not any(s.startswith("SELECT channels.") for s in seen), seen
    with orders.db.session() as s:
        pushes = s.scalars(select(StorePushRow).where(StorePushRow.kind == "status")).all()
    assert [p.payload["desk_status"] for p in pushes] == ["cancelled"]
