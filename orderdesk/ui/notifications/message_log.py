"""The "Messages" tab of an order's window: every message of the order with its delivery status
as last polled, Resend, "It arrived" / "It did not arrive" for an "unknown — check" message, and
the customer's choices (preferred channel, opt-out per channel, a flagged phone number)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from orderdesk.domain import OrderDetail
from orderdesk.services.messaging.store import PreferenceStore
from orderdesk.ui.notifications.message_list import MessageList
from orderdesk.ui.notifications.messages_model import ORDER_COLUMNS


class MessageLog(MessageList):
    def __init__(self, details: QWidget, kick: Callable[[], None] | None = None) -> None:
        super().__init__(
            details.service.db, details.runner, lambda: details.actor().name, ORDER_COLUMNS, details, kick=kick
        )
        self.setObjectName("messageLog")
        self.details = details
        self.failures_first = False  # an order's log reads as a timeline, newest first
        self.customer_id: int | None = None
        self.preferences = PreferenceStore(self.db)

        self.phone_note = QLabel(objectName="phoneNote")
        self.phone_note.setStyleSheet("color: #c0392b")
        self.phone_note.hide()
        self.preferred = QComboBox(objectName="preferredChannel")
        self.preferred.addItem(self.tr("as the rules say"), "")
        self.preferred.addItem(self.tr("SMS only"), "sms")
        self.preferred.addItem(self.tr("E-mail only"), "email")
        self.sms_out = QCheckBox(self.tr("No SMS"), objectName="smsOptOut")
        self.email_out = QCheckBox(self.tr("No e-mail"), objectName="emailOptOut")
        self.sms_out.setToolTip(self.tr("The customer asked not to get SMS (a gateway's 'unsubscribed' also ticks it)"))
        self.preferred.currentIndexChanged.connect(lambda _i: self._set_preferred())
        self.sms_out.toggled.connect(lambda on: self._set_opt_out("sms", on))
        self.email_out.toggled.connect(lambda on: self._set_opt_out("email", on))
        self.top.addWidget(QLabel(self.tr("Every SMS and e-mail of this order, newest first.")), 1)
        self.top.addWidget(self.phone_note)
        self.top.addWidget(QLabel(self.tr("Customer gets")))
        self.top.addWidget(self.preferred)
        self.top.addWidget(self.sms_out)
        self.top.addWidget(self.email_out)
        self._filling = False
        self._stale = False  # a background round ran while the tab was hidden

    def show_detail(self, detail: OrderDetail) -> None:
        c = detail.customer
        self.customer_id = c.id
        self._filling = True
        try:
            self.sms_out.setChecked(c.sms_opt_out)
            self.email_out.setChecked(c.email_opt_out)
        finally:
            self._filling = False
        for widget in (self.preferred, self.sms_out, self.email_out):
            widget.setEnabled(c.id is not None)
        self.phone_note.setText(self.tr("⚠ invalid phone number: no SMS") if c.phone_invalid else "")
        self.phone_note.setVisible(c.phone_invalid)
        if c.id is not None:
            prefs, customer_id = self.preferences, c.id
            self.runner.run(lambda: prefs.get(customer_id), self._show_preferred, self._read_failed)
        self.show_order(detail.number)

    def _show_preferred(self, channel: str) -> None:
        self._filling = True
        try:
            self.preferred.setCurrentIndex(max(self.preferred.findData(channel), 0))
        finally:
            self._filling = False

    def _set_preferred(self) -> None:
        if self._filling or self.customer_id is None:
            return
        prefs, customer_id, channel = self.preferences, self.customer_id, self.preferred.currentData()
        self.runner.write(lambda: prefs.set_preferred_channel(customer_id, channel), None, self._write_failed)

    def _set_opt_out(self, channel: str, on: bool) -> None:
        if self._filling or self.customer_id is None:
            return
        prefs, customer_id, actor = self.preferences, self.customer_id, self.actor_name()
        self.runner.write(lambda: prefs.set_opt_out(customer_id, channel, on, actor), None, self._write_failed)

    def show_order(self, number: str) -> None:
        self.order_number = number
        self.refresh()

    def on_round(self, _result: object) -> None:
        """A background round may have sent, failed or polled one of ours (delivered, or failed
        with the gateway's reason): read again now, or when the tab is shown next."""
        if not self.order_number:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.order_number:
            self._stale = False
            self.refresh()


def attach_message_log(details) -> MessageLog:
    """Add the Messages tab to an ``OrderDetailsWindow`` (the one hook line in order_details.py)."""
    parent = details.parentWidget()
    controller = getattr(parent, "notifications", None)
    kick = controller.kick if controller is not None else None
    log = MessageLog(details, kick)
    index = details.tabs.addTab(log, QCoreApplication.translate("MessageLog", "Messages"))

    def loaded(count: int) -> None:
        details.tabs.setTabText(index, QCoreApplication.translate("MessageLog", "Messages ({n})").format(n=count))

    log.loaded.connect(loaded)
    details.loaded.connect(log.show_detail)
    # The resend's history note shows at once, and the list follows the order's reloads.
    # Show the resend in the history, but never over edits not saved yet.
    log.resent.connect(lambda _id: None if details.has_unsaved_edits() else details.reload())
    log.checked.connect(lambda _id: None if details.has_unsaved_edits() else details.reload())
    if controller is not None:
        controller.round_finished.connect(log.on_round)  # a bound slot: disconnected with the tab
    details.message_log = log
    return log
