"""The rows of a store's mapping table (services/channels/mappings.py) as an editable item model,
and the delegate that edits its last column with a list of choices."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1  # [(value, text)] the value column offers
DEFAULT_ROLE = Qt.ItemDataRole.UserRole + 2  # the built-in value of the row


@dataclass(frozen=True)
class Row:
    key: str  # "flat_rate:3" or the desk's status value
    name: str  # what the first column shows
    detail: str  # the second column (the store's title of a method); "" for statuses
    value: str
    default: str


class MappingModel(QAbstractTableModel):
    """Columns: name, detail (optional), value (editable). A changed row is bold, its tooltip
    names the built-in value."""

    def __init__(self, headers: list[str], choices: list[tuple[str, str]], *, free_text: bool, parent=None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.choices = choices  # (value, text); free_text: values outside them are allowed
        self.free_text = free_text
        self.rows: list[Row] = []
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def value_column(self) -> int:
        return len(self.headers) - 1

    def set_rows(self, rows: list[Row], choices: list[tuple[str, str]] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if choices is not None:
            self.choices = choices
        self.endResetModel()

    def add_row(self, row: Row) -> int:
        """A row the owner typed in; an existing key is not added twice. Its row number."""
        for i, r in enumerate(self.rows):
            if r.key == row.key:
                return i
        at = len(self.rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.append(row)
        self.endInsertRows()
        return at

    def values(self) -> dict[str, str]:
        return {r.key: r.value for r in self.rows}

    def text_of(self, value: str) -> str:
        for v, text in self.choices:
            if v == value:
                return text
        return value

    # ------------------------------------------------------------------ Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.headers):
                return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.value_column else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.value_column:
                return self.text_of(row.value)
            return row.name if col == 0 else row.detail
        if role == Qt.ItemDataRole.EditRole:
            return row.value if col == self.value_column else None
        if role == Qt.ItemDataRole.FontRole and row.value != row.default:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.key
        if role == CHOICES_ROLE and col == self.value_column:
            return list(self.choices)
        if role == DEFAULT_ROLE:
            return row.default
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.value_column or role != Qt.ItemDataRole.EditRole:
            return False
        value = str(value or "").strip()
        if not self.free_text and value not in {v for v, _t in self.choices}:
            return False
        r = index.row()
        if self.rows[r].value == value:
            return True
        self.rows[r] = replace(self.rows[r], value=value)
        self.dataChanged.emit(self.index(r, 0), self.index(r, self.value_column))
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """Edits the value column with a list of the model's choices (typed values too where allowed)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        combo.setEditable(bool(getattr(model, "free_text", False)))
        for value, text in index.data(CHOICES_ROLE) or []:
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        at = editor.findData(value)
        if at >= 0:
            editor.setCurrentIndex(at)
        else:
            editor.setEditText(value)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        at = editor.currentIndex()
        typed = editor.currentText().strip()
        value = editor.itemData(at) if at >= 0 and editor.itemText(at) == typed else typed
        model.setData(index, value, Qt.ItemDataRole.EditRole)
