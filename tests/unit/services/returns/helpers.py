"""Delivered orders to return, over a real SQLite file."""

from __future__ import annotations

from orderdesk.money import Money
from orderdesk.services.orders import OrderService
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products


def delivered_order(
    service: OrderService, *, payment: str = "prepaid_online", lines=(("MUG-1", 2), ("TEA-2", 1))
) -> str:
    """An order packed, handed to the own courier and delivered; paid in full."""
    stock_products(service)
    number = make_order(service, payment=payment, delivery="own_courier", lines=lines)
    order = service.get(number)
    if payment in ("prepaid_online", "bank_transfer"):  # paid before packing
        service.record_payment(number, Money(order.total_minor, "PLN"), OWNER)
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        service.move(number, MoveRequest(status), OWNER)
    service.move(
        number, MoveRequest(Status.SHIPPED), OWNER, shipment={"carrier": "own_courier", "tracking_number": "OC-1"}
    )
    due = service.get(number).amount_due_minor
    service.move(number, MoveRequest(Status.DELIVERED, payment_minor=due or None), OWNER)
    return number
