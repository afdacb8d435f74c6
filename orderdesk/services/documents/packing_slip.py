"""Packing slip on A4 or Letter: what goes in the box, where it is shelved, what to collect.

One order per slip (several pages when it has many lines, header repeated); a batch is one
PDF so a packer prints the morning's slips in one go.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from orderdesk.domain import OrderDetail
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.services.documents.barcodes import code128_module_width, code128_width_modules, draw_code128, draw_qr
from orderdesk.services.documents.common import (
    PAPER_SIZES,
    Progress,
    ShopInfo,
    about_order,
    delivery_text,
    money,
    new_canvas,
    order_date,
    payment_text,
)
from orderdesk.services.documents.fonts import draw_text
from orderdesk.services.documents.layout import LEADING, draw_fitted, draw_in_box, fit, fit_lines

MARGIN = 36.0  # half an inch: inside every office printer's printable area
ROW_PAD = 3.0


def _columns(width: float) -> list[tuple[str, float, str]]:
    """(title, width, alignment) of the line table; the product name takes what is left."""
    fixed = [("", 16.0, "left"), (_("Bin"), 58.0, "left"), (_("SKU"), 88.0, "left")]
    tail = [(_("Qty"), 34.0, "right"), (_("Price"), 72.0, "right"), (_("Total"), 78.0, "right")]
    rest = width - sum(w for _t, w, _a in fixed + tail)
    return [*fixed, (_("Product"), rest, "left"), *tail]


def _header(canvas, order: OrderDetail, shop: ShopInfo, pw: float, ph: float, first: bool) -> float:
    """Shop and order header; returns the y below it."""
    top = ph - MARGIN
    right = pw - MARGIN
    qr = 66.0 if first else 0.0
    if qr:
        draw_qr(canvas, right - qr, top - qr, order.number, qr)
    text_right = right - qr - (8 if qr else 0)
    # left: the shop
    shop_w = (pw - 2 * MARGIN) * 0.45
    name_fit = draw_in_box(canvas, shop.name, MARGIN, top, shop_w, 22, 16, 9, bold=True, field=_("shop name"))
    details = [*shop.address_lines, " · ".join(p for p in (shop.phone, shop.email) if p)]
    fitted = fit_lines(details, shop_w, 58, 9, 6, field=_("shop address"))
    bottom_left = draw_fitted(canvas, MARGIN, top - name_fit.height - 2, fitted)
    # right: title, number, date, barcode
    draw_text(canvas, text_right, top - 15, _("Packing slip"), 15, bold=True, align="right")
    draw_text(canvas, text_right, top - 31, order.number, 12, bold=True, align="right")
    draw_text(canvas, text_right, top - 43, _("Date: {date}").format(date=order_date(order)), 8.5, align="right")
    if first:
        module = code128_module_width(order.number, 190, preferred_dots=2)
        width = code128_width_modules(order.number) * module
        draw_code128(canvas, text_right - width, top - 76, order.number, 28, module)
        bottom_right = top - 80
    else:
        draw_text(canvas, text_right, top - 55, _("(continued)"), 8.5, align="right")
        bottom_right = top - 60
    y = min(bottom_left, bottom_right, top - qr) - 8
    canvas.setLineWidth(1)
    canvas.line(MARGIN, y, right, y)
    return y - 10


def _addresses(canvas, order: OrderDetail, pw: float, y: float) -> float:
    col_w = (pw - 2 * MARGIN - 20) / 2
    right_x = MARGIN + col_w + 20
    draw_text(canvas, MARGIN, y - 9, _("Customer"), 8, bold=True)
    draw_text(canvas, right_x, y - 9, _("Deliver to"), 8, bold=True)
    customer = [order.customer.name, order.customer.phone, order.customer.email]
    left = fit_lines(customer, col_w, 60, 10, 6.5, field=_("customer"))
    delivery = [*order.address.lines(), delivery_text(order)]
    if order.tracking_number:
        delivery.append(_("Tracking: {number}").format(number=order.tracking_number))
    right = fit_lines(delivery, col_w, 96, 10, 6.5, field=_("address"))
    bottom = min(draw_fitted(canvas, MARGIN, y - 13, left), draw_fitted(canvas, right_x, y - 13, right))
    return bottom - 10


def _table_header(canvas, columns, y: float) -> float:
    x = MARGIN
    canvas.setFillGray(0.88)
    canvas.rect(MARGIN, y - 15, sum(w for _t, w, _a in columns), 15, stroke=0, fill=1)
    canvas.setFillGray(0)
    for title, width, align in columns:
        anchor = x + width - 3 if align == "right" else x + 3
        draw_text(canvas, anchor, y - 11, title, 8, bold=True, align=align)
        x += width
    return y - 15


def _draw_order(canvas, order: OrderDetail, shop: ShopInfo, pw: float, ph: float) -> None:
    locale = shop.locale
    columns = _columns(pw - 2 * MARGIN)
    name_w = columns[3][1] - 6
    y = _header(canvas, order, shop, pw, ph, first=True)
    y = _addresses(canvas, order, pw, y)
    y = _table_header(canvas, columns, y)
    page = 1
    for line in order.lines:
        name_fit = fit(line.name, name_w, 60, 9.5, 7, field=_("product name"))
        row_h = max(name_fit.height, 9.5 * LEADING) + 2 * ROW_PAD
        if y - row_h < MARGIN + 20:
            _footer(canvas, order, pw, page)
            canvas.showPage()
            page += 1
            y = _table_header(canvas, columns, _header(canvas, order, shop, pw, ph, first=False))
        top = y - ROW_PAD
        x = MARGIN
        cells = [
            "",
            line.bin_location or "—",
            line.sku,
            None,
            str(line.quantity),
            money(order, line.unit_price.minor, locale),
            money(order, line.total.minor, locale),
        ]
        for (_title, width, align), cell in zip(columns, cells, strict=True):
            if cell is None:
                draw_fitted(canvas, x + 3, top, name_fit)
            elif _title == "":
                canvas.rect(x + 3, top - 10, 9, 9, stroke=1, fill=0)  # tick box for the packer
            else:
                draw_in_box(canvas, cell, x + 3, top, width - 6, row_h - 2 * ROW_PAD, 9.5, 6, align=align)
            x += width
        y -= row_h
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, y, pw - MARGIN, y)
    y = _totals(canvas, order, shop, pw, ph, y - 8, page)
    _footer(canvas, order, pw, page if y > 0 else page + 1)


def _totals(canvas, order: OrderDetail, shop: ShopInfo, pw: float, ph: float, y: float, page: int) -> float:
    locale = shop.locale
    rows = [
        (_("Items"), str(order.item_count), False),
        (_("Subtotal"), money(order, order.subtotal_minor, locale), False),
        (_("Shipping"), money(order, order.shipping_fee_minor, locale), False),
        (_("Total"), money(order, order.total_minor, locale), True),
        (_("Paid"), money(order, order.amount_paid_minor, locale), False),
        (_("Payment"), payment_text(order, locale), False),
    ]
    cod = order.cod_amount
    notes = fit(order.notes, pw - 2 * MARGIN - 12, 120, 9.5, 6.5, field=_("notes")) if order.notes else None
    needed = len(rows) * 14 + (34 if cod else 0) + ((notes.height + 26) if notes else 0) + 10
    if y - needed < MARGIN + 20:
        _footer(canvas, order, pw, page)
        canvas.showPage()
        y = _header(canvas, order, shop, pw, ph, first=False)
    right = pw - MARGIN
    label_x = right - 230
    for title, value, bold in rows:
        y -= 14
        draw_text(canvas, label_x, y, title, 9.5, bold=bold)
        draw_in_box(canvas, value, label_x + 70, y + 10, 160, 12, 9.5, 6, bold=bold, align="right")
    if cod is not None:
        y -= 32
        canvas.setLineWidth(2)
        canvas.rect(label_x - 4, y - 6, right - label_x + 4, 26, stroke=1, fill=0)
        draw_text(canvas, label_x + 2, y + 3, _("To collect on delivery"), 10, bold=True)
        draw_text(canvas, right - 4, y + 3, money(order, cod.minor, locale), 12, bold=True, align="right")
    if notes is not None:
        y -= 18
        draw_text(canvas, MARGIN, y, _("Notes"), 8, bold=True)
        canvas.setLineWidth(0.6)
        canvas.rect(MARGIN, y - notes.height - 10, pw - 2 * MARGIN, notes.height + 6, stroke=1, fill=0)
        y = draw_fitted(canvas, MARGIN + 6, y - 6, notes)
    return y


def _footer(canvas, order: OrderDetail, pw: float, page: int) -> None:
    draw_text(
        canvas, pw / 2, MARGIN - 14, _("Order {number} · page {page}").format(number=order.number, page=page), 7,
        align="centre",
    )  # fmt: skip


def render_slips(
    orders: Iterable[OrderDetail], shop: ShopInfo, paper: str = "a4", progress: Progress | None = None
) -> bytes:
    """One PDF with a packing slip (one or more pages) per order; ``paper`` is a4 or letter."""
    orders = list(orders)
    if not orders:
        raise ValidationError(_("No orders to print."))
    if paper not in PAPER_SIZES:
        raise ValidationError(_("Unknown paper '{paper}'; use a4 or letter.").format(paper=paper), "paper")
    pw, ph = PAPER_SIZES[paper]
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (pw, ph), _("Packing slips"))
    for index, order in enumerate(orders):
        with about_order(order):
            _draw_order(canvas, order, shop, pw, ph)
        canvas.showPage()
        if progress:
            progress(index + 1, len(orders))
    canvas.save()
    return buffer.getvalue()
