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
        """The store's product id for an exact SKU, or "" when the store has none."""
        found = self._json(self._call("GET", "/products", {"sku": sku}), _("the product {s}").format(s=sku))
        match = next((p for p in found or [] if str(p.get("sku") or "") == sku), None)
        return str(match["id"]) if match else ""

    def set_stock(self, sku: str, quantity: int, store_id: str = "") -> str:
        """Set a product's stock (absolute, safe to repeat); returns the store's product id.
        ``manage_stock`` goes with it: without it the store drops the quantity silently."""
        for attempt in range(2):
            if not store_id:
                store_id = self.find_product(sku)
            if not store_id:
                raise StoreError(
                    _("The store has no product with SKU {s}: give the product that SKU in the store.").format(s=sku),
                    code="no_product",
                )
            response = self._call(
                "PUT", f"/products/{int(store_id)}", body={"manage_stock": True, "stock_quantity": quantity}
            )
            if response.status_code == 404 and attempt == 0:
                store_id = ""  # the remembered product was deleted in the store: look the SKU up again
                continue
            self._json(response, _("the stock of {s}").format(s=sku))
            return store_id
        return store_id
