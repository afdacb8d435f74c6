"""The products part of the fake WooCommerce shop (fact sheet: "Stock").

``GET /products?sku=`` finds by exact SKU (a comma list too) and ``type=`` filters by kind;
``PUT``/``POST /products/<id>`` updates; ``stock_quantity`` is kept only while ``manage_stock``
is true (otherwise silently dropped and read back as null), and ``stock_status`` follows the
quantity. Lists are paged as the REST API pages them (``page``, ``per_page`` 1..100, default 10,
``X-WP-Total``/``X-WP-TotalPages``).

A variable product's variations have their own SKU and stock, under
``/products/<id>/variations[/<vid>]`` (list with ``sku=``, read, update). Whether
``/products?sku=`` also finds a variation's SKU differs by WooCommerce version: by default it does
not (the older behaviour, the harder one for a client); ``skus_find_variations = True`` makes it
return the variation itself (``type: "variation"``, ``parent_id``) as newer versions do.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

from tests.fakes.base import Request, Response

API = "/wp-json/wc/v3"


class ProductsMixin:
    products: dict[int, dict[str, Any]]
    variations: dict[int, dict[int, dict[str, Any]]]  # parent id -> variation id -> variation
    skus_find_variations: bool

    def product_routes(self) -> None:
        self.products = {}
        self.variations = {}
        self.skus_find_variations = False
        self._product_ids = itertools.count(501)
        self.route("GET", API + "/products", self.list_products)
        for method in ("GET", "PUT", "POST", "PATCH"):
            self.route(method, API + "/products/(?P<id>\\d+)", self.product)
        self.route("GET", API + "/products/(?P<id>\\d+)/variations", self.list_variations)
        for method in ("GET", "PUT", "POST", "PATCH"):
            self.route(method, API + "/products/(?P<id>\\d+)/variations/(?P<vid>\\d+)", self.variation)

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

    def add_variable_product(self, sku: str, variations: dict[str, int | None], **fields: Any) -> dict[str, Any]:
        """A variable product (its own SKU, no stock of its own) and its variations: SKU -> stock
        (None: the variation does not manage stock)."""
        parent = self.add_product(sku, manage_stock=False, stock_quantity=None, type="variable", **fields)
        with self._state_lock:
            made = self.variations.setdefault(parent["id"], {})
            for variation_sku, quantity in variations.items():
                vid = next(self._product_ids)
                made[vid] = {
                    "id": vid, "parent_id": parent["id"], "type": "variation", "sku": variation_sku,
                    "name": f"{parent['name']} - {variation_sku}", "manage_stock": quantity is not None,
                    "stock_quantity": quantity, "stock_status": "instock", "backorders": "no",
                }  # fmt: skip
                self._stock_status(made[vid])
            self.products[parent["id"]]["variations"] = list(made)
            return {**self.products[parent["id"]], "variation_ids": {v["sku"]: i for i, v in made.items()}}

    def variation_by_sku(self, sku: str) -> dict[str, Any]:
        return next(v for vs in self.variations.values() for v in vs.values() if v["sku"] == sku)

    @staticmethod
    def _stock_status(product: dict[str, Any]) -> None:
        if product["manage_stock"]:
            quantity = product["stock_quantity"] or 0
            product["stock_status"] = "instock" if quantity > 0 else "outofstock"

    def _paged(self, req: Request, rows: list[dict[str, Any]]) -> Response:
        from tests.fakes.woocommerce import php_json

        per_page = self._int_arg(req, "per_page", 10, 1, 100)
        page = self._int_arg(req, "page", 1, 1, 10**6)
        chunk = rows[(page - 1) * per_page : page * per_page]
        pages = math.ceil(len(rows) / per_page) if rows else 0
        return Response(200, php_json(chunk), {"X-WP-Total": str(len(rows)), "X-WP-TotalPages": str(pages)})

    def list_products(self, req: Request) -> Response:
        self._permitted(req, "view")
        wanted = [s for s in (req.arg("sku") or "").split(",") if s]
        kind = req.arg("type") or ""
        with self._state_lock:
            found = [dict(p) for p in self.products.values() if not wanted or p["sku"] in wanted]
            if wanted and self.skus_find_variations:
                found += [dict(v) for vs in self.variations.values() for v in vs.values() if v["sku"] in wanted]
            if kind:
                found = [p for p in found if p["type"] == kind]
        return self._paged(req, found)

    def list_variations(self, req: Request) -> Response:
        from tests.fakes.woocommerce import error

        self._permitted(req, "view")
        wanted = [s for s in (req.arg("sku") or "").split(",") if s]
        with self._state_lock:
            if int(req.params["id"]) not in self.products:
                raise error(404, "woocommerce_rest_product_invalid_id", "Invalid ID.", {"status": 404})
            found = [dict(v) for v in self.variations.get(int(req.params["id"]), {}).values()]
        return self._paged(req, [v for v in found if not wanted or v["sku"] in wanted])

    def product(self, req: Request) -> Response:
        from tests.fakes.woocommerce import error

        self._permitted(req, "view" if req.method == "GET" else "edit")
        with self._state_lock:
            product = self.products.get(int(req.params["id"]))
            if product is None:
                raise error(404, "woocommerce_rest_product_invalid_id", "Invalid ID.", {"status": 404})
            return self._read_or_update(req, product)

    def variation(self, req: Request) -> Response:
        from tests.fakes.woocommerce import error

        self._permitted(req, "view" if req.method == "GET" else "edit")
        with self._state_lock:
            variation = self.variations.get(int(req.params["id"]), {}).get(int(req.params["vid"]))
            if variation is None:
                raise error(404, "woocommerce_rest_product_variation_invalid_id", "Invalid ID.", {"status": 404})
            return self._read_or_update(req, variation)

    def _read_or_update(self, req: Request, product: dict[str, Any]) -> Response:
        from tests.fakes.woocommerce import php_json

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
