"""Receiving at the bench (ledger movements), refunds (amounts, ceilings, once only), exchanges."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from orderdesk.errors import ValidationError
from orderdesk.models import StockMovementRow
from orderdesk.money import Money
from orderdesk.services.returns import ReceivedLine as R
from orderdesk.services.returns import ReturnRequestLine as L
from orderdesk.services.returns import ReturnService
from orderdesk.services.stock.check import ledger_problems
from orderdesk.settings import Settings
from orderdesk.workflow import Status
from tests.factories import OWNER
from tests.unit.services.returns.helpers import delivered_order


@pytest.fixture
def returns(service):
    return ReturnService(service)


def _movements(db, document):
    with db.session() as s:
        rows = s.scalars(
            select(StockMovementRow).where(StockMovementRow.document == document).order_by(StockMovementRow.id)
        )
        return [(m.kind, m.quantity, m.reason) for m in rows]


def test_receiving_restocks_writes_off_and_sends_for_repair_in_the_ledger(service, returns, db):
    number = delivered_order(service, lines=(("MUG-1", 3), ("TEA-2", 1)))
    r = returns.create_return(number, [L("MUG-1", 3, "damaged"), L("TEA-2", 1, "changed_mind")], OWNER)
    part = returns.receive(r.number, [R("MUG-1", 1, "restock"), R("MUG-1", 1, "write-off", "cracked")], OWNER)
    assert part.status == "awaiting_parcel"  # one mug and the tea are still on their way
    done = returns.receive(
        r.number, [R("MUG-1", 1, "repair", "handle loose"), R("TEA-2", 1, "restock")], OWNER, "box ok"
    )
    assert done.status == "received"
    mug = done.lines[0]
    assert (mug.received, mug.restocked, mug.written_off, mug.repair) == (3, 1, 1, 1)
    assert mug.state_note == "cracked; handle loose"
    assert _movements(db, r.number) == [
        ("returned", 1, "restock"),
        ("written_off", 1, "cracked"),
        ("repair", 1, "handle loose"),
        ("returned", 1, "restock"),
    ]
    assert ledger_problems(db) == []  # counters still equal the ledger sums
    # The whole order came back: Returned, and the whole-order move put nothing back a second time.
    order = service.get(number)
    assert order.status == Status.RETURNED
    with db.session() as s:
        kinds = [m.kind for m in s.scalars(select(StockMovementRow).where(StockMovementRow.order_id == order.id))]
    assert kinds.count("returned") == 2
    with pytest.raises(ValidationError, match="nothing more to receive"):
        returns.receive(r.number, [R("TEA-2", 1, "restock")], OWNER)


def test_receiving_more_than_expected_or_a_foreign_sku_is_refused(service, returns, db):
    number = delivered_order(service)
    r = returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    with pytest.raises(ValidationError, match="expects 1 more of MUG-1, not 2"):
        returns.receive(r.number, [R("MUG-1", 2, "restock")], OWNER)
    with pytest.raises(ValidationError, match="TEA-2 is not in return"):
        returns.receive(r.number, [R("TEA-2", 1, "restock")], OWNER)
    with pytest.raises(ValidationError, match="Unknown handling"):
        returns.receive(r.number, [R("MUG-1", 1, "burn")], OWNER)
    assert _movements(db, r.number) == []


def test_refund_is_the_lines_received_and_shipping_only_for_a_whole_order_by_default(service, returns):
    number = delivered_order(service)  # 2×25.00 + 12.99 + 15.00 shipping = 77.99 paid
    first = returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    with pytest.raises(ValidationError, match="receive the items first"):
        returns.refund(first.number, OWNER)
    returns.receive(first.number, [R("MUG-1", 1, "restock")], OWNER)
    assert returns.quote_refund(first.number).amount.minor == 2500
    refunded = returns.refund(first.number, OWNER)
    assert refunded.status == "refunded" and refunded.refund.amount.minor == 2500
    assert refunded.refund.api_refund is True and refunded.refund.push_status == ""
    with pytest.raises(ValidationError, match="never recorded twice"):
        returns.refund(first.number, OWNER)
    rest = returns.create_return(number, [L("MUG-1", 1, "damaged"), L("TEA-2", 1, "other")], OWNER)
    returns.receive(rest.number, [R("MUG-1", 1, "restock"), R("TEA-2", 1, "restock")], OWNER)
    assert service.get(number).status == Status.RETURNED
    quote = returns.quote_refund(rest.number)
    assert (quote.lines_minor, quote.shipping_minor, quote.refundable.minor) == (3799, 1500, 5299)
    last = returns.refund(rest.number, OWNER)
    assert last.refund.amount.minor == 5299 and last.refund.shipping_minor == 1500
    order = service.get(number)
    assert order.status == Status.REFUNDED and not order.refund_due
    assert [h.kind for h in order.history].count("refund") == 2


def test_an_edited_amount_needs_a_reason_and_never_exceeds_what_was_paid(service, returns):
    number = delivered_order(service)
    r = returns.create_return(number, [L("MUG-1", 2, "damaged")], OWNER)
    returns.receive(r.number, [R("MUG-1", 2, "restock")], OWNER)
    with pytest.raises(ValidationError, match="say why it is"):
        returns.refund(r.number, OWNER, amount=Money(4000, "PLN"))
    with pytest.raises(
        ValidationError, match=r"77\.99\xa0PLN was paid and 0\.00\xa0PLN refunded already, so at most 77\.99\xa0PLN"
    ):
        returns.refund(r.number, OWNER, amount=Money(9000, "PLN"), reason="goodwill")
    done = returns.refund(r.number, OWNER, amount=Money(4000, "PLN"), reason="box missing: 10.00 kept")
    assert done.refund.amount.minor == 4000 and done.refund.reason == "box missing: 10.00 kept"


def test_shipping_rule_always_and_never_and_the_flag(service, returns, db):
    number = delivered_order(service)
    Settings(db).set("returns.refund_shipping", "always")
    r = returns.create_return(number, [L("TEA-2", 1, "other")], OWNER)
    returns.receive(r.number, [R("TEA-2", 1, "restock")], OWNER)
    assert returns.quote_refund(r.number).amount.minor == 1299 + 1500
    Settings(db).set("returns.refund_shipping", "never")
    assert returns.quote_refund(r.number).amount.minor == 1299
    assert returns.quote_refund(r.number, include_shipping=True).amount.minor == 1299 + 1500
    with pytest.raises(ValidationError, match="never, whole_order, always"):
        Settings(db).set("returns.refund_shipping", "sometimes")


def test_cash_on_delivery_refunds_are_manual(service, returns):
    number = delivered_order(service, payment="cash_on_delivery")
    r = returns.create_return(number, [L("TEA-2", 1, "wrong_item")], OWNER)
    returns.receive(r.number, [R("TEA-2", 1, "restock")], OWNER)
    refund = returns.refund(r.number, OWNER).refund
    assert refund.payment_method == "cash_on_delivery" and refund.api_refund is False


def test_an_exchange_makes_a_linked_replacement_order_that_reserves_stock(service, returns):
    number = delivered_order(service)
    r = returns.create_return(number, [L("MUG-1", 1, "wrong_item")], OWNER)
    with pytest.raises(ValidationError, match="once the items are back"):
        returns.exchange(r.number, [("FAN-3", 1)], OWNER)
    returns.receive(r.number, [R("MUG-1", 1, "restock")], OWNER)
    done = returns.exchange(r.number, [("MUG-1", 1)], OWNER)  # the same mug, not chipped
    assert done.status == "exchanged" and done.exchange_order
    replacement = service.get(done.exchange_order)
    assert replacement.status == Status.ASSEMBLING
    assert [(x.sku, x.quantity, x.reserved) for x in replacement.lines] == [("MUG-1", 1, True)]
    assert replacement.amount_paid_minor == replacement.total_minor == 2500  # paid by the returned mug
    assert [h.kind for h in replacement.history if h.kind == "exchange"] == ["exchange"]
    with pytest.raises(ValidationError, match="is exchanged: there is nothing to refund"):
        returns.refund(r.number, OWNER)


def test_a_whole_order_return_after_a_partial_one_puts_back_only_the_rest(service, returns, db):
    from orderdesk.workflow import MoveRequest

    number = delivered_order(service)  # MUG-1 ×2, TEA-2 ×1
    r = returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    returns.receive(r.number, [R("MUG-1", 1, "write-off")], OWNER)
    service.move(number, MoveRequest(Status.RETURN_REQUESTED, reason="the rest too"), OWNER)
    moved = service.move(number, MoveRequest(Status.RETURNED, reason="parcel back"), OWNER)
    restocked = next(h for h in moved.history if h.kind == "status" and h.to_value == "returned").details["restocked"]
    assert restocked == {"MUG-1": 1, "TEA-2": 1}  # the written-off mug is not put back on sale
    assert ledger_problems(db) == []


def test_a_store_orders_refunds_are_queued_for_the_store_once(service, returns, db):
    from orderdesk.models import ChannelRow, OrderRow, StorePushRow
    from orderdesk.services.channels.pushes import StorePushListener

    service.listeners.append(StorePushListener())  # as the app wires it: a whole-order refund is pushed too
    number = delivered_order(service)  # 77.99 paid
    with db.session(write=True) as s:
        channel = ChannelRow(name="shop", kind="woocommerce", base_url="https://shop.example")
        s.add(channel)
        s.flush()
        row = s.scalar(select(OrderRow).where(OrderRow.number == number))
        row.channel_id, row.external_id = channel.id, "4711"
    first = returns.create_return(number, [L("TEA-2", 1, "other")], OWNER)
    returns.receive(first.number, [R("TEA-2", 1, "restock")], OWNER)
    refund = returns.refund(first.number, OWNER).refund
    assert refund.push_status == "queued" and refund.api_refund is True
    rest = returns.create_return(number, [L("MUG-1", 2, "damaged")], OWNER)
    returns.receive(rest.number, [R("MUG-1", 2, "restock")], OWNER)
    returns.refund(rest.number, OWNER)  # the last one: the order becomes Refunded
    assert service.get(number).status == Status.REFUNDED
    with db.session() as s:
        pushes = s.scalars(select(StorePushRow).where(StorePushRow.kind == "refund").order_by(StorePushRow.id)).all()
        got = [(p.payload["refund_id"], p.payload["amount_minor"], p.payload["line_items"]) for p in pushes]
    assert got == [
        (first.number, 1299, [{"sku": "TEA-2", "quantity": 1, "amount_minor": 1299}]),
        (rest.number, 5000 + 1500, [{"sku": "MUG-1", "quantity": 2, "amount_minor": 5000}]),
    ]  # and no third push for the whole order: what was paid is already on its way back
