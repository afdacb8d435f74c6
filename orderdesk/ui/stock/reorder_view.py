"""The re-order list: by supplier, with suggested quantities; mark a supplier's lines as ordered,
and write a purchase order as PDF or CSV. Receiving the delivery closes it (the receiving screen).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk.db import Database
from orderdesk.domain import Actor
from orderdesk.errors import OrderDeskError
from orderdesk.services.stock.backorders import WaitingOrder, offer_choice, record_answer, waiting_orders
from orderdesk.services.stock.reorder import (
    PurchaseOrder,
    ReorderLine,
    mark_ordered,
    purchase_orders,
    reorder_list,
)
from orderdesk.ui.tasks import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex
SUPPLIER_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("Reorder", text)


class ReorderModel(QAbstractTableModel):
    """One row per product, grouped under their supplier (the supplier shows on its first row)."""

    COLUMNS = ("supplier", "sku", "name", "available", "waiting", "on_order", "reorder_point", "suggested")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ReorderLine]] = []

    def set_list(self, grouped: dict[str, list[ReorderLine]]) -> None:
        self.beginResetModel()
        self._rows = [(supplier, line) for supplier, lines in grouped.items() for line in lines]
        self.endResetModel()

    def suppliers(self) -> list[str]:
        return list(dict.fromkeys(supplier for supplier, _line in self._rows))

    def lines_of(self, supplier: str) -> list[ReorderLine]:
        return [line for s, line in self._rows if s == supplier]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = (
                tr("Supplier"), tr("SKU"), tr("Name"), tr("Available"), tr("Waiting"), tr("On order"),
                tr("Re-order at"), tr("Order"),
            )  # fmt: skip
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        supplier, line = self._rows[index.row()]
        key = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else ""
        first = index.row() == 0 or self._rows[index.row() - 1][0] != supplier
        if role == Qt.ItemDataRole.DisplayRole:
            p = line.product
            return {
                "supplier": (supplier or tr("(no supplier)")) if first else "",
                "sku": p.sku,
                "name": p.name,
                "available": str(p.available),
                "waiting": str(line.waiting) if line.waiting else "",
                "on_order": str(line.on_order) if line.on_order else "",
                "reorder_point": str(p.reorder_point) if p.reorder_point else "",
                "suggested": str(line.suggested),
            }.get(key)
        if role == SUPPLIER_ROLE:
            return supplier
        if role == Qt.ItemDataRole.FontRole and key in ("supplier", "suggested"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("supplier", "sku", "name"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class WaitingModel(QAbstractTableModel):
    """Orders on an out-of-stock hold, oldest first: what they lack and what the customer said."""

    COLUMNS = ("number", "since", "short", "customer")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[WaitingOrder] = []

    def set_orders(self, orders: list[WaitingOrder]) -> None:
        self.beginResetModel()
        self._rows = list(orders)
        self.endResetModel()

    def order(self, row: int) -> WaitingOrder | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = (tr("Order"), tr("Waiting since"), tr("Short"), tr("Customer"))
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or role != Qt.ItemDataRole.DisplayRole:
            return None
        w = self._rows[index.row()]
        key = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else ""
        if key == "number":
            return w.number
        if key == "since":
            return w.created_at.strftime("%Y-%m-%d")
        if key == "short":
            return ", ".join(f"{sku} × {n}" for sku, n in w.short.items())
        if key == "customer":
            if w.answer == "wait":
                return tr("will wait")
            if w.answer == "cancel":
                return tr("cancels")
            return tr("asked, no answer yet") if w.asked else ""
        return None


class ReorderWindow(QMainWindow):
    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        actor: Callable[[], Actor],
        *,
        shop=None,
        orders=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reorderWindow")
        self.setWindowTitle(self.tr("Re-order list"))
        self.db = db
        self.runner = runner
        self.actor = actor
        self.shop = shop  # documents.common.ShopInfo for the purchase order's header
        self.order_service = orders  # an OrderService: a customer who cancels cancels the order through it
        self.waiting = WaitingModel(self)
        self.waiting_table = QTableView(self)
        self.waiting_table.setObjectName("waitingTable")
        self.waiting_table.setModel(self.waiting)
        self.waiting_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waiting_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waiting_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waiting_table.verticalHeader().hide()
        self.waiting_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ask_button = QPushButton(self.tr("Ask the customer: wait or cancel"), self)
        self.ask_button.setObjectName("askWaitOrCancel")
        self.waits_button = QPushButton(self.tr("Customer waits"), self)
        self.waits_button.setObjectName("customerWaits")
        self.cancels_button = QPushButton(self.tr("Customer cancels"), self)
        self.cancels_button.setObjectName("customerCancels")
        self.model = ReorderModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("reorderTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        for column, width in ((0, 230), (1, 100), (3, 80), (4, 80), (5, 80), (6, 90), (7, 70)):
            self.table.setColumnWidth(column, width)
        self.order_button = QPushButton(self.tr("Mark the supplier's lines as ordered"), self)
        self.order_button.setObjectName("markOrdered")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.orders = QComboBox(self)
        self.orders.setObjectName("purchaseOrders")
        self.orders.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.orders.setMinimumContentsLength(24)
        self.pdf_button = QPushButton(self.tr("PDF…"), self)
        self.csv_button = QPushButton(self.tr("CSV…"), self)
        self.status = QLabel(self)
        self.status.setObjectName("reorderStatus")
        self.status.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.order_button)
        actions.addWidget(self.refresh_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Open purchase orders"), self))
        actions.addWidget(self.orders)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.csv_button)
        answers = QHBoxLayout()
        answers.addWidget(self.ask_button)
        answers.addStretch(1)
        answers.addWidget(self.waits_button)
        answers.addWidget(self.cancels_button)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.table, 2)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Orders waiting for stock (oldest first)"), self))
        layout.addWidget(self.waiting_table, 1)
        layout.addLayout(answers)
        layout.addWidget(self.status)
        self.setCentralWidget(central)
        self.resize(1100, 560)
        self.order_button.clicked.connect(self.mark_selected_supplier)
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self._ask_and_write("pdf"))
        self.csv_button.clicked.connect(lambda: self._ask_and_write("csv"))
        self.ask_button.clicked.connect(lambda: self._for_waiting("ask"))
        self.waits_button.clicked.connect(lambda: self._for_waiting("wait"))
        self.cancels_button.clicked.connect(lambda: self._for_waiting("cancel"))
        self._purchase_orders: list[PurchaseOrder] = []
        self.refresh()

    def refresh(self) -> None:
        self.runner.run(
            lambda: (reorder_list(self.db), purchase_orders(self.db), waiting_orders(self.db)),
            self._loaded,
            self._refused,
        )

    def _loaded(self, result) -> None:
        grouped, pos, waiting = result
        self.model.set_list(grouped)
        self.waiting.set_orders(waiting)
        self._purchase_orders = pos
        self.orders.clear()
        for po in pos:
            self.orders.addItem(f"{po.number} · {po.supplier}", po.number)
        if not grouped:
            self.status.setText(self.tr("Nothing to re-order."))

    def selected_supplier(self) -> str | None:
        index = self.table.currentIndex()
        if index.isValid():
            return self.model.index(index.row(), 0).data(SUPPLIER_ROLE)
        suppliers = self.model.suppliers()
        return suppliers[0] if suppliers else None

    def mark_selected_supplier(self) -> None:
        supplier = self.selected_supplier()
        if supplier is None:
            return
        quantities = {line.product.sku: line.suggested for line in self.model.lines_of(supplier)}
        actor = self.actor()
        self.runner.write(lambda: mark_ordered(self.db, supplier, quantities, actor), self._ordered, self._refused)

    def _ordered(self, po: PurchaseOrder) -> None:
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("{n}: {lines} products ordered from {s}. Receiving the delivery closes it.").format(
                n=po.number, lines=len(po.lines), s=po.supplier
            )
        )
        self.refresh()

    def _for_waiting(self, what: str) -> None:
        """Ask the selected waiting order's customer, or record their answer ('wait' / 'cancel')."""
        chosen = self.waiting.order(self.waiting_table.currentIndex().row())
        if chosen is None:
            self.status.setText(self.tr("Choose a waiting order first."))
            return
        number, actor = chosen.number, self.actor()
        if what == "ask":
            work = partial(offer_choice, self.db, number, actor)
            done = self.tr("{n}: the wait-or-cancel message is queued.")
        else:
            work = partial(record_answer, self.db, self.order_service, number, what, actor)
            done = self.tr("{n}: the customer will wait.") if what == "wait" else self.tr("{n}: cancelled.")
        self.runner.write(work, lambda _result: self._answered(done.format(n=number)), self._refused)

    def _answered(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)
        self.refresh()

    def write_document(self, number: str, path: Path) -> None:
        """The purchase order as a PDF or CSV file (by the file's suffix), made off the GUI thread."""

        def make() -> Path:
            from orderdesk.services.documents.common import ShopInfo
            from orderdesk.services.documents.purchase_order import purchase_order_csv, render_purchase_order
            from orderdesk.services.stock.reorder import purchase_order

            po = purchase_order(self.db, number)
            if path.suffix.lower() == ".csv":
                path.write_text(purchase_order_csv(po), encoding="utf-8-sig", newline="")
            else:
                path.write_bytes(render_purchase_order(po, self.shop or ShopInfo("")))
            return path

        self.runner.run(make, lambda p: self.status.setText(self.tr("Saved {p}").format(p=p.name)), self._refused)

    def _ask_and_write(self, kind: str) -> None:
        number = self.orders.currentData()
        if not number:
            return
        pattern = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("CSV (*.csv)")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save purchase order"), f"{number}.{kind}", pattern)
        if path:
            self.write_document(number, Path(path))

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, OrderDeskError):
            self.runner.default_failure(exc)
            return
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(str(exc))
