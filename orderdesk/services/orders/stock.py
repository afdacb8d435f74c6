"""Stock: the catalogue the order lines come from, reservations by status, the re-order list.

Reserving, releasing, consuming and restocking change the product rows inside the move's
transaction; the returned {sku: quantity} maps go into the history entry.
"""

from __future__ import annotations

from sqlalchemy import func, select

from orderdesk import domain, repository
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.models import HoldRow, OrderLineRow, OrderRow, ProductRow
from orderdesk.money import Money
from orderdesk.search import fold
from orderdesk.services.orders.base import OrderServiceBase
from orderdesk.workflow import Hold


class StockMixin(OrderServiceBase):
    def products(self, search: str = "", limit: int = 50) -> list[domain.Product]:
        with self.db.session() as s:
            stmt = select(ProductRow).order_by(ProductRow.sku).limit(limit)
            if search:
                if self.db.is_sqlite:  # case and accents folded in Python: 'swieca' finds 'Świeca'
                    escaped = fold(search.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    like = f"%{escaped}%"
                    match = func.od_fold(ProductRow.sku).like(like, escape="\\") | func.od_fold(ProductRow.name).like(
                        like, escape="\\"
                    )
                else:
                    like = f"%{search.strip()}%"
                    match = ProductRow.sku.ilike(like) | ProductRow.name.ilike(like)
                stmt = stmt.where(match | (ProductRow.barcode == search.strip()))
            return [repository.to_product(p) for p in s.scalars(stmt)]

    def reorder_list(self) -> list[tuple[domain.Product, int]]:
        """Products short for orders held out of stock, with how many more are needed."""
        with self.db.session() as s:
            stmt = (
                select(ProductRow, func.sum(OrderLineRow.quantity))
                .join(OrderLineRow, OrderLineRow.product_id == ProductRow.id)
                .join(HoldRow, (HoldRow.order_id == OrderLineRow.order_id) & HoldRow.resolved_at.is_(None))
                .where(HoldRow.kind == Hold.OUT_OF_STOCK.value, OrderLineRow.reserved.is_(False))
                .group_by(ProductRow.id)
            )
            result = []
            for product, wanted in s.execute(stmt):
                short = int(wanted) - (product.stock_on_hand - product.reserved)
                if short > 0:
                    result.append((repository.to_product(product), short))
            return result

    # ------------------------------------------------------------------ products
    def upsert_product(
        self,
        sku: str,
        name: str,
        price: Money,
        *,
        barcode: str = "",
        weight_g: int = 0,
        stock_on_hand: int | None = None,
        bin_location: str = "",
    ) -> domain.Product:
        if not sku.strip():
            raise ValidationError(_("A product needs a SKU."), field="sku")
        with self.db.session(write=True) as s:
            row = s.scalar(select(ProductRow).where(ProductRow.sku == sku))
            if row is None:
                row = ProductRow(sku=sku, stock_on_hand=0, reserved=0)
                s.add(row)
            row.name, row.price_minor, row.currency = name, price.minor, price.currency
            row.barcode, row.weight_g, row.bin_location = barcode, weight_g, bin_location
            if stock_on_hand is not None:
                row.stock_on_hand = stock_on_hand
            s.flush()
            return repository.to_product(row)


def reserve(row: OrderRow) -> tuple[dict[str, int], dict[str, int]]:
    reserved: dict[str, int] = {}
    short: dict[str, int] = {}
    for line in row.lines:
        product = line.product
        if line.reserved or line.consumed or product is None:
            continue
        available = product.stock_on_hand - product.reserved
        if available >= line.quantity:
            product.reserved += line.quantity
            line.reserved = True
            reserved[line.sku] = reserved.get(line.sku, 0) + line.quantity
        else:
            short[line.sku] = short.get(line.sku, 0) + line.quantity - max(available, 0)
    return reserved, short


def release(row: OrderRow) -> dict[str, int]:
    released: dict[str, int] = {}
    for line in row.lines:
        if line.reserved and line.product is not None:
            line.product.reserved -= line.quantity
            line.reserved = False
            released[line.sku] = released.get(line.sku, 0) + line.quantity
    return released


def consume(row: OrderRow) -> dict[str, int]:
    consumed: dict[str, int] = {}
    for line in row.lines:
        if line.reserved and line.product is not None:
            line.product.reserved -= line.quantity
            line.product.stock_on_hand -= line.quantity
            line.reserved, line.consumed = False, True
            consumed[line.sku] = consumed.get(line.sku, 0) + line.quantity
    return consumed


def restock(row: OrderRow) -> dict[str, int]:
    restocked: dict[str, int] = {}
    for line in row.lines:
        if line.consumed and line.product is not None:
            line.product.stock_on_hand += line.quantity
            line.consumed = False
            restocked[line.sku] = restocked.get(line.sku, 0) + line.quantity
    return restocked
