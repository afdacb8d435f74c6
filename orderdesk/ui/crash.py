"""One way errors reach a person: a message saying what happened and what to do, details in a log.

Expected errors (``OrderDeskError``: a refused move, bad input, a missing setting) carry a
message written for people and are shown as they are. Anything else is a bug: the traceback
goes to ``orderdesk.log`` in the user data folder and the message points there.
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_data_dir
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from orderdesk.errors import OrderDeskError
from orderdesk.faults import explain_database_error, log_unexpected, place

log = logging.getLogger("orderdesk.ui")


def log_path() -> Path:
    folder = Path(user_data_dir("OrderDesk", appauthor=False)) / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "orderdesk.log"


def setup_logging(path: Path | None = None) -> Path:
    """Log to a rotating file in the user data folder (once per process)."""
    path = path or log_path()
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
        root.addHandler(handler)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)
    return path


def describe(exc: BaseException) -> tuple[str, bool]:
    """(message for a person, whether it is a bug that needs the log)."""
    if isinstance(exc, OrderDeskError):
        return str(exc), False
    explained = explain_database_error(exc, QCoreApplication.translate("ErrorReporter", "the database"))
    if explained is not None:  # a full disk, a read-only or locked file: the cause, not a bug
        return str(explained), False
    # The type and the place only: an exception's text can carry SQL parameters (customers' data).
    return QCoreApplication.translate("ErrorReporter", "Something went wrong: {error}.").format(
        error=f"{type(exc).__name__} at {place(exc)}"
    ), True


class ErrorReporter(QObject):
    """Shows errors from any thread on the GUI thread, and logs the details."""

    _show = Signal(str, str)

    def __init__(self, parent_widget: QWidget | None = None, interactive: bool = True) -> None:
        super().__init__()
        self.parent_widget = parent_widget
        self.interactive = interactive  # tests turn message boxes off and read ``last``
        self.last: tuple[str, str] | None = None
        self._show.connect(self._show_box)

    def report(self, exc: BaseException, context: str = "") -> str:
        message, is_bug = describe(exc)
        if is_bug:
            log_unexpected(log, exc, context)
            message += "\n\n" + QCoreApplication.translate(
                "ErrorReporter", "The details are in {path}. Please send that file to your support contact."
            ).format(path=log_path())
        else:
            log.info("%s: %s", context or "refused", exc)
        self._show.emit(context or QCoreApplication.translate("ErrorReporter", "OrderDesk"), message)
        return message

    def _show_box(self, title: str, message: str) -> None:
        self.last = (title, message)
        if self.interactive and QApplication.instance() is not None:
            QMessageBox.warning(self.parent_widget, title, message)

    # -- the process-wide hook ---------------------------------------------------------------------
    def install(self) -> None:
        """Route uncaught exceptions (GUI thread and others) here instead of killing the app."""
        sys.excepthook = self._excepthook
        threading.excepthook = lambda args: self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _excepthook(self, kind: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
        if exc is None:
            return
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        self.report(exc, QCoreApplication.translate("ErrorReporter", "Unexpected error"))
