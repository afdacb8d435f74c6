"""Pick list for a batch of orders: one line per SKU, sorted by bin, so a packer walks the shelves once."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.pagesizes import A4

from orderdesk.domain import OrderDetail
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.services.documents.common import PAPER_SIZES, ShopInfo, new_canvas
from orderdesk.services.documents.fonts import draw_text
from orderdesk.services.documents.layout import LEADING, Fitted, draw_fitted, draw_in_box, fit, wrap

MARGIN = 36.0
ORDERS_SIZE = 7.5  # the order numbers of a row: small, they are looked up, not read
PRIORITY_MARK = "!"  # before a priority order's number: plain ASCII, every PDF font has it


@dataclass(frozen=True)
class PickRow:
    sku: str
    name: str
    bin_location: str
    quantity: int
    orders: tuple[tuple[str, int], ...]  # (order number, quantity for that order)


def _natural(text: str) -> tuple:
    """'A-2' before 'A-10': compare digit runs as numbers."""
    return tuple(int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", text))


def build_pick_list(orders: Iterable[OrderDetail]) -> list[PickRow]:
    """Merge the lines of all orders by SKU; rows without a bin come last.

    Priority orders go first: the rows they need come before the rest (each part walks the
    shelves in bin order), and in a row's order list their numbers come first, marked "!".
    """
    merged: dict[str, dict] = {}
    urgent = {o.number for o in orders if getattr(o, "priority", False)}
    for order in sorted(orders, key=lambda o: o.number not in urgent):
        for line in order.lines:
            row = merged.setdefault(line.sku, {"name": line.name, "bin": line.bin_location, "qty": 0, "orders": {}})
            row["qty"] += line.quantity
            row["bin"] = row["bin"] or line.bin_location
            row["orders"][order.number] = row["orders"].get(order.number, 0) + line.quantity
    rows = [
        PickRow(sku, r["name"], r["bin"], r["qty"], tuple((PRIORITY_MARK + n if n in urgent else n, q) for n, q in r["orders"].items()))
        for sku, r in merged.items()
    ]  # fmt: skip
    rows.sort(
        key=lambda r: (
            not any(n.startswith(PRIORITY_MARK) for n, _q in r.orders),
            r.bin_location == "",
            _natural(r.bin_location),
            _natural(r.sku),
        )
    )
    return rows


def _columns(width: float) -> list[tuple[str, float, str]]:
    fixed = [("", 18.0, "left"), (_("Bin"), 62.0, "left"), (_("SKU"), 92.0, "left")]
    tail = [(_("Qty"), 36.0, "right"), (_("Orders"), 175.0, "left")]
    rest = width - sum(w for _t, w, _a in fixed + tail)
    return [*fixed[:3], (_("Product"), rest, "left"), *tail]


def render_pick_list(
    orders: Iterable[OrderDetail], shop: ShopInfo, paper: str = "a4", printed_at: datetime | None = None
) -> bytes:
    orders = list(orders)
    if not orders:
        raise ValidationError(_("No orders to print."))
    orders.sort(key=lambda o: not getattr(o, "priority", False))  # priority orders first, else as given
    pw, ph = PAPER_SIZES.get(paper, A4)
    rows = build_pick_list(orders)
    columns = _columns(pw - 2 * MARGIN)
    when = (printed_at or datetime.now()).strftime("%Y-%m-%d %H:%M")
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (pw, ph), _("Pick list"))
    page = 1

    legend = "  " + _("({mark} = priority, picked first)").format(mark=PRIORITY_MARK) if orders[0].priority else ""

    def header(first: bool) -> float:
        top = ph - MARGIN
        draw_text(canvas, MARGIN, top - 16, _("Pick list"), 16, bold=True)
        draw_text(canvas, pw - MARGIN, top - 12, shop.name, 9, align="right")
        summary = _("{orders} orders · {lines} SKUs · {items} items · {when}").format(
            orders=len(orders), lines=len(rows), items=sum(r.quantity for r in rows), when=when
        )
        draw_text(canvas, pw - MARGIN, top - 24, summary, 8.5, align="right")
        y = top - 30
        if first:
            try:
                numbers = fit(
                    _("Orders: ")
                    + ", ".join((PRIORITY_MARK if o.priority else "") + o.number for o in orders)
                    + legend,
                    pw - 2 * MARGIN,
                    80,
                    8.5,
                    5.5,
                    field="orders",
                )
            except ValidationError:  # a big batch: the Orders column lists them, row by row
                numbers = fit(_("{n} orders, listed on each line below").format(n=len(orders)), pw, 20, 8.5)
            y = draw_fitted(canvas, MARGIN, y - 2, numbers)
        y -= 6
        canvas.setFillGray(0.88)
        canvas.rect(MARGIN, y - 15, pw - 2 * MARGIN, 15, stroke=0, fill=1)
        canvas.setFillGray(0)
        x = MARGIN
        for title, width, align in columns:
            draw_text(canvas, x + width - 3 if align == "right" else x + 3, y - 11, title, 8, bold=True, align=align)
            x += width
        return y - 15

    def footer() -> None:
        draw_text(canvas, pw / 2, MARGIN - 14, _("Pick list · page {page}").format(page=page), 7, align="centre")

    y = header(True)
    line_h = ORDERS_SIZE * LEADING
    for row in rows:
        name_fit = fit(row.name, columns[3][1] - 6, 60, 9.5, 7, field=_("product name"))
        orders_text = ", ".join(f"{number} ×{qty}" for number, qty in row.orders)
        remaining = list(wrap(orders_text, (columns[5][1] - 6) / ORDERS_SIZE))
        first = True
        while first or remaining:
            # a row with many orders flows on over the next page(s), never cut off
            head_h = max(name_fit.height, 11 * LEADING) if first else line_h
            if y - head_h - 6 < MARGIN:
                footer()
                canvas.showPage()
                page += 1
                y = header(False)
            fits = max(1, int((y - MARGIN - 6) // line_h))
            chunk, remaining = remaining[:fits], remaining[fits:]
            row_h = max(head_h, len(chunk) * line_h) + 6
            top = y - 3
            x = MARGIN
            if first:
                canvas.setLineWidth(0.8)
                canvas.rect(x + 4, top - 11, 10, 10, stroke=1, fill=0)
            x += columns[0][1]
            draw_in_box(canvas, row.bin_location or "—", x + 3, top, columns[1][1] - 6, 14, 11, 6, bold=True)
            x += columns[1][1]
            draw_in_box(
                canvas,
                row.sku if first else _("{sku} (cont.)").format(sku=row.sku),
                x + 3,
                top,
                columns[2][1] - 6,
                14,
                9.5,
                5.5,
            )
            x += columns[2][1]
            if first:
                draw_fitted(canvas, x + 3, top, name_fit)
            x += columns[3][1]
            if first:
                draw_text(canvas, x + columns[4][1] - 3, top - 11, str(row.quantity), 11, bold=True, align="right")
            x += columns[4][1]
            draw_fitted(canvas, x + 3, top, Fitted(ORDERS_SIZE, tuple(chunk)))
            y -= row_h
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN, y, pw - MARGIN, y)
            first = False
    footer()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
