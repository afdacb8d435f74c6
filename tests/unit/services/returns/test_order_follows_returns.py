"""A Returned order moves to Refunded when its last open return is settled (refunded, exchanged or
closed) and the whole paid amount went back, by the order's own move (history, the customer's
"refunded" message); a partly refunded order stays Returned and the store refunds nothing more."""

from __future__ import annotations

from sqlalchemy import select

from orderdesk.models import ChannelRow, OrderRow, OutboxRow, StorePushRow
from orderdesk.money import Money, format_money
from orderdesk.services.history_text import describe
from orderdesk.services.returns import ReceivedLine as R
from orderdesk.services.returns import ReturnRequestLine as L
from orderdesk.services.returns import ReturnService
from orderdesk.wiring import order_service
from orderdesk.workflow import Status
from tests.factories import OWNER
from tests.unit.services.returns.helpers import delivered_order


def _two_returns_received(db, *, store: bool = False):
    """Order 77.99 PLN paid (MUG-1 2×25.00, TEA-2 12.99, shipping 15.00), returned in two parts."""
    orders = order_service(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    if store:
        with db.session(write=True) as s:
            channel = ChannelRow(name="shop", kind="woocommerce", base_url="https://shop.example")
            s.add(channel)
            s.flush()
            row = s.scalar(select(OrderRow).where(OrderRow.number == number))
            row.channel_id, row.external_id = channel.id, "4711"
    mugs = returns.create_return(number, [L("MUG-1", 2, "damaged")], OWNER).number
    tea = returns.create_return(number, [L("TEA-2", 1, "changed_mind")], OWNER).number
    returns.receive(mugs, [R("MUG-1", 2, "restock")], OWNER)
    returns.receive(tea, [R("TEA-2", 1, "restock")], OWNER)
    assert orders.get(number).status == Status.RETURNED
    return orders, returns, number, mugs, tea


def _kinds(db, table=OutboxRow):
    with db.session() as s:
        return [r.kind for r in s.scalars(select(table).order_by(table.id))]


def _refund_pushes(db):
    with db.session() as s:
        rows = s.scalars(select(StorePushRow).where(StorePushRow.kind == "refund").order_by(StorePushRow.id))
        return [(p.payload["refund_id"], p.payload["amount_minor"]) for p in rows]


def test_closing_the_last_open_return_when_all_was_paid_back_moves_the_order(db):
    orders, returns, number, mugs, tea = _two_returns_received(db, store=True)
    returns.refund(mugs, OWNER, amount=Money(7799, "PLN"), reason="goodwill: the whole order")
    assert orders.get(number).status == Status.RETURNED  # the tea's return is still open
    returns.close(tea, OWNER, reason="paid back with the mugs")
    order = orders.get(number)
    assert (order.status, order.refund_due) == (Status.REFUNDED, False)
    moved = [h for h in order.history if h.kind == "status"][-1]
    assert (moved.from_value, moved.to_value, moved.reason) == ("returned", "refunded", f"return {tea} closed")
    assert _kinds(db)[-1] == "refunded" and _kinds(db).count("refunded") == 1  # the order's own message
    assert _refund_pushes(db) == [(mugs, 7799)]  # the store refunds nothing more on the move


def test_a_return_closed_with_money_kept_leaves_the_order_returned(db):
    orders, returns, number, mugs, tea = _two_returns_received(db, store=True)
    assert returns.refund(mugs, OWNER).refund.amount.minor == 6500  # the mugs and the shipping cost
    assert orders.get(number).status == Status.RETURNED  # the tea's return is still open
    returns.refund(tea, OWNER, amount=Money(500, "PLN"), rest_later=True)
    order = orders.get(number)
    assert (order.status, order.refund_due) == (Status.RETURNED, True)  # partly refunded: not yet
    returns.close(tea, OWNER, reason="the rest as a voucher")
    order = orders.get(number)
    # 70.00 of 77.99 went back and every return is settled: the shop keeps 7.99, no refund is due.
    assert (order.status, order.refund_due) == (Status.RETURNED, False)
    closed = [h for h in order.history if h.kind == "return" and h.to_value == "closed"]
    assert [h.details.get("kept_minor") for h in closed] == [799]
    kept = format_money(799, "PLN", "en")
    assert describe(closed[0], "en", "PLN").what == f"Return {tea} closed; the shop keeps {kept}, no refund is due"
    assert _kinds(db).count("refunded") == 0
    assert _refund_pushes(db) == [(mugs, 6500), (tea, 500)]  # not the kept 7.99


def test_the_rest_of_a_partly_refunded_return_moves_the_order(db):
    orders, returns, number, mugs, tea = _two_returns_received(db)
    returns.refund(mugs, OWNER)
    returns.refund(tea, OWNER, amount=Money(500, "PLN"), rest_later=True)
    assert orders.get(number).status == Status.RETURNED
    rest = returns.refund(tea, OWNER)
    assert rest.refunded.minor == 1299
    order = orders.get(number)
    assert order.status == Status.REFUNDED and order.amount_paid_minor == 7799
    assert _kinds(db).count("refunded") == 1 and _kinds(db).count("refund_sent") == 2  # mugs, the tea's part


def test_an_exchange_settles_its_part_without_a_store_refund_of_it(db):
    orders, returns, number, mugs, tea = _two_returns_received(db, store=True)
    returns.exchange(mugs, [("MUG-1", 2)], OWNER)  # the mugs' 50.00 pays for the new ones
    assert orders.get(number).status == Status.RETURNED
    assert returns.refund(tea, OWNER).refund.amount.minor == 2799  # the tea and the shipping cost
    assert orders.get(number).status == Status.REFUNDED
    assert _refund_pushes(db) == [(tea, 2799)]  # the exchanged mugs are not refunded in the store


def test_closing_a_return_of_an_order_not_returned_moves_nothing(db):
    orders = order_service(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    r = returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER).number
    returns.receive(r, [R("MUG-1", 1, "restock")], OWNER)
    returns.close(r, OWNER, reason="kept by the customer")
    assert orders.get(number).status == Status.DELIVERED


def test_closing_the_returns_of_an_unpaid_order_leaves_it_returned(db):
    orders, returns, number, mugs, tea = _two_returns_received(db)
    with db.session(write=True) as s:  # say, an invoice never paid: no refund is due either
        row = s.scalar(select(OrderRow).where(OrderRow.number == number))
        row.amount_paid_minor, row.refund_due = 0, False
    returns.close(mugs, OWNER, reason="nothing was paid")
    closed = returns.close(tea, OWNER, reason="nothing was paid")
    assert closed.status == "closed" and orders.get(number).status == Status.RETURNED  # closing is not refused
