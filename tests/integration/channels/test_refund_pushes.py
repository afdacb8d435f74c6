"""Refunds back to the store through the outbox, against the strict fake WooCommerce shop."""

from __future__ import annotations

from sqlalchemy import select, update

from orderdesk.domain import Actor
from orderdesk.models import StorePushRow
from orderdesk.money import Money
from orderdesk.services.channels.pushes import refused_pushes
from orderdesk.services.channels.refunds import RefundLine, queue_refund_push
from orderdesk.workflow import MoveRequest, Status

OWNER = Actor("Olga (owner)")
REFUNDS = "/wp-json/wc/v3/orders/{id}/refunds"


def _release_backoff(db) -> None:
    with db.session(write=True) as s:
        s.execute(update(StorePushRow).values(next_attempt_at=None))


def _imported(desk, woo, oid: int, **fields) -> str:
    orders, _channel, sync = desk
    woo.add_order(id=oid, **fields)
    assert sync.run("shop").ok
    return orders.find_number(str(oid))


def _refund_whole_order(orders, number: str) -> None:
    orders.move(number, MoveRequest(Status.CANCELLED, reason="customer called"), OWNER)
    orders.move(number, MoveRequest(Status.REFUNDED, reason="money sent back"), OWNER)


def test_refunding_a_paid_online_order_at_the_desk_refunds_it_in_the_store(desk, woo):
    orders, _channel, sync = desk
    number = _imported(desk, woo, 6101, status="processing", payment_method="przelewy24")
    _refund_whole_order(orders, number)
    report = sync.run("shop")
    assert report.ok, report.error
    refunds = woo.refunds[6101]
    assert len(refunds) == 1
    assert refunds[0]["amount"] == "114.98" and refunds[0]["refunded_payment"] is True  # through the gateway
    assert "money sent back" in refunds[0]["reason"] and "[OrderDesk refund" in refunds[0]["reason"]
    assert woo.orders[6101]["status"] == "refunded"  # a full refund moves it there by itself
    assert any("refund of" in line for line in report.outgoing.sent)
    assert orders.get(number).channel.store_status == "refunded"
    assert sync.run("shop").mismatches == []


def test_cash_on_delivery_and_bank_transfer_are_refunded_by_hand(desk, woo):
    orders, _channel, sync = desk
    number = _imported(desk, woo, 6201, status="on-hold", payment_method="bacs")
    orders.record_payment(number, Money(11498, "PLN"), OWNER, reason="bank statement")
    sync.run("shop")
    _refund_whole_order(orders, number)
    report = sync.run("shop")
    assert not report.outgoing.refused, report.outgoing.refused
    assert woo.refunds[6201][0]["refunded_payment"] is False  # api_refund false: recorded, not sent


def test_a_lost_reply_is_read_back_and_the_refund_is_never_made_twice(desk, woo):
    orders, _channel, sync = desk
    number = _imported(desk, woo, 6301, status="processing", payment_method="payu")
    woo.inject("POST", REFUNDS.format(id=6301), "drop", times=1)  # processed, the reply lost
    _refund_whole_order(orders, number)
    first = sync.run("shop")
    assert first.outgoing.retry_later and not any("refund" in line for line in first.outgoing.sent)
    assert len(woo.refunds[6301]) == 1  # the store did make it
    _release_backoff(orders.db)
    second = sync.run("shop")
    assert second.outgoing.already_there == 1
    assert len(woo.refunds[6301]) == 1  # read back, not sent again
    with orders.db.session() as s:
        assert s.scalar(select(StorePushRow.status).where(StorePushRow.kind == "refund")) == "sent"
    assert sync.run("shop").outgoing.sent == []


def test_a_retry_after_a_host_error_sends_the_refund_once(desk, woo):
    orders, _channel, sync = desk
    number = _imported(desk, woo, 6351, status="processing", payment_method="payu")
    woo.inject_status("POST", REFUNDS.format(id=6351), 503, times=1)  # the host's page: may have been made
    _refund_whole_order(orders, number)
    assert sync.run("shop").outgoing.retry_later
    assert woo.refunds[6351] == []
    _release_backoff(orders.db)
    second = sync.run("shop")  # read back (not there), then sent
    assert any("refund" in line for line in second.outgoing.sent)
    assert len(woo.refunds[6351]) == 1


def test_a_business_error_answered_as_500_is_shown_on_the_order_and_not_retried(desk, woo):
    orders, _channel, sync = desk
    number = _imported(desk, woo, 6401, status="processing", payment_method="payu")
    order = orders.get(number)
    with orders.db.session(write=True) as s:  # more than the order's total: the store says no
        assert queue_refund_push(s, order.id, "R-1", 20000, "damaged", api_refund=True)
    report = sync.run("shop")
    assert len(report.outgoing.refused) == 1 and "Invalid refund amount." in report.outgoing.refused[0]
    assert woo.refunds[6401] == []
    what, message = refused_pushes(orders.db, order.id)[0]
    assert what.startswith("refund of") and "Invalid refund amount." in message
    assert "more than what is left to refund" in message  # what to do, shown in the order window too
    refused = [h for h in orders.get(number).history if h.kind == "channel" and h.to_value == "refused"]
    assert len(refused) == 1 and "more than what is left to refund" in refused[0].reason
    posts = woo.count("POST", REFUNDS.format(id=6401))
    _release_backoff(orders.db)
    sync.run("shop")
    assert woo.count("POST", REFUNDS.format(id=6401)) == posts  # refused for good: not tried again


def test_a_gateway_refund_of_a_cash_order_is_refused_with_what_to_do(desk, woo):
    orders, _channel, sync = desk
    number = _imported(desk, woo, 6501, status="processing", payment_method="cod")
    order = orders.get(number)
    with orders.db.session(write=True) as s:
        queue_refund_push(s, order.id, "R-2", 1000, "late", api_refund=True)
    report = sync.run("shop")
    assert "does not support automatic refunds" in report.outgoing.refused[0]
    refused = [h for h in orders.get(number).history if h.kind == "channel" and h.to_value == "refused"]
    assert "return the money by hand" in refused[0].reason


def test_a_partial_refund_names_the_store_items_by_sku_and_queues_once(desk, woo):
    orders, _channel, sync = desk
    number = _imported(desk, woo, 6601, status="processing", payment_method="payu")
    order = orders.get(number)
    for _ in range(2):  # the same desk refund id twice: queued once
        with orders.db.session(write=True) as s:
            queue_refund_push(s, order.id, "RET-7", 4999, "broken mug", [RefundLine("MUG-1", 1, 4999)])
    report = sync.run("shop")
    assert len(report.outgoing.sent) == 1
    _method, _path, body = next(w for w in woo.writes if w[1].endswith("/refunds"))
    assert body["amount"] == "49.99" and body["api_refund"] is True
    assert body["line_items"] == [{"id": 66012, "quantity": 1, "refund_total": "49.99"}]
    assert woo.orders[6601]["status"] == "processing"  # a partial refund leaves the status alone


def test_an_order_not_from_a_store_queues_nothing(desk):
    orders, _channel, _sync = desk
    from orderdesk.domain import Customer
    from orderdesk.services.orders import NewLine, NewOrder

    new = NewOrder(Customer(None, "Anna"), [NewLine("MUG-1", 1)], "pickup_shop", "on_pickup", "PLN")
    number = orders.create_order(new, OWNER).number
    with orders.db.session(write=True) as s:
        assert queue_refund_push(s, orders.get(number).id, "R-9", 100, "x") is False


def test_the_whole_order_step_after_a_returns_refund_refunds_only_what_is_left(desk, woo):
    orders, _channel, sync = desk
    number = _imported(desk, woo, 6701, status="processing", payment_method="payu")
    order = orders.get(number)
    with orders.db.session(write=True) as s:  # a return's refund, as the returns service queues it
        queue_refund_push(s, order.id, "RET-1", 4999, "return RET-1", [RefundLine("MUG-1", 1, 4999)])
    _refund_whole_order(orders, number)
    sync.run("shop")
    amounts = sorted(r["amount"] for r in woo.refunds[6701])
    assert amounts == ["49.99", "64.99"]  # 114.98 in all: never more than was paid
    assert woo.orders[6701]["status"] == "refunded"


def test_a_desk_killed_after_sending_a_refund_does_not_make_it_twice(desk, woo):
    from datetime import timedelta

    from orderdesk.models import utcnow
    from tests.integration.channels.conftest import client_for

    orders, _channel, sync = desk
    number = _imported(desk, woo, 6801, status="processing", payment_method="payu")
    _refund_whole_order(orders, number)
    # A desk claimed the push, the store made the refund, and the desk died before writing it down.
    with orders.db.session(write=True) as s:
        push = s.scalar(select(StorePushRow).where(StorePushRow.kind == "refund"))
        push.attempts, push.claimed_by, push.claimed_until = 1, "dead-desk", utcnow() - timedelta(seconds=1)
        payload = dict(push.payload)
    client = client_for(woo)
    client.refund("6801", payload)
    client.close()
    report = sync.run("shop")  # the claim has expired: this desk takes the push over
    assert report.outgoing.already_there == 1
    assert len(woo.refunds[6801]) == 1
