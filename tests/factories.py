"""Small builders for orders in tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from orderdesk.domain import Actor, Address, Customer
from orderdesk.money import Money
from orderdesk.services.orders import NewLine, NewOrder, OrderService

if TYPE_CHECKING:
    from orderdesk.db import Database

OWNER = Actor("Olga (owner)")


def stock_products(service: OrderService, stock: int = 10) -> None:
    service.upsert_product(
        "MUG-1",
        "Кружка «Москва»",
        Money(2500, "PLN"),
        barcode="5901234123457",
        weight_g=350,
        stock_on_hand=stock,
        bin_location="A-01-1",
    )
    service.upsert_product(
        "TEA-2",
        "Herbata Earl Grey",
        Money(1299, "PLN"),
        barcode="5901234123464",
        weight_g=120,
        stock_on_hand=stock,
        bin_location="B-02-3",
    )
    service.upsert_product(
        "FAN-3",
        "折扇 Folding fan",
        Money(4000, "PLN"),
        barcode="5901234123471",
        weight_g=80,
        stock_on_hand=stock,
        bin_location="C-10-2",
    )


def make_order(
    service: OrderService,
    *,
    payment: str = "prepaid_online",
    delivery: str = "carrier",
    lines: tuple[tuple[str, int], ...] = (("MUG-1", 2), ("TEA-2", 1)),
    paid: int = 0,
    name: str = "Anna Kowalska",
    phone: str = "+48 600 123 456",
    email: str = "anna@example.pl",
    pickup_point_code: str = "",
) -> str:
    new = NewOrder(
        customer=Customer(None, name, phone=phone, email=email, language="pl"),
        lines=[NewLine(sku, qty) for sku, qty in lines],
        delivery_method=delivery,
        payment_method=payment,
        currency="PLN",
        address=Address(name, "ul. Długa 5", "", "Kraków", "30-001", "", "PL"),
        shipping_fee_minor=1500,
        amount_paid_minor=paid,
        pickup_point_code=pickup_point_code,
    )
    return service.create_order(new, OWNER).number


def packed_order(service: OrderService, **kw) -> str:
    """A cash-on-delivery order moved to packed: ready for a carrier label."""
    from orderdesk.workflow import MoveRequest, Status

    stock_products(service)
    number = make_order(service, payment="cash_on_delivery", **kw)
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        service.move(number, MoveRequest(status), OWNER)
    return number


def make_return(service: OrderService, number: str, sku: str = "MUG-1", quantity: int = 1) -> str:
    """A return of ``quantity`` of ``sku`` of a delivered order; its R-number."""
    from orderdesk.services.returns import ReturnRequestLine, ReturnService

    return ReturnService(service).create_return(number, [ReturnRequestLine(sku, quantity, "damaged")], OWNER).number


@contextmanager
def bulk_database(path: Path, orders: int, active: int) -> Iterator[Database]:
    """A SQLite file of ``orders`` generated orders (``active`` of them on the board), closed after."""
    from orderdesk.db import Database
    from orderdesk.demo import bulk_orders

    database = Database.open(path)
    try:
        bulk_orders(database, orders, active=active)
        yield database
    finally:
        database.dispose()
