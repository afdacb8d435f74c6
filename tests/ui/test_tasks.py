"""The task runner: callbacks on the GUI thread, one writer in order, failures delivered, busy signal."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from tests.ui.conftest import wait_idle


def test_success_callback_runs_on_gui_thread(qtbot, runner, qapp):
    seen = {}

    def work():
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 41 + 1

    def done(value):
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is qapp.thread()

    runner.run(work, done)
    wait_idle(qtbot, runner)
    assert seen == {"worker": False, "value": 42, "gui": True}


def test_failure_goes_to_failure_callback(qtbot, runner):
    errors = []
    runner.run(lambda: 1 / 0, lambda _v: errors.append("success?"), errors.append)
    runner.write(lambda: [][1], None, errors.append)
    wait_idle(qtbot, runner)
    assert [type(e) for e in errors] == [ZeroDivisionError, IndexError] or [type(e) for e in errors] == [
        IndexError,
        ZeroDivisionError,
    ]


def test_failure_without_callback_goes_to_default_handler(qtbot, runner):
    caught = []
    runner.default_failure = caught.append
    runner.run(lambda: int("x"))
    wait_idle(qtbot, runner)
    assert isinstance(caught[0], ValueError)


def test_writes_run_one_at_a_time_in_order(qtbot, runner):
    log, active, overlap = [], [0], []

    def writer(i):
        def work():
            active[0] += 1
            overlap.append(active[0])
            time.sleep(0.005)
            log.append(i)
            active[0] -= 1
            return i

        return work

    threads = set()
    for i in range(20):
        runner.write(writer(i), lambda _v: threads.add(QThread.currentThread()))
    wait_idle(qtbot, runner)
    assert log == list(range(20))
    assert max(overlap) == 1


def test_busy_signal_for_slow_work(qtbot, runner):
    with qtbot.waitSignal(runner.busy_changed, timeout=3000, check_params_cb=lambda busy, _label: busy):
        runner.run(lambda: time.sleep(0.6), label="slow")
    with qtbot.waitSignal(runner.busy_changed, timeout=3000, check_params_cb=lambda busy, _label: not busy):
        pass


def test_many_results_do_not_corrupt_the_interpreter(qtbot, runner):
    # PySide6 6.12 drops a reference to True on every emit(); the guard in orderdesk.ui keeps us alive.
    results = []
    for i in range(3000):
        runner.run(lambda i=i: i, results.append)
    qtbot.waitUntil(lambda: len(results) == 3000, timeout=20000)
    assert sorted(results) == list(range(3000))


class _Tracked:
    """Says on which thread its last reference went (a window captured in a task's closure)."""

    def __init__(self, released: list[str]) -> None:
        self.released = released

    def __del__(self) -> None:
        self.released.append(threading.current_thread().name)


def _fail(_tracked: _Tracked) -> None:
    raise ValueError("refused")


def test_a_tasks_closure_result_and_error_are_let_go_on_the_gui_thread(qtbot, runner):
    """A Qt object must be destroyed on its own thread: a worker that held a window's last
    reference (its closure, its result, its error) would destroy it there (ui/heap.py)."""
    released: list[str] = []
    for start in (runner.run, runner.write):
        tracked = _Tracked(released)
        start(lambda t=tracked: time.sleep(0.05))
        del tracked
        tracked = _Tracked(released)
        start(lambda t=tracked: _fail(t), on_failure=lambda _exc: None)
        del tracked
        start(lambda: _Tracked(released), on_success=lambda _value: None)
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: len(released) == 6, timeout=5000)
    assert set(released) == {threading.main_thread().name}
