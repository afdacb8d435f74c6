"""A read-only table of prepared rows (shipments, holds, history): text in, text out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[object] = []
        self._tips: list[str] = []

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[object] = (), tips: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._rows = [tuple(str(c) for c in row) for row in rows]
        self._keys = list(keys) or [None] * len(self._rows)
        self._tips = list(tips) or [""] * len(self._rows)
        self.endResetModel()

    def key(self, row: int) -> object:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index.row()] or None
        if role == KEY_ROLE:
            return self._keys[index.row()]
        return None
