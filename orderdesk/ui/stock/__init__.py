"""Products and stock in the window: a Stock menu with the Products window, receiving, stocktake
and the re-order list. Each window is made on first use and kept (reopening shows it again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from orderdesk.ui.scanner import ScannerConfig


def tr(text: str) -> str:
    return QCoreApplication.translate("StockMenu", text)


def _scanner_config(window) -> ScannerConfig:
    from orderdesk.services.users import SCANNER_MAX_GAP_MS, SCANNER_MIN_LENGTH, SCANNER_TERMINATOR

    try:
        return ScannerConfig.from_text(
            str(window.settings.get(SCANNER_TERMINATOR.key)),
            int(window.settings.get(SCANNER_MAX_GAP_MS.key)),
            int(window.settings.get(SCANNER_MIN_LENGTH.key)),
        )
    except (ValueError, KeyError):
        return ScannerConfig()


class StockMenu:
    def __init__(self, window) -> None:
        self.window = window
        self.windows: dict[str, object] = {}
        menu = window.menuBar().addMenu(tr("&Stock"))
        menu.setObjectName("stockMenu")
        self.menu = menu
        self.products_action = self._action(tr("Products…"), "Ctrl+Shift+P", "products", self.products)
        self.receive_action = self._action(tr("Receive stock…"), "Ctrl+Shift+R", "receiveStock", self.receiving)
        self.count_action = self._action(tr("Stocktake…"), "", "stocktake", self.stocktake)
        self.reorder_action = self._action(tr("Re-order list…"), "", "reorderList", self.reorder)

    def _action(self, text: str, shortcut: str, name: str, slot) -> QAction:
        act = QAction(text, self.window)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(act)
        return act

    def _show(self, key: str, make):
        shown = self.windows.get(key)
        if shown is None:
            shown = self.windows[key] = make()
        shown.show()
        shown.raise_()
        shown.activateWindow()
        return shown

    def _stock_service(self):
        from orderdesk.services.stock import StockService

        return StockService(self.window.service.db, self.window.service)

    def products(self):
        from orderdesk.ui.stock.products_window import ProductsWindow

        w = self.window
        return self._show(
            "products",
            lambda: ProductsWindow(w.service.db, w.runner, w.actor, scanner=_scanner_config(w), parent=w),
        )

    def receiving(self):
        from orderdesk.ui.stock.receiving import ReceivingWindow

        w = self.window
        return self._show(
            "receiving",
            lambda: ReceivingWindow(
                w.service.db, w.runner, w.actor, stock=self._stock_service(), scanner=_scanner_config(w), parent=w
            ),
        )

    def stocktake(self):
        from orderdesk.ui.stock.stocktake import StocktakeWindow

        w = self.window
        return self._show(
            "stocktake",
            lambda: StocktakeWindow(
                w.service.db, w.runner, w.actor, stock=self._stock_service(), scanner=_scanner_config(w), parent=w
            ),
        )

    def reorder(self):
        from orderdesk.services.print_jobs import shop_from_settings
        from orderdesk.ui.stock.reorder_view import ReorderWindow

        w = self.window
        return self._show(
            "reorder",
            lambda: ReorderWindow(
                w.service.db, w.runner, w.actor, shop=shop_from_settings(w.settings), orders=w.service, parent=w
            ),
        )


def install_stock(window) -> StockMenu:
    return StockMenu(window)
