"""The "Messages" tab of an order's window: every message of the order, with Resend."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

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
        self.note = QLabel(self.tr("Every SMS and e-mail of this order, newest first."))
        self.top.addWidget(self.note)

    def show_order(self, number: str) -> None:
        self.order_number = number
        self.refresh()

    def on_round(self, _result: object) -> None:
        """A background round may have sent or failed one of ours."""
        if self.order_number and self.isVisible():
            self.refresh()


def attach_message_log(details) -> MessageLog:
    """Add the Messages tab to an ``OrderDetailsWindow`` (the one hook line in order_details.py)."""
    parent = details.parentWidget()
    controller = getattr(parent, "notifications", None)
    kick = controller.kick if controller is not None else None
    log = MessageLog(details, kick)
    index = details.tabs.addTab(log, details.tr("Messages"))

    def loaded(count: int) -> None:
        details.tabs.setTabText(index, log.tr("Messages ({n})").format(n=count))

    log.loaded.connect(loaded)
    details.loaded.connect(lambda detail: log.show_order(detail.number))
    # The resend's history note shows at once, and the list follows the order's reloads.
    log.resent.connect(lambda _id: details.reload())
    if controller is not None:
        controller.round_finished.connect(log.on_round)  # a bound slot: disconnected with the tab
    details.message_log = log
    return log
