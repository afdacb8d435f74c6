"""The board's widgets: a list view per column, its header, and the row of columns.

The board only shows and asks: a drop, a shortcut or a menu choice becomes
``move_requested(ids, target)``; whoever owns the board (the main window) runs the move
through the order service and tells the board what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from orderdesk.domain import OrderSummary
from orderdesk.ui.after_paint import after_the_next_paint
from orderdesk.ui.board.delegate import CardDelegate
from orderdesk.ui.board.header import ColumnHeader
from orderdesk.ui.board.model import ID_ROLE, ColumnModel, RunFn, decode_drag
from orderdesk.ui.board.scrollbar import flatten
from orderdesk.ui.board.source import BoardFilter, BoardSource, ColumnPage
from orderdesk.workflow import BACKWARD, FORWARD, Status, label

# Adds entries to a card menu: (menu, column status, selected order ids). Other packages (printing)
# extend the menu this way instead of editing it.
MenuProvider = Callable[[QMenu, Status, list[int]], None]

ERROR_TIP_MS = 15_000  # a refused move's reason, shown beside its card
FIRST_PAGE = 20  # cards per column on the first load (two screens of a 1000 px window); more come while scrolling
COLUMN_MIN_WIDTH = 230
COLLAPSED_WIDTH = 40
EDGE_PX = 56  # dragging a card this close to the board's left or right edge scrolls the board
EDGE_STEP_PX = 28
EDGE_TICK_MS = 30


class ColumnView(QListView):
    """Cards of one column; keyboard: Enter opens, Ctrl+→/← moves, Alt+→/← changes column."""

    open_requested = Signal(int)
    step_requested = Signal(list, int)  # ids, +1 forward / -1 back
    menu_requested = Signal(list, QPoint)  # ids, global position
    focus_neighbour = Signal(int)  # -1 left, +1 right
    # A plain click or key (no Ctrl/Shift) chose cards here: the board clears the other columns,
    # so Print, Save as PDF and Buy label act only on what the user just picked.
    selection_claimed = Signal()
    # A card dragged over these cards (at this point of the viewport), and that drag gone: the
    # board scrolls near its edges. Overridden drag handlers, not an event filter on the
    # viewport, so only drag events reach Python.
    drag_moved = Signal(QPoint)
    drag_ended = Signal()

    def __init__(self, model: ColumnModel, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setUniformItemSizes(True)  # fixed card height: layout never asks every row
        flatten(self.verticalScrollBar(), self)  # repainted on every search (scrollbar.py)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(False)  # a drop goes to the column, not between cards
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(False)
        self.doubleClicked.connect(self._open_index)

    def column_model(self) -> ColumnModel:
        model = self.model()
        assert isinstance(model, ColumnModel)
        return model

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        ids = [self.model().index(r, 0).data(ID_ROLE) for r in rows]
        if not ids and self.currentIndex().isValid():
            ids = [self.currentIndex().data(ID_ROLE)]
        return ids

    def select_ids(self, ids: Sequence[int]) -> None:
        model = self.column_model()
        selection = self.selectionModel()
        selection.clearSelection()
        for order_id in ids:
            row = model.row_of(order_id)
            if row >= 0:
                flags = QItemSelectionModel.SelectionFlag.Select
                selection.select(model.index(row), flags)
                selection.setCurrentIndex(model.index(row), QItemSelectionModel.SelectionFlag.NoUpdate)

    def claim_selection(self, modifiers: Qt.KeyboardModifier) -> None:
        extend = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if not (modifiers & extend) and self.selectionModel().hasSelection():
            self.selection_claimed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        # Pressing on a card that is already selected may start dragging the whole selection:
        # Qt settles that click on release, and so does the board.
        was_selected = index.isValid() and self.selectionModel().isSelected(index)
        super().mousePressEvent(event)
        if not was_selected:
            self.claim_selection(event.modifiers())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.claim_selection(event.modifiers())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
        elif ctrl and key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and self.selected_ids():
            self.step_requested.emit(self.selected_ids(), 1 if key == Qt.Key.Key_Right else -1)
        elif alt and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.focus_neighbour.emit(1 if key == Qt.Key.Key_Right else -1)
        elif key == Qt.Key.Key_Menu or (ctrl and key == Qt.Key.Key_M):
            rect = self.visualRect(self.currentIndex())
            self.menu_requested.emit(self.selected_ids(), self.viewport().mapToGlobal(rect.center()))
        else:
            super().keyPressEvent(event)
            self.claim_selection(mods)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        self.drag_moved.emit(event.position().toPoint())

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        self.drag_moved.emit(event.position().toPoint())

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self.drag_ended.emit()

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        self.drag_ended.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        if not self.selectionModel().isSelected(index):
            self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.claim_selection(Qt.KeyboardModifier.NoModifier)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.menu_requested.emit(self.selected_ids(), event.globalPos())


class ColumnWidget(QFrame):
    """A column header (colour, name, count, collapse button) above its card list.

    Collapsed, the column is a narrow strip with its name written downwards and its count; cards
    can still be dropped on it, and the button (or a click on the strip) opens it again.
    """

    collapsed_changed = Signal(bool)

    def __init__(self, model: ColumnModel, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.language = delegate.language
        self.collapsed = False
        self.setObjectName(f"column-{model.status}")
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setAcceptDrops(True)  # collapsed: the strip itself takes the drop
        self.header = ColumnHeader(model.status, self)
        self.collapse_button = QToolButton(self)
        self.collapse_button.setObjectName("collapseColumn")
        self.collapse_button.setAutoRaise(True)
        self.collapse_button.clicked.connect(lambda: self.set_collapsed(not self.collapsed))
        self.view = ColumnView(model, delegate, self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 2, 0)
        top.setSpacing(0)
        top.addWidget(self.header, 1)
        top.addWidget(self.collapse_button, 0, Qt.AlignmentFlag.AlignTop)
        self.top = top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        model.total_changed.connect(self._update_header)
        self._update_header()
        self._update_collapse_texts()

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self.collapsed:
            return
        self.collapsed = collapsed
        self.view.setVisible(not collapsed)
        self.top.setDirection(QHBoxLayout.Direction.BottomToTop if collapsed else QHBoxLayout.Direction.LeftToRight)
        if collapsed:
            self.setMinimumWidth(COLLAPSED_WIDTH)
            self.setMaximumWidth(COLLAPSED_WIDTH)
        else:
            self.setMaximumWidth(16_777_215)
            self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self._update_header()
        self._update_collapse_texts()
        self.collapsed_changed.emit(collapsed)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.collapsed and event.button() == Qt.MouseButton.LeftButton:
            self.set_collapsed(False)
        else:
            super().mouseReleaseEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        decoded = decode_drag(event.mimeData())
        if self.collapsed and decoded is not None and decoded[0] != self.model.status:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        decoded = decode_drag(event.mimeData())
        if self.collapsed and decoded is not None and decoded[0] != self.model.status:
            event.acceptProposedAction()
            self.model.move_requested.emit(decoded[1], str(self.model.status))

    def _update_header(self, *_: object) -> None:
        """The count changed (every search keystroke): the header repaints, nothing else."""
        self.header.set_content(label(self.model.status, self.language), self.model.total, self.collapsed)

    def _update_collapse_texts(self) -> None:
        name = label(self.model.status, self.language)
        if self.collapsed:
            self.header.setToolTip(self.tr("%1: click to show the column").replace("%1", name))
            self.collapse_button.setText("»")
            self.collapse_button.setToolTip(self.tr("Show the column"))
        else:
            self.header.setToolTip("")
            self.collapse_button.setText("«")
            self.collapse_button.setToolTip(self.tr("Collapse the column to a narrow strip"))


class BoardWidget(QScrollArea):
    """A row of status columns sharing one filter. Loads in one background query."""

    move_requested = Signal(list, str)  # ids, target status
    open_requested = Signal(int)
    loaded = Signal()  # after every load/refresh has been applied
    load_failed = Signal(object)

    def __init__(
        self,
        statuses: Sequence[Status],
        source: BoardSource,
        run: RunFn,
        delegate: CardDelegate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.statuses = tuple(statuses)
        self._source = source
        self._run = run
        self._filter = BoardFilter()
        self._generation = 0
        self._loading = False  # a load is running on a worker
        self._keep_rows = False  # the next load is a refresh: keep as many rows as are loaded
        self._loaded_once = False
        self._search_prepared = False
        self.delegate = delegate
        self.models: dict[Status, ColumnModel] = {}
        self.menu_providers: list[MenuProvider] = []
        self.columns: dict[Status, ColumnWidget] = {}
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        for status in self.statuses:
            model = ColumnModel(status, source, run, parent=self)
            model.move_requested.connect(self.move_requested)
            model.load_failed.connect(self.load_failed)
            column = ColumnWidget(model, delegate)
            column.view.open_requested.connect(self.open_requested)
            column.view.step_requested.connect(lambda ids, step, s=status: self._step(s, ids, step))
            column.view.menu_requested.connect(lambda ids, pos, s=status: self._menu(s, ids, pos))
            column.view.focus_neighbour.connect(lambda step, s=status: self.focus_column(s, step))
            column.view.selection_claimed.connect(lambda s=status: self.keep_selection_in(s))
            column.view.drag_moved.connect(
                lambda at, v=column.view: self.drag_at(v.viewport().mapTo(self.viewport(), at).x())
            )
            column.view.drag_ended.connect(self.stop_edge_scroll)
            self.models[status] = model
            self.columns[status] = column
            self.splitter.addWidget(column)
        self._edge_direction = 0
        self._edge_timer = QTimer(self)
        self._edge_timer.setInterval(EDGE_TICK_MS)
        self._edge_timer.timeout.connect(self._edge_scroll)
        self.setWidget(self.splitter)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Said when a search or filter leaves every column empty: blank columns alone read as
        # "the board is broken" or "the order is gone" (it may be on the other tab).
        self.nothing_found = QLabel(
            self.tr("No order on this tab matches the search and filters: look on the other tab too."), self
        )
        self.nothing_found.setObjectName("nothingFound")
        self.nothing_found.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_found.setStyleSheet(
            "color: palette(placeholder-text); background: palette(base); font-size: 13pt; padding: 16px;"
        )
        self.nothing_found.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.nothing_found.hide()

    # -- loading ------------------------------------------------------------------------------
    @property
    def filter(self) -> BoardFilter:
        return self._filter

    @property
    def loaded_once(self) -> bool:
        return self._loaded_once

    def load(self, flt: BoardFilter | None = None) -> None:
        """(Re)load every column for a filter; a newer load makes an older one's result moot.

        At most one load runs at a time: a request made meanwhile (the next keystroke) waits for
        it and then runs with the newest filter, so typing never queues a query per key and a
        stale result never lands on the board after a newer one was asked for.
        """
        if flt is not None:
            self._filter = flt
            self._keep_rows = False  # a new filter starts from the first page
        self._generation += 1
        if self._loading:
            return  # _start() runs again with the newest filter when the running load returns
        self._start()

    def _start(self) -> None:
        self._loading = True
        generation, flt_now, statuses, source = self._generation, self._filter, self.statuses, self._source
        # A refresh keeps what has been scrolled into view; a new filter shows its first page.
        limit = (
            max([FIRST_PAGE] + [min(m.rowCount(), 2000) for m in self.models.values()])
            if self._keep_rows
            else FIRST_PAGE
        )
        self._keep_rows = True

        def work() -> dict[Status, ColumnPage]:
            return source.load_board(statuses, flt_now, limit)

        self._run(work, lambda pages: self._done(generation, pages), lambda exc: self._done(generation, None, exc))

    def _done(self, generation: int, pages: dict[Status, ColumnPage] | None, exc: BaseException | None = None) -> None:
        self._loading = False
        if generation != self._generation:
            self._start()  # asked again meanwhile: this result is stale, load the newest instead
        elif exc is not None:
            self._failed(exc)
        elif pages is not None:
            self._apply(generation, pages)

    def _apply(self, generation: int, pages: dict[Status, ColumnPage]) -> None:
        if generation != self._generation:
            return  # a newer search or refresh is on its way
        for status, model in self.models.items():
            view = self.columns[status].view
            keep = view.selected_ids()
            scroll = view.verticalScrollBar().value()
            model.set_page(pages.get(status, ColumnPage(0)), self._filter)
            if keep:
                view.select_ids(keep)
            view.verticalScrollBar().setValue(scroll)
        self._loaded_once = True
        if not self._search_prepared:
            # After the first page is painted: the preparation's Python work would otherwise
            # share the interpreter with the GUI thread's layout and paint of the first cards.
            self._search_prepared = True
            after_the_next_paint(self, self._prepare_search)
        empty = not self._filter.is_empty and all(m.total == 0 for m in self.models.values())
        self.nothing_found.setVisible(empty)
        if empty:
            self._place_nothing_found()
        self.loaded.emit()

    def _prepare_search(self) -> None:
        """Once the first page is painted, run the search once unseen (``prepare_search``), so the
        first key typed does not pay for compiling the search's statements."""
        prepare = getattr(self._source, "prepare_search", None)
        if prepare is None or not self.window().isVisible():
            return  # a window closed meanwhile (its task runner may be shut down) types no keys
        statuses = tuple(self.statuses)
        # A failure here is the next load's to report, with the window's own message.
        self._run(lambda: prepare(statuses, FIRST_PAGE), lambda _done: None, lambda _exc: None)

    def _place_nothing_found(self) -> None:
        top = max((c.header.height() for c in self.columns.values()), default=0) + 24
        self.nothing_found.setGeometry(0, top, self.viewport().width(), self.nothing_found.sizeHint().height())
        self.nothing_found.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.nothing_found.isVisible():
            self._place_nothing_found()

    def _failed(self, exc: BaseException) -> None:
        self.load_failed.emit(exc)

    def update_orders(self, summaries: Sequence[OrderSummary]) -> None:
        """Apply fresh rows after a move or edit: update in place, or drop cards that left a column."""
        for model in self.models.values():
            model.update_rows(summaries)

    def model_of(self, order_id: int) -> ColumnModel | None:
        for model in self.models.values():
            if model.row_of(order_id) >= 0:
                return model
        return None

    def show_error(self, order_id: int, message: str) -> None:
        model = self.model_of(order_id)
        if model is not None:
            model.set_error(order_id, message)
            column = self.columns[model.status]
            index = model.index(model.row_of(order_id))
            column.view.scrollTo(index)
            # The card has room for a few words only: say the whole reason right beside it too.
            rect = column.view.visualRect(index)
            if message and column.view.isVisible() and rect.isValid():
                viewport = column.view.viewport()
                # No rect: moving the mouse (it is where the card was dropped) must not hide it.
                QToolTip.showText(viewport.mapToGlobal(rect.bottomLeft()), message, viewport, QRect(), ERROR_TIP_MS)

    def clear_errors(self) -> None:
        for model in self.models.values():
            model.clear_errors()

    # -- one selection for the board -----------------------------------------------------------------
    def keep_selection_in(self, status: Status) -> None:
        """Clear every other column's selection (their current card stays, for the keyboard)."""
        for other, column in self.columns.items():
            if other != status and column.view.selectionModel().hasSelection():
                column.view.selectionModel().clearSelection()

    def selected_ids(self) -> list[int]:
        """The selected cards of the whole board, column by column."""
        ids: list[int] = []
        for status in self.statuses:
            view = self.columns[status].view
            rows = sorted(i.row() for i in view.selectionModel().selectedIndexes())
            ids += [view.model().index(r, 0).data(ID_ROLE) for r in rows]
        return ids

    # -- keyboard and menu moves ---------------------------------------------------------------
    def _step(self, status: Status, ids: list[int], step: int) -> None:
        """Ctrl+→: the nearest column to the right the workflow allows; Ctrl+←: back."""
        order = list(Status)
        allowed = FORWARD[status] if step > 0 else BACKWARD.get(status, frozenset())
        candidates = sorted(allowed, key=order.index, reverse=step < 0)
        candidates = [s for s in candidates if (order.index(s) - order.index(status)) * step > 0] or candidates
        if candidates:
            self.move_requested.emit(ids, str(candidates[0]))

    def _menu(self, status: Status, ids: list[int], pos: QPoint) -> None:
        if not ids:
            return
        menu = self.build_menu(status, ids)
        menu.exec(pos)

    def build_menu(self, status: Status, ids: list[int]) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("cardMenu")
        if len(ids) == 1:
            menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(ids[0]))
            menu.addSeparator()
        order = list(Status)
        for target in sorted(FORWARD[status], key=order.index):
            menu.addAction(
                self.tr("Move to %1").replace("%1", label(target, self.delegate.language)),
                lambda t=target: self.move_requested.emit(ids, str(t)),
            )
        backward = sorted(BACKWARD.get(status, frozenset()), key=order.index)
        if backward:
            menu.addSeparator()
            for target in backward:
                text = self.tr("Back to %1 (owner)").replace("%1", label(target, self.delegate.language))
                menu.addAction(text, lambda t=target: self.move_requested.emit(ids, str(t)))
        for provider in self.menu_providers:
            provider(menu, status, ids)
        return menu

    def focus_column(self, status: Status, step: int) -> None:
        i = self.statuses.index(status) + step
        if 0 <= i < len(self.statuses):
            view = self.columns[self.statuses[i]].view
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not view.currentIndex().isValid() and view.model().rowCount() > 0:
                view.setCurrentIndex(view.model().index(0, 0))
            view.claim_selection(Qt.KeyboardModifier.NoModifier)
            self.ensureWidgetVisible(self.columns[self.statuses[i]])

    # -- dragging past the visible columns ----------------------------------------------------------
    def drag_at(self, x: int) -> None:
        """A card dragged at ``x`` (board viewport coordinates): near an edge the board scrolls
        that way, step by step, until the drag moves away, ends, or the board's end is reached."""
        width = self.viewport().width()
        self._edge_direction = -1 if x < EDGE_PX else 1 if x > width - EDGE_PX else 0
        if self._edge_direction and not self._edge_timer.isActive():
            self._edge_timer.start()
        elif not self._edge_direction:
            self._edge_timer.stop()

    def stop_edge_scroll(self) -> None:
        self._edge_direction = 0
        self._edge_timer.stop()

    def _edge_scroll(self) -> None:
        bar = self.horizontalScrollBar()
        before = bar.value()
        bar.setValue(before + self._edge_direction * EDGE_STEP_PX)
        if bar.value() == before:
            self.stop_edge_scroll()  # at the end already

    # -- collapsed columns ----------------------------------------------------------------------------
    def collapsed_statuses(self) -> list[str]:
        return [str(s) for s, c in self.columns.items() if c.collapsed]

    def set_collapsed_statuses(self, statuses: Sequence[str]) -> None:
        for status, column in self.columns.items():
            column.set_collapsed(str(status) in set(statuses))

    # -- remembered layout ------------------------------------------------------------------------
    def save_state(self) -> QByteArray:
        return self.splitter.saveState()

    def restore_state(self, state: QByteArray | bytes | None) -> None:
        if state:
            self.splitter.restoreState(QByteArray(state))
