"""Carriers in the window: the "Carriers" menu, carrier settings, "Buy label…", background sync.

``install_carriers(main_window)`` and ``attach_carriers(details_window)`` are the only calls the
shared windows make; everything else lives in this package.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMenu, QProgressBar, QPushButton, QWidget

from orderdesk.errors import OrderDeskError

# The module, not its ``freshness`` function: importing the submodule ui.carriers.freshness
# below binds that name on this package and would shadow the function.
from orderdesk.services import sync as tracking_sync
from orderdesk.services.carriers.registry import CARRIER_CLASSES
from orderdesk.services.shipping import BUYABLE_IN
from orderdesk.services.sync_round import RoundResult
from orderdesk.ui.carriers.buy_label import BuyLabelDialog
from orderdesk.ui.carriers.context import CarrierContext
from orderdesk.ui.carriers.freshness import FreshnessProxy
from orderdesk.ui.carriers.settings_dialog import CarrierSettingsDialog
from orderdesk.ui.carriers.sync import FIRST_ROUND_DELAY_MS, SyncController
from orderdesk.workflow import Status

__all__ = ["CarrierContext", "CarriersUi", "attach_carriers", "install_carriers"]


def tr(text: str) -> str:
    return QCoreApplication.translate("Carriers", text)


class CarriersUi(QObject):
    """What ``install_carriers`` adds to one main window (kept as ``window.carriers``)."""

    def __init__(self, window: Any, ctx: CarrierContext, *, start: bool, first_delay_ms: int) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.dialogs: list[QWidget] = []
        self._told_not_set_up = False
        interval = int((getattr(window, "shop", None) or {}).get("carriers.sync_interval_minutes") or 15)
        self.sync = SyncController(
            ctx, self, interval_minutes=interval, first_delay_ms=first_delay_ms, messages=self._message_round_here
        )
        self.sync.started.connect(self._sync_started)
        self.sync.progressed.connect(self._sync_progress)
        self.sync.finished.connect(self._sync_finished)
        self.sync.failed.connect(self._sync_failed)

        menu = window.menuBar().addMenu(tr("&Carriers"))
        menu.setObjectName("carriersMenu")
        self.menu = menu
        self.settings_action = self._action(tr("Carrier settings…"), "", self.open_settings, "carrierSettings")
        self.buy_action = self._action(tr("Buy label for the selected order…"), "Ctrl+L", self.buy_selected, "buyLabel")
        menu.addSeparator()
        self.sync_action = self._action(tr("Sync tracking now"), "Ctrl+Shift+T", self.sync_now, "syncTracking")

        # Status bar: what the sync is doing, with a determinate bar while it runs.
        self.sync_label = QLabel(window, objectName="syncStatus")
        self.sync_bar = QProgressBar(window, objectName="syncProgress")
        self.sync_bar.setMaximumWidth(140)
        self.sync_bar.setTextVisible(False)
        self.sync_bar.hide()
        window.statusBar().addPermanentWidget(self.sync_label)
        window.statusBar().addPermanentWidget(self.sync_bar)
        self._extend_card_menu(window.board)
        window.installEventFilter(self)  # a closed window syncs no more
        if start:
            self.sync.start()

    def _message_round_here(self) -> bool:
        """The message round of ``orderdesk sync``, unless the window's own outbox sender (the
        notifications' background round, every 30 s) already runs that same round."""
        return getattr(self.window, "notifications", None) is None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.window:  # the type first: see ui/heap.py
            self.sync.stop()
        return False

    def _action(self, text: str, shortcut: str, slot, name: str) -> QAction:
        act = QAction(text, self.window)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(act)
        return act

    # -- the board's card menu -----------------------------------------------------------------------
    def _extend_card_menu(self, board: Any) -> None:
        def add_entry(menu: QMenu, status: Status, ids: list[int]) -> None:
            if len(ids) == 1 and Status(status) in BUYABLE_IN:
                menu.addSeparator()
                menu.addAction(tr("Buy label…"), lambda: self.buy_label(ids[0]))

        board.menu_providers.append(add_entry)

    def selected_order_id(self) -> int | None:
        board = self.window.board
        focus = QApplication.focusWidget()
        columns = board.columns
        for column in columns.values():
            if column.view is focus and column.view.selected_ids():
                return column.view.selected_ids()[0]
        for status in (Status.PACKED, Status.ASSEMBLING, *columns):
            column = columns.get(status)
            if column is not None and column.view.selectionModel().selectedIndexes():
                return column.view.selected_ids()[0]
        return None

    # -- dialogs ------------------------------------------------------------------------------------
    def open_settings(self) -> CarrierSettingsDialog:
        dialog = CarrierSettingsDialog(self.ctx, self.window)
        dialog.saved.connect(lambda: self.window.show_message(tr("Carrier settings saved.")))
        dialog.show()
        self._keep(dialog)
        return dialog

    def buy_selected(self) -> BuyLabelDialog | None:
        order_id = self.selected_order_id()
        if order_id is None:
            self.window.show_message(tr("Select an order on the board first."))
            return None
        return self.buy_label(order_id)

    def buy_label(self, order_id: int, parent: QWidget | None = None) -> BuyLabelDialog:
        """One "Buy label" window per order (from the board and its details alike): no two
        purchases for one order can be started side by side."""
        for open_one in self.dialogs:
            if isinstance(open_one, BuyLabelDialog) and open_one.order_id == order_id and open_one.isVisible():
                open_one.raise_()
                open_one.activateWindow()
                return open_one
        dialog = BuyLabelDialog(self.ctx, order_id, parent or self.window)
        dialog.changed.connect(self.window.refresh)
        dialog.show()
        self._keep(dialog)
        return dialog

    def _keep(self, dialog: QWidget) -> None:
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]

    # -- sync ---------------------------------------------------------------------------------------
    def sync_now(self) -> None:
        if not self.sync.run_now(by_hand=True):
            self.window.show_message(tr("A tracking sync is already running."))

    def _sync_started(self, _by_hand: bool) -> None:
        self.sync_action.setEnabled(False)
        self.sync_label.setText(tr("Syncing tracking…"))
        self.sync_bar.setRange(0, 0)
        self.sync_bar.show()

    def _sync_progress(self, done: int, total: int) -> None:
        if total:
            self.sync_bar.setRange(0, total)
            self.sync_bar.setValue(done)
            self.sync_label.setText(tr("Syncing tracking %1/%2").replace("%1", str(done)).replace("%2", str(total)))

    def _sync_finished(self, result: RoundResult) -> None:
        self.sync_action.setEnabled(True)
        self.sync_bar.hide()
        if result.busy_elsewhere:
            self.sync_label.setText(tr("Tracking is being synced on another PC right now"))
            self.sync_label.setToolTip("\n".join(result.lines()))
            return
        if result.skipped_since is not None:
            self.sync_label.setText(
                tr("Tracking synced elsewhere: %1").replace("%1", tracking_sync.freshness(result.skipped_since))
            )
            self.sync_label.setToolTip("\n".join(result.lines()))
            return
        t = result.tracking
        text = (
            tr("Tracking: %1 of %2 shipments checked, %3 new events, %4 orders moved")
            .replace("%1", str(t.polled))
            .replace("%2", str(t.shipments))
            .replace("%3", str(t.new_events))
            .replace("%4", str(len(t.moved)))
        )
        if t.errors:
            text += " · " + tr("%1 problem(s)").replace("%1", str(len(t.errors)))
        message = text
        if t.not_set_up:
            # A setup step, not a failure: said in the status bar, announced once per session.
            setup = tr("carriers not set up: %1 (Carriers → Carrier settings)").replace(
                "%1", ", ".join(carrier_title(c) for c, _m in t.not_set_up)
            )
            text += " · " + setup
            if not self._told_not_set_up:
                message, self._told_not_set_up = text, True
        self.sync_label.setText(text)
        self.sync_label.setToolTip("\n".join(result.lines()))
        self.window.show_message(message, 15_000)
        if t.moved or result.auto_completed or t.holds:
            self.window.refresh()
        if result.failed and self.sync.by_hand:
            # Asked for by hand and nothing worked (e.g. refused credentials): say so clearly.
            self.ctx.report(OrderDeskError(t.errors[0][2]), tr("Sync tracking"))

    def _sync_failed(self, exc: BaseException) -> None:
        self.sync_action.setEnabled(True)
        self.sync_bar.hide()
        self.sync_label.setText(tr("Tracking sync failed"))
        self.sync_label.setToolTip(str(exc))
        if self.sync.by_hand or not isinstance(exc, OrderDeskError):
            self.ctx.report(exc, tr("Sync tracking"))
        else:
            self.window.show_message(tr("Tracking sync failed: %1").replace("%1", str(exc)), 15_000)


def carrier_title(name: str) -> str:
    cls = CARRIER_CLASSES.get(name)
    return cls.title if cls is not None else name


def install_carriers(window: Any, *, start: bool = True, first_delay_ms: int = FIRST_ROUND_DELAY_MS) -> CarriersUi:
    """Add the Carriers menu, the card menu's "Buy label…" and the background sync to a main window.

    ``start=False`` leaves the sync to "Sync tracking now" (tests that do not want a round).
    """
    ctx = CarrierContext(window.service, window.runner, window.actor, window.reporter, window.settings)
    ui = CarriersUi(window, ctx, start=start, first_delay_ms=first_delay_ms)
    window.carriers = ui
    return ui


def attach_carriers(details: Any) -> QPushButton:
    """Add "Buy label…" (Ctrl+L) to an order details window's delivery tab."""
    owner = getattr(details.parentWidget(), "carriers", None)
    ctx = (
        owner.ctx
        if isinstance(owner, CarriersUi)
        else CarrierContext(details.service, details.runner, details.actor, details.reporter)
    )
    button = QPushButton(tr("Buy label…"), objectName="buyLabelButton")
    button.setShortcut(QKeySequence("Ctrl+L"))
    button.setToolTip(tr("Buy a carrier label for this order (Ctrl+L)"))

    def open_dialog() -> None:
        if details.detail is None:
            return
        if details.has_unsaved_edits():
            # A purchase changes the order; the edits would then meet a conflict and be lost.
            details.banner.show_error(tr("Save or undo your edits first, then buy the label."))
            return
        if isinstance(owner, CarriersUi):
            dialog = owner.buy_label(details.detail.id, details)
        else:
            dialog = BuyLabelDialog(ctx, details.detail.id, details)
            dialog.show()
        if getattr(details, "_buy_label_dialog", None) is not dialog:
            dialog.changed.connect(details.reload)
            dialog.changed.connect(details.changed)
        details._buy_label_dialog = dialog  # keep it alive while open

    button.clicked.connect(open_dialog)
    # Tracking freshness that stays true while the window is open.
    proxy = FreshnessProxy(lambda: details.detail.shipments if details.detail else (), details)
    proxy.setSourceModel(details.shipments_model)
    details.shipments.setModel(proxy)
    details.shipments_freshness = proxy
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    details.shipments.parentWidget().layout().insertLayout(0, row)  # the delivery tab
    details.buy_label_button = button
    return button
