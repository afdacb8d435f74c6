"""UI fixtures: a real migrated SQLite database, the real task runner and the real main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from tests.factories import make_order, stock_products

# The offscreen platform plugin says this whenever a top-level window is shown: a limitation
# of the headless plugin, not a warning about our code. Every other Qt warning still fails.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(items):
    here = str(__file__).rsplit("/", 1)[0]
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


# No window test needs this long; one still running is stuck in an event loop (a dialog's exec()
# that nothing answers, a wait for a window that never loads), which would stall the whole run.
HUNG_AFTER_MS = 90_000


@pytest.fixture(autouse=True)
def _hung_test_watchdog(qapp):
    """Turn a test stuck in an event loop into that test's failure, naming the open dialogs.

    A timer's callback still runs inside a nested loop (a modal exec()), so it can reject the
    dialogs and end the loops; a wait in C outside any loop is left to pytest-timeout's thread."""
    stuck: list[str] = []

    def give_up() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isModal():
                stuck.append(f"{type(widget).__name__} {widget.windowTitle()!r}")
                reject = getattr(widget, "reject", None)
                reject() if reject is not None else widget.close()
        stuck.append("event loop")
        QApplication.exit(1)  # ends every running loop, nested ones included

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(give_up)
    timer.start(HUNG_AFTER_MS)
    yield
    timer.stop()
    if stuck:
        pytest.fail(f"the test was still running after {HUNG_AFTER_MS // 1000} s; ended: {', '.join(stuck)}")


@pytest.fixture(autouse=True)
def _gui_thread_collector(qapp):
    """Collections during a window test run on the GUI thread, as in the app (ui/heap.py)."""
    from orderdesk.ui.heap import GuiThreadCollector

    collector = GuiThreadCollector()
    collector.start()
    yield collector
    collector.stop()


@pytest.fixture
def qsettings(tmp_path):
    # Per-test settings file: nothing leaks into the user's real configuration or between tests.
    return QSettings(str(tmp_path / "orderdesk-ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def runner(qapp):
    from orderdesk.ui.tasks import TaskRunner

    task_runner = TaskRunner(max_threads=2)
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def reporter():
    from orderdesk.ui.crash import ErrorReporter

    return ErrorReporter(interactive=False)


@pytest.fixture
def stocked(service):
    stock_products(service)
    return service


@pytest.fixture
def make_window(qtbot, service, runner, qsettings, reporter, owner):
    from orderdesk.ui.main_window import MainWindow

    made = []

    def make(**kwargs):
        window = MainWindow(
            service,
            runner,
            qsettings=qsettings,
            reporter=reporter,
            actor=owner,
            poll_ms=kwargs.pop("poll_ms", 0),
            **kwargs,
        )
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitUntil(lambda: window.board.loaded_once, timeout=5000)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
    runner.wait_idle()


def wait_idle(qtbot, runner, timeout: int = 5000) -> None:
    """Wait until every background task has finished and its callback has run."""
    qtbot.waitUntil(lambda: runner.active == 0, timeout=timeout)


__all__ = ["make_order", "wait_idle"]
