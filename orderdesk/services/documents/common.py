"""What every document shares: the shop's own details, page sizes, small formatting helpers."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from orderdesk.domain import OrderDetail
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.money import Money
from orderdesk.services.documents.fonts import REGULAR, register_fonts
from orderdesk.workflow import DeliveryMethod, PaymentMethod

Progress = Callable[[int, int], None]  # (done, total); called from the worker thread


@dataclass(frozen=True)
class ShopInfo:
    """The sender on labels and the header on slips."""

    name: str
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    locale: str = "en"  # for money and dates on the documents
    extra: dict[str, str] = field(default_factory=dict)


# Page sizes in points, exact: 4x6 in = 288 x 432 pt; 100x150 mm = 283.46 x 425.20 pt.
LABEL_SIZES: dict[str, tuple[float, float]] = {
    "4x6": (4 * inch, 6 * inch),
    "100x150": (100 * mm, 150 * mm),
}
A6 = (105 * mm, 148 * mm)
PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}


def new_canvas(buffer: io.BytesIO, pagesize: tuple[float, float], title: str, compress: bool = True) -> Canvas:
    register_fonts()
    canvas = Canvas(buffer, pagesize=pagesize, pageCompression=1 if compress else 0, initialFontName=REGULAR)
    canvas.setTitle(title)
    canvas.setCreator("OrderDesk")
    return canvas


def money(order: OrderDetail, minor: int, locale: str) -> str:
    return Money(minor, order.currency).format(locale)


def order_date(order: OrderDetail) -> str:
    value: datetime = order.created_at
    return value.strftime("%Y-%m-%d")


def delivery_text(order: OrderDetail) -> str:
    """'Carrier: CDEK / door' style line for labels and slips."""
    names = {
        DeliveryMethod.PICKUP_SHOP: _("Pickup at the shop"),
        DeliveryMethod.PICKUP_POINT: _("Pickup point"),
        DeliveryMethod.OWN_COURIER: _("Own courier"),
        DeliveryMethod.CARRIER: _("Carrier"),
    }
    try:
        text = names[DeliveryMethod(order.delivery_method)]
    except ValueError:
        text = order.delivery_method
    shipment = order.active_shipment
    if shipment:
        carrier = shipment.carrier.replace("_", " ").upper() if shipment.carrier != "own_courier" else _("Own courier")
        text = f"{carrier} · {shipment.service}" if shipment.service else carrier
    if order.pickup_point_code:
        text += f" · {order.pickup_point_code}"
    return text


def payment_text(order: OrderDetail, locale: str) -> str:
    states = {
        "paid": _("Paid"),
        "partly_paid": _("Partly paid"),
        "unpaid": _("Not paid"),
        "on_delivery": _("Pay on delivery"),
        "refund_due": _("Refund due"),
        "refunded": _("Refunded"),
    }
    methods = {
        PaymentMethod.PREPAID_ONLINE: _("online"),
        PaymentMethod.BANK_TRANSFER: _("bank transfer"),
        PaymentMethod.CASH_ON_DELIVERY: _("cash on delivery"),
        PaymentMethod.ON_PICKUP: _("on pickup"),
        PaymentMethod.INVOICE: _("invoice"),
    }
    method = methods.get(order.payment_method, str(order.payment_method))
    return f"{states.get(order.payment_state, order.payment_state)} ({method})"


def weight_text(grams: int) -> str:
    return f"{grams / 1000:.2f} kg" if grams else "—"


@contextmanager
def about_order(order: OrderDetail) -> Iterator[None]:
    """Name the order in a document error, so one bad address in a batch of 500 is easy to find."""
    try:
        yield
    except ValidationError as exc:
        raise ValidationError(
            _("Order {number}: {problem}").format(number=order.number, problem=exc), exc.field
        ) from exc
