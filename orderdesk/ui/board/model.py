"""One status column of the board as a list model of order ids, filled page by page.

The model holds the ids of the rows fetched so far, their plain ``OrderSummary`` objects and
the column's total count. ``canFetchMore``/``fetchMore`` load the next page through the task
runner when the view scrolls near the end, so a column of thousands of orders only ever
holds what has been looked at.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from orderdesk.domain import OrderSummary
from orderdesk.ui.board.source import BoardFilter, BoardSource, ColumnPage
from orderdesk.workflow import HOLD_LABELS, Hold, Status

MIME_TYPE = "application/x-orderdesk-orders"

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ERROR_ROLE = Qt.ItemDataRole.UserRole + 3
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 4
CARD_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

AnyIndex = QModelIndex | QPersistentModelIndex
# (fn, on_success, on_failure) -> task id: the task runner's ``run`` method.
RunFn = Callable[..., int]


def hold_name(kind: str) -> str:
    """'Address problem' for 'address_problem' (a card's tooltip showed the key)."""
    try:
        return HOLD_LABELS[Hold(kind)]["en"]
    except (ValueError, KeyError):
        return kind


def encode_drag(status: Status, ids: Sequence[int]) -> QByteArray:
    return QByteArray(json.dumps({"from": str(status), "ids": list(ids)}).encode())


def decode_drag(data: QMimeData) -> tuple[Status, list[int]] | None:
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        return Status(payload["from"]), [int(i) for i in payload["ids"]]
    except (ValueError, KeyError, TypeError):
        return None


class ColumnModel(QAbstractListModel):
    """Cards of one status; emits ``move_requested`` when cards are dropped on it."""

    move_requested = Signal(list, str)  # order ids, target status
    total_changed = Signal(int)
    load_failed = Signal(object)  # exception from a page load

    def __init__(self, status: Status, source: BoardSource, run: RunFn, page_size: int = 200, parent=None) -> None:
        super().__init__(parent)
        self.status = status
        self._source = source
        self._run = run
        self._page_size = page_size
        self._filter = BoardFilter()
        self._ids: list[int] = []
        self._rows: dict[int, OrderSummary] = {}
        self._errors: dict[int, str] = {}
        self._total = 0
        self._fetching = False
        self._generation = 0  # bumps on every reset, so late pages of an old query are dropped

    # -- state ------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    @property
    def filter(self) -> BoardFilter:
        return self._filter

    def summary(self, order_id: int) -> OrderSummary | None:
        return self._rows.get(order_id)

    def row_of(self, order_id: int) -> int:
        try:
            return self._ids.index(order_id)
        except ValueError:
            return -1

    # -- filling ------------------------------------------------------------------------------
    def set_page(self, page: ColumnPage, flt: BoardFilter) -> None:
        """Show a fresh first page (board load, search, filter, refresh)."""
        new_ids = [s.id for s in page.rows]
        self._generation += 1
        self._fetching = False
        self._filter = flt
        if new_ids == self._ids:
            # Same cards in the same order: update in place, keep selection and scroll position,
            # and repaint only the cards that changed (the next keystroke often finds the same ones).
            old_rows, self._rows = self._rows, {s.id: s for s in page.rows}
            changed = [row for row, i in enumerate(new_ids) if old_rows.get(i) != self._rows.get(i)]
            if changed:
                self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
        else:
            self.beginResetModel()
            self._ids = new_ids
            self._rows = {s.id: s for s in page.rows}
            self.endResetModel()
        self._set_total(page.total)

    def update_rows(self, summaries: Iterable[OrderSummary]) -> None:
        """Fresh copies of some orders: update cards that stay, drop cards that left the column."""
        for summary in summaries:
            row = self.row_of(summary.id)
            if row < 0:
                continue
            if summary.status != self.status:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self._rows.pop(summary.id, None)
                self.endRemoveRows()
                self._set_total(max(self._total - 1, len(self._ids)))
            else:
                self._rows[summary.id] = summary
                idx = self.index(row)
                self.dataChanged.emit(idx, idx)

    def set_error(self, order_id: int, message: str) -> None:
        """Show why a move of this card was refused, on the card itself."""
        if message:
            self._errors[order_id] = message
        else:
            self._errors.pop(order_id, None)
        row = self.row_of(order_id)
        if row >= 0:
            idx = self.index(row)
            self.dataChanged.emit(idx, idx, [ERROR_ROLE, Qt.ItemDataRole.ToolTipRole])

    def clear_errors(self) -> None:
        for order_id in list(self._errors):
            self.set_error(order_id, "")

    def _set_total(self, total: int) -> None:
        if total != self._total:
            self._total = total
            self.total_changed.emit(total)

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        order_id = self._ids[index.row()]
        summary = self._rows.get(order_id)
        if role == SUMMARY_ROLE:
            return summary
        if role == ID_ROLE:
            return order_id
        if role == ERROR_ROLE:
            return self._errors.get(order_id, "")
        if summary is None:
            return None
        if role == NUMBER_ROLE:
            return summary.number
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{summary.number} {summary.customer_name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{summary.number} — {summary.customer_name}"]
            parts += [f"{hold_name(kind)}: {reason}" for kind, reason in summary.holds]
            if order_id in self._errors:
                parts.append(self._errors[order_id])
            return "\n".join(parts)
        return None

    def card(self, row: int) -> tuple[OrderSummary | None, str]:
        """A row's summary and refusal message, for the card delegate: one Python call instead of
        two ``data()`` round trips through Qt for every card painted."""
        if not 0 <= row < len(self._ids):
            return None, ""
        order_id = self._ids[row]
        return self._rows.get(order_id), self._errors.get(order_id, "")

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Asked for every card painted: the combined flags are built once (CARD_FLAGS).
        return CARD_FLAGS if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled  # a drop onto the column itself

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._fetching and len(self._ids) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, offset, flt = self._generation, len(self._ids), self._filter
        source, status, limit = self._source, self.status, self._page_size

        def load() -> ColumnPage:  # worker thread: plain values only
            return source.load_page(status, flt, offset, limit)

        self._run(load, lambda page: self._append(generation, offset, page), lambda exc: self._failed(generation, exc))

    def _append(self, generation: int, offset: int, page: ColumnPage) -> None:
        if generation != self._generation:
            return  # the column was reloaded meanwhile
        if offset != len(self._ids):
            self._fetching = False
            return  # rows changed meanwhile: the view will ask again from the right offset
        known = set(self._ids)
        fresh = [s for s in page.rows if s.id not in known]  # rows can shift between pages
        if fresh:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._ids.extend(s.id for s in fresh)
            self._rows.update((s.id, s) for s in fresh)
            self.endInsertRows()
        # Still "fetching" during the insert signals, so nobody asks for the same page twice.
        self._fetching = False
        # If nothing new came back the count was stale: stop asking.
        self._set_total(page.total if fresh else len(self._ids))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
            self.load_failed.emit(exc)

    # -- drag and drop -----------------------------------------------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = [self._ids[i.row()] for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        data = QMimeData()
        data.setData(MIME_TYPE, encode_drag(self.status, ids))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        decoded = decode_drag(data)
        return decoded is not None and decoded[0] != self.status

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        decoded = decode_drag(data)
        if decoded is None or decoded[0] == self.status or action == Qt.DropAction.IgnoreAction:
            return False
        self.move_requested.emit(decoded[1], str(self.status))
        # Nothing changes here: the service decides, and the board reloads what moved. Returning
        # False also stops the source view from removing the dragged rows itself.
        return False
