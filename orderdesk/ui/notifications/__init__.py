"""Customer notifications in the desktop app: the Messages menu, settings, templates,
the outbox, each order's Messages tab and the background sender.

Hooks (one line each in the shared windows):
- ``self.notifications = install_notifications(self, start=poll_ms > 0)`` in ``MainWindow``;
- ``attach_message_log(self)`` in ``OrderDetailsWindow``.
"""

from __future__ import annotations

from orderdesk.ui.notifications.controller import NotificationsController, install_notifications
from orderdesk.ui.notifications.message_log import attach_message_log

__all__ = ["NotificationsController", "attach_message_log", "install_notifications"]
