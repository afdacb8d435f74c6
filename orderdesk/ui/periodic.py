"""The timer pair every background job of the window uses: one run soon after start (not while
the board is still loading, and not a whole interval later), then one every interval."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class FirstThenEvery(QObject):
    def __init__(self, parent: QObject, job: Callable[[], object], *, first_ms: int, every_ms: int) -> None:
        super().__init__(parent)
        self._every = QTimer(self)
        self._every.setInterval(every_ms)
        self._every.timeout.connect(job)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(first_ms)
        self._first.timeout.connect(job)

    @property
    def interval_ms(self) -> int:
        return self._every.interval()

    @property
    def repeating(self) -> bool:
        return self._every.isActive()

    @property
    def scheduled(self) -> bool:
        return self._every.isActive() or self._first.isActive()

    @property
    def first_due_ms(self) -> int | None:
        """Milliseconds until the first (or extra) run, None when none is due."""
        return self._first.remainingTime() if self._first.isActive() else None

    def start(self) -> None:
        self._first.start()
        self._every.start()

    def stop(self) -> None:
        self._first.stop()
        self._every.stop()

    def cancel_first(self) -> None:
        self._first.stop()

    def run_once_in(self, ms: int) -> None:
        """One extra run in ``ms``, the interval left as it is."""
        self._first.start(ms)

    def set_interval(self, ms: int) -> None:
        """A changed interval counts from now, when the timer runs; nothing happens if it is the same."""
        if ms == self._every.interval():
            return
        active = self._every.isActive()
        self._every.setInterval(ms)
        if active:
            self._every.start()
