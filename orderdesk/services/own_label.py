"""Our own shipping label as the label of a shipment, for carriers that print none (own courier).

The shipping service stores it like a carrier's label, so every print path (owner's window,
packing bench, CLI) then prints the same file with the tracking number the purchase made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from orderdesk.services.carriers.base import Label

if TYPE_CHECKING:
    from orderdesk.domain import OrderDetail, Shipment
    from orderdesk.services.orders import OrderService
    from orderdesk.settings import Settings

LabelRenderer = Callable[["OrderDetail", "Shipment", str], Label | None]


def own_label_renderer(orders: OrderService, settings: Settings) -> LabelRenderer:
    """A renderer in this PC's label size (4x6 until a label printer is chosen), PDF or ZPL as asked."""

    def render(order: OrderDetail, _shipment: Shipment, fmt: str) -> Label:
        from orderdesk.services.print_jobs import render, request_from_choice, shop_from_settings
        from orderdesk.services.printing import PrinterPreferences

        fresh = orders.get(order.number)  # with the shipment just stored: its tracking number is on the label
        choice = PrinterPreferences.load().get("labels")
        if fmt in ("pdf", "zpl"):
            choice.format = fmt
        request = request_from_choice("labels", choice)
        rendered = render(request, [fresh], shop_from_settings(settings))
        return Label(rendered.data, rendered.request.format)

    return render
