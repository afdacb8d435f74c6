"""Order lines as an editable table model, shared by the new-order form and the order details.

Only the quantity is edited here; prices and names come from the products (the service
fills them in). Totals are computed in integer minor units, as ``Money`` does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QWidget

from orderdesk.limits import MAX_QUANTITY
from orderdesk.services.orders import NewLine
from orderdesk.ui.board.style import money_text

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LineItem:
    sku: str
    name: str
    quantity: int
    unit_price_minor: int
    available: int | None = None  # stock shown while ordering; None when not known
    bin_location: str = ""
    reserved: bool = False

    def to_new_line(self) -> NewLine:
        return NewLine(self.sku, self.quantity)


class QuantityDelegate(QStyledItemDelegate):
    """A quantity box that hands every change to the model at once, so totals follow the typing
    (a plain editor would commit only when the user leaves the cell)."""

    def createEditor(self, parent: QWidget, option, index: AnyIndex) -> QWidget:
        editor = QSpinBox(parent)
        editor.setObjectName("quantityEditor")
        editor.setRange(1, MAX_QUANTITY)  # what the service accepts for one line
        editor.setFrame(False)
        editor.valueChanged.connect(lambda _v, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QSpinBox)
        value = int(index.data(Qt.ItemDataRole.EditRole) or 1)
        if editor.value() != value:  # the model echoing a committed value must not move the cursor
            editor.setValue(value)

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        assert isinstance(editor, QSpinBox)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


def size_columns(view) -> None:
    """Sensible widths for a lines table: the item name takes what is left; quantities commit as typed."""
    from PySide6.QtWidgets import QHeaderView

    delegate = QuantityDelegate(view)
    view.setItemDelegateForColumn(LinesModel.QTY, delegate)
    view._quantity_delegate = delegate  # kept alive with the view

    header = view.horizontalHeader()
    em = view.fontMetrics().horizontalAdvance("M")
    for column, width in ((LinesModel.SKU, 8), (LinesModel.QTY, 4), (LinesModel.PRICE, 8), (LinesModel.TOTAL, 9), (LinesModel.STOCK, 6)):  # fmt: skip
        header.resizeSection(column, width * em)
    header.setSectionResizeMode(LinesModel.NAME, QHeaderView.ResizeMode.Stretch)


class LinesModel(QAbstractTableModel):
    totals_changed = Signal()

    SKU, NAME, QTY, PRICE, TOTAL, STOCK = range(6)

    def __init__(self, currency: str, *, show_stock: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.show_stock = show_stock
        self.editable = True
        self._lines: list[LineItem] = []
        self._headers = [self.tr("SKU"), self.tr("Item"), self.tr("Qty"), self.tr("Price"), self.tr("Total")]
        if show_stock:
            self._headers.append(self.tr("In stock"))

    # -- content ----------------------------------------------------------------------------------
    @property
    def lines(self) -> list[LineItem]:
        return list(self._lines)

    def set_lines(self, lines: list[LineItem]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()
        self.totals_changed.emit()

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        if self._lines:
            self.dataChanged.emit(self.index(0, self.PRICE), self.index(len(self._lines) - 1, self.TOTAL))
        self.totals_changed.emit()

    def add(self, item: LineItem) -> int:
        """Add an item, or one more of it when the SKU is already there; returns its row."""
        for row, line in enumerate(self._lines):
            if line.sku == item.sku:
                self._lines[row] = replace(line, quantity=line.quantity + item.quantity)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                self.totals_changed.emit()
                return row
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(item)
        self.endInsertRows()
        self.totals_changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()
            self.totals_changed.emit()

    def subtotal_minor(self) -> int:
        return sum(line.unit_price_minor * line.quantity for line in self._lines)

    # -- Qt model API -------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line, col = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (self.QTY, self.PRICE, self.TOTAL, self.STOCK):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.EditRole and col == self.QTY:
            return line.quantity
        if role == Qt.ItemDataRole.ToolTipRole and col == self.STOCK and line.available is not None:
            if line.available < line.quantity:
                return self.tr("Only %1 in stock: the order will wait for stock (out-of-stock hold).").replace(
                    "%1", str(line.available)
                )
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.SKU:
            return line.sku
        if col == self.NAME:
            return line.name
        if col == self.QTY:
            return str(line.quantity)
        if col == self.PRICE:
            return money_text(line.unit_price_minor, self.currency)
        if col == self.TOTAL:
            return money_text(line.unit_price_minor * line.quantity, self.currency)
        if col == self.STOCK:
            return "" if line.available is None else str(line.available)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == self.QTY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != self.QTY:
            return False
        try:
            quantity = int(value)
        except (TypeError, ValueError):
            return False
        if quantity < 1:
            return False
        row = index.row()
        self._lines[row] = replace(self._lines[row], quantity=quantity)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.totals_changed.emit()
        return True
