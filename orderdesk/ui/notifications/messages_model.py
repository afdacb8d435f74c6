"""The messages of the outbox as a table: the order's Messages tab and the global Outbox window.

Holds plain ``OutboxMessage`` values (read by a worker); one row per message, the message id
under ``ID_ROLE`` so views act on ids, never on row numbers that a refresh may shift.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from orderdesk.services.messaging.outbox import OutboxMessage
from orderdesk.ui.notifications.rules_model import event_label
from orderdesk.ui.times import when

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("when", "order", "channel", "recipient", "event", "status", "text", "gateway_id", "attempts", "error")
ORDER_COLUMNS = ("when", "channel", "recipient", "event", "status", "text", "gateway_id", "error")
OUTBOX_COLUMNS = ("status", "when", "order", "channel", "recipient", "event", "text", "attempts", "gateway_id", "error")
PROBLEMS = ("failed", "unknown")


def tr(text: str) -> str:
    return QCoreApplication.translate("MessagesModel", text)


def column_title(key: str) -> str:
    # Literal strings inside tr, so lupdate finds every header.
    return {
        "when": tr("When"),
        "order": tr("Order"),
        "channel": tr("Channel"),
        "recipient": tr("To"),
        "event": tr("Event"),
        "status": tr("Status"),
        "text": tr("Text"),
        "gateway_id": tr("Gateway id"),
        "attempts": tr("Attempts"),
        "error": tr("Error"),
    }[key]


def status_text(status: str) -> str:
    """A person's word for an outbox status."""
    return {
        "pending": tr("waiting"),
        "sending": tr("sending"),
        "sent": tr("sent"),
        "delivered": tr("delivered"),
        "failed": tr("failed"),
        "unknown": tr("unknown — check"),
        "held": tr("held (quiet hours or limit)"),
        "incomplete": tr("waiting for a missing value"),
    }.get(status, status)


class MessagesModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[str] = OUTBOX_COLUMNS, parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[OutboxMessage] = []

    def set_messages(self, messages: Sequence[OutboxMessage]) -> None:
        self.beginResetModel()
        self._rows = list(messages)
        self.endResetModel()

    def message(self, row: int) -> OutboxMessage | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def messages(self) -> list[OutboxMessage]:
        return list(self._rows)

    def row_of(self, message_id: int) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == message_id), -1)

    # -- Qt interface
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return column_title(self.columns[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or index.column() >= len(self.columns):
            return None
        m = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(m, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "text":
                return (m.subject + "\n\n" if m.subject else "") + m.body
            if column == "error" and m.last_error:
                return m.last_error
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and m.status in PROBLEMS:
            return QBrush(QColor("#c0392b"))
        if role == ID_ROLE:
            return m.id
        if role == STATUS_ROLE:
            return m.status
        return None

    @staticmethod
    def _text(m: OutboxMessage, column: str) -> str:
        if column == "when":
            return when(m.sent_at or m.created_at)
        if column == "order":
            return m.order_number
        if column == "channel":
            return "SMS" if m.channel == "sms" else tr("E-mail")
        if column == "recipient":
            return m.recipient
        if column == "event":
            return event_label(m.kind)
        if column == "status":
            return status_text(m.status)
        if column == "text":
            text = " ".join((m.subject + " — " + m.body if m.subject else m.body).split())
            return text if len(text) <= 120 else text[:119] + "…"
        if column == "gateway_id":
            return f"{m.gateway}: {m.gateway_id}" if m.gateway_id else m.gateway
        if column == "attempts":
            return str(m.attempts)
        if column == "error":
            return " ".join(m.last_error.split())
        return ""
