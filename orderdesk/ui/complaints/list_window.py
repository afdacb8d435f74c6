"""Orders → Complaints…: every complaint, open ones first by the day they are due, overdue in red."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QMenu, QPushButton, QVBoxLayout, QWidget

from orderdesk.services.complaints import ComplaintService
from orderdesk.ui.complaints.panel import ComplaintsPanel
from orderdesk.ui.complaints.rules_dialog import ComplaintRulesDialog


class ComplaintsWindow(QWidget):
    def __init__(self, complaints: ComplaintService, runner, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("complaintsWindow")
        self.setWindowTitle(self.tr("Complaints"))
        self.panel = ComplaintsPanel(complaints, runner, actor, parent=self)
        self.open_only = QCheckBox(self.tr("Only open ones"), objectName="openOnly")
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _on: self.reload())
        self.open_button = QPushButton(self.tr("Open order"), objectName="openComplaintOrder")
        self.open_button.clicked.connect(lambda _checked=False: self._open_order())
        self.rules_button = QPushButton(self.tr("Rules…"), objectName="complaintRulesButton")
        self.rules_button.clicked.connect(lambda _checked=False: self.open_rules())
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="refreshComplaints")
        self.refresh_button.clicked.connect(lambda _checked=False: self.reload())
        self.panel.buttons.insertWidget(1, self.open_only)
        self.panel.buttons.addWidget(self.open_button)
        self.panel.buttons.addWidget(self.rules_button)
        self.panel.buttons.addWidget(self.refresh_button)
        self.panel.table.doubleClicked.connect(lambda _index: self._open_order())
        # keyboard alone: Enter opens the selected complaint's order, Ctrl+D decides it
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.panel.table, self._open_order)
        QShortcut(QKeySequence("Ctrl+D"), self, self.panel.decide)
        QVBoxLayout(self).addWidget(self.panel)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        self.on_open_order = None  # set by the menu: opens the order window
        self.resize(1000, 480)
        self.reload()

    def open_rules(self) -> ComplaintRulesDialog:
        from orderdesk.settings import Settings

        dialog = ComplaintRulesDialog(Settings(self.panel.complaints.db), self.panel.runner, self)
        dialog.show()
        self.rules_dialog = dialog
        return dialog

    def reload(self) -> None:
        complaints, open_only = self.panel.complaints, self.open_only.isChecked()
        self.panel.load(lambda: complaints.list(open_only=open_only))

    def _open_order(self) -> None:
        c = self.panel.selected()
        if c is not None and self.on_open_order is not None:
            self.on_open_order(c.order_id)


class ComplaintsMenu(QObject):
    """Orders → Complaints… in the main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main = window
        self.window: ComplaintsWindow | None = None
        self.action = QAction(self.tr("Complaints…"), window)
        self.action.setObjectName("openComplaints")
        self.action.triggered.connect(lambda _checked=False: self.open())
        menu = window.findChild(QMenu, "ordersMenu")
        if menu is not None:
            menu.insertAction(window.settings_action, self.action)
        else:
            window.addAction(self.action)

    def open(self) -> ComplaintsWindow:
        if self.window is None or not self.window.isVisible():
            self.window = ComplaintsWindow(
                ComplaintService(self.main.service), self.main.runner, self.main.actor, self.main
            )
            self.window.on_open_order = self.main.open_order
            self.window.panel.changed.connect(self.main.refresh)
        self.window.show()
        self.window.raise_()
        return self.window


def install_complaints(window) -> ComplaintsMenu:
    return ComplaintsMenu(window)
