"""The one way the UI runs work off the GUI thread.

Two lanes, as in Anki's task manager:

- ``write(...)``: a single database-writer thread, so writes never race each other (SQLite
  allows one writer at a time anyway) and happen in the order the person asked for them;
- ``run(...)``: a bounded ``QThreadPool`` for reads, network calls, printing and PDFs.

Callbacks are always delivered on the GUI thread through a queued signal. Workers get plain
callables and return plain values (domain dataclasses); they never see a widget or an ORM row.
``busy_changed`` drives a progress indicator for anything that takes longer than a moment.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]

# A task still running after this long shows the progress indicator.
BUSY_DELAY_MS = 250


@dataclass
class _Pending:
    label: str
    on_success: Success | None
    on_failure: Failure | None


class _Relay(QObject):
    """Lives in the GUI thread; workers queue a result and emit ``ready``, Qt wakes the GUI thread.

    Results travel through a thread-safe queue, not as signal arguments: emitting Python objects
    (even True/None) from several threads at once corrupts reference counts in PySide6 6.12
    (a reproducible crash under load), while an argument-less signal is safe.
    """

    ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.results: queue.SimpleQueue[list[Any]] = queue.SimpleQueue()

    def deliver(self, result: list[Any]) -> None:
        """Queue ``[task_id, ok, value, fn]``; the GUI thread empties the list once it has read it."""
        self.results.put(result)
        self.ready.emit()


class _PoolJob(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._task_id = task_id
        self._fn = [fn]
        self._relay = relay

    def run(self) -> None:
        _execute(self._task_id, self._fn, self._relay)


def _execute(task_id: int, holder: list[Callable[[], Any]], relay: _Relay) -> None:
    """Run the callable in ``holder`` (emptied) and queue its result with the callable itself.

    The worker keeps no reference to the callable, its result or its error once queued: the
    GUI thread lets go of them. A closure may hold the last reference to a window or dialog, and
    a Qt object must be destroyed on its own thread (see ui/heap.py for the deadlock otherwise).
    """
    fn = holder.pop()
    result: list[Any] = [task_id, True, None, None]
    try:
        result[2] = fn()
    except BaseException as exc:  # delivered to the failure callback, never lost
        result[1:3] = [False, exc]
    result[3] = fn
    del fn
    relay.deliver(result)


class TaskRunner(QObject):
    """Runs callables in the background and calls back on the GUI thread.

    ``on_failure`` defaults to ``default_failure`` (the main window shows the error and logs
    the details), so an error never disappears silently.
    """

    busy_changed = Signal(bool, str)  # busy, label of the oldest running task

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._relay = _Relay()
        self._relay.ready.connect(self._drain)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._writes: queue.Queue[tuple[int, list[Callable[[], Any]]] | None] = queue.Queue()
        self._writer = threading.Thread(target=self._write_loop, name="orderdesk-db-writer", daemon=True)
        self._writer.start()
        self._busy = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._update_busy)
        self._closed = False
        self.default_failure: Failure = lambda exc: log.error("background task failed", exc_info=exc)

    # -- public API -------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        label: str = "",
    ) -> int:
        """Run ``fn`` on the bounded pool (reads, network, files). Returns a task id."""
        task_id = self._register(label, on_success, on_failure)
        self._pool.start(_PoolJob(task_id, fn, self._relay))
        return task_id

    def write(
        self,
        fn: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        label: str = "",
    ) -> int:
        """Run ``fn`` on the single database-writer thread, after earlier writes."""
        task_id = self._register(label, on_success, on_failure)
        self._writes.put((task_id, [fn]))
        return task_id

    @property
    def active(self) -> int:
        return len(self._pending)

    @property
    def closed(self) -> bool:
        """Shut down: a timer that fires now (a window closing with the app) starts nothing."""
        return self._closed

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Block until the queues are empty (tests, shutdown). Callbacks still need the event loop."""
        self._writes.join()
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 5_000) -> None:
        """Finish what is queued, then stop the writer. Pending callbacks are dropped."""
        if self._closed:
            return
        self._closed = True
        self._writes.put(None)
        self._writer.join(timeout_ms / 1000)
        self._pool.waitForDone(timeout_ms)
        self._pending.clear()
        self._busy_timer.stop()

    # -- internals ---------------------------------------------------------------------------
    def _register(self, label: str, on_success: Success | None, on_failure: Failure | None) -> int:
        if self._closed:
            raise RuntimeError("the task runner is shut down")
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(label, on_success, on_failure)
        if not self._busy_timer.isActive() and not self._busy:
            self._busy_timer.start()
        return task_id

    def _write_loop(self) -> None:
        while True:
            item = self._writes.get()
            try:
                if item is None:
                    return
                task_id, holder = item
                _execute(task_id, holder, self._relay)
            finally:
                self._writes.task_done()

    @Slot()
    def _drain(self) -> None:
        # One wake-up may find several results (or none: an earlier wake-up took them).
        while True:
            try:
                result = self._relay.results.get_nowait()
            except queue.Empty:
                return
            task_id, ok, value, _fn = result  # the worker's references end here, see _execute
            result.clear()
            self._on_finished(task_id, ok, value)

    def _on_finished(self, task_id: int, ok: bool, value: object) -> None:
        pending = self._pending.pop(task_id, None)
        if not self._pending:
            self._busy_timer.stop()
            self._update_busy()
        if pending is None:  # shut down meanwhile
            return
        if ok:
            if pending.on_success is not None:
                pending.on_success(value)
            return
        assert isinstance(value, BaseException)
        handler = pending.on_failure or self.default_failure
        handler(value)

    def _update_busy(self) -> None:
        busy = bool(self._pending)
        label = next(iter(self._pending.values())).label if busy else ""
        if busy != self._busy or busy:
            self._busy = busy
            self.busy_changed.emit(busy, label)
