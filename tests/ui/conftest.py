"""UI fixtures: a real migrated SQLite database, the real task runner and the real main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from tests.factories import make_order, stock_products

# The offscreen platform plugin says this whenever a top-level window is shown: a limitation
# of the headless plugin, not a warning about our code. Every other Qt warning still fails.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(items):
    here = str(__file__).rsplit("/", 1)[0]
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


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
