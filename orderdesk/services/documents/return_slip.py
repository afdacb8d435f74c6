"""The return slip (PDF via ReportLab): goes in the customer's parcel, so the bench scans its QR
code (the return number) and knows what to expect. In the customer's language; the shared
fonts draw Cyrillic, Polish and Chinese product names."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4

from orderdesk.i18n import _, language_scope
from orderdesk.services.documents.barcodes import draw_qr
from orderdesk.services.documents.common import PAPER_SIZES, ShopInfo, new_canvas
from orderdesk.services.documents.fonts import draw_text
from orderdesk.services.documents.layout import draw_fitted, draw_in_box, fit
from orderdesk.services.returns.kinds import reason_label
from orderdesk.services.returns.records import Return

MARGIN = 42.0
QR_SIZE = 96.0


def render_return_slip(ret: Return, shop: ShopInfo, paper: str = "a4", language: str | None = None) -> bytes:
    with language_scope(language or ret.customer_language):
        return _render(ret, shop, paper)


def _render(ret: Return, shop: ShopInfo, paper: str) -> bytes:
    pw, ph = PAPER_SIZES.get(paper, A4)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (pw, ph), _("Return {n}").format(n=ret.number))
    width = pw - 2 * MARGIN
    columns = [(_("SKU"), 95.0), (_("Product"), width - 95.0 - 150.0 - 50.0), (_("Reason"), 150.0), (_("Qty"), 50.0)]
    top = ph - MARGIN
    draw_qr(canvas, pw - MARGIN - QR_SIZE, top - QR_SIZE, ret.number, QR_SIZE)
    draw_text(canvas, MARGIN, top - 20, _("Return {n}").format(n=ret.number), 18, bold=True)
    draw_text(canvas, MARGIN, top - 40, _("Order {n}").format(n=ret.order_number), 11)
    draw_text(canvas, MARGIN, top - 56, _("Date: {d}").format(d=ret.created_at.strftime("%Y-%m-%d")), 9)
    y = top - 74
    draw_text(canvas, MARGIN, y, shop.name, 10, bold=True)
    for line in shop.address_lines:
        y -= 12
        draw_text(canvas, MARGIN, y, line, 9)
    y = min(y, top - QR_SIZE) - 16
    note = _("Put this slip in the parcel with the items and send it to the address above.")
    draw_text(canvas, MARGIN, y, note, 9)
    y -= 22
    page = 1

    def heading(y: float) -> float:
        canvas.setFillGray(0.88)
        canvas.rect(MARGIN, y - 16, width, 16, stroke=0, fill=1)
        canvas.setFillGray(0)
        x = MARGIN
        for title, w in columns:
            right = title == columns[-1][0]
            draw_text(
                canvas, x + w - 4 if right else x + 4, y - 12, title, 8.5, bold=True, align="right" if right else "left"
            )
            x += w
        return y - 16

    def footer() -> None:
        draw_text(
            canvas, pw / 2, MARGIN - 16, _("{n} · page {page}").format(n=ret.number, page=page), 7.5, align="centre"
        )

    y = heading(y)
    for line in ret.lines:
        name = fit(line.name or line.sku, columns[1][1] - 8, 40, 10, 7, field=_("product name"))
        why = reason_label(line.reason) + (f": {line.note}" if line.note else "")
        reason = fit(why, columns[2][1] - 8, 40, 9, 6.5, field=_("reason"))
        row_h = max(name.height, reason.height, 14) + 8
        if y - row_h < MARGIN + 30:
            footer()
            canvas.showPage()
            page += 1
            y = heading(ph - MARGIN)
        row_top = y - 4
        x = MARGIN
        draw_in_box(canvas, line.sku, x + 4, row_top, columns[0][1] - 8, 14, 9.5, 6)
        x += columns[0][1]
        draw_fitted(canvas, x + 4, row_top, name)
        x += columns[1][1]
        draw_fitted(canvas, x + 4, row_top, reason)
        x += columns[2][1]
        draw_text(canvas, x + columns[3][1] - 4, row_top - 11, str(line.quantity), 11, bold=True, align="right")
        y -= row_h
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, y, pw - MARGIN, y)
    footer()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
