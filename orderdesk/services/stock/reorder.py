"""The re-order list: what to buy from which supplier, and purchase orders so nobody orders twice.

A product is on the list when what will be free after the waiting orders are served, plus what
is already on order, is at or under its re-order point (or below zero for a product without
one). The suggested quantity brings it back over the re-order point, at least the usual order
quantity. "Mark as ordered" writes a purchase order; its open quantity counts as coming, so the
product leaves the list; receiving the delivery closes it (``purchasing.receive_in``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from orderdesk import domain, repository
from orderdesk.db import Database
from orderdesk.errors import NotFound, ValidationError
from orderdesk.i18n import _
from orderdesk.models import (
    HoldRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    utcnow,
)
from orderdesk.models_extra import PurchaseOrderLineRow, PurchaseOrderRow
from orderdesk.services.stock.purchasing import OPEN
from orderdesk.workflow import Hold, Status


@dataclass(frozen=True)
class ReorderLine:
    product: domain.Product
    waiting: int  # units short for orders on an out-of-stock hold
    on_order: int  # ordered from the supplier, not received yet
    suggested: int

    @property
    def projected(self) -> int:
        return self.product.available - self.waiting + self.on_order


@dataclass(frozen=True)
class PurchaseLine:
    sku: str
    name: str
    barcode: str
    quantity: int
    received: int


@dataclass(frozen=True)
class PurchaseOrder:
    number: str
    supplier: str
    status: str
    created_at: datetime
    created_by: str
    lines: tuple[PurchaseLine, ...]


def _waiting(s) -> dict[int, int]:
    stmt = (
        select(OrderLineRow.product_id, func.sum(OrderLineRow.quantity))
        .join(OrderRow, OrderRow.id == OrderLineRow.order_id)
        .join(HoldRow, HoldRow.order_id == OrderRow.id)
        .where(
            HoldRow.kind == Hold.OUT_OF_STOCK.value,
            HoldRow.resolved_at.is_(None),
            OrderRow.status == Status.ASSEMBLING.value,
            OrderLineRow.reserved.is_(False),
            OrderLineRow.consumed.is_(False),
            OrderLineRow.product_id.is_not(None),
        )
        .group_by(OrderLineRow.product_id)
    )
    return {pid: int(qty) for pid, qty in s.execute(stmt)}


def _on_order(s) -> dict[int, int]:
    stmt = (
        select(PurchaseOrderLineRow.product_id, func.sum(PurchaseOrderLineRow.quantity - PurchaseOrderLineRow.received))
        .join(PurchaseOrderRow, PurchaseOrderRow.id == PurchaseOrderLineRow.purchase_order_id)
        .where(PurchaseOrderRow.status == OPEN)
        .group_by(PurchaseOrderLineRow.product_id)
    )
    return {pid: int(qty) for pid, qty in s.execute(stmt)}


def suggest(available: int, waiting: int, on_order: int, point: int, usual: int) -> int:
    """Units to order (0: none needed)."""
    projected = available - waiting + on_order
    if point > 0 and projected <= point:
        return max(point - projected + 1, usual)
    if projected < 0:
        return max(-projected, usual)
    return 0


def reorder_list(db: Database) -> dict[str, list[ReorderLine]]:
    """Supplier (\"\" for none) -> its products to order, by SKU; suppliers in name order."""
    with db.session() as s:
        waiting, on_order = _waiting(s), _on_order(s)
        candidates = select(ProductRow).where(
            ProductRow.archived.is_(False),
            (ProductRow.stock_on_hand - ProductRow.reserved <= ProductRow.reorder_point)
            | ProductRow.id.in_(list(waiting) or [-1]),
        )
        grouped: dict[str, list[ReorderLine]] = {}
        ordered = candidates.options(selectinload(ProductRow.barcodes)).order_by(ProductRow.supplier, ProductRow.sku)
        for row in s.scalars(ordered):
            w, o = waiting.get(row.id, 0), on_order.get(row.id, 0)
            qty = suggest(row.stock_on_hand - row.reserved, w, o, row.reorder_point, row.reorder_quantity)
            if qty > 0:
                grouped.setdefault(row.supplier, []).append(ReorderLine(repository.to_product(row), w, o, qty))
        return grouped


def mark_ordered(db: Database, supplier: str, quantities: Mapping[str, int], actor: domain.Actor) -> PurchaseOrder:
    """A purchase order for ``supplier``: SKU -> units. Its units count as coming until received."""
    if not quantities:
        raise ValidationError(_("Choose at least one product to order."), field="lines")
    with db.session(write=True) as s:
        po = PurchaseOrderRow(
            number="", supplier=supplier.strip(), status=OPEN, created_at=utcnow(), created_by=actor.name
        )
        s.add(po)
        for sku, quantity in quantities.items():
            if not isinstance(quantity, int) or not 0 < quantity <= 1_000_000:
                raise ValidationError(_("{sku}: order from 1 to 1,000,000 units.").format(sku=sku), field="quantity")
            product = s.scalar(select(ProductRow).where(ProductRow.sku == sku))
            if product is None:
                raise NotFound(_("No product with SKU '{t}'.").format(t=sku))
            po.lines.append(PurchaseOrderLineRow(product_id=product.id, quantity=quantity, received=0))
        s.flush()
        po.number = f"PO-{po.created_at:%Y}-{po.id:05d}"  # from the row id: unique without a counter
        s.flush()
        return _plain(s, po)


def purchase_orders(db: Database, *, open_only: bool = True) -> list[PurchaseOrder]:
    with db.session() as s:
        stmt = select(PurchaseOrderRow).order_by(PurchaseOrderRow.id.desc())
        if open_only:
            stmt = stmt.where(PurchaseOrderRow.status == OPEN)
        return [_plain(s, po) for po in s.scalars(stmt)]


def purchase_order(db: Database, number: str) -> PurchaseOrder:
    with db.session() as s:
        po = s.scalar(select(PurchaseOrderRow).where(PurchaseOrderRow.number == number.strip()))
        if po is None:
            raise NotFound(_("No purchase order {n}.").format(n=number.strip()))
        return _plain(s, po)


def _plain(s, po: PurchaseOrderRow) -> PurchaseOrder:
    products = {
        p.id: p for p in s.scalars(select(ProductRow).where(ProductRow.id.in_([line.product_id for line in po.lines])))
    }
    lines = tuple(
        PurchaseLine(
            products[line.product_id].sku,
            products[line.product_id].name,
            products[line.product_id].barcode,
            line.quantity,
            line.received,
        )
        for line in po.lines
    )
    return PurchaseOrder(po.number, po.supplier, po.status, po.created_at, po.created_by, lines)
