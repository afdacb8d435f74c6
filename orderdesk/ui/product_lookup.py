"""Finding a product to add to an order: type a SKU or name, or scan a barcode, then Enter.

Shared by the phone-order form and the order window. Results appear as the user types (one
query in a worker per pause); the arrow keys walk them without leaving the box, and Enter adds
the highlighted one. Without a moved highlight, Enter goes by an exact barcode or SKU first,
so a scan adds its product even before the results have caught up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from orderdesk.domain import Product
from orderdesk.services.orders import OrderService
from orderdesk.ui.board.style import money_text
from orderdesk.ui.tasks import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex
PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 1
RESULTS = 20  # results shown at most; more typing narrows them


class ProductsModel(QAbstractListModel):
    """Lookup results: one product per row, with its price and available stock."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._products: list[Product] = []

    def set_products(self, products: list[Product]) -> None:
        self.beginResetModel()
        self._products = list(products)
        self.endResetModel()

    def product(self, row: int) -> Product | None:
        return self._products[row] if 0 <= row < len(self._products) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._products)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._products):
            return None
        p = self._products[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            stock = self.tr("%n in stock", "", p.available) if p.available > 0 else self.tr("out of stock")
            return f"{p.sku} — {p.name} — {money_text(p.price.minor, p.price.currency)} — {stock}"
        if role == PRODUCT_ROLE:
            return p
        return None


class ProductLookup(QWidget):
    """The lookup box and its results; says ``chosen(Product)`` or ``not_found(text)``."""

    chosen = Signal(object)  # Product
    not_found = Signal(str)

    def __init__(
        self, service: OrderService, runner: TaskRunner, placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.runner = service, runner
        self._generation = 0
        self._results_for = ""  # the text whose results are on screen
        self._highlight_chosen = False  # the user moved the highlight (arrow keys or a click)
        self.edit = QLineEdit(objectName="productLookup")
        self.edit.setPlaceholderText(placeholder)
        self.model = ProductsModel(self)
        self.results = QListView(objectName="productResults")
        self.results.setModel(self.model)
        self.results.setMaximumHeight(110)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        self.results.hide()  # shown while there are results: the lines below keep the room otherwise
        self.model.modelReset.connect(lambda: self.results.setVisible(self.model.rowCount() > 0))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._run)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self._enter)
        self.edit.installEventFilter(self)
        self.results.activated.connect(lambda index: self._choose(self.model.product(index.row())))
        self.results.clicked.connect(lambda _index: setattr(self, "_highlight_chosen", True))

    def clear(self) -> None:
        self._timer.stop()
        self._generation += 1  # a query on its way is now moot
        self.edit.clear()
        self.model.set_products([])

    def _run(self) -> None:
        text = self.edit.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.model.set_products([])
            return
        service = self.service
        self.runner.run(lambda: service.products(text, limit=RESULTS), lambda found: self._show(generation, found))

    def _show(self, generation: int, products: list[Product]) -> None:
        if generation == self._generation:
            self.model.set_products(products)
            self._results_for, self._highlight_chosen = self.edit.text().strip(), False
            if products:
                self.results.setCurrentIndex(self.model.index(0))

    def _highlighted(self, text: str) -> Product | None:
        """The result the user highlighted for exactly this text, if they moved the highlight."""
        if not self._highlight_chosen or self._results_for != text:
            return None
        return self.model.product(self.results.currentIndex().row())

    def _enter(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        self._timer.stop()
        picked = self._highlighted(text)
        if picked is not None:
            self._choose(picked)  # what the user picked with the arrows, not the first hit
            return
        service = self.service
        self._generation += 1
        generation = self._generation

        def found(products: list[Product]) -> None:
            if generation != self._generation:
                return  # typed on meanwhile
            exact = [p for p in products if text in (p.barcode, p.sku)]
            if exact:
                self._choose(exact[0])
            elif products:
                self._choose(products[0])
            else:
                self.not_found.emit(text)

        self.runner.run(lambda: service.products(text, limit=RESULTS), found)

    def _choose(self, product: Product | None) -> None:
        if product is None:
            return
        self.clear()
        self.edit.setFocus()
        self.chosen.emit(product)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Up/Down in the box walk the results, so the hands stay on the keyboard.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and obj is self.edit:  # see ui/heap.py
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.results.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
                row = min(max(row, 0), self.model.rowCount() - 1)
                self.results.setCurrentIndex(self.model.index(row))
                self._highlight_chosen = True
                return True
        return super().eventFilter(obj, event)
