"""Channels → Stores…: the connected stores as ``orderdesk channels list`` shows them — the last
round, the changes waiting to be sent or refused, and the store orders waiting to be read again
(an earlier round could not take them: docs/channels.md, "Never lost") with the reason.

Read on a worker (the stores' settings hold the list) and read again after every round while open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk.errors import OrderDeskError
from orderdesk.services.channels.registry import Channel, list_channels
from orderdesk.services.channels.sync import retry_list
from orderdesk.ui.times import when


@dataclass(frozen=True)
class StoreRow:
    channel: Channel
    retries: dict[str, dict]  # store id -> {"error", "attempts", "since"}


def read_stores(db: Any) -> list[StoreRow]:
    return [StoreRow(c, retry_list(c)) for c in list_channels(db)]


def since_text(value: object) -> str:
    """A retry's "since" (stored as UTC, "2026-07-01T10:00:00") in local time, as the last round's."""
    try:
        return when(datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value or "")[:16].replace("T", " ")


class StoresDialog(QDialog):
    def __init__(self, service: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storesDialog")
        self.setWindowTitle(self.tr("Stores"))
        self.service, self.runner = service, runner
        self.rows: list[StoreRow] = []
        self.stores = self._table(
            "storesTable",
            [
                self.tr("Store"),
                self.tr("Address"),
                self.tr("Last round"),
                self.tr("Waiting to send"),
                self.tr("Refused"),
                self.tr("To read again"),
                self.tr("Last error"),
            ],
        )
        self.retries = self._table(
            "retriesTable",
            [self.tr("Store"), self.tr("Store order"), self.tr("Why"), self.tr("Tries"), self.tr("Since")],
        )
        self.retries_label = QLabel(objectName="retriesLabel")
        self.retries_label.setWordWrap(True)
        self.result = QLabel(objectName="storesResult")
        self.result.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stores, 1)
        layout.addWidget(self.retries_label)
        layout.addWidget(self.retries, 1)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.load()

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), objectName=name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def load(self) -> None:
        self.result.setText(self.tr("Loading…"))
        db = self.service.db
        self.runner.run(lambda: read_stores(db), self.show_stores, self._failed)

    def show_stores(self, rows: list[StoreRow]) -> None:
        self.rows = rows
        self.result.setText("" if rows else self.tr("No store is connected yet: Channels → Add WooCommerce store…"))
        self.stores.setRowCount(len(rows))
        for r, row in enumerate(rows):
            c = row.channel
            # Local time, as the order window and the history show times (ui/times.py).
            last = when(c.last_sync_at) if c.last_sync_at else self.tr("never synced")
            cells = [c.name, c.base_url, last, str(c.pending_pushes), str(c.refused_pushes), str(len(row.retries)),
                     c.last_error]  # fmt: skip
            for col, value in enumerate(cells):
                self.stores.setItem(r, col, QTableWidgetItem(value))
        waiting = [(row.channel.name, i, why) for row in rows for i, why in row.retries.items()]
        self.retries_label.setText(
            self.tr("Store orders the rounds could not take, read again by every round (up to 50 a round):")
            if waiting
            else self.tr("No store order is waiting to be read again.")
        )
        self.retries.setRowCount(len(waiting))
        for r, (store, external_id, why) in enumerate(waiting):
            cells = [
                store,
                external_id,
                str(why.get("error", "")),
                str(why.get("attempts", 0)),
                since_text(why.get("since", "")),
            ]
            for col, value in enumerate(cells):
                self.retries.setItem(r, col, QTableWidgetItem(value))
        self.retries.setVisible(bool(waiting))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OrderDeskError):
            self.result.setText("✖ " + str(exc))
            return
        self.result.setText("✖ " + self.tr("Reading the stores failed unexpectedly; see the log."))
        reporter = getattr(self.parent(), "reporter", None)
        if reporter is not None:
            reporter.report(exc)
