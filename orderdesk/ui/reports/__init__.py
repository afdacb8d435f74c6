"""The Reports entry of the main window's Orders menu (one Reports window, kept once opened)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from orderdesk.services.reports.base import local_offset_minutes


class ReportsController(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.window = None  # the ReportsWindow, made on first use (QtCharts loads only then)
        self.action = QAction(self.tr("Reports…"), window)
        self.action.setObjectName("openReports")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.triggered.connect(lambda _checked=False: self.open())
        menu = window.findChild(QMenu, "ordersMenu")
        if menu is not None:
            menu.insertAction(window.settings_action, self.action)
        else:
            window.addAction(self.action)

    def open(self):
        from orderdesk.services.reports import ReportService
        from orderdesk.ui.reports.window import ReportsWindow

        if self.window is None:
            shop = self.main.shop
            self.window = ReportsWindow(
                ReportService(self.main.service.db),
                self.main.runner,
                self.main.language,
                documents_language=str(shop.get("shop.language") or "en"),
                shop_name=str(shop.get("shop.name") or ""),
                utc_offset_minutes=local_offset_minutes(),
                parent=self.main,
            )
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window


def install_reports(window: QMainWindow) -> ReportsController:
    """Add Reports… (Ctrl+Shift+R) to the Orders menu."""
    return ReportsController(window)
