"""The products part of the fake WooCommerce shop (fact sheet: "Stock").

``GET /products?sku=`` finds by exact SKU (a comma list too); ``PUT``/``POST /products/<id>``
updates; ``stock_quantity`` is kept only while ``manage_stock`` is true (otherwise silently
dropped and read back as null), and ``stock_status`` follows the quantity.
"""

from __future__ import annotations

import itertools
from typing import Any

from tests.fakes.base import Request, Response

API = "/wp-json/wc/v3"


class ProductsMixin:
    products: dict[int, dict[str, Any]]

    def product_routes(self) -> None:
        self.products = {}
        self._product_ids = itertools.count(501)
        self.route("GET", API + "/products", self.list_products)
        for method in ("GET", "PUT", "POST", "PATCH"):
            self.route(method, API + "/products/(?P<id>\\d+)", self.product)

    def add_product(self, sku: str, *, manage_stock: bool = True, stock_quantity: int | None = 0, **fields: Any):
        with self._state_lock:
            pid = int(fields.pop("id", 0)) or next(self._product_ids)
            self.products[pid] = {
                "id": pid, "name": fields.pop("name", sku), "sku": sku, "type": "simple",
                "manage_stock": manage_stock, "stock_quantity": stock_quantity if manage_stock else None,
                "stock_status": "instock", "backorders": "no", **fields,
            }  # fmt: skip
            self._stock_status(self.products[pid])
            return dict(self.products[pid])

    @staticmethod
    def _stock_status(product: dict[str, Any]) -> None:
        if product["manage_stock"]:
            quantity = product["stock_quantity"] or 0
            product["stock_status"] = "instock" if quantity > 0 else "outofstock"

    def list_products(self, req: Request) -> Response:
        from tests.fakes.woocommerce import php_json

        self._permitted(req, "view")
        wanted = [s for s in (req.arg("sku") or "").split(",") if s]
        with self._state_lock:
            found = [p for p in self.products.values() if not wanted or p["sku"] in wanted]
            return Response(200, php_json(found), {"X-WP-Total": str(len(found)), "X-WP-TotalPages": "1"})

    def product(self, req: Request) -> Response:
        from tests.fakes.woocommerce import error, php_json

        self._permitted(req, "view" if req.method == "GET" else "edit")
        with self._state_lock:
            product = self.products.get(int(req.params["id"]))
            if product is None:
                raise error(404, "woocommerce_rest_product_invalid_id", "Invalid ID.", {"status": 404})
            if req.method != "GET":
                body = self._json_body(req)
                if "manage_stock" in body:
                    product["manage_stock"] = bool(body["manage_stock"])
                if "stock_quantity" in body and product["manage_stock"]:
                    product["stock_quantity"] = int(body["stock_quantity"])
                if not product["manage_stock"]:
                    product["stock_quantity"] = None  # dropped without a word, as the store does
                self._stock_status(product)
                self.writes.append((req.method, req.path, body))
            return Response(200, php_json(product))
