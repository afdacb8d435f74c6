"""The daily backup while the desk window is open: checked every hour, made on the task runner
(never the GUI thread), once a day across all PCs (``services/backups.run_daily_backup``)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from orderdesk.services import backups
from orderdesk.ui.periodic import FirstThenEvery

CHECK_MS = 60 * 60 * 1000  # hourly: a desk left open for days still gets its daily backup
FIRST_CHECK_MS = 2 * 60 * 1000  # not during start-up, when the board is loading


class DailyBackup(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.last_path = None
        self._timers = FirstThenEvery(self, self.check, first_ms=FIRST_CHECK_MS, every_ms=CHECK_MS)

    def start(self) -> DailyBackup:
        self._timers.start()
        return self

    def stop(self) -> None:
        self._timers.stop()

    def check(self) -> None:
        db, settings = self.window.service.db, self.window.settings

        def made(path) -> None:
            if path is not None:
                self.last_path = path
                self.window.show_message(self.tr("Daily backup made: %1").replace("%1", path.name))

        def failed(exc: BaseException) -> None:
            self.window.show_message(self.tr("The daily backup failed: %1").replace("%1", str(exc)))

        self.window.runner.run(lambda: backups.run_daily_backup(db, settings), made, failed)


def install_daily_backup(window, *, start: bool) -> DailyBackup:
    schedule = DailyBackup(window)
    return schedule.start() if start else schedule
