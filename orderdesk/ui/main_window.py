"""The order desk window: filter bar, the board (active and closed tabs), status bar.

Everything slow goes through the task runner; the window only arranges widgets, forwards the
person's intent to the services and shows what they answer.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable
from datetime import date
from functools import cached_property, partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import orderdesk.services.automation.rules  # noqa: F401  # declares the late rule's targets the cards read at start
from orderdesk.domain import Actor
from orderdesk.services.orders import OrderService
from orderdesk.settings import Settings
from orderdesk.ui.after_paint import after_the_next_paint
from orderdesk.ui.board.delegate import CardDelegate
from orderdesk.ui.board.model import ColumnModel
from orderdesk.ui.board.service_source import ServiceBoardSource
from orderdesk.ui.board.source import BoardFilter, BoardSource
from orderdesk.ui.board.view import BoardWidget
from orderdesk.ui.crash import ErrorReporter
from orderdesk.ui.filter_bar import FilterBar
from orderdesk.ui.heap import freeze_startup_objects
from orderdesk.ui.live_updates import install_live_updates
from orderdesk.ui.moves import MoveController, MoveOutcome
from orderdesk.ui.order_list import OrderListWidget
from orderdesk.ui.order_list_source import OrderListSource
from orderdesk.ui.signin import install_signin
from orderdesk.ui.tasks import TaskRunner
from orderdesk.ui.work_menu import WorkMenu
from orderdesk.workflow import ACTIVE, TERMINAL, Role, Status, late_targets

if TYPE_CHECKING:
    from orderdesk.ui.backup_schedule import DailyBackup
    from orderdesk.ui.import_orders import ImportController
    from orderdesk.ui.order_details import OrderDetailsWindow

POLL_MS = 2000  # how often the window looks for changes made elsewhere (CLI, other PCs, sync)
# With defer_menus: the menus come once the board is painted, or after this long at the latest
# (a slow server must not leave the window without its menus while the first page loads).
MENUS_AT_THE_LATEST_MS = 1500
ERROR_SHOWN_MS = 30_000  # a refusal stays on its card this long


class MainWindow(QMainWindow):
    def __init__(
        self,
        service: OrderService,
        runner: TaskRunner,
        *,
        settings: Settings | None = None,
        qsettings: QSettings | None = None,
        reporter: ErrorReporter | None = None,
        source: BoardSource | None = None,
        actor: Actor | None = None,
        poll_ms: int = POLL_MS,
        defer_menus: bool = False,
        freeze_heap: bool = False,
    ) -> None:
        """``defer_menus``: printing, carriers, stock, notifications, channels, reports and
        automation (their menus, card-menu entries and background rounds) are installed once the
        board's first page is painted, not before: importing them takes longer than loading
        and painting the board. The app's start does this; tests get them at once by default.
        ``freeze_heap``: once they are in, what is loaded is left out of Python's full garbage
        collections (ui/heap.py): the app's one window, not every test's."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.service = service
        self.runner = runner
        self.settings = settings or Settings(service.db)
        self.qsettings = qsettings or QSettings()
        self.reporter = reporter or ErrorReporter(self)
        self.reporter.parent_widget = self
        self.runner.default_failure = lambda exc: self.reporter.report(exc)
        self.source = source or ServiceBoardSource(service)
        self._actor = actor
        self.language = str(self.qsettings.value("ui/language", "en"))
        self._marker: object = None
        self._polling = False
        self._windows: dict[int, OrderDetailsWindow] = {}
        self.shop: dict[str, object] = self.settings.all()  # one small read at start-up

        self.setWindowTitle(self.tr("OrderDesk"))
        self.filter_bar = FilterBar(self)
        self.delegate = CardDelegate(self, language=self.language)
        self._set_late_targets(self.shop)
        self.filter_bar.person = lambda: self.actor().name
        self.board = BoardWidget(ACTIVE, self.source, runner.run, self.delegate, self)
        self.board.setObjectName("activeBoard")
        self.closed_board = BoardWidget(TERMINAL, self.source, runner.run, self.delegate, self)
        self.closed_board.setObjectName("closedBoard")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("boardTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.board, self.tr("Board"))
        self.tabs.addTab(self.closed_board, self.tr("Closed and returns"))
        # The same orders as a sortable table, with the columns each person chooses.
        self.order_list = OrderListWidget(OrderListSource(service), runner.run, self.delegate, self)
        self.tabs.addTab(self.order_list, self.tr("List"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self._build_status_bar()

        self.mover = MoveController(service, runner, self.actor, self, language=lambda: self.language)
        self.mover.finished.connect(self._moved)
        for board in self.boards:
            board.move_requested.connect(lambda ids, to, b=board: self.move_orders(ids, to, b))
            board.open_requested.connect(self.open_order)
            board.load_failed.connect(lambda exc: self.reporter.report(exc, self.tr("Loading the board failed")))
        self.order_list.open_requested.connect(self.open_order)
        self.order_list.move_requested.connect(lambda ids, to: self.move_orders(ids, to))
        self.order_list.load_failed.connect(lambda exc: self.reporter.report(exc, self.tr("Loading the list failed")))
        self.board.loaded.connect(self._update_title)
        self.filter_bar.changed.connect(self.apply_filter)
        self.tabs.currentChanged.connect(self._tab_changed)
        runner.busy_changed.connect(self._busy)

        self._clear_errors = QTimer(self)
        self._clear_errors.setSingleShot(True)
        self._clear_errors.setInterval(ERROR_SHOWN_MS)
        self._clear_errors.timeout.connect(lambda: [b.clear_errors() for b in self.boards])
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.poll_changes)
        self._restore()
        self.board.load(self.filter_bar.value())  # the first page before anything else
        if poll_ms > 0:
            self._poll.start()
        self._start_rounds = poll_ms > 0
        self.menus_installed = False
        self.daily_backup: DailyBackup | None = None  # installed with the menus
        self._freeze_heap = freeze_heap
        self._menus_due = False
        self._guide_due = False
        if defer_menus:
            self._install_menus_after_first_paint()
        else:
            self.install_menus()
        self.work_menu = WorkMenu(self)  # card menu: Priority, Assign to
        self.signin = install_signin(self)  # with users: sign-in, switch user, lock (last: it wraps the board)
        self.live = install_live_updates(self)  # PostgreSQL: other PCs' changes arrive within a second

    # -- the menus of the other parts -----------------------------------------------------------
    def install_menus(self) -> None:
        """Printing, carriers, stock, notifications, channels, reports, automation: their menus,
        card-menu entries and background rounds (each imported here, on first use). Once."""
        if self.menus_installed:
            return
        self.menus_installed = True
        from orderdesk.wiring import declare_all_settings

        # The settings of every part (carriers' and channels' sync intervals, ...): declared by
        # their modules, so read again once they are in.
        declare_all_settings()
        self.shop = self.settings.all()
        late = self.delegate.late_targets
        self._set_late_targets(self.shop)
        if self.delegate.late_targets != late:  # a late rule's setting declared only now: the cards follow
            self.apply_filter(self.filter_bar.value())
        from orderdesk.ui.automation_dialog import AutomationMenu
        from orderdesk.ui.backup_schedule import install_daily_backup
        from orderdesk.ui.carriers import install_carriers
        from orderdesk.ui.channels import install_channels
        from orderdesk.ui.complaints import install_complaints
        from orderdesk.ui.notifications import install_notifications
        from orderdesk.ui.printing import install_printing
        from orderdesk.ui.reports import install_reports
        from orderdesk.ui.returns import install_returns
        from orderdesk.ui.stock import install_stock

        start = self._start_rounds
        self.daily_backup = install_daily_backup(self, start=start)  # a SQLite shop's file, once a day
        install_printing(self)  # Print menu, the card menu's print entries, batch progress
        install_carriers(self, start=start)  # Carriers menu, buy label, background tracking sync
        self.stock_menu = install_stock(self)  # Products, receiving, stocktake, re-order list
        self.notifications = install_notifications(self, start=start)
        install_channels(self, start=start)  # Channels menu, Add WooCommerce store, store sync rounds
        self.reports = install_reports(self)
        install_returns(self)  # "Create return…" on a delivered or collected order's card
        self.automation = AutomationMenu(self, start=start)  # Orders → Automation…, the rules' own round
        self.complaints = install_complaints(self)  # Orders → Complaints…
        user_menu = self.menuBar().findChild(QMenu, "userMenu")
        if user_menu is not None:  # the sign-in came first: its menu stays the last one
            self.menuBar().removeAction(user_menu.menuAction())
            self.menuBar().addAction(user_menu.menuAction())
        if self._freeze_heap:  # everything the window needs is loaded: later full collections skip it
            freeze_startup_objects()
        if self._guide_due:
            self._guide_due = False
            self.offer_setup_guide()

    def _install_menus_after_first_paint(self) -> None:
        self._menus_due = True  # until the window closes: a closed window starts no rounds

        def install() -> None:
            if self._menus_due:
                self.install_menus()

        after_paint = partial(after_the_next_paint, self, install)
        self.board.loaded.connect(after_paint, Qt.ConnectionType.SingleShotConnection)
        self.board.load_failed.connect(after_paint, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(MENUS_AT_THE_LATEST_MS, self, install)

    # -- pieces ---------------------------------------------------------------------------------
    @property
    def boards(self) -> tuple[BoardWidget, BoardWidget]:
        return (self.board, self.closed_board)

    @cached_property
    def importer(self) -> ImportController:
        """Orders → Import…: made on first use (its dialogs and the importers wait until then)."""
        from orderdesk.ui.import_orders import ImportController

        return ImportController(self)

    def actor(self) -> Actor:
        if self._actor is not None:
            return self._actor
        name = str(self.qsettings.value("user/name", "") or getpass.getuser())
        return Actor(name, Role(str(self.qsettings.value("user/role", Role.OWNER.value))))

    def act_as(self, actor: Actor | None) -> None:
        """Who the window acts as from now on (the sign-in sets it; None: the user of the settings)."""
        self._actor = actor
        bar = getattr(self, "filter_bar", None)
        if bar is not None and bar.mine.isChecked():
            bar.refresh()  # "My orders" now means this person's

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

        def action(text: str, shortcut: QKeySequence | str, slot: Callable[[], object], name: str) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _checked=False: slot())
            bar.addAction(act)
            return act

        self.new_action = action(self.tr("New order"), QKeySequence.StandardKey.New, self.new_order, "newOrder")
        self.refresh_action = action(self.tr("Refresh"), QKeySequence.StandardKey.Refresh, self.refresh, "refresh")
        self.settings_action = action(self.tr("Settings"), "Ctrl+,", self.open_settings, "settings")
        self.find_action = QAction(self.tr("Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(
            lambda: (self.filter_bar.search.setFocus(), self.filter_bar.search.selectAll())
        )
        self.addAction(self.find_action)
        self.board_action = QAction(self.tr("Go to the board"), self)
        self.board_action.setShortcut(QKeySequence("Ctrl+B"))
        self.board_action.triggered.connect(self._focus_board)
        self.addAction(self.board_action)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setObjectName("quit")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        # The first menu: everything the toolbar has, with its keys, where people look for it.
        orders = self.menuBar().addMenu(self.tr("&Orders"))
        orders.setObjectName("ordersMenu")
        for act in (self.new_action, self.find_action, self.board_action, self.refresh_action):
            orders.addAction(act)
        self.import_action = QAction(self.tr("Import…"), self)
        self.import_action.setObjectName("importOrders")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda _checked=False: self.importer.choose_and_import())
        orders.addAction(self.import_action)
        self.addAction(self.import_action)
        orders.addSeparator()
        orders.addAction(self.settings_action)
        self.guide_action = QAction(self.tr("Shop setup guide…"), self)
        self.guide_action.setObjectName("setupGuide")
        self.guide_action.triggered.connect(lambda _checked=False: self.open_setup_guide())
        orders.addAction(self.guide_action)
        orders.addSeparator()
        orders.addAction(self.quit_action)

    def _build_status_bar(self) -> None:
        self.message = QLabel(self)
        self.message.setObjectName("statusMessage")
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message.clear)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("busy")
        self.progress.setRange(0, 0)  # indeterminate: "working on it"
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.busy_label = QLabel(self)
        self.statusBar().addWidget(self.message, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.progress)

    def _busy(self, busy: bool, label: str) -> None:
        self.progress.setVisible(busy)
        self.busy_label.setText(label if busy else "")

    def show_message(self, text: str, timeout_ms: int = 8000) -> None:
        self.message.setText(text)
        self._message_timer.stop()
        if timeout_ms:
            self._message_timer.start(timeout_ms)

    def _focus_board(self) -> None:
        board = self.tabs.currentWidget()
        if isinstance(board, BoardWidget):
            board.focus_column(board.statuses[0], 0)
        elif board is self.order_list:  # the list: its table, on its current (or first) row
            view = self.order_list.view
            view.setFocus()
            if not view.currentIndex().isValid() and self.order_list.model.rowCount():
                view.setCurrentIndex(self.order_list.model.index(0, 0))

    def _update_title(self) -> None:
        total = sum(m.total for m in self.board.models.values())
        # Two source strings (one/many) so English reads right without a .qm; %Ln gets each
        # language's plural forms (Russian 2/5/21...) and the locale's digit grouping.
        one = total == 1
        self.setWindowTitle(
            self.tr("OrderDesk — 1 active order") if one else self.tr("OrderDesk — %Ln active orders", "", total)
        )

    # -- finding --------------------------------------------------------------------------------
    def apply_filter(self, flt: BoardFilter) -> None:
        self.board.load(flt)
        if self.tabs.currentWidget() is self.closed_board:
            self.closed_board.load(flt)
        else:
            self.closed_board.setProperty("stale", True)
        if self.tabs.currentWidget() is self.order_list:
            self.order_list.load(flt)
        else:
            self.order_list.stale = True

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.order_list and (
            self.order_list.stale or not self.order_list.model.loaded_once
        ):
            self.order_list.load(self.filter_bar.value())
            self.order_list.view.setFocus()
        if self.tabs.currentWidget() is self.closed_board and (
            self.closed_board.property("stale") or not self.closed_board.loaded_once
        ):
            self.closed_board.setProperty("stale", False)
            self.closed_board.load(self.filter_bar.value())

    def refresh(self) -> None:
        """Reload what is shown, keeping selections and scroll positions."""
        self.board.load()
        if self.closed_board.loaded_once:
            self.closed_board.load()
        self.order_list.refresh()

    def changed_elsewhere(self) -> None:
        """Orders changed elsewhere (a live update, the poll): reload the boards and open orders."""
        self.refresh()
        self._reload_open_orders()

    def poll_changes(self) -> None:
        """Refresh when the database changed underneath (another window, the CLI, a sync worker)."""
        if self._polling:
            return
        self._polling = True

        def changed(marker: object) -> None:
            self._polling = False
            if self._marker is not None and marker != self._marker:
                self.changed_elsewhere()
            self._marker = marker

        def failed(exc: BaseException) -> None:
            self._polling = False
            self.show_message(self.tr("Could not check for changes: %1").replace("%1", str(exc)))

        self.runner.run(self.source.change_marker, changed, failed)

    # -- moving ---------------------------------------------------------------------------------
    def move_orders(self, ids: list[int], to: str, board: BoardWidget | None = None) -> None:
        versions: dict[int, int] = {}
        for b in self.boards:
            for model in b.models.values():
                for order_id in ids:
                    summary = model.summary(order_id)
                    if summary is not None:
                        versions[order_id] = summary.version
                        model.set_error(order_id, "")
        for order_id in ids:
            summary = self.order_list.model.summary(order_id)
            if summary is not None and order_id not in versions:
                versions[order_id] = summary.version  # moved from the list: the same version check
        self.mover.move(ids, Status(to), versions)

    def _moved(self, outcomes: list[MoveOutcome]) -> None:
        refused = [o for o in outcomes if not o.moved]
        for outcome in refused:
            for board in self.boards:
                board.show_error(outcome.order_id, outcome.message)
        moved = [o for o in outcomes if o.moved]
        if moved:
            n = len(moved)
            self.show_message(self.tr("Moved 1 order.") if n == 1 else self.tr("Moved %n orders.", "", n))
        if refused:  # last: in a mixed batch the refusal is what the person must read
            self._clear_errors.start()
            first = refused[0]
            text = f"{first.number}: {first.message}"
            if moved:
                text = self.tr("Moved %n, refused %1 — ", "", len(moved)).replace("%1", str(len(refused))) + text
            self.show_message(text)
        conflicts = [o.order_id for o in refused if o.conflict]
        if conflicts:
            # Someone else changed these cards: show their current state, never overwrite it.
            self.runner.run(lambda: self.source.summaries(conflicts), self._update_cards)
        if moved or conflicts:
            self.refresh()

    def _update_cards(self, summaries: list) -> None:
        for board in self.boards:
            board.update_orders(summaries)
        self.order_list.model.update_rows(summaries)

    # -- windows --------------------------------------------------------------------------------
    def open_order(self, order_id: int) -> None:
        from orderdesk.ui.order_details import OrderDetailsWindow

        window = self._windows.get(order_id)
        if window is None or not window.isVisible():
            window = OrderDetailsWindow(self.service, self.runner, order_id, self.actor, self.reporter, self)
            window.changed.connect(self.refresh)
            self._windows[order_id] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _reload_open_orders(self) -> None:
        """Open order windows follow changes made elsewhere, unless someone is editing in them
        (a save from such a window then meets the version check, never overwrites)."""
        for window in self._windows.values():
            if window.isVisible() and not window.has_unsaved_edits():
                window.reload()

    def new_order(self) -> None:
        from orderdesk.ui.new_order import NewOrderDialog

        dialog = NewOrderDialog(
            self.service,
            self.runner,
            self.settings,
            self.actor,
            self,
            default_country=str(self.shop.get("shop.country") or "PL"),
            default_currency=str(self.shop.get("shop.currency") or "PLN"),
        )
        dialog.created.connect(lambda detail: (self.refresh(), self.show_message(self.tr("Order %1 created.").replace("%1", detail.number))))  # fmt: skip
        dialog.show()
        self._new_order_dialog = dialog

    def open_settings(self) -> None:
        from orderdesk.ui.settings_dialog import SettingsDialog

        self.install_menus()  # every part's settings are declared with its menu

        session = getattr(self, "signin", None)
        user = session.user if session is not None else None
        signed_in = f"{user.name} ({user.role.value})" if user is not None else ""
        dialog = SettingsDialog(self.settings, self.qsettings, self.runner, self, signed_in=signed_in)
        if dialog.exec():
            self.runner.run(self.settings.all, self._shop_changed)

    def _set_late_targets(self, values: dict) -> None:
        """The late rule's targets for the cards' marker and Needs attention (a bad stored value: none)."""
        try:
            targets = late_targets(
                int(values.get("automation.late_hours") or 0), str(values.get("automation.late_hours_by_status") or "")
            )
        except ValueError:
            targets = {}
        self.delegate.late_targets = targets
        self.filter_bar.late_targets = tuple((st.value, h) for st, h in targets.items())

    def _shop_changed(self, values: dict) -> None:
        self.shop = values
        self._set_late_targets(values)
        self.apply_filter(self.filter_bar.value())  # the late markers and Needs attention follow the new target

    def open_setup_guide(self) -> None:
        from orderdesk.ui.first_start import FirstStartGuide

        self.install_menus()  # every part's settings are declared with its menu

        session = getattr(self, "signin", None)
        if session is not None and (session.user is None or session.user.role is not Role.OWNER):
            self.show_message(self.tr("Only the owner can set up the shop: sign in as the owner first."))
            return

        guide = FirstStartGuide(self)
        guide.finished.connect(lambda _result: self.runner.run(self.settings.all, lambda v: setattr(self, "shop", v)))
        guide.show()
        self.setup_guide = guide

    def offer_setup_guide(self) -> None:
        """On an empty database whose guide was never finished or skipped, open the guide
        (not behind a sign-in: people set up already means the shop was set up by its owner).
        While the menus wait for the board's first paint, so does this: its check would share the
        worker threads with the board's first page."""
        if self._menus_due and not self.menus_installed:
            self._guide_due = True
            return
        from orderdesk.services.first_start import needs_guide

        if getattr(self, "signin", None) is not None:
            return

        self.runner.run(
            lambda: needs_guide(self.service.db, self.settings),
            lambda needed: self.open_setup_guide() if needed else None,
        )

    # -- remembering ------------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.qsettings.value("window/geometry")
        if not geometry or not self.restoreGeometry(geometry) or self.width() < 800 or self.height() < 500:
            # First start, or a remembered size too small to work in; never larger than a laptop's screen.
            screen = self.screen().availableGeometry()
            self.resize(min(1500, screen.width()), min(900, screen.height()))
        for board in self.boards:
            board.restore_state(self.qsettings.value(f"window/{board.objectName()}"))
            collapsed = self.qsettings.value(f"window/{board.objectName()}Collapsed", "")
            board.set_collapsed_statuses([s for s in str(collapsed or "").split(",") if s])
        self.order_list.restore_state(self.qsettings.value("window/orderListColumns"))
        shown = self.order_list.statuses.findData(self.qsettings.value("window/orderListShows", "all"))
        self.order_list.statuses.blockSignals(True)  # chosen before the list first loads
        self.order_list.statuses.setCurrentIndex(max(shown, 0))
        self.order_list.statuses.blockSignals(False)
        raw = self.qsettings.value("window/filter", "")
        if raw:
            try:
                data = json.loads(str(raw))
                for key in ("created_from", "created_to"):
                    data[key] = date.fromisoformat(data[key]) if data.get(key) else None
                self.filter_bar.set_value(BoardFilter(**data))
            except (ValueError, TypeError):
                pass  # an old or damaged value: start unfiltered

    def save_state(self) -> None:
        self.qsettings.setValue("window/geometry", self.saveGeometry())
        for board in self.boards:
            self.qsettings.setValue(f"window/{board.objectName()}", board.save_state())
            self.qsettings.setValue(f"window/{board.objectName()}Collapsed", ",".join(board.collapsed_statuses()))
        self.qsettings.setValue("window/orderListColumns", self.order_list.save_state())
        self.qsettings.setValue("window/orderListShows", self.order_list.statuses.currentData())
        flt = self.filter_bar.value()
        data = {**flt.__dict__, "search": ""}  # a search is for now; filters are remembered
        for key in ("created_from", "created_to"):
            data[key] = data[key].isoformat() if data[key] else None
        self.qsettings.setValue("window/filter", json.dumps(data))
        self.qsettings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._menus_due = False
        self._poll.stop()
        if self.live is not None:
            self.live.stop()
        if self.daily_backup is not None:
            self.daily_backup.stop()
        self.save_state()
        for window in self._windows.values():
            window.close()
        super().closeEvent(event)

    def column_model(self, status: Status) -> ColumnModel:
        board = self.board if status in self.board.models else self.closed_board
        return board.models[status]
