"""Web stores in the window: the "Channels" menu, Add WooCommerce store, background sync rounds,
and the store strip in the order window.

``install_channels(main_window)`` and ``attach_channels(details_window)`` are the only calls the
shared windows make. A round runs in a child process (services/channels/round_process.py: it
never holds the window's interpreter lock), watched from the task runner's pool: the same
``ChannelSync`` as ``orderdesk channels sync``. A ``sync`` given to ``install_channels`` (tests,
benchmarks with a fake shop's client) runs on the pool itself instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from orderdesk.errors import OrderDeskError
from orderdesk.services.channels.registry import list_channels
from orderdesk.services.channels.round_process import run_in_child
from orderdesk.services.channels.sync import ChannelSync
from orderdesk.ui.channels.add_store import AddStoreDialog
from orderdesk.ui.channels.mappings_dialog import StoreMappingsDialog
from orderdesk.ui.channels.panel import StorePanel
from orderdesk.ui.channels.stores import StoresDialog
from orderdesk.ui.channels.sync_days import SyncDaysDialog
from orderdesk.workflow import Role

__all__ = ["ChannelsUi", "attach_channels", "install_channels"]

FIRST_ROUND_DELAY_MS = 8_000
MAX_NAMED = 3  # order numbers named in the status bar's line; the order windows say the rest


def tr(text: str) -> str:
    return QCoreApplication.translate("Channels", text)


class ChannelsUi(QObject):
    finished = Signal(object)  # list[RoundReport]

    def __init__(self, window: Any, *, start: bool, sync: ChannelSync | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.sync = sync
        self.running = False
        self.child: Any = None  # the running round's process, ended when the window closes
        self.dialogs: list[Any] = []
        menu = window.menuBar().addMenu(tr("C&hannels"))
        menu.setObjectName("channelsMenu")
        self.menu = menu
        self.add_action = QAction(tr("Add WooCommerce store…"), window, objectName="addStore")
        self.add_action.triggered.connect(self.add_store)
        menu.addAction(self.add_action)
        self.sync_action = QAction(tr("Sync stores now"), window, objectName="syncStores")
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.sync_action.triggered.connect(lambda: self.sync_now())  # not the "checked" flag as since
        menu.addAction(self.sync_action)
        self.sync_days_action = QAction(tr("Sync the last days…"), window, objectName="syncDays")
        self.sync_days_action.triggered.connect(self.sync_days)
        menu.addAction(self.sync_days_action)
        menu.addSeparator()
        self.stores_action = QAction(tr("Stores…"), window, objectName="storesList")
        self.stores_action.triggered.connect(self.show_stores)
        menu.addAction(self.stores_action)
        self.mappings_action = QAction(tr("Store mappings…"), window, objectName="storeMappings")
        self.mappings_action.triggered.connect(self.edit_mappings)
        menu.addAction(self.mappings_action)
        minutes = int((getattr(window, "shop", None) or {}).get("channels.sync_interval_minutes") or 5)
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.sync_now)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(FIRST_ROUND_DELAY_MS)
        self._first.timeout.connect(self.sync_now)
        window.installEventFilter(self)  # a closed window syncs no more
        if start:
            self._first.start()
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.window:  # the type first: see ui/heap.py
            # The store mappings may hold unsaved edits: if the owner keeps them, the window stays.
            for dialog in list(self.dialogs):
                if dialog.isVisible() and not dialog.close():
                    event.ignore()
                    return True
            self.timer.stop()
            self._first.stop()
            child = self.child
            if child is not None and child.poll() is None:
                child.terminate()  # safe mid-round: each page and push is its own transaction
        return False

    def add_store(self) -> AddStoreDialog:
        dialog = AddStoreDialog(self.window.service, self.window.runner, self.window)
        dialog.saved.connect(
            lambda ch: self.window.show_message(tr("Store %1 connected; syncing.").replace("%1", ch.name))
        )
        dialog.saved.connect(lambda _ch: self.sync_now())
        return self._dialog(dialog)

    def _dialog(self, dialog: Any) -> Any:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        dialog.show()
        return dialog

    def edit_mappings(self) -> StoreMappingsDialog | None:
        """The owner's tables (docs/channels.md, "Store mappings"); saved by the owner only, as the CLI's."""
        if self.window.actor().role is not Role.OWNER:
            self.window.show_message(tr("Only the owner can change a store's mappings: sign in as the owner first."))
            return None
        dialog = StoreMappingsDialog(
            self.window.service, self.window.runner, self.window, language=getattr(self.window, "language", None)
        )
        dialog.saved.connect(
            lambda m: self.window.show_message(tr("Mappings of store %1 saved.").replace("%1", m.channel))
        )
        return self._dialog(dialog)

    def show_stores(self) -> StoresDialog:
        """The connected stores with what waits: pushes, refusals, orders to read again."""
        dialog = StoresDialog(self.window.service, self.window.runner, self.window)

        def reload(_reports: list) -> None:  # a round changes what waits
            dialog.load()

        self.finished.connect(reload)
        dialog.finished.connect(lambda _r: self.finished.disconnect(reload))
        return self._dialog(dialog)

    def sync_days(self) -> SyncDaysDialog:
        return self._dialog(SyncDaysDialog(self, self.window))

    def sync_now(
        self,
        since: datetime | None = None,
        done: Callable[[list], None] | None = None,
        failed: Callable[[str], None] | None = None,
    ) -> bool:
        """Start a round (``since``: also the orders changed since then); False while one runs.

        ``done`` gets the reports, ``failed`` the one line of a round that could not run."""
        if self.running:
            return False
        service, sync = self.window.service, self.sync

        def started(child: Any) -> None:
            self.child = child

        def work():
            if not list_channels(service.db):
                return []
            if sync is None:
                return run_in_child(service.db.url, started, since=since)
            return sync.run_all(since=since)

        def ok(reports: list) -> None:
            self._done(reports)
            if done is not None:
                done(reports)

        def bad(exc: BaseException) -> None:
            self._failed(exc)
            if failed is not None:
                failed(str(exc) if isinstance(exc, OrderDeskError) else tr("The round failed; see the log."))

        self.running = True
        self.window.runner.run(work, ok, bad, label=tr("Syncing the web stores"))
        return True

    def _done(self, reports: list) -> None:
        self.running = False
        self.finished.emit(reports)
        if not reports:
            return
        self.window.show_message(round_summary(reports))
        incoming = sum(len(r.incoming.imported) for r in reports)
        sent = sum(len(r.outgoing.sent) for r in reports)
        # One board refresh for the whole round. Pushes count too: they change the store status
        # the cards show without a history entry, which the window's change polling looks for.
        if incoming or sent or any(r.incoming.updated or r.mismatches for r in reports):
            self.window.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, OrderDeskError):  # a background round: its one line in the status bar
            self.window.show_message(tr("Stores: ⚠ %1").replace("%1", str(exc)))
            return
        self.window.reporter.report(exc, tr("Syncing the web stores failed"))


def round_summary(reports: list) -> str:
    """The status bar's one line about a round: what came in and went out, then what needs a look
    (orders the round could not take, pushes the store refused: docs/channels.md)."""
    incoming = sum(len(r.incoming.imported) for r in reports)
    sent = sum(len(r.outgoing.sent) for r in reports)
    failed = sum(len(r.incoming.failed_ids) for r in reports)
    refused = [line.split(":", 1)[0] for r in reports for line in r.outgoing.refused]  # "number: what: why"
    text = tr("Stores: %1 new orders, %2 updates sent").replace("%1", str(incoming)).replace("%2", str(sent))
    if failed:
        text += " · ⚠ " + tr("%1 failed, read again next round (Channels → Stores…)").replace("%1", str(failed))
    if refused:
        numbers = ", ".join(dict.fromkeys(refused[:MAX_NAMED]))
        text += " · ⚠ " + (
            tr("%1 refused by the store: %2 (the order window says why)")
            .replace("%1", str(len(refused)))
            .replace("%2", numbers + ("…" if len(refused) > MAX_NAMED else ""))
        )
    errors = [f"{r.channel}: {r.error}" for r in reports if r.error]
    if errors:
        text += " · ⚠ " + errors[0]
    return text


def install_channels(window: Any, *, start: bool = True, sync: ChannelSync | None = None) -> ChannelsUi:
    ui = ChannelsUi(window, start=start, sync=sync)
    window.channels = ui
    return ui


def attach_channels(details: Any) -> StorePanel:
    """The store strip, just under the order window's title."""
    panel = StorePanel(details)
    layout = details.title.parentWidget().layout()
    layout.insertWidget(layout.indexOf(details.title) + 1, panel)
    details.store_panel = panel
    return panel
