"""Keep "tracking updated 5 min ago" true while an order's window stays open.

The details window fills its shipments table once per load; this proxy answers the last column
(the tracking freshness) from the shipments' ``last_synced_at`` at the moment it is painted, and
a minute timer asks the view to repaint that column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from orderdesk.domain import Shipment
from orderdesk.models import utcnow
from orderdesk.services.sync import freshness

TICK_MS = 60_000
UNTRACKED = ("own_courier", "pickup")  # carriers with nothing to track


class FreshnessProxy(QIdentityProxyModel):
    def __init__(
        self,
        shipments: Callable[[], Sequence[Shipment]],
        parent=None,
        tick_ms: int = TICK_MS,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._shipments = shipments  # the rows, in the source model's order
        self.clock = clock
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def _column(self) -> int:
        return self.columnCount() - 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == self._column():
            rows = self._shipments()
            if index.row() < len(rows):
                s = rows[index.row()]
                return "" if s.carrier in UNTRACKED else freshness(s.last_synced_at, self.clock())
        return super().data(index, role)

    def tick(self) -> None:
        rows = self.rowCount()
        if rows:
            column = self._column()
            self.dataChanged.emit(self.index(0, column), self.index(rows - 1, column), [Qt.ItemDataRole.DisplayRole])
