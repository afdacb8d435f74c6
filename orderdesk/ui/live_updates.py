"""The board wakes up when another PC changes an order (PostgreSQL LISTEN/NOTIFY).

The listener runs on its own thread (``services/live.py``); its callback only emits a signal,
which Qt queues to the GUI thread. A burst of changes (a sync round moving 40 cards) is folded
into one refresh by a short timer, and the refresh itself reads the database through the task
runner as the polling does, so the GUI thread never waits on the server. The timer starts at the
first notification and is not restarted by the next ones: three busy desks notify several times
a second, and a timer restarted by each would never fire.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from orderdesk.services.live import REFRESH_AFTER_MS, ChangeListener

DEBOUNCE_MS = REFRESH_AFTER_MS


class LiveUpdates(QObject):
    changed = Signal(str)  # emitted on the listener thread, delivered on the GUI thread

    def __init__(self, url: str, refresh, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._refresh = refresh
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._refresh)
        self.changed.connect(self._wake)
        self.received = 0
        self.changed.connect(self._count)
        self.listener = ChangeListener(url, self.changed.emit)

    def _wake(self, _table: str) -> None:
        if not self._debounce.isActive():  # a refresh is already due: this change joins it
            self._debounce.start()

    def _count(self, _table: str) -> None:
        self.received += 1

    def start(self) -> LiveUpdates:
        self.listener.start()
        return self

    def stop(self) -> None:
        self._debounce.stop()
        self.listener.stop()


def install_live_updates(window) -> LiveUpdates | None:
    """For a window on PostgreSQL: refresh its boards and open orders when any PC changes one."""
    db = window.service.db
    if db.is_sqlite:
        return None  # the change marker's polling does it
    return LiveUpdates(db.url, window.changed_elsewhere, window).start()
