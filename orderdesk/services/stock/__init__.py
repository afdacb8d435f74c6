"""Catalogue, the stock ledger, receiving, stocktake, re-order list (no Qt here)."""

from orderdesk.services.stock.barcodes import validate as validate_barcode
from orderdesk.services.stock.catalogue import Catalogue, ProductDraft
from orderdesk.services.stock.kinds import MovementKind
from orderdesk.services.stock.ledger import Counters
from orderdesk.services.stock.service import CountLine, StockCard, StockChange, StockService

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
