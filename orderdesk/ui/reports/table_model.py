"""A report table for QTableView: the text a reader sees, the raw value for sorting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from orderdesk.services.reports.base import INT, MONEY, PERCENT, ReportTable
from orderdesk.services.reports.formatting import cell

_NUMERIC = {INT, MONEY, PERCENT, "hours", "days", "number"}
Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.table: ReportTable | None = None
        self._texts: list[list[str]] = []
        self.utc_offset_minutes = 0

    def set_table(self, table: ReportTable | None, utc_offset_minutes: int = 0) -> None:
        self.beginResetModel()
        self.table = table
        self.utc_offset_minutes = utc_offset_minutes
        self._texts = (
            [[cell(table, c, row, self.language, utc_offset_minutes) for c in table.columns] for row in table.rows]
            if table is not None
            else []
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:  # sorting: numbers as numbers, blanks first
            value = self.table.rows[index.row()][index.column()]
            if value is None:
                return float("-inf") if column.kind in _NUMERIC else ""
            return float(value) if column.kind in _NUMERIC else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.table is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.columns):
            return self.table.columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None
