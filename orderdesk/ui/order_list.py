"""The order list beside the board: a sortable, filterable table of orders with the columns each
person chooses, driven by the keyboard, with the board's move and print actions for a selection.

``OrderTableModel`` holds the ids of the rows fetched so far and their plain ``OrderSummary``
objects, like a board column: ``canFetchMore``/``fetchMore`` load the next page (sorted in the
database) through the task runner when the view scrolls near the end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk.domain import OrderSummary
from orderdesk.ui.board.model import ID_ROLE, SUMMARY_ROLE
from orderdesk.ui.board.source import BoardFilter, ColumnPage
from orderdesk.ui.order_list_source import ListQuery, OrderListSource
from orderdesk.ui.times import when
from orderdesk.workflow import ACTIVE, BACKWARD, FORWARD, TERMINAL, Status, label

AnyIndex = QModelIndex | QPersistentModelIndex
RunFn = Callable[..., int]

# (key, shown by default); the titles are translated in OrderTableModel.
COLUMNS: tuple[tuple[str, bool], ...] = (
    ("number", True),
    ("status", True),
    ("customer", True),
    ("total", True),
    ("payment", True),
    ("delivery", True),
    ("items", True),
    ("created", True),
    ("changed", False),
    ("tracking", False),
    ("holds", True),
)
KEYS = tuple(k for k, _shown in COLUMNS)
RIGHT_ALIGNED = {"total", "items"}


class OrderTableModel(QAbstractTableModel):
    """Orders as rows, page by page; ``sort`` asks the database for another order."""

    load_failed = Signal(object)
    total_changed = Signal(int)

    def __init__(self, source: OrderListSource, run: RunFn, labels: Any, page_size: int = 200, parent=None) -> None:
        super().__init__(parent)
        self._source = source
        self._run = run
        self._labels = labels  # the board's card delegate: payment, delivery and hold names
        self._page_size = page_size
        self.query = ListQuery()
        self._ids: list[int] = []
        self._rows: dict[int, OrderSummary] = {}
        self._total = 0
        self._fetching = False
        self._generation = 0
        self.loaded_once = False
        self._titles = {
            "number": self.tr("Order"),
            "status": self.tr("Status"),
            "customer": self.tr("Customer"),
            "total": self.tr("Total"),
            "payment": self.tr("Payment"),
            "delivery": self.tr("Delivery"),
            "items": self.tr("Items"),
            "created": self.tr("Created"),
            "changed": self.tr("Status since"),
            "tracking": self.tr("Tracking"),
            "holds": self.tr("Holds"),
        }

    # -- state --------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def summary(self, order_id: int) -> OrderSummary | None:
        return self._rows.get(order_id)

    def row_of(self, order_id: int) -> int:
        try:
            return self._ids.index(order_id)
        except ValueError:
            return -1

    def title(self, key: str) -> str:
        return self._titles[key]

    # -- loading ------------------------------------------------------------------------------
    def load(self, query: ListQuery | None = None, keep_rows: bool = False) -> None:
        """Fetch the first page for ``query`` (default: the current one). ``keep_rows`` reloads as
        many rows as are shown, so a refresh keeps the selection and the scroll position."""
        self.query = query or self.query
        self._generation += 1
        generation, q, source = self._generation, self.query, self._source
        limit = max(self._page_size, len(self._ids)) if keep_rows else self._page_size
        self._fetching = True
        self._run(
            lambda: source.load_page(q, 0, limit),
            lambda page: self._set_page(generation, page),
            lambda exc: self._failed(generation, exc),
        )

    def _set_page(self, generation: int, page: ColumnPage) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.loaded_once = True
        new_ids = [s.id for s in page.rows]
        if new_ids == self._ids:
            old, self._rows = self._rows, {s.id: s for s in page.rows}
            changed = [r for r, i in enumerate(new_ids) if old.get(i) != self._rows.get(i)]
            if changed:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
        else:
            self.beginResetModel()
            self._ids = new_ids
            self._rows = {s.id: s for s in page.rows}
            self.endResetModel()
        self._set_total(page.total)

    def update_rows(self, summaries: Iterable[OrderSummary]) -> None:
        for summary in summaries:
            row = self.row_of(summary.id)
            if row >= 0:
                self._rows[summary.id] = summary
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _set_total(self, total: int) -> None:
        if total != self._total:
            self._total = total
            self.total_changed.emit(total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
            self.load_failed.emit(exc)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._fetching and len(self._ids) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, offset, q, source, limit = (
            self._generation,
            len(self._ids),
            self.query,
            self._source,
            self._page_size,
        )
        self._run(
            lambda: source.load_page(q, offset, limit),
            lambda page: self._append(generation, offset, page),
            lambda exc: self._failed(generation, exc),
        )

    def _append(self, generation: int, offset: int, page: ColumnPage) -> None:
        if generation != self._generation or offset != len(self._ids):
            if generation == self._generation:
                self._fetching = False
            return
        known = set(self._ids)
        fresh = [s for s in page.rows if s.id not in known]
        if fresh:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._ids.extend(s.id for s in fresh)
            self._rows.update((s.id, s) for s in fresh)
            self.endInsertRows()
        self._fetching = False
        self._set_total(page.total if fresh else len(self._ids))

    # -- Qt model API -----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(KEYS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[KEYS[section]]
            if role == Qt.ItemDataRole.TextAlignmentRole and KEYS[section] in RIGHT_ALIGNED:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or not 0 <= index.column() < len(KEYS):
            return None
        order_id = self._ids[index.row()]
        if role == ID_ROLE:
            return order_id
        summary = self._rows.get(order_id)
        if role == SUMMARY_ROLE:
            return summary
        if summary is None:
            return None
        key = KEYS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(summary, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and summary.holds:
            return "\n".join(f"{self._labels.hold_label(k)}: {r}" if r else self._labels.hold_label(k) for k, r in summary.holds)  # fmt: skip
        return None

    def _text(self, s: OrderSummary, key: str) -> str:
        from orderdesk.ui.board.style import money_text

        lang = self._labels.language
        match key:
            case "number":
                return s.number
            case "status":
                return label(s.status, lang)
            case "customer":
                return s.customer_name
            case "total":
                return money_text(s.total.minor, s.total.currency, lang)
            case "payment":
                return self._labels.payment_label(s.payment_state)
            case "delivery":
                return self._labels.delivery_label(s.delivery_method)
            case "items":
                return str(s.item_count)
            case "created":
                return when(s.created_at)
            case "changed":
                return when(s.status_changed_at)
            case "tracking":
                return s.tracking_number
            case "holds":
                return ", ".join(self._labels.hold_label(k) for k, _r in s.holds)
        return ""

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(KEYS):
            descending = order == Qt.SortOrder.DescendingOrder
            query = replace(self.query, sort=KEYS[column], descending=descending)
            if self.loaded_once or self._fetching:
                self.load(query)
            else:
                self.query = query  # set up before the list is first shown: no query yet


class OrdersTable(QTableView):
    """The table: Enter opens, Ctrl+→ / Ctrl+← move the selection a step, Ctrl+M the menu."""

    open_requested = Signal(int)
    step_requested = Signal(int)  # +1 forward / -1 back
    menu_requested = Signal(QPoint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().data(ID_ROLE))
        elif ctrl and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.step_requested.emit(1 if key == Qt.Key.Key_Right else -1)
        elif key == Qt.Key.Key_Menu or (ctrl and key == Qt.Key.Key_M):
            rect = self.visualRect(self.currentIndex())
            self.menu_requested.emit(self.viewport().mapToGlobal(rect.bottomLeft()))
        else:
            super().keyPressEvent(event)


class OrderListWidget(QWidget):
    """Status choice, count, the table; asks the main window to open, move and print."""

    open_requested = Signal(int)
    move_requested = Signal(list, str)  # order ids, target status
    load_failed = Signal(object)

    def __init__(self, source: OrderListSource, run: RunFn, labels: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderList")
        self.labels = labels
        self.menu_providers: list[Callable[[QMenu, list[int]], None]] = []
        self.stale = True
        self._filter = BoardFilter()

        self.statuses = QComboBox(objectName="listStatuses")
        self.statuses.addItem(self.tr("All orders"), "all")
        self.statuses.addItem(self.tr("On the board"), "active")
        self.statuses.addItem(self.tr("Closed and returns"), "closed")
        for status in Status:
            self.statuses.addItem(label(status, labels.language), status.value)
        self.count = QLabel(objectName="listCount")
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.statuses)
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Right-click a column title to choose columns; Enter opens; Ctrl+M acts.")))

        self.model = OrderTableModel(source, run, labels, parent=self)
        self.view = OrdersTable(self)
        self.view.setObjectName("orderTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.columns_menu().exec(header.mapToGlobal(pos)))
        for i, (_key, shown) in enumerate(COLUMNS):
            self.view.setColumnHidden(i, not shown)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)  # dense rows
        digits = self.view.fontMetrics().horizontalAdvance("2026-12-05 18:45") + 24
        widths = {"number": 110, "status": 140, "customer": 200, "total": 120, "payment": 110, "delivery": 130,
                  "items": 70, "created": digits, "changed": digits, "tracking": 140}  # fmt: skip
        for i, key in enumerate(KEYS):
            header.resizeSection(i, widths.get(key, 100))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.statuses.currentIndexChanged.connect(lambda _i: self.load())
        self.model.total_changed.connect(self._show_count)
        self.model.load_failed.connect(self.load_failed.emit)
        self.view.open_requested.connect(self.open_requested.emit)
        self.view.doubleClicked.connect(lambda index: self.open_requested.emit(index.data(ID_ROLE)))
        self.view.step_requested.connect(self._step)
        self.view.menu_requested.connect(self._menu_at)
        self.view.customContextMenuRequested.connect(lambda pos: self._menu_at(self.view.viewport().mapToGlobal(pos)))

    # -- what is shown ----------------------------------------------------------------------------
    def chosen_statuses(self) -> tuple[Status, ...]:
        value = self.statuses.currentData()
        if value == "active":
            return ACTIVE
        if value == "closed":
            return TERMINAL
        if value == "all" or value is None:
            return ()
        return (Status(value),)

    def load(self, flt: BoardFilter | None = None) -> None:
        self._filter = flt if flt is not None else self._filter
        self.stale = False
        query = replace(self.model.query, statuses=self.chosen_statuses(), flt=self._filter)
        self.model.load(query)

    def refresh(self) -> None:
        if self.model.loaded_once:
            self.model.load(keep_rows=True)

    def _show_count(self, total: int) -> None:
        self.count.setText(self.tr("%n order(s)", "", total))

    def columns_menu(self) -> QMenu:
        """Checkable columns; the order column always stays (it is what a row is)."""
        menu = QMenu(self)
        menu.setObjectName("listColumnsMenu")
        for i, key in enumerate(KEYS):
            act = QAction(self.model.title(key), menu)
            act.setObjectName(f"column_{key}")
            act.setCheckable(True)
            act.setChecked(not self.view.isColumnHidden(i))
            act.setEnabled(key != "number")
            act.toggled.connect(lambda on, col=i: self.view.setColumnHidden(col, not on))
            menu.addAction(act)
        return menu

    # -- the selection and what it can do ---------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(ID_ROLE) for r in rows]

    def selected_orders(self) -> list[tuple[int, str]]:
        picked = []
        for order_id in self.selected_ids():
            summary = self.model.summary(order_id)
            if summary is not None:
                picked.append((order_id, summary.number))
        return picked

    def _statuses_of(self, ids: Sequence[int]) -> dict[Status, list[int]]:
        groups: dict[Status, list[int]] = {}
        for order_id in ids:
            summary = self.model.summary(order_id)
            if summary is not None:
                groups.setdefault(Status(summary.status), []).append(order_id)
        return groups

    def _step(self, step: int) -> None:
        """Each selected order to its nearest next (or previous) status, as Ctrl+→ on the board."""
        order = list(Status)
        for status, ids in self._statuses_of(self.selected_ids()).items():
            allowed = FORWARD[status] if step > 0 else BACKWARD.get(status, frozenset())
            candidates = sorted(allowed, key=order.index, reverse=step < 0)
            ahead = [s for s in candidates if (order.index(s) - order.index(status)) * step > 0] or candidates
            if ahead:
                self.move_requested.emit(ids, str(ahead[0]))

    def build_menu(self, ids: list[int]) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("listMenu")
        if len(ids) == 1:
            menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(ids[0]))
            menu.addSeparator()
        groups = self._statuses_of(ids)
        order = list(Status)
        forward = sorted({t for s in groups for t in FORWARD[s]}, key=order.index)
        backward = sorted({t for s in groups for t in BACKWARD.get(s, frozenset())} - set(forward), key=order.index)
        lang = self.labels.language
        for target in forward:
            text = self.tr("Move to %1").replace("%1", label(target, lang))
            menu.addAction(text, lambda t=target: self.move_requested.emit(ids, str(t)))
        if backward:
            menu.addSeparator()
            for target in backward:
                text = self.tr("Back to %1 (owner)").replace("%1", label(target, lang))
                menu.addAction(text, lambda t=target: self.move_requested.emit(ids, str(t)))
        for provider in self.menu_providers:
            provider(menu, ids)
        return menu

    def _menu_at(self, pos: QPoint) -> None:
        ids = self.selected_ids()
        if ids:
            self.build_menu(ids).exec(pos)

    # -- remembering --------------------------------------------------------------------------------
    def save_state(self) -> QByteArray:
        return self.view.horizontalHeader().saveState()

    def restore_state(self, state: QByteArray | bytes | None) -> None:
        if state:
            self.view.horizontalHeader().restoreState(QByteArray(state))
