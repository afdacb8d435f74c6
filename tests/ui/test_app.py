"""Start-up and the one error path: run_app opens the real window; errors are shown and logged."""

from __future__ import annotations

import gc
import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from orderdesk.errors import MoveRefused
from orderdesk.ui.crash import ErrorReporter, log_path, setup_logging
from orderdesk.ui.main_window import MainWindow
from tests.factories import make_order, stock_products


def run_app_until_loaded(qapp, monkeypatch, target: str, look) -> None:
    """run_app as the ``orderdesk`` command runs it; ``look(window)`` once the board is loaded."""
    from orderdesk.ui.app import run_app

    # Other tests' windows may still exist; this ends the loop itself.
    qapp.setQuitOnLastWindowClosed(False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)

    def close_when_loaded():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].board.loaded_once:
            look(windows[0])
            # exit(), not quit(): quit() posts a Quit event that would end every later test's event loop.
            QApplication.exit(0)
            windows[0].close()
        else:
            QTimer.singleShot(50, close_when_loaded)

    QTimer.singleShot(50, close_when_loaded)
    try:
        assert run_app(target) == 0
    finally:
        qapp.setQuitOnLastWindowClosed(True)


def test_run_app_opens_the_board_and_exits_cleanly(qapp, tmp_path, monkeypatch):
    from orderdesk.db import Database
    from orderdesk.services.orders import OrderService

    path = tmp_path / "shop.sqlite3"
    db = Database.open(path)
    service = OrderService(db)
    stock_products(service)
    number = make_order(service)
    db.dispose()
    seen = {}

    def look(window):
        model = window.board.models["new"]
        seen["cards"] = [model.summary(i).number for i in model.ids]
        seen["automatic collection"] = gc.isenabled()

    gc.enable()  # as in a fresh program (the test session keeps it off, tests/conftest.py)
    try:
        run_app_until_loaded(qapp, monkeypatch, str(path), look)
        assert gc.isenabled()  # given back when the app ends
    finally:
        gc.disable()
    assert seen["cards"] == [number]
    assert seen["automatic collection"] is False  # collections run on the GUI thread only (ui/heap.py)


def test_a_db_path_that_does_not_exist_yet_is_said_not_silently_empty(qapp, tmp_path, monkeypatch):
    from orderdesk.ui.app import _new_sqlite_file

    typo = tmp_path / "shpo.sqlite3"
    assert _new_sqlite_file(str(typo)) == typo and _new_sqlite_file("postgresql://u@h/db") is None
    seen = {}
    run_app_until_loaded(qapp, monkeypatch, str(typo), lambda window: seen.update(message=window.message.text()))
    assert "new, empty database" in seen["message"] and str(typo) in seen["message"]
    assert _new_sqlite_file(str(typo)) is None  # it exists now: no message next time


def test_expected_errors_are_shown_as_written(qapp):
    reporter = ErrorReporter(interactive=False)
    message = reporter.report(MoveRefused("Order 1 cannot go from New to Packed."))
    assert message == "Order 1 cannot go from New to Packed."


def test_bugs_are_logged_with_traceback_and_point_to_the_log(qapp, qtbot):
    path = setup_logging()
    reporter = ErrorReporter(interactive=False)
    try:
        {}["missing"]
    except KeyError as exc:
        message = reporter.report(exc, "testing")
    qtbot.waitUntil(lambda: reporter.last is not None, timeout=2000)
    assert "Something went wrong" in message and str(log_path()) in message
    text = path.read_text(encoding="utf-8")
    assert "Traceback" in text and "KeyError" in text


def test_uncaught_exception_goes_to_the_reporter(qapp, qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter = ErrorReporter(interactive=False)
    reporter.install()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: reporter.last is not None, timeout=2000)
    # The type and the place; not the exception's text, which can carry customers' data.
    assert "RuntimeError at test_app.py" in reporter.last[1] and "boom" not in reporter.last[1]


def test_a_database_fault_is_its_cause_not_a_bug(qapp, qtbot):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    reporter = ErrorReporter(interactive=False)
    fault = OperationalError(
        "INSERT INTO customers ...", {"name": "Zofia Secretowa"}, sqlite3.OperationalError("database or disk is full")
    )
    message = reporter.report(fault, "saving")
    assert "is full" in message and "Free some space" in message
    assert "Zofia" not in message and str(log_path()) not in message  # not a bug: no log to send
