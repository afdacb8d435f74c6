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
    """Watch every paint of the application for the board's first cards; then call ``at_paint``
    and close the window.

    The bare application object is made here, before the command line's ``make_application``
    finds and sets it up: the same work, in the same process, only earlier, so the watcher is
    in place when the window is made. The moment is taken when a column's viewport has painted
    its first cards, inside the event loop as it runs: nothing here runs the loop itself, which
    would also run whatever the window queued for after its first paint.
    """
    # What the bare command imports before Qt, in its order: PySide6 inspects every module
    # imported after it, so importing Qt first here would make the start look slower than it is.
    importlib.import_module("orderdesk.cli.app")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    class FirstCards(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not self._board_viewport_with_cards(watched):
                return False
            watched.event(event)  # paint it now, then take the time
            at_paint()
            app.removeEventFilter(self)
            window = watched.window()
            window.close()
            app.quit()
            return True

        @staticmethod
        def _board_viewport_with_cards(watched: QObject) -> bool:
            board = getattr(watched.window(), "board", None) if hasattr(watched, "window") else None
            if board is None or not getattr(board, "loaded_once", False):
                return False
            return any(
                column.view.viewport() is watched and column.view.model().rowCount() > 0
                for column in board.columns.values()
            )

    watcher = FirstCards(app)
    app.installEventFilter(watcher)
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
