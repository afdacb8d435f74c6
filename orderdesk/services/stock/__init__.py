"""Catalogue, the stock ledger, receiving, stocktake, re-order list (no Qt here).

The names below load their module on first use (PEP 562): an order's move imports only
``allocation`` and ``ledger``, not the catalogue, stocktake and purchasing (start-up time; see
docs/architecture.md).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from orderdesk.services.stock.barcodes import validate as validate_barcode
    from orderdesk.services.stock.catalogue import Catalogue, ProductDraft
    from orderdesk.services.stock.kinds import MovementKind
    from orderdesk.services.stock.ledger import Counters
    from orderdesk.services.stock.service import CountLine, StockCard, StockChange, StockService

# name -> (module, attribute)
_EXPORTS = {
    "Catalogue": ("catalogue", "Catalogue"),
    "CountLine": ("service", "CountLine"),
    "Counters": ("ledger", "Counters"),
    "MovementKind": ("kinds", "MovementKind"),
    "ProductDraft": ("catalogue", "ProductDraft"),
    "StockCard": ("service", "StockCard"),
    "StockChange": ("service", "StockChange"),
    "StockService": ("service", "StockService"),
    "validate_barcode": ("barcodes", "validate"),
}

__all__ = [
    "Catalogue",
    "CountLine",
    "Counters",
    "MovementKind",
    "ProductDraft",
    "StockCard",
    "StockChange",
    "StockService",
    "validate_barcode",
]


def __getattr__(name: str) -> Any:
    found = _EXPORTS.get(name)
    if found is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = found
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
    globals()[name] = value  # once loaded, a plain attribute
    return value
