"""Background tracking sync in the window: the same round as ``orderdesk sync``, on a worker.

A first round shortly after start (not one interval later), then every
``carriers.sync_interval_minutes``; "Sync tracking now" runs one at once. One round at a time.
Progress is read from the worker through a plain attribute polled by a GUI timer (no objects
are emitted across threads); the summary goes to the status bar, and cards that moved make the
board refresh.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from orderdesk.models import utcnow
from orderdesk.services.sync_round import RoundResult, run_sync_round
from orderdesk.ui.carriers.context import CarrierContext
from orderdesk.ui.periodic import FirstThenEvery

FIRST_ROUND_DELAY_MS = 5_000  # let the board load first
PROGRESS_POLL_MS = 200
DEFAULT_INTERVAL_MIN = 15


class SyncController(QObject):
    started = Signal(bool)  # by hand?
    progressed = Signal(int, int)  # done, total (GUI thread)
    finished = Signal(object)  # RoundResult
    failed = Signal(object)  # BaseException

    def __init__(
        self,
        ctx: CarrierContext,
        parent: QObject | None = None,
        *,
        interval_minutes: int = DEFAULT_INTERVAL_MIN,
        first_delay_ms: int = FIRST_ROUND_DELAY_MS,
        round_fn: Callable[..., RoundResult] = run_sync_round,
        messages: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_fn = round_fn
        self.messages = messages  # asked at each round: include the customer-message round?
        self.running = False
        self.by_hand = False
        self.rounds = 0
        self.last: RoundResult | None = None
        self._progress: tuple[int, int] = (0, 0)  # written by the worker, read by the GUI timer
        self._shown: tuple[int, int] = (-1, -1)
        self._timers = FirstThenEvery(
            self,
            lambda: self.run_now(by_hand=False),
            first_ms=first_delay_ms,
            every_ms=max(1, interval_minutes) * 60_000,
        )
        self._poll = QTimer(self)
        self._poll.setInterval(PROGRESS_POLL_MS)
        self._poll.timeout.connect(self._emit_progress)

    @property
    def interval_ms(self) -> int:
        return self._timers.interval_ms

    @property
    def scheduled(self) -> bool:
        return self._timers.scheduled

    def start(self) -> None:
        """Schedule: a first round soon, then every interval."""
        self._timers.start()

    def stop(self) -> None:
        self._timers.stop()
        self._poll.stop()

    def run_now(self, by_hand: bool = True) -> bool:
        """Start a round unless one is running; False when it was already running."""
        if self.running:
            return False
        self._timers.cancel_first()
        self.running, self.by_hand = True, by_hand
        self._progress, self._shown = (0, 0), (-1, -1)
        ctx, round_fn, messages = self.ctx, self.round_fn, self.messages()

        def report(done: int, total: int) -> None:
            self._progress = (done, total)  # one tuple assignment: atomic for the GUI reader

        def work() -> tuple[RoundResult, int]:
            # Network plus the round's own short writes (one shipment at a time). Not the writer
            # lane: a round with many shipments would hold every other save back for its length;
            # SQLite's busy timeout orders the short transactions, as with `orderdesk sync`.
            result = round_fn(
                ctx.orders.db,
                ctx.orders,
                ctx.settings,
                progress=report,
                messages=messages,
                skip_if_fresh=not by_hand,  # scheduled: not if another desk or the CLI just synced
                automation=False,  # the window runs the rules on their own schedule (AutomationMenu)
            )
            return result, int(ctx.settings.get("carriers.sync_interval_minutes"))  # type: ignore[union-attr]

        try:
            self.ctx.runner.run(work, self._done, self._failed, label=self.tr("Syncing tracking…"))
        except RuntimeError:  # the app is shutting down: no more rounds
            self.running = False
            self.stop()
            return False
        self.started.emit(by_hand)
        self._poll.start()
        return True

    def _emit_progress(self) -> None:
        if self._progress != self._shown:
            self._shown = self._progress
            self.progressed.emit(*self._progress)

    def _done(self, answer: tuple[RoundResult, int]) -> None:
        result, minutes = answer
        self._poll.stop()
        self._emit_progress()
        self.running = False
        self.rounds += 1
        self.last = result
        # The interval is a shop setting: a change made in the carrier settings counts from now.
        interval = max(1, minutes) * 60_000
        self._timers.set_interval(interval)
        if result.skipped_since is not None and self._timers.repeating:
            # Another desk synced: check again when its round is one interval old, not a full
            # interval from now.
            age_ms = int((utcnow() - result.skipped_since).total_seconds() * 1000)
            self._timers.run_once_in(max(1_000, interval - age_ms + 1_000))
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._poll.stop()
        self.running = False
        self.rounds += 1
        self.failed.emit(exc)
