"""The order details window's history: who did what, when and why, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableView

from orderdesk.domain import OrderDetail
from orderdesk.services.history_text import describe_all
from orderdesk.ui.records_model import RecordsModel
from orderdesk.ui.times import when


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
    texts = describe_all(history, window.language, d.currency)  # the same words as `order show`
    window.history_model.set_rows(
        [(when(e.at), t.who, t.what, t.why) for e, t in zip(history, texts, strict=True)],
        tips=[t.more for t in texts],
    )
    window.history.resizeRowsToContents()
