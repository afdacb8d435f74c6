"""Asking for a return: numbers, lines, reasons, and the refusals."""

from __future__ import annotations

import pytest

from orderdesk.errors import NotFound, ValidationError
from orderdesk.services.returns import ReturnRequestLine as L
from orderdesk.services.returns import ReturnService
from orderdesk.workflow import Status
from tests.factories import OWNER, make_order, stock_products
from tests.unit.services.returns.helpers import delivered_order


@pytest.fixture
def returns(service):
    return ReturnService(service)


def test_a_return_of_some_lines_gets_its_own_number_and_history_on_the_order(service, returns):
    number = delivered_order(service)
    first = returns.create_return(number, [L("MUG-1", 1, "damaged", "handle broken")], OWNER, note="by phone")
    assert first.number.startswith("R-") and first.number.endswith("-00001")
    assert first.status == "requested" and first.order_number == number
    assert [(x.sku, x.quantity, x.reason, x.note) for x in first.lines] == [("MUG-1", 1, "damaged", "handle broken")]
    assert first.value.minor == 2500
    second = returns.create_return(number, [L("TEA-2", 1, "changed_mind")], OWNER)
    assert second.number.endswith("-00002")
    assert [r.number for r in returns.for_order(number)] == [first.number, second.number]
    order = service.get(number)
    assert order.status == Status.DELIVERED  # one mug is still with the customer
    assert [(h.kind, h.to_value) for h in order.history if h.kind == "return"] == [
        ("return", first.number),
        ("return", second.number),
    ]


def test_returning_everything_moves_the_order_to_return_requested(service, returns):
    number = delivered_order(service)
    returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    returns.create_return(number, [L("MUG-1", 1, "damaged"), L("TEA-2", 1, "other")], OWNER)
    assert service.get(number).status == Status.RETURN_REQUESTED


def test_more_than_was_delivered_counting_earlier_returns_is_refused_and_nothing_changes(service, returns):
    number = delivered_order(service)
    returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    with pytest.raises(
        ValidationError, match="has 2 of MUG-1 and 1 already returned: at most 1 more can be returned, not 2"
    ):
        returns.create_return(number, [L("TEA-2", 1, "other"), L("MUG-1", 2, "damaged")], OWNER)
    assert len(returns.for_order(number)) == 1
    assert returns.list_returns()[0].number.endswith("-00001")


def test_a_rejected_return_frees_its_quantities(service, returns):
    number = delivered_order(service)
    first = returns.create_return(number, [L("MUG-1", 2, "changed_mind")], OWNER)
    with pytest.raises(ValidationError, match="a reason is required"):
        returns.reject(first.number, OWNER, " ")
    assert returns.reject(first.number, OWNER, "after 30 days").status == "rejected"
    assert returns.create_return(number, [L("MUG-1", 2, "damaged")], OWNER).lines[0].quantity == 2


def test_an_order_never_delivered_or_an_unknown_sku_or_reason_is_refused(service, returns):
    stock_products(service)
    fresh = make_order(service)
    with pytest.raises(ValidationError, match="has not reached the customer"):
        returns.create_return(fresh, [L("MUG-1", 1, "damaged")], OWNER)
    number = delivered_order(service)
    with pytest.raises(ValidationError, match="FAN-3 is not on order"):
        returns.create_return(number, [L("FAN-3", 1, "damaged")], OWNER)
    with pytest.raises(ValidationError, match="Unknown return reason"):
        returns.create_return(number, [L("MUG-1", 1, "bored")], OWNER)
    with pytest.raises(ValidationError, match="at least one"):
        returns.create_return(number, [L("MUG-1", 0, "damaged")], OWNER)
    with pytest.raises(NotFound):
        returns.create_return("2026-999999", [L("MUG-1", 1, "damaged")], OWNER)
    with pytest.raises(NotFound, match="No return R-2026-09999"):
        returns.get("R-2026-09999")
    assert returns.list_returns() == []


def test_accept_then_accept_again_is_refused(service, returns):
    number = delivered_order(service)
    r = returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    assert returns.accept(r.number, OWNER).status == "awaiting_parcel"
    with pytest.raises(ValidationError, match="already"):
        returns.accept(r.number, OWNER)


def test_close_needs_a_reason_and_happens_once(service, returns):
    number = delivered_order(service)
    r = returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    with pytest.raises(ValidationError, match="a reason is required"):
        returns.close(r.number, OWNER, "")
    assert returns.close(r.number, OWNER, "customer kept it, 5.00 voucher").status == "closed"
    with pytest.raises(ValidationError, match="closed already"):
        returns.close(r.number, OWNER, "again")
    assert service.get(number).history[-1].reason == "customer kept it, 5.00 voucher"


def test_rejecting_a_return_of_everything_declines_the_orders_return(service, returns):
    number = delivered_order(service)
    r = returns.create_return(number, [L("MUG-1", 2, "changed_mind"), L("TEA-2", 1, "changed_mind")], OWNER)
    assert service.get(number).status == Status.RETURN_REQUESTED
    returns.reject(r.number, OWNER, "opened and used")
    order = service.get(number)
    assert order.status == Status.COMPLETED and order.history[-1].reason == "opened and used"


def test_a_settled_return_cannot_be_closed(service, returns):
    from orderdesk.services.returns import ReceivedLine

    number = delivered_order(service)
    r = returns.create_return(number, [L("MUG-1", 1, "damaged")], OWNER)
    returns.receive(r.number, [ReceivedLine("MUG-1", 1, "restock")], OWNER)
    returns.refund(r.number, OWNER)
    with pytest.raises(ValidationError, match="is refunded: it is settled, there is nothing to close"):
        returns.close(r.number, OWNER, "tidy up")
    assert returns.get(r.number).status == "refunded"
