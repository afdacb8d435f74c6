"""Paperwork: shipping labels, packing slips and pick lists as PDF (ReportLab) and labels as ZPL.

Public entry points (all take plain ``orderdesk.domain.OrderDetail`` objects, no database):

- ``label.render_labels(orders, shop, size="4x6"|"100x150"|"a4x4", progress=None) -> bytes`` (PDF)
- ``packing_slip.render_slips(orders, shop, paper="a4"|"letter", progress=None) -> bytes`` (PDF)
- ``pick_list.build_pick_list(orders)`` / ``render_pick_list(orders, shop, paper="a4") -> bytes``
- ``zpl.label_zpl(order, shop, PrinterProfile(dpi=203|300), size="4x6"|"100x150") -> str``
- ``common.ShopInfo(name, address_lines, phone, email, locale)``: the sender and header.

Rendering, printing and the history entry together: ``orderdesk.services.print_jobs``.
Printers (CUPS) and this PC's printer choices: ``orderdesk.services.printing``.
Rendering is pure CPU work (about 1 ms a label): run it in a worker, never on the GUI thread,
and one batch at a time (ReportLab's font subsetting state is per document but not locked).
"""

from orderdesk.services.documents.common import ShopInfo

__all__ = ["ShopInfo"]
