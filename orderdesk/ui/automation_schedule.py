"""The automation rules on their own schedule while the desk window is open: a first round soon
after start, then every ``automation.round_minutes`` (read again after each round), on the task
runner, never the GUI thread. Apart from the carriers' and stores' syncs, so a sync that fails or
is not set up never holds the rules back (docs/automation.md)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from orderdesk.errors import OrderDeskError
from orderdesk.ui.periodic import FirstThenEvery

FIRST_ROUND_MS = 30_000  # not during start-up, when the board is loading
DEFAULT_MINUTES = 15


class AutomationSchedule(QObject):
    def __init__(self, window, *, first_ms: int = FIRST_ROUND_MS) -> None:
        super().__init__(window)
        self.window = window
        self.running = False
        self.rounds = 0  # rounds that ran here (not skipped because another desk just ran one)
        self.last_lines: list[str] = []
        self._timers = FirstThenEvery(self, self.run_now, first_ms=first_ms, every_ms=DEFAULT_MINUTES * 60_000)
        window.installEventFilter(self)  # a closed window runs no more rounds

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.window:  # the type first: see ui/heap.py
            self.stop()
        return False

    @property
    def interval_ms(self) -> int:
        return self._timers.interval_ms

    def start(self) -> AutomationSchedule:
        self._timers.start()
        return self

    def stop(self) -> None:
        self._timers.stop()

    def run_now(self) -> bool:
        """Start a round unless one is running (or the app is closing)."""
        runner = self.window.runner
        if self.running or runner.closed:
            return False
        from orderdesk.services.automation.schedule import run_scheduled_round

        service = self.window.service
        self.running = True
        runner.run(lambda: run_scheduled_round(service), self._done, self._failed, label=self.tr("Automation"))
        return True

    def _done(self, scheduled) -> None:
        self.running = False
        self._timers.set_interval(max(1, scheduled.minutes) * 60_000)  # as set in Orders → Automation…
        result = scheduled.result
        if result is None or not result.ran:
            return
        self.rounds += 1
        self.last_lines = [f"{a.rule}: {a.number}" for a in result.actions]
        if result.actions:
            self.window.show_message(self.tr("Automation: %n order(s) handled", "", len(result.actions)), 15_000)
            self.window.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, OrderDeskError):
            self.window.show_message(self.tr("The automation round failed: %1").replace("%1", str(exc)), 15_000)
        else:
            self.window.runner.default_failure(exc)


def install_automation_schedule(window, *, start: bool) -> AutomationSchedule:
    schedule = AutomationSchedule(window)
    return schedule.start() if start else schedule
