"""Receiving a delivery with the scanner alone: scan, quantity, next.

A scan makes a product the current line (quantity 1); scanning it again counts one more, or the
quantity is typed; the next product's scan (or Enter) books the current line to the ledger
with the supplier's delivery note number. The table shows what this delivery brought, and which
waiting orders it completed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk.db import Database
from orderdesk.domain import Actor, Product
from orderdesk.errors import OrderDeskError
from orderdesk.services.stock import Catalogue, StockChange, StockService
from orderdesk.ui.scanner import ScannerConfig, ScannerFilter
from orderdesk.ui.tasks import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("Receiving", text)


@dataclass(frozen=True)
class ReceivedLine:
    sku: str
    name: str
    received: int
    on_hand: int
    orders: tuple[str, ...] = ()


class ReceivedModel(QAbstractTableModel):
    COLUMNS = ("sku", "name", "received", "on_hand", "orders")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ReceivedLine] = []

    def add(self, change: StockChange) -> int:
        """Count a booked receipt in; returns the row it shows in (the newest on top)."""
        p = change.product
        row = next((i for i, line in enumerate(self._rows) if line.sku == p.sku), -1)
        if row >= 0:
            old = self._rows[row]
            self._rows[row] = replace(
                old,
                received=old.received + change.quantity,
                on_hand=p.stock_on_hand,
                orders=old.orders + tuple(change.allocated),
            )
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
            return row
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, ReceivedLine(p.sku, p.name, change.quantity, p.stock_on_hand, tuple(change.allocated)))
        self.endInsertRows()
        return 0

    def line(self, row: int) -> ReceivedLine | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = (tr("SKU"), tr("Name"), tr("Received"), tr("On hand now"), tr("Orders completed"))
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        key = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "sku": line.sku,
                "name": line.name,
                "received": str(line.received),
                "on_hand": str(line.on_hand),
                "orders": ", ".join(line.orders),
            }.get(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("received", "on_hand"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class QuantityBox(QSpinBox):
    """The quantity; Enter typed here books the line. (A key press, not a shortcut: a shortcut
    would take the Enter that ends a scanner burst before the scanner filter sees it.)"""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.interpretText()
            self.entered.emit()
            return
        super().keyPressEvent(event)


class ReceivingWindow(QMainWindow):
    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        actor: Callable[[], Actor],
        *,
        stock: StockService | None = None,
        scanner: ScannerConfig | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receivingWindow")
        self.setWindowTitle(self.tr("Receive stock"))
        self.stock = stock or StockService(db)
        self.catalogue = Catalogue(db)
        self.runner = runner
        self.actor = actor
        self.model = ReceivedModel(self)
        self.pending: Product | None = None  # the current line's product, once looked up
        self.pending_code = ""  # the current line's code as scanned ("": none)
        self.note = QLineEdit(self)
        self.note.setObjectName("deliveryNote")
        self.note.setPlaceholderText(self.tr("the supplier's delivery note number (scan or type)"))
        self.code = QLineEdit(self)
        self.code.setObjectName("receiveCode")
        self.code.setPlaceholderText(self.tr("scan a product, or type its SKU and press Enter"))
        self.quantity = QuantityBox(self)
        self.quantity.setObjectName("receiveQuantity")
        self.quantity.setRange(1, 1_000_000)
        self.quantity.valueChanged.connect(lambda _v: self._show_current() if self.pending_code else None)
        self.current = QLabel(self.tr("Scan the first product."), self)
        self.current.setObjectName("currentLine")
        font = self.current.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.current.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("receivingStatus")
        self.status.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("receivedTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        form = QFormLayout()
        form.addRow(self.tr("Delivery note"), self.note)
        form.addRow(self.tr("Product"), self.code)
        form.addRow(self.tr("Quantity"), self.quantity)
        keys = QLabel(
            self.tr(
                "Scan, quantity, next: scanning the same product again counts one more; the next product or Enter books it."
            ),
            self,
        )
        keys.setWordWrap(True)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(form)
        layout.addWidget(self.current)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(keys)
        self.setCentralWidget(central)
        self.resize(900, 620)

        self.code.returnPressed.connect(
            lambda: self.scanned(self.code.text()) if self.code.text().strip() else self.book()
        )
        self.quantity.entered.connect(self.book)
        self.note.returnPressed.connect(self.code.setFocus)
        self.scanner = ScannerFilter(self, scanner)
        self.scanner.scanned.connect(self.scanned)
        self.scanner.install()
        self.booked: list[StockChange] = []

    # -- the flow
    def scanned(self, code: str) -> None:
        code = code.strip()
        self.code.clear()
        if not code:
            return
        if self.note.hasFocus():  # the delivery note's own barcode, scanned first
            self.note.setText(code)
            self.code.setFocus()
            return
        if self.pending_code and code in self._pending_codes():
            self.quantity.setValue(self.quantity.value() + 1)  # the same product again: one more
            self._show_current()
            return
        self.book()
        # Booked by the code itself, so a scan is never lost while its name is still being looked up.
        self.pending_code, self.pending = code, None
        self.quantity.setValue(1)
        self.current.setText(f"{code}  × 1")
        self.quantity.setFocus()
        self.quantity.selectAll()
        self.runner.run(
            lambda: self.catalogue.find(code),
            lambda product: self._found(code, product),
            self._not_found,
            label=self.tr("Looking up"),
        )

    def _pending_codes(self) -> set[str]:
        p = self.pending
        return {self.pending_code} | ({p.sku, p.barcode, *p.barcodes} if p is not None else set())

    def _found(self, code: str, product: Product) -> None:
        if code == self.pending_code:
            self.pending = product
            self._show_current()

    def _not_found(self, exc: BaseException) -> None:
        self.pending_code, self.pending = "", None  # nothing to book: say so and wait for the next scan
        self._refused(exc)

    def book(self) -> None:
        """Write the current line to the ledger (off the GUI thread) and make room for the next."""
        code, quantity = self.pending_code, self.quantity.value()
        if not code:
            return
        self.pending_code, self.pending = "", None
        self.current.setText(self.tr("Booking {sku} × {n}…").format(sku=code, n=quantity))
        note, actor = self.note.text().strip(), self.actor()
        self.runner.write(
            lambda: self.stock.receive(code, quantity, actor, document=note),
            self._booked,
            self._refused,
            label=self.tr("Receiving"),
        )
        self.quantity.setValue(1)
        self.code.setFocus()

    def _booked(self, change: StockChange) -> None:
        self.booked.append(change)
        row = self.model.add(change)
        self.table.selectRow(row)
        p = change.product
        text = self.tr("{sku}: +{n} booked, {on_hand} on hand.").format(
            sku=p.sku, n=change.quantity, on_hand=p.stock_on_hand
        )
        if change.allocated:
            text += " " + self.tr("Complete again: {orders}.").format(orders=", ".join(change.allocated))
        self.status.setStyleSheet("")
        self.status.setText(text)
        if not self.pending_code:
            self.current.setText(self.tr("Scan the next product."))

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, OrderDeskError):
            self.runner.default_failure(exc)
            return
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(str(exc))
        if not self.pending_code:
            self.current.setText(self.tr("Scan the next product."))

    def _show_current(self) -> None:
        p = self.pending
        label = f"{p.sku}  {p.name}" if p is not None else self.pending_code
        self.current.setText(f"{label}  × {self.quantity.value()}")

    def showEvent(self, event) -> None:
        self.scanner.install()
        super().showEvent(event)

    def closeEvent(self, event) -> None:
        self.book()  # a scanned line is never lost by closing the window
        self.scanner.uninstall()
        super().closeEvent(event)
