"""Stocktake: count a shelf (a bin prefix) or everything by scanning, see counted against expected,
and apply the differences with one reason in one step.

Every product expected on the counted shelf is part of the count: one not scanned was counted 0.
The difference is taken when applying (``StockService.apply_count``), against on hand then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk.db import Database
from orderdesk.domain import Actor, Product
from orderdesk.errors import OrderDeskError
from orderdesk.services.stock import Catalogue, CountLine, StockService
from orderdesk.ui.scanner import ScannerConfig, ScannerFilter
from orderdesk.ui.tasks import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("Stocktake", text)


class CountModel(QAbstractTableModel):
    COLUMNS = ("bin", "sku", "name", "expected", "counted", "difference")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CountLine] = []

    def set_lines(self, lines: list[CountLine]) -> None:
        self.beginResetModel()
        self._rows = list(lines)
        self.endResetModel()

    def lines(self) -> list[CountLine]:
        return list(self._rows)

    def count_one(self, product: Product, quantity: int = 1) -> int:
        """One more of ``product`` counted; a product not expected here is added. Returns its row."""
        row = next((i for i, line in enumerate(self._rows) if line.sku == product.sku), -1)
        if row < 0:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.append(CountLine(product.sku, product.name, product.bin_location, product.stock_on_hand, 0))
            self.endInsertRows()
        self._rows[row] = replace(self._rows[row], counted=self._rows[row].counted + quantity)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        return row

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = (tr("Bin"), tr("SKU"), tr("Name"), tr("Expected"), tr("Counted"), tr("Difference"))
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        key = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "bin": line.bin_location,
                "sku": line.sku,
                "name": line.name,
                "expected": str(line.expected),
                "counted": str(line.counted),
                "difference": f"{line.difference:+d}" if line.difference else "",
            }.get(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("expected", "counted", "difference"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "difference" and line.difference:
            return QBrush(QColor("#b3261e" if line.difference < 0 else "#1b5e20"))
        return None


class StocktakeWindow(QMainWindow):
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
        self.setObjectName("stocktakeWindow")
        self.setWindowTitle(self.tr("Stocktake"))
        self.stock = stock or StockService(db)
        self.catalogue = Catalogue(db)
        self.runner = runner
        self.actor = actor
        self.model = CountModel(self)
        self.shelf = QLineEdit(self)
        self.shelf.setObjectName("stocktakeShelf")
        self.shelf.setPlaceholderText(self.tr("bin prefix, e.g. A-01 (empty: everything)"))
        self.start_button = QPushButton(self.tr("Start counting"), self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("stocktakeReason")
        self.reason.setPlaceholderText(self.tr("reason, e.g. monthly stocktake"))
        self.apply_button = QPushButton(self.tr("Apply differences"), self)
        self.apply_button.setObjectName("applyCount")
        self.status = QLabel(self)
        self.status.setObjectName("stocktakeStatus")
        self.status.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("countTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Shelf"), self))
        top.addWidget(self.shelf, 1)
        top.addWidget(self.start_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reason, 1)
        bottom.addWidget(self.apply_button)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self.resize(900, 620)
        self.start_button.clicked.connect(self.start)
        self.shelf.returnPressed.connect(self.start)
        self.apply_button.clicked.connect(self.apply)
        self.scanner = ScannerFilter(self, scanner)
        self.scanner.scanned.connect(self.scanned)
        self.scanner.install()

    def start(self) -> None:
        prefix = self.shelf.text().strip()
        self.runner.run(lambda: self.stock.expected(bin_prefix=prefix), self._started, self._refused)

    def _started(self, lines: list[CountLine]) -> None:
        self.model.set_lines(lines)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("{n} products expected here. Scan each item.").format(n=len(lines)))

    def scanned(self, code: str) -> None:
        self.runner.run(lambda: self.catalogue.find(code), self._counted, self._refused, label=self.tr("Looking up"))

    def _counted(self, product: Product) -> None:
        row = self.model.count_one(product)
        self.table.selectRow(row)
        line = self.model.lines()[row]
        self.status.setStyleSheet("")
        self.status.setText(self.tr("{sku}: {n} counted").format(sku=line.sku, n=line.counted))

    def apply(self) -> None:
        counts = {line.sku: line.counted for line in self.model.lines()}
        if not counts:
            self.status.setText(self.tr("Nothing counted yet."))
            return
        reason, actor = self.reason.text(), self.actor()
        self.runner.write(lambda: self.stock.apply_count(counts, actor, reason), self._applied, self._refused)

    def _applied(self, changed: list[CountLine]) -> None:
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Applied: {n} products differed, every other count matched.").format(n=len(changed))
        )
        self.model.set_lines([])

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, OrderDeskError):
            self.runner.default_failure(exc)
            return
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(str(exc))

    def showEvent(self, event) -> None:
        self.scanner.install()
        super().showEvent(event)

    def closeEvent(self, event) -> None:
        self.scanner.uninstall()
        super().closeEvent(event)
