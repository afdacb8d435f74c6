"""Run a call once the widgets' pending layout and paint have run."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def after_the_next_paint(receiver: QObject, call: Callable[[], None]) -> None:
    """Call ``call`` on the GUI thread once what is queued now has been laid out and painted.

    A view lays out a changed model on the next event-loop pass and paints it on the one after;
    a call queued three passes on runs after both (queued calls run in the order they were
    queued). Nothing is called if ``receiver`` is deleted first.
    """
    QTimer.singleShot(0, receiver, lambda: QTimer.singleShot(0, receiver, lambda: QTimer.singleShot(0, receiver, call)))
