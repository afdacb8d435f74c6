"""The global Outbox: every message, failures and "unknown — check" first, with resend and checks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from orderdesk.db import Database
from orderdesk.services.messaging.outbox import STATUSES, mark_checked
from orderdesk.ui.notifications.message_list import MessageList
from orderdesk.ui.notifications.messages_model import OUTBOX_COLUMNS, status_text
from orderdesk.ui.tasks import TaskRunner


class OutboxWindow(MessageList):
    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        actor_name: Callable[[], str],
        parent: QWidget | None = None,
        *,
        kick: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(db, runner, actor_name, OUTBOX_COLUMNS, parent, kick=kick)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("outboxWindow")
        self.setWindowTitle(self.tr("Outbox — customer messages"))
        layout = self.layout()
        layout.setContentsMargins(9, 9, 9, 9)

        self.status = QComboBox(objectName="statusFilter")
        self.status.addItem(self.tr("All messages"), None)
        for status in ("failed", "unknown", "held", "pending", "sending", "sent", "delivered"):
            assert status in STATUSES
            self.status.addItem(status_text(status), status)
        self.status.currentIndexChanged.connect(self._filter_changed)
        self.count = QLabel(objectName="count")
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"), objectName="refresh")
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.top.addWidget(QLabel(self.tr("Show")))
        self.top.addWidget(self.status)
        self.top.addWidget(self.count, 1)
        self.top.addWidget(self.refresh_button)
        self.loaded.connect(self._counted)

        # An "unknown — check" message is closed by a person who looked in the gateway's log.
        self.arrived_button = QPushButton(self.tr("It arrived"), objectName="arrived")
        self.not_arrived_button = QPushButton(self.tr("It did not arrive"), objectName="notArrived")
        for button, arrived in ((self.arrived_button, True), (self.not_arrived_button, False)):
            button.setToolTip(self.tr("After checking the gateway's own log: close this 'unknown — check' message"))
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, a=arrived: self.mark(a))
            self.buttons.insertWidget(2, button)
        self.resend_button.setText(self.tr("Retry / resend…"))
        self.resize(1200, 640)
        self.refresh()

    def _filter_changed(self) -> None:
        self.status_filter = self.status.currentData()
        self.refresh()

    def _counted(self, n: int) -> None:
        text = self.tr("1 message") if n == 1 else self.tr("{n} messages").format(n=n)
        if n >= self.limit:
            text += " " + self.tr("(the newest {n}; filter to see others)").format(n=self.limit)
        self.count.setText(text)

    def _show_selected(self) -> None:
        super()._show_selected()
        m = self.selected()
        for button in (self.arrived_button, self.not_arrived_button):
            button.setEnabled(m is not None and m.status == "unknown")

    def mark(self, arrived: bool) -> None:
        m = self.selected()
        if m is None:
            return
        self.error.clear_error()
        db, actor = self.db, self.actor_name()
        self.runner.write(lambda: mark_checked(db, m.id, arrived, actor), lambda _r: self.refresh(), self._write_failed)

    def on_round(self, _result: object) -> None:
        if self.isVisible():
            self.refresh()
