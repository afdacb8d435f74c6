"""details_in_status: a print batch chosen by status, read whole in one go."""

from __future__ import annotations

from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products


def test_the_orders_in_a_status_are_the_listed_ones_read_whole(service):
    stock_products(service)
    numbers = [make_order(service) for _ in range(7)]
    for number in numbers[:4]:
        service.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    listed = [o.number for o in service.list_orders(status=Status.CONFIRMED, limit=3)]
    read = service.details_in_status(Status.CONFIRMED, limit=3)
    assert [o.number for o in read] == listed
    assert [o.lines for o in read] == [o.lines for o in service.get_many(listed)]
    assert {o.number for o in service.details_in_status("new")} == set(numbers[4:])
    assert service.details_in_status(Status.SHIPPED) == []
