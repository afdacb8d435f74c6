"""The catalogue as a table, fetched lazily: the first page at once, more as the view scrolls.

Pages are keyset pages (SKU order) read by a worker; the model only ever holds plain
``domain.Product`` values. A new search starts a new generation: pages of an older search that
arrive late are dropped, so a fast typist never sees the results of a half-typed word.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from orderdesk.domain import Product

AnyIndex = QModelIndex | QPersistentModelIndex
SKU_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 100  # rows per fetch: a few screens full; more come as the view scrolls

COLUMNS = (
    "sku", "name", "barcodes", "bin", "on_hand", "reserved", "available", "reorder_point", "supplier", "price", "weight",
)  # fmt: skip
NUMERIC = {"on_hand", "reserved", "available", "reorder_point", "price", "weight"}

# fetch(text, after_sku, limit, show_archived) -> products; run(fn, on_success, on_failure) runs it off the GUI thread
Fetch = Callable[[str, str, int, bool], list[Product]]
Runner = Callable[..., Any]


def tr(text: str) -> str:
    return QCoreApplication.translate("ProductsModel", text)


def column_title(key: str) -> str:
    return {
        "sku": tr("SKU"),
        "name": tr("Name"),
        "barcodes": tr("Barcodes"),
        "bin": tr("Bin"),
        "on_hand": tr("On hand"),
        "reserved": tr("Reserved"),
        "available": tr("Available"),
        "reorder_point": tr("Re-order at"),
        "supplier": tr("Supplier"),
        "price": tr("Price"),
        "weight": tr("Weight, g"),
    }[key]


class ProductsModel(QAbstractTableModel):
    loaded = Signal(int)  # rows now held, after a search's first page
    load_failed = Signal(object)

    def __init__(self, fetch: Fetch, run: Runner, parent=None, page_size: int = PAGE) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._run = run
        self._page = page_size
        self._rows: list[Product] = []
        self._text = ""
        self._archived = False
        self._generation = 0
        self._more = False
        self._fetching = False

    # -- what the window asks
    def search(self, text: str, *, archived: bool | None = None) -> None:
        """Start over with this search; the first page replaces the rows when it arrives."""
        self._text = text
        if archived is not None:
            self._archived = archived
        self._generation += 1
        self._fetching = True
        generation, query, show = self._generation, text, self._archived
        self._run(
            lambda: self._fetch(query, "", self._page, show),
            lambda rows: self._first_page(generation, rows),
            lambda exc: self._failed(generation, exc),
        )

    def refresh(self) -> None:
        self.search(self._text)

    def product(self, row: int) -> Product | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, sku: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.sku == sku), -1)

    def replace(self, product: Product) -> int:
        """Show a product's new values (after an edit, a receipt); returns its row or -1."""
        row = self.row_of(product.sku)
        if row >= 0:
            self._rows[row] = product
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return row

    # -- lazy fetching
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self._rows:
            return
        self._fetching = True
        generation, query, show, after = self._generation, self._text, self._archived, self._rows[-1].sku
        self._run(
            lambda: self._fetch(query, after, self._page, show),
            lambda rows: self._next_page(generation, after, rows),
            lambda exc: self._failed(generation, exc),
        )

    def _first_page(self, generation: int, rows: list[Product]) -> None:
        if generation != self._generation:
            return  # an older search answered late
        self.beginResetModel()
        self._rows = list(rows)
        self._more = len(rows) == self._page
        self._fetching = False
        self.endResetModel()
        self.loaded.emit(len(self._rows))

    def _next_page(self, generation: int, after: str, rows: list[Product]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if not self._rows or self._rows[-1].sku != after:
            return  # the rows were reloaded meanwhile: this page no longer follows them
        self._more = len(rows) == self._page
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
            self.load_failed.emit(exc)

    # -- Qt interface
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(COLUMNS):
            return None
        p = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(p, key)
        if role == SKU_ROLE:
            return p.sku
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if p.archived:
                return QBrush(QColor("#8a8a8a"))
            if key == "available" and p.available <= p.reorder_point:
                return QBrush(QColor("#b3261e"))  # at or under the re-order point
        if role == Qt.ItemDataRole.ToolTipRole and key == "name" and p.archived:
            return tr("Archived: hidden from search and the re-order list")
        return None


def _display(p: Product, key: str) -> str:
    if key == "sku":
        return p.sku
    if key == "name":
        return p.name
    if key == "barcodes":
        return ", ".join(p.barcodes or ((p.barcode,) if p.barcode else ()))
    if key == "bin":
        return p.bin_location
    if key == "on_hand":
        return str(p.stock_on_hand)
    if key == "reserved":
        return str(p.reserved)
    if key == "available":
        return str(p.available)
    if key == "reorder_point":
        return str(p.reorder_point) if p.reorder_point else ""
    if key == "supplier":
        return p.supplier
    if key == "price":
        return p.price.format()
    return str(p.weight_g) if p.weight_g else ""
