"""A purchase order for a supplier (PDF via ReportLab, and CSV): what we order, nothing we sell.

The shared fonts draw Cyrillic, Polish and Chinese product names; long names wrap in their box.
"""

from __future__ import annotations

import csv
import io

from reportlab.lib.pagesizes import A4

from orderdesk.i18n import _
from orderdesk.services.documents.common import PAPER_SIZES, ShopInfo, new_canvas
from orderdesk.services.documents.fonts import draw_text
from orderdesk.services.documents.layout import draw_fitted, draw_in_box, fit
from orderdesk.services.stock.reorder import PurchaseOrder

MARGIN = 42.0


def render_purchase_order(po: PurchaseOrder, shop: ShopInfo, paper: str = "a4") -> bytes:
    pw, ph = PAPER_SIZES.get(paper, A4)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (pw, ph), _("Purchase order {n}").format(n=po.number))
    width = pw - 2 * MARGIN
    columns = [(_("SKU"), 95.0, "left"), (_("Barcode"), 100.0, "left"), (_("Product"), width - 255.0, "left"),
               (_("Qty"), 60.0, "right")]  # fmt: skip
    page = 1

    def header() -> float:
        top = ph - MARGIN
        draw_text(canvas, MARGIN, top - 18, _("Purchase order {n}").format(n=po.number), 17, bold=True)
        draw_text(canvas, pw - MARGIN, top - 12, shop.name, 10, bold=True, align="right")
        y = top - 24
        for line in shop.address_lines:
            draw_text(canvas, pw - MARGIN, y - 10, line, 8.5, align="right")
            y -= 11
        draw_text(canvas, MARGIN, top - 40, _("Supplier: {s}").format(s=po.supplier or "—"), 11)
        when = po.created_at.strftime("%Y-%m-%d")
        draw_text(canvas, MARGIN, top - 56, _("Date: {d} · ordered by {who}").format(d=when, who=po.created_by), 9)
        y = min(y, top - 64) - 8
        canvas.setFillGray(0.88)
        canvas.rect(MARGIN, y - 16, width, 16, stroke=0, fill=1)
        canvas.setFillGray(0)
        x = MARGIN
        for title, w, align in columns:
            draw_text(canvas, x + w - 4 if align == "right" else x + 4, y - 12, title, 8.5, bold=True, align=align)
            x += w
        return y - 16

    def footer() -> None:
        text = _("{n} · page {page}").format(n=po.number, page=page)
        draw_text(canvas, pw / 2, MARGIN - 16, text, 7.5, align="centre")

    y = header()
    for line in po.lines:
        name = fit(line.name, columns[2][1] - 8, 40, 10, 7, field=_("product name"))
        row_h = max(name.height, 14) + 8
        if y - row_h < MARGIN + 30:
            footer()
            canvas.showPage()
            page += 1
            y = header()
        top = y - 4
        x = MARGIN
        draw_in_box(canvas, line.sku, x + 4, top, columns[0][1] - 8, 14, 9.5, 6)
        x += columns[0][1]
        draw_in_box(canvas, line.barcode or "—", x + 4, top, columns[1][1] - 8, 14, 9, 6)
        x += columns[1][1]
        draw_fitted(canvas, x + 4, top, name)
        x += columns[2][1]
        draw_text(canvas, x + columns[3][1] - 4, top - 11, str(line.quantity), 11, bold=True, align="right")
        y -= row_h
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, y, pw - MARGIN, y)
    total = sum(line.quantity for line in po.lines)
    draw_text(
        canvas, pw - MARGIN - 4, y - 16, _("{n} products, {u} units").format(n=len(po.lines), u=total), 10,
        bold=True, align="right",
    )  # fmt: skip
    footer()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def purchase_order_csv(po: PurchaseOrder, delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["purchase_order", "supplier", "date", "sku", "barcode", "name", "quantity"])
    for line in po.lines:
        writer.writerow(
            [po.number, po.supplier, f"{po.created_at:%Y-%m-%d}", line.sku, line.barcode, line.name, line.quantity]
        )
    return out.getvalue()


__all__ = ["purchase_order_csv", "render_purchase_order"]
