"""A return refunded in parts on a web store's order, against the strict fake WooCommerce shop:
each part is one refund in the store, a lost reply is read back by the part's own marker, and
nothing is sent twice."""

from __future__ import annotations

from sqlalchemy import update

from orderdesk.models import StorePushRow
from orderdesk.money import Money
from orderdesk.services.returns import ReceivedLine, ReturnRequestLine, ReturnService
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER
from tests.integration.channels.conftest import desk, woo  # noqa: F401 - the fixtures

REFUNDS = "/wp-json/wc/v3/orders/{id}/refunds"


def _delivered(orders, sync, fake, oid: int) -> str:
    fake.add_order(id=oid, status="processing", payment_method="przelewy24")
    assert sync.run("shop").ok
    number = orders.find_number(str(oid))
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        if orders.get(number).status != status:
            orders.move(number, MoveRequest(status), OWNER)
    shipment = {"carrier": "own_courier", "tracking_number": "OC-7"}
    orders.move(number, MoveRequest(Status.SHIPPED), OWNER, shipment=shipment)
    orders.move(number, MoveRequest(Status.DELIVERED), OWNER)
    return number


def test_each_part_is_one_refund_in_the_store_even_after_a_lost_reply(desk, woo):  # noqa: F811
    orders, _channel, sync = desk
    number = _delivered(orders, sync, woo, 7101)  # 114.98 paid online: 2 candles, 1 mug, 15.00 shipping
    returns = ReturnService(orders)
    r = returns.create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER).number
    returns.receive(r, [ReceivedLine("MUG-1", 1, "restock")], OWNER)
    returns.refund(r, OWNER, amount=Money(2000, "PLN"), rest_later=True, reason="first part")
    assert sync.run("shop").ok
    woo.inject("POST", REFUNDS.format(id=7101), "drop", times=1)  # the rest is made, its reply lost
    returns.refund(r, OWNER)
    first = sync.run("shop")
    assert first.outgoing.retry_later
    with orders.db.session(write=True) as s:  # the back-off is over
        s.execute(update(StorePushRow).values(next_attempt_at=None))
    second = sync.run("shop")
    assert second.outgoing.already_there == 1  # found by the rest's own marker, not the first part's
    assert sync.run("shop").outgoing.sent == []
    refunds = sorted(woo.refunds[7101], key=lambda x: x["id"])
    assert [x["amount"] for x in refunds] == ["20.00", "29.99"]
    assert f"[OrderDesk refund {r}]" in refunds[0]["reason"] and f"[OrderDesk refund {r}/2]" in refunds[1]["reason"]
    assert all(x["refunded_payment"] for x in refunds)  # online: through the gateway
    bodies = [body for _m, path, body in woo.writes if path.endswith("/refunds")]
    assert len(bodies) == 2 and not any("line_items" in b for b in bodies)  # parts carry money only
    assert woo.orders[7101]["status"] != "refunded"  # 49.99 of 114.98: the store order is not refunded
