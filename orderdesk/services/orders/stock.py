"""The catalogue the order lines come from, and the re-order list (the stock ledger is services/stock)."""

from __future__ import annotations

from sqlalchemy import func, select

from orderdesk import domain, repository
from orderdesk.models import HoldRow, OrderLineRow, ProductRow
from orderdesk.money import Money
from orderdesk.services.orders.base import OrderServiceBase
from orderdesk.workflow import Hold


class StockMixin(OrderServiceBase):
    def products(self, search: str = "", limit: int = 50) -> list[domain.Product]:
        """Live products whose SKU or name holds ``search`` (case and accents folded), or with that barcode."""
        from orderdesk.services.stock.catalogue import Catalogue

        return Catalogue(self.db).page(search, limit=limit)

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
        """Create or update a product; ``stock_on_hand`` (when given) is a count, written to the ledger."""
        from orderdesk.services.stock import ledger
        from orderdesk.services.stock.catalogue import ProductDraft, save_in

        draft = ProductDraft(
            sku, name, price, barcodes=[barcode] if barcode else [], weight_g=weight_g, bin_location=bin_location
        )
        with self.db.session(write=True) as s:
            row = save_in(s, draft)
            if stock_on_hand is not None:
                ledger.count(s, row.id, stock_on_hand, actor="catalogue", reason="stock set with the product")
            s.flush()
            return repository.to_product(row)
