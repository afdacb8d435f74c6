"""The outbox round inside the app: every 30 s, on a worker, the same service as ``orderdesk sync``.

The round (``run_outbox_once``: reconcile interrupted sends, queue payment reminders, send what
is due, poll delivery reports) talks to gateways, so it runs on the runner's pool, never on the
GUI thread. It is not put on the writer lane on purpose: a slow gateway would hold up every
other write of the window for its whole time-out, and the sender keeps its own transactions
short (claim, call, record). One round at a time: a tick while a round runs is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from orderdesk.db import Database
from orderdesk.services.messaging import run_outbox_once
from orderdesk.services.messaging.admin import manager_alert_problems, problem_counts
from orderdesk.services.messaging.gateways import GetSecret
from orderdesk.services.messaging.sender import RunStats
from orderdesk.ui.tasks import TaskRunner

ROUND_MS = 30_000


@dataclass(frozen=True)
class RoundResult:
    stats: RunStats
    problems: dict[str, int]  # failed / unknown messages in the whole outbox after the round
    manager_problems: int = 0  # of those, alerts to the manager (payment failed) that did not reach them


class BackgroundSender(QObject):
    finished = Signal(object)  # RoundResult
    failed = Signal(str)  # a round could not run at all (database, configuration)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        interval_ms: int = ROUND_MS,
        get_secret: GetSecret | None = None,
        round_fn: Callable[..., RunStats] = run_outbox_once,
    ) -> None:
        super().__init__(parent)
        self.db, self.runner = db, runner
        self.get_secret = get_secret
        self._round_fn = round_fn
        self.running = False
        self.rounds = 0
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self.timer.start()
        self.run_now()  # do not make the first messages wait 30 s after start-up

    def stop(self) -> None:
        self.timer.stop()

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def run_now(self) -> None:
        """One round soon; if one is running, another right after it (a resend should not wait 30 s)."""
        if self.running:
            self._again = True
            return
        self.running = True
        db, get_secret, round_fn = self.db, self.get_secret, self._round_fn

        def work() -> RoundResult:
            return RoundResult(round_fn(db, get_secret), problem_counts(db), manager_alert_problems(db))

        self.runner.run(work, self._done, self._failed, label=self.tr("Sending customer messages…"))

    def _done(self, result: RoundResult) -> None:
        self._finish()
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.failed.emit(str(exc) or type(exc).__name__)

    def _finish(self) -> None:
        self.running = False
        self.rounds += 1
        if self._again:
            self._again = False
            self.run_now()
