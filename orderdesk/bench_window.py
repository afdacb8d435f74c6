"""The window's cold start, for ``orderdesk bench startup``: one process, opened as a person opens it.

``python -m orderdesk.bench_window DB`` runs the bare ``orderdesk --db DB`` as the program runs it
(``orderdesk.cli.run``: every import a person waits for is counted, and no other) and, once the
board's first cards are painted, prints the wall-clock time (``time.time()``) and the process's
CPU time, and closes. The caller started its clock just before starting this process, so the
difference is the whole cold start: interpreter, imports, opening and checking the database, the
first page, the paint.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Callable

GIVE_UP_MS = 60_000


def watch_for_the_first_painted_board(at_paint: Callable[[], None]) -> None:
    """Watch the board's columns paint; once one has painted its first cards, call ``at_paint``
    and close the window.

    The bare application object is made here, before the command line's ``make_application``
    finds and sets it up: the same work, in the same process, only earlier, so the watcher is
    in place when the window is made. The moment is taken when a column's viewport has painted
    its first cards, inside the event loop as it runs: nothing here runs the loop itself, which
    would also run whatever the window queued for after its first paint.

    Only the columns' own paints are watched (their view's ``paintEvent``): an event filter on
    the application, as this watcher first was, hands every event of every object to Python,
    and converting Qt's internal objects makes PySide6 create the enums of every class it has
    not loaded yet; together about 50 ms of a start that the program itself never pays.
    """
    # What the bare command imports before Qt, in its order: PySide6 inspects every module
    # imported after it, so importing Qt first here would make the start look slower than it is.
    importlib.import_module("orderdesk.cli.app")
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    # The window imports it too; earlier here, so the watch is on the class before any column.
    from orderdesk.ui.board.view import ColumnView

    qt_paint = ColumnView.paintEvent
    painted: list[bool] = []

    def paint_then_watch(view: ColumnView, event: QPaintEvent) -> None:
        qt_paint(view, event)
        if painted or not view.model().rowCount():
            return
        board = getattr(view.window(), "board", None)
        if board is None or not board.loaded_once or all(c.view is not view for c in board.columns.values()):
            return  # the closed-orders board, or a column not on a board
        painted.append(True)
        at_paint()
        view.window().close()
        app.quit()

    ColumnView.paintEvent = paint_then_watch  # type: ignore[method-assign]
    # No cards in a minute (a database with users opens locked, an empty one has none): give up.
    QTimer.singleShot(GIVE_UP_MS, app, app.quit)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m orderdesk.bench_window DATABASE", file=sys.stderr)
        return 2
    # Entered as the program enters (``orderdesk.cli.run``): asyncio and importlib.metadata stay
    # unimported unless used, and what the start-up loads is set aside from garbage collection.
    # ``main`` alone, as a test calls it, would count about 45 ms the program never pays.
    from orderdesk.deferred_imports import install

    install()
    watch_for_the_first_painted_board(
        lambda: print(f"painted {time.time():.6f} cpu {time.process_time():.3f}", flush=True)
    )
    from orderdesk.cli import main as orderdesk

    return orderdesk(["--db", argv[0]], _program=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
