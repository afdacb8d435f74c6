"""The notification rules as a checkable table: which event goes out on SMS and/or e-mail.

Rules are ``{event: {delivery_method or "*": [channels]}}`` (``messaging.rules``). The model
shows one delivery method at a time; "*" is the rule for every method. A method without its own
rule shows the "*" channels in grey (inherited); ticking a box there gives the method its own
rule, starting from what it inherited.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from orderdesk.services.messaging.templates import CHANNELS, EVENTS

AnyIndex = QModelIndex | QPersistentModelIndex
RULE_EVENTS = tuple(e for e in EVENTS if e != "test")  # the test message is sent by hand only


def tr(text: str) -> str:
    return QCoreApplication.translate("Notifications", text)


def event_label(event: str) -> str:
    return {
        "received": tr("Order received"),
        "confirmed": tr("Order confirmed"),
        "awaiting_payment": tr("Awaiting payment (payment link)"),
        "payment_reminder": tr("Payment reminder"),
        "paid": tr("Paid"),
        "ready_for_pickup": tr("Ready for pickup (pickup code)"),
        "packed": tr("Packed"),
        "shipped": tr("Shipped (tracking number and link)"),
        "in_transit": tr("In transit (tracking)"),
        "delay": tr("Delayed (carrier or desk)"),
        "returned": tr("Returned"),
        "delivered": tr("Delivered"),
        "collected": tr("Collected"),
        "cancelled": tr("Cancelled"),
        "review_request": tr("Review request (after completion)"),
        "refunded": tr("Refunded"),
        "back_in_stock": tr("Back in stock (the order is being packed)"),
        "out_of_stock_choice": tr("Out of stock: wait or cancel?"),
        "return_requested": tr("Return requested"),
        "return_accepted": tr("Return accepted (send the parcel)"),
        "return_rejected": tr("Return rejected (the reason)"),
        "return_label": tr("Return label (the return parcel's number)"),
        "return_received": tr("Return received"),
        "refund_sent": tr("Refund sent (the amount)"),
        "return_exchanged": tr("Replacement order for a return"),
        "complaint_received": tr("Complaint received (answer date)"),
        "complaint_answered": tr("Complaint answered (the decision)"),
        "test": tr("Test message"),
        "manager_alert": tr("Alert to the manager"),
    }.get(event, event.replace("_", " "))


class RulesModel(QAbstractTableModel):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table: dict[str, dict[str, list[str]]] = {}
        self.method = "*"
        self.dirty = False

    def set_table(self, table: Mapping[str, Mapping[str, list[str]]]) -> None:
        self.beginResetModel()
        self.table = {event: {m: list(c) for m, c in per.items()} for event, per in table.items()}
        self.dirty = False
        self.endResetModel()

    def set_method(self, method: str) -> None:
        self.beginResetModel()
        self.method = method
        self.endResetModel()

    def channels(self, event: str, method: str | None = None) -> tuple[list[str], bool]:
        """(channels, inherited from '*')."""
        per = self.table.get(event, {})
        method = method or self.method
        if method in per:
            return per[method], False
        return per.get("*", []), method != "*"

    def use_default_for_method(self) -> None:
        """Drop the current method's own rules: it follows "*" again."""
        if self.method == "*":
            return
        self.beginResetModel()
        for per in self.table.values():
            per.pop(self.method, None)
        self.dirty = True
        self.endResetModel()
        self.changed.emit()

    # -- Qt interface
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RULE_EVENTS)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(CHANNELS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (tr("Event"), tr("SMS"), tr("E-mail"))[section] if 0 <= section <= len(CHANNELS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() > 0 else base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(RULE_EVENTS)) or index.column() > len(CHANNELS):
            return None
        event = RULE_EVENTS[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return event_label(event)
            if role == Qt.ItemDataRole.UserRole:
                return event
            return None
        channel = CHANNELS[index.column() - 1]
        channels, inherited = self.channels(event)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if channel in channels else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and inherited:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole and inherited:
            return tr("As for all delivery methods; ticking gives this method its own rule")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() == 0:
            return False
        event = RULE_EVENTS[index.row()]
        channel = CHANNELS[index.column() - 1]
        channels = list(self.channels(event)[0])
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked and channel not in channels:
            channels.append(channel)
        elif not checked and channel in channels:
            channels.remove(channel)
        self.table.setdefault(event, {})[self.method] = [c for c in CHANNELS if c in channels]
        self.dirty = True
        left, right = self.index(index.row(), 1), self.index(index.row(), len(CHANNELS))
        self.dataChanged.emit(left, right)
        self.changed.emit()
        return True
