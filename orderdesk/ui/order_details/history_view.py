"""The order details window's history: who did what, when and why, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableView

from orderdesk.domain import HistoryEntry, OrderDetail
from orderdesk.ui.order_details.holds_tab import hold_label
from orderdesk.ui.records_model import RecordsModel
from orderdesk.ui.times import when
from orderdesk.workflow import label


def build_history(window: Any) -> QTableView:
    window.history_model = RecordsModel(
        [
            QCoreApplication.translate("OrderDetailsWindow", "When"),
            QCoreApplication.translate("OrderDetailsWindow", "Who"),
            QCoreApplication.translate("OrderDetailsWindow", "What"),
            QCoreApplication.translate("OrderDetailsWindow", "Why"),
        ],
        window,
    )
    window.history = window.records_table(window.history_model, "history")
    for column in (0, 1, 2):
        window.history.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return window.history


def show_history(window: Any, d: OrderDetail) -> None:
    history = sorted(d.history, key=lambda e: e.id, reverse=True)  # newest first, like a timeline
    window.history_model.set_rows(
        [
            (when(e.at), e.actor if e.role in e.actor else f"{e.actor} ({e.role})", history_text(window, e), e.reason)
            for e in history
        ],
        tips=[", ".join(f"{k}: {v}" for k, v in e.details.items()) for e in history],
    )
    window.history.resizeRowsToContents()


def history_text(window: Any, e: HistoryEntry) -> str:
    lang = window.language

    def status_name(value: str) -> str:
        try:
            return label(value, lang)
        except ValueError:
            return value

    if e.kind == "status":
        return f"{status_name(e.from_value)} → {status_name(e.to_value)}"
    if e.kind == "create":
        return QCoreApplication.translate("OrderDetailsWindow", "Order created (%1)").replace(
            "%1", e.reason or e.to_value
        )
    if e.kind == "hold":
        if e.to_value == "resolved":
            return QCoreApplication.translate("OrderDetailsWindow", "Hold resolved: %1").replace(
                "%1", hold_label(window, e.from_value)
            )
        return QCoreApplication.translate("OrderDetailsWindow", "On hold: %1").replace(
            "%1", hold_label(window, e.to_value)
        )
    if e.kind == "edit":
        return QCoreApplication.translate("OrderDetailsWindow", "Edited: %1").replace(
            "%1", e.to_value.replace(",", ", ")
        )
    if e.kind == "payment":
        return QCoreApplication.translate("OrderDetailsWindow", "Payment received: %1").replace("%1", e.to_value)
    if e.kind == "label":
        return QCoreApplication.translate("OrderDetailsWindow", "Shipment %1").replace("%1", e.to_value)
    if e.kind == "stock":  # services.stock.backorders: waiting for stock, the customer's choice
        return {
            "choice_sent": QCoreApplication.translate(
                "OrderDetailsWindow", "Asked the customer: wait for the stock or cancel"
            ),
            "answer_wait": QCoreApplication.translate("OrderDetailsWindow", "The customer will wait for the stock"),
            "answer_cancel": QCoreApplication.translate("OrderDetailsWindow", "The customer cancels: out of stock"),
            "reserved": QCoreApplication.translate(
                "OrderDetailsWindow", "Part of the missing stock arrived and is reserved"
            ),
        }.get(e.to_value, e.to_value)
    return f"{e.kind}: {e.to_value}".strip(": ")
