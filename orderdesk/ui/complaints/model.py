"""A table of complaints: open ones first by the day they are due, overdue ones in red."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from orderdesk.services.complaints import Complaint

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#c0392b")
DUE_SOON = QColor("#b9770e")


def tr(text: str) -> str:
    return QCoreApplication.translate("Complaints", text)


def ask_label(ask: str) -> str:
    return {
        "repair": tr("Repair"),
        "replacement": tr("Replacement"),
        "refund": tr("Refund"),
        "price_reduction": tr("Price reduction"),
    }.get(ask, ask)


def decision_label(decision: str) -> str:
    return {"accepted": tr("Accepted"), "rejected": tr("Rejected"), "partly": tr("Partly accepted")}.get(
        decision, decision
    )


def state_text(c: Complaint, today: date) -> str:
    if c.decision:
        return decision_label(c.decision)
    left = c.days_left(today)
    if left < 0:
        # Qt numerus form: the catalogue holds one text per plural form of the language.
        return QCoreApplication.translate("Complaints", "OVERDUE by %n day(s)", None, -left)
    if left == 0:
        return tr("Answer today")
    return QCoreApplication.translate("Complaints", "Open, %n day(s) left", None, left)


class ComplaintsModel(QAbstractTableModel):
    COLUMNS = ("#", "order", "customer", "ask", "due", "state", "claim")

    def __init__(self, parent=None, *, with_order: bool = True) -> None:
        super().__init__(parent)
        self._rows: list[Complaint] = []
        self._today = date.today()
        self._columns = [c for c in self.COLUMNS if with_order or c not in ("order", "customer")]

    def set_complaints(self, complaints: Sequence[Complaint], today: date) -> None:
        self.beginResetModel()
        self._rows, self._today = list(complaints), today
        self.endResetModel()

    def complaint(self, row: int) -> Complaint | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def overdue_count(self) -> int:
        return sum(1 for c in self._rows if c.overdue(self._today))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self._columns):
            return None
        names = {"#": "#", "order": tr("Order"), "customer": tr("Customer"), "ask": tr("Asks for"),
                 "due": tr("Answer by"), "state": tr("State"), "claim": tr("Claim")}  # fmt: skip
        return names[self._columns[section]]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or index.column() >= len(self._columns):
            return None
        c, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "#": str(c.id),
                "order": c.order_number,
                "customer": c.customer_name,
                "ask": ask_label(c.ask),
                "due": c.due_on.isoformat(),
                "state": state_text(c, self._today),
                "claim": " ".join(c.claim.split())[:200],
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.claim + (f"\n\n{c.decision_text}" if c.decision_text else "")
        if role == Qt.ItemDataRole.ForegroundRole and c.is_open:
            if c.overdue(self._today):
                return QBrush(OVERDUE)
            if c.days_left(self._today) <= 2:
                return QBrush(DUE_SOON)
            return None
        if role == Qt.ItemDataRole.FontRole and c.overdue(self._today):
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return c.id
        return None
