"""Purchase orders: what was ordered from a supplier (so nobody orders it twice); receiving closes them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from orderdesk.models import utcnow
from orderdesk.models_extra import PurchaseOrderLineRow, PurchaseOrderRow

OPEN, RECEIVED = "open", "received"


def receive_in(s: Session, product_id: int, quantity: int, prefer: str = "") -> list[str]:
    """Count a delivery against the product's open purchase orders (``prefer`` first, then the
    oldest); returns the numbers of those now fully received, which closes them."""
    left = quantity
    closed: list[str] = []
    lines = s.scalars(
        select(PurchaseOrderLineRow)
        .join(PurchaseOrderRow, PurchaseOrderRow.id == PurchaseOrderLineRow.purchase_order_id)
        .where(
            PurchaseOrderRow.status == OPEN,
            PurchaseOrderLineRow.product_id == product_id,
            PurchaseOrderLineRow.received < PurchaseOrderLineRow.quantity,
        )
        .order_by(PurchaseOrderRow.number != prefer, PurchaseOrderRow.id)
        .with_for_update()
    ).all()
    for line in lines:
        if left <= 0:
            break
        take = min(left, line.quantity - line.received)
        line.received += take
        left -= take
    s.flush()
    for po_id in {line.purchase_order_id for line in lines}:
        po = s.get(PurchaseOrderRow, po_id)
        if po is not None and all(x.received >= x.quantity for x in po.lines):
            po.status, po.closed_at = RECEIVED, utcnow()
            closed.append(po.number)
    return closed
