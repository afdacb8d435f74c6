"""The WooCommerce client's refunds and stock (fact sheet: "Refunds", "Stock").

A mixin of ``WooCommerceClient``: it uses the client's ``_call``, ``_json``, ``_error`` and
``get_order``.
"""

from __future__ import annotations

from typing import Any

from orderdesk.i18n import _
from orderdesk.services.channels.base import StoreError
from orderdesk.services.http import OutcomeUnknown

# The refunds endpoint's business errors (HTTP 500, a bare number as data): never retried.
REFUND_REFUSED = "woocommerce_rest_cannot_create_order_refund"


def money_string(minor: int) -> str:
    """Minor units as the store writes money: a string with two decimals (the API's default ``dp``)."""
    sign = "-" if minor < 0 else ""
    return f"{sign}{abs(minor) // 100}.{abs(minor) % 100:02d}"


class RefundsAndStock:
    def refund(self, external_id: str, push: dict[str, Any]) -> None:
        """POST a refund (a push's payload: amount in minor units, reason with our marker, items
        by SKU). Not idempotent: a lost reply raises OutcomeUnknown and the sender reads back."""
        body: dict[str, Any] = {
            "amount": money_string(int(push["amount_minor"])),  # a string: a JSON number gets 400
            "reason": push["reason"],
            "api_refund": bool(push["api_refund"]),
        }
        lines = push.get("line_items") or []
        if lines:
            # The refund names the store's line item ids: those of the order's items with that SKU.
            items = {str(i.get("sku") or ""): i for i in self.get_order(external_id).get("line_items") or []}
            body["line_items"] = [
                {"id": items[line["sku"]]["id"], "quantity": int(line["quantity"]),
                 "refund_total": money_string(int(line["amount_minor"]))}
                for line in lines if line["sku"] in items
            ]  # fmt: skip
            body["api_restock"] = False  # the desk's stock ledger is the master; its level is pushed
        # Only a 429 is retried here: a 500 may be the refund endpoint's business error (its
        # body says which), and any other 5xx may have made the refund already.
        response = self._call(
            "POST", f"/orders/{int(external_id)}/refunds", body=body, idempotent=False, retry_statuses=frozenset({429})
        )
        what = _("the refund on order {i}").format(i=external_id)
        if response.status_code >= 500:
            refused = self._error(response, what)
            if refused.code == REFUND_REFUSED:
                raise refused  # a business error: not retried (fact sheet: "Refunds")
            raise OutcomeUnknown(
                _("The store answered HTTP {s}; the refund may have been made.").format(s=response.status_code),
                status=response.status_code,
            )
        self._json(response, what)

    def has_refund(self, external_id: str, marker: str) -> bool:
        """Read back: has a refund with this marker in its reason been made already?"""
        refunds = self._json(
            self._call("GET", f"/orders/{int(external_id)}/refunds"),
            _("the refunds of order {i}").format(i=external_id),
        )
        return any(marker in str(r.get("reason", "")) for r in refunds or [])

    def find_product(self, sku: str) -> str:
        """The store's id for an exact SKU: a product's id, ``"<product id>/<variation id>"`` for
        a variation of a variable product, or "" when the store has neither.

        ``/products?sku=`` finds a variation's SKU in some WooCommerce versions only (fact sheet:
        "Stock"): one that does answers with the variation itself (``type: "variation"``); for the
        others the variations of the variable products are read once per round.
        """
        found = self._json(self._call("GET", "/products", {"sku": sku}), _("the product {s}").format(s=sku))
        match = next((p for p in found or [] if str(p.get("sku") or "") == sku), None)
        if match is not None:
            if match.get("type") == "variation" and match.get("parent_id"):
                return f"{int(match['parent_id'])}/{int(match['id'])}"
            return str(match["id"])
        return self._variations_by_sku().get(sku, "")

    def _variations_by_sku(self) -> dict[str, str]:
        """SKU -> "<product id>/<variation id>" of every variation in the store (read once per client)."""
        index: dict[str, str] | None = getattr(self, "_variation_index", None)
        if index is None:
            index = {}
            for parent in self._every("/products", {"type": "variable"}, _("the store's variable products")):
                path = f"/products/{int(parent['id'])}/variations"
                for variation in self._every(path, {}, _("the variations of product {i}").format(i=parent["id"])):
                    if variation.get("sku"):
                        index.setdefault(str(variation["sku"]), f"{int(parent['id'])}/{int(variation['id'])}")
            self._variation_index = index
        return index

    def _every(self, path: str, params: dict[str, Any], what: str) -> list[dict[str, Any]]:
        """All pages of a product list (``per_page=100``, the ``X-WP-TotalPages`` header)."""
        rows: list[dict[str, Any]] = []
        page = 1
        while True:
            response = self._call("GET", path, {**params, "per_page": 100, "page": page})
            chunk = self._json(response, what)
            rows += [r for r in chunk or [] if isinstance(r, dict)]
            if not chunk or page >= int(response.headers.get("X-WP-TotalPages") or 0):
                return rows
            page += 1

    def set_stock(self, sku: str, quantity: int, store_id: str = "") -> str:
        """Set a product's or a variation's stock (absolute, safe to repeat); returns the store's
        id for it (see ``find_product``). ``manage_stock`` goes with it: without it the store drops
        the quantity silently."""
        for attempt in range(2):
            if not store_id:
                store_id = self.find_product(sku)
            if not store_id:
                raise StoreError(
                    _("The store has no product with SKU {s}: give the product that SKU in the store.").format(s=sku),
                    code="no_product",
                )
            response = self._call(
                "PUT", _product_path(store_id), body={"manage_stock": True, "stock_quantity": quantity}
            )
            if response.status_code == 404 and attempt == 0:
                # The remembered product or variation was deleted in the store: look the SKU up again.
                store_id = ""
                self._variation_index = None
                continue
            self._json(response, _("the stock of {s}").format(s=sku))
            return store_id
        return store_id


def _product_path(store_id: str) -> str:
    """``/products/<id>``, or ``/products/<id>/variations/<vid>`` for a variation (fact sheet: "Stock")."""
    product, _slash, variation = store_id.partition("/")
    return f"/products/{int(product)}/variations/{int(variation)}" if variation else f"/products/{int(product)}"
