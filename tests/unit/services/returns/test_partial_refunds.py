"""Partial refunds: part now and the rest later, never more than was paid, never recorded or
pushed to the store twice."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from orderdesk.errors import ConflictError, ValidationError
from orderdesk.money import Money
from orderdesk.services.history_text import describe_all
from orderdesk.services.returns import ReceivedLine as R
from orderdesk.services.returns import ReturnRequestLine as L
from orderdesk.services.returns import ReturnService
from orderdesk.workflow import Status
from tests.factories import OWNER
from tests.unit.services.returns.helpers import delivered_order


@pytest.fixture
def returns(service):
    return ReturnService(service)


def _received(service, returns, lines=(("MUG-1", 2),), **kw):
    number = delivered_order(service, **kw)  # MUG-1 2×25.00, TEA-2 12.99, shipping 15.00: 77.99 paid
    r = returns.create_return(number, [L(sku, q, "damaged") for sku, q in lines], OWNER)
    returns.receive(r.number, [R(sku, q, "restock") for sku, q in lines], OWNER)
    return number, r.number


def test_part_now_and_the_rest_later(service, returns):
    number, r = _received(service, returns)
    part = returns.refund(r, OWNER, amount=Money(2000, "PLN"), rest_later=True)
    assert part.status == "partly_refunded"
    assert (part.refunded.minor, part.refund_left.minor) == (2000, 3000)
    shown = returns.get(r)
    assert (shown.status, shown.refunded.minor, shown.refund_left.minor) == ("partly_refunded", 2000, 3000)
    quote = returns.quote_refund(r)
    assert (quote.amount.minor, quote.return_refunded_minor, quote.refund_count) == (3000, 2000, 1)
    rest = returns.refund(r, OWNER, expected_refunds=1)  # the computed amount is what is left
    assert rest.status == "refunded" and rest.refund.amount.minor == 3000
    assert [x.amount.minor for x in rest.refunds] == [2000, 3000] and rest.refunded.minor == 5000
    assert rest.refund_left.minor == 0
    texts = [(t.what, t.more) for t in describe_all(service.get(number).history, "en", "PLN")][-2:]
    assert texts == [
        (f"Refund 20.00 PLN for return {r}", "partly refunded, 30.00\xa0PLN left"),
        (f"Refund 30.00 PLN for return {r}", "the rest"),
    ]
    with pytest.raises(ValidationError, match="refunded already; a refund is never recorded twice"):
        returns.refund(r, OWNER)


def test_refusals_of_a_part(service, returns):
    number, r = _received(service, returns)
    with pytest.raises(ValidationError, match=r"Say how much of 50\.00\xa0PLN to refund now"):
        returns.refund(r, OWNER, rest_later=True)
    with pytest.raises(ValidationError, match=r"50\.00\xa0PLN is all that is left to refund on return"):
        returns.refund(r, OWNER, amount=Money(5000, "PLN"), rest_later=True)
    with pytest.raises(ValidationError, match=r"at most 77\.99\xa0PLN"):
        returns.refund(r, OWNER, amount=Money(8000, "PLN"), rest_later=True)
    returns.refund(r, OWNER, amount=Money(4000, "PLN"), rest_later=True)
    # Another desk (or a second click) that read the return before this part: refused, not recorded.
    with pytest.raises(ConflictError, match=r"got a refund on another desk meanwhile \(40\.00\xa0PLN refunded now\)"):
        returns.refund(r, OWNER, amount=Money(4000, "PLN"), rest_later=True, expected_refunds=0)
    with pytest.raises(ValidationError, match=r"10\.00\xa0PLN is all that is left"):
        returns.refund(r, OWNER, amount=Money(1000, "PLN"), rest_later=True)
    with pytest.raises(ValidationError, match="it cannot be exchanged too"):
        returns.exchange(r, [("MUG-1", 1)], OWNER)
    assert returns.get(r).refunded.minor == 4000
    assert service.get(number).status == Status.DELIVERED  # a part of some lines moves no order


def test_parts_never_exceed_what_was_paid_and_carry_the_shipping_once(service, returns):
    number, r = _received(service, returns, lines=(("MUG-1", 2), ("TEA-2", 1)))  # everything: shipping too
    assert service.get(number).status == Status.RETURNED
    assert returns.quote_refund(r).amount.minor == 7799
    part = returns.refund(r, OWNER, amount=Money(1000, "PLN"), rest_later=True)
    assert part.refund.shipping_minor == 1000 and part.refund_left.minor == 6799
    assert service.get(number).status == Status.RETURNED  # not Refunded while a part is missing
    with pytest.raises(ValidationError, match=r"at most 67\.99\xa0PLN"):
        returns.refund(r, OWNER, amount=Money(7000, "PLN"), reason="goodwill")
    rest = returns.refund(r, OWNER)
    assert rest.refund.amount.minor == 6799 and sum(x.shipping_minor for x in rest.refunds) == 1500
    order = service.get(number)
    assert order.status == Status.REFUNDED and rest.refunded.minor == order.amount_paid_minor


def test_closing_a_partly_refunded_return_keeps_the_rest(service, returns):
    _number, r = _received(service, returns)
    returns.refund(r, OWNER, amount=Money(1500, "PLN"), rest_later=True)
    closed = returns.close(r, OWNER, reason="the customer keeps the rest as a voucher")
    assert closed.status == "closed" and closed.refunded.minor == 1500
    with pytest.raises(ValidationError, match="is closed: there is nothing to refund"):
        returns.refund(r, OWNER)


def test_each_part_is_pushed_to_the_store_once_without_items(service, returns, db):
    from orderdesk.models import ChannelRow, OrderRow, StorePushRow
    from orderdesk.services.channels.refunds import queue_refund_push

    number = delivered_order(service)
    with db.session(write=True) as s:
        channel = ChannelRow(name="shop", kind="woocommerce", base_url="https://shop.example")
        s.add(channel)
        s.flush()
        row = s.scalar(select(OrderRow).where(OrderRow.number == number))
        row.channel_id, row.external_id = channel.id, "4711"
    r = returns.create_return(number, [L("MUG-1", 2, "damaged")], OWNER)
    returns.receive(r.number, [R("MUG-1", 2, "restock")], OWNER)
    first = returns.refund(r.number, OWNER, amount=Money(2000, "PLN"), rest_later=True)
    last = returns.refund(r.number, OWNER)
    assert [x.push_status for x in last.refunds] == ["queued", "queued"] and first.refund.push_status == "queued"
    with db.session(write=True) as s:  # the same part queued again (a retried step): still one push
        order_id = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        queue_refund_push(s, order_id, f"{r.number}/2", 3000, "again")
    with db.session() as s:
        pushes = s.scalars(select(StorePushRow).where(StorePushRow.kind == "refund").order_by(StorePushRow.id)).all()
        got = [(p.payload["refund_id"], p.payload["amount_minor"], p.payload["line_items"]) for p in pushes]
    assert got == [(r.number, 2000, []), (f"{r.number}/2", 3000, [])]


def test_the_rest_of_the_items_arrives_after_a_part_was_refunded(service, returns):
    number = delivered_order(service)
    r = returns.create_return(number, [L("MUG-1", 2, "damaged")], OWNER).number
    returns.receive(r, [R("MUG-1", 1, "restock")], OWNER)
    part = returns.refund(r, OWNER, amount=Money(1000, "PLN"), rest_later=True)
    assert (part.status, part.refund_left.minor) == ("partly_refunded", 1500)  # of the one mug back so far
    later = returns.receive(r, [R("MUG-1", 1, "write-off", "cracked")], OWNER)
    assert (later.status, later.refund_left.minor) == ("partly_refunded", 4000)  # the second mug counts now
    with pytest.raises(ValidationError, match="is partly refunded: there is nothing more to receive"):
        returns.receive(r, [R("MUG-1", 1, "restock")], OWNER)
    rest = returns.refund(r, OWNER)
    assert rest.refund.amount.minor == 4000 and rest.refunded.minor == 5000
    assert service.get(number).status == Status.DELIVERED
