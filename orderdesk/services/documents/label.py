"""Shipping label: 4x6 in and 100x150 mm thermal labels, or four A6 labels on an A4 sheet.

One layout, drawn into any box, so the three sizes stay the same label. Page sizes are exact
(a 4x6 label scaled onto A4 costs the shop a parcel): every thermal page is its own PDF page
of the label's size; the A4 sheet has four A6 labels with light cut marks.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from reportlab.lib.pagesizes import A4

from orderdesk.domain import OrderDetail
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.services.documents.barcodes import code128_module_width, code128_width_modules, draw_code128, draw_qr
from orderdesk.services.documents.common import (
    A6,
    LABEL_SIZES,
    Progress,
    ShopInfo,
    about_order,
    delivery_text,
    money,
    new_canvas,
    weight_text,
)
from orderdesk.services.documents.fonts import draw_text
from orderdesk.services.documents.layout import draw_fitted, draw_in_box, fit_lines

LABEL_FORMATS = ("4x6", "100x150", "a4x4")
MIN_MODULE = 0.5  # points (0.18 mm): narrower bars do not scan reliably off a thermal print


def recipient_lines(order: OrderDetail) -> list[str]:
    """Address lines under the recipient's name (the name is printed larger, on its own)."""
    lines = order.address.lines()
    if order.address.recipient and lines and lines[0] == order.address.recipient:
        lines = lines[1:]
    if order.customer.phone:
        lines.append(order.customer.phone)
    return lines


def draw_label(canvas, x: float, y: float, w: float, h: float, order: OrderDetail, shop: ShopInfo) -> None:
    """Draw one label into the box with lower left (x, y), ``w`` x ``h`` points."""
    m = w * 0.04  # margin
    left, right, inner = x + m, x + w - m, w - 2 * m
    top = y + h - m
    canvas.setLineWidth(1.2)

    # 1. sender (small) and delivery method (bold) side by side
    band = h * 0.13
    draw_text(canvas, left, top - 6, _("FROM"), 5.5)
    sender = [shop.name, *shop.address_lines, shop.phone]
    fitted = fit_lines(sender, inner * 0.58, band - 9, 8, 5, field=_("shop address"))
    draw_fitted(canvas, left, top - 8, fitted)
    box_left = left + inner * 0.62
    canvas.rect(box_left, top - band + 2, right - box_left, band - 2, stroke=1, fill=0)
    draw_in_box(
        canvas, delivery_text(order), box_left + 4, top - 3, right - box_left - 8, band - 8, 12, 6, bold=True,
        field=_("delivery method"),
    )  # fmt: skip
    top -= band
    canvas.line(x, top, x + w, top)

    # 2. recipient, large
    band = h * 0.34
    draw_text(canvas, left, top - 9, _("TO"), 7, bold=True)
    name = order.address.recipient or order.customer.name
    name_fit = draw_in_box(canvas, name, left, top - 11, inner, band * 0.28, 20, 8, bold=True, field=_("recipient"))
    name_bottom = top - 11 - name_fit.height
    draw_in_box(
        canvas, "\n".join(recipient_lines(order)), left, name_bottom - 2, inner, name_bottom - 2 - (top - band) - 3, 14, 6,
        field=_("address"),
    )  # fmt: skip
    top -= band
    canvas.line(x, top, x + w, top)

    # 3. order number, weight, cash on delivery
    band = h * 0.1
    draw_text(canvas, left, top - 8, _("Order"), 6.5)
    draw_in_box(
        canvas, order.number, left, top - 10, inner * 0.42, band - 12, 15, 7, bold=True, field=_("order number")
    )
    mid = left + inner * 0.44
    draw_text(canvas, mid, top - 8, _("Weight"), 6.5)
    draw_text(canvas, mid, top - 24, weight_text(order.weight_g), 11, bold=True)
    cod = order.cod_amount
    if cod is not None:
        cod_left = left + inner * 0.66
        canvas.rect(cod_left, top - band + 3, right - cod_left, band - 6, stroke=0, fill=1)
        canvas.setFillGray(1)
        canvas.setStrokeGray(1)  # bold CJK text is stroked too
        draw_text(canvas, cod_left + 4, top - 10, _("COD"), 7, bold=True)
        draw_in_box(
            canvas, money(order, cod.minor, shop.locale), cod_left + 3, top - 12, right - cod_left - 6, band - 16, 14, 6,
            bold=True, field=_("COD amount"),
        )  # fmt: skip
        canvas.setFillGray(0)
        canvas.setStrokeGray(0)
    top -= band
    canvas.line(x, top, x + w, top)

    # 4. tracking number barcode (the order number when there is none yet)
    band = h * 0.25
    tracking = order.tracking_number
    value = tracking or order.number
    caption = _("Tracking") if tracking else _("Order")
    draw_text(canvas, left, top - 8, caption, 6.5)
    _draw_barcode_block(canvas, left, top - 10, inner, band - 12, value, text_size=12)
    top -= band
    canvas.line(x, top, x + w, top)

    # 5. order number barcode and QR code of the order number
    qr_size = min(top - y - m, inner * 0.36)
    draw_qr(canvas, right - qr_size, y + m, order.number, qr_size, quiet=2)
    if tracking:  # without a tracking number the big barcode above is already the order number
        _draw_barcode_block(canvas, left, top - 4, inner - qr_size - 4, top - y - m - 4, order.number, text_size=9)
    elif order.shelf_slot:  # a parcel waiting for pickup: where it sits (never the pickup code, that is the customer's)
        shelf = _("Shelf {slot}").format(slot=order.shelf_slot)
        draw_in_box(canvas, shelf, left, top - 6, inner - qr_size - 4, top - y - m - 6, 18, 8, bold=True)


def _draw_barcode_block(
    canvas, left: float, top: float, width: float, height: float, value: str, text_size: float
) -> None:
    """A Code 128 centred in the box with its quiet zones, its text underneath (never truncated)."""
    text_h = text_size * 1.4
    count = code128_width_modules(value)
    module = code128_module_width(value, width * count / (count + 20))  # 10 modules of quiet zone each side
    if module < MIN_MODULE:
        raise ValidationError(_("'{value}' is too long for a barcode on this label.").format(value=value))
    symbol_w = count * module
    bar_h = height - text_h
    bx = left + (width - symbol_w) / 2
    draw_code128(canvas, bx, top - bar_h, value, bar_h, module)
    draw_text(canvas, left + width / 2, top - height + text_size * 0.3, value, text_size, bold=True, align="centre")


def _quadrants() -> list[tuple[float, float]]:
    """Lower left corners of the four A6 labels on an A4 page, centred, top row first."""
    pw, ph = A4
    w, h = A6
    ox, oy = (pw - 2 * w) / 2, (ph - 2 * h) / 2
    return [(ox, oy + h), (ox + w, oy + h), (ox, oy), (ox + w, oy)]


def render_labels(
    orders: Sequence[OrderDetail] | Iterable[OrderDetail],
    shop: ShopInfo,
    size: str = "4x6",
    progress: Progress | None = None,
) -> bytes:
    """One PDF with a label for each order; ``size`` is 4x6, 100x150 or a4x4."""
    orders = list(orders)
    if not orders:
        raise ValidationError(_("No orders to print."))
    if size not in LABEL_FORMATS:
        raise ValidationError(_("Unknown label size '{size}'; use 4x6, 100x150 or a4x4.").format(size=size), "size")
    buffer = io.BytesIO()
    if size == "a4x4":
        canvas = new_canvas(buffer, A4, _("Shipping labels"))
        corners = _quadrants()
        w, h = A6
        for index, order in enumerate(orders):
            slot = index % 4
            if slot == 0 and index:
                canvas.showPage()
            if slot == 0:
                _cut_marks(canvas, corners, w, h)
            cx, cy = corners[slot]
            with about_order(order):
                draw_label(canvas, cx, cy, w, h, order, shop)
            if progress:
                progress(index + 1, len(orders))
    else:
        w, h = LABEL_SIZES[size]
        canvas = new_canvas(buffer, (w, h), _("Shipping labels"))
        for index, order in enumerate(orders):
            if index:
                canvas.showPage()
            with about_order(order):
                draw_label(canvas, 0, 0, w, h, order, shop)
            if progress:
                progress(index + 1, len(orders))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _cut_marks(canvas, corners: list[tuple[float, float]], w: float, h: float) -> None:
    canvas.saveState()
    canvas.setStrokeGray(0.7)
    canvas.setLineWidth(0.3)
    canvas.setDash(3, 3)
    for cx, cy in corners:
        canvas.rect(cx, cy, w, h, stroke=1, fill=0)
    canvas.restoreState()
