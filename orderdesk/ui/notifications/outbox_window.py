"""The global Outbox: every message, failures and "unknown — check" first, with resend and checks
(both from ``MessageList``, shared with the order's Messages tab)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from orderdesk.db import Database
from orderdesk.services.messaging.outbox import STATUSES
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
        for status in ("failed", "unknown", "incomplete", "held", "pending", "sending", "sent", "delivered"):
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

    def on_round(self, _result: object) -> None:
        if self.isVisible():
            self.refresh()
