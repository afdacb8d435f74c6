"""The window's cold start, for ``orderdesk bench startup``: one process, opened as a person opens it.

``python -m orderdesk.bench_window DB`` runs the bare ``orderdesk --db DB`` (the command line's
own entry, so every import a person waits for is counted) and, once the board's first cards are
laid out and painted, prints the wall-clock time (``time.time()``) and closes the window. The
caller started its clock just before starting this process, so the difference is the whole
cold start: interpreter, imports, opening and checking the database, the first page, the paint.
"""

from __future__ import annotations

import sys
import time


def _watch_for_the_first_painted_board() -> None:
    """A timer that finds the main window once it is up and waits for its board's first cards.

    The bare application object is made here, before the command line's ``make_application``
    finds and sets it up: the same work, in the same process, only earlier, so the timer is in
    place when the event loop starts.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    timer = QTimer(app)

    def check() -> None:
        for widget in app.topLevelWidgets():
            board = getattr(widget, "board", None)
            if widget.isVisible() and board is not None and getattr(board, "loaded_once", False):
                timer.stop()
                # A view lays out a reset model on its next event-loop pass and paints on the one
                # after: run both, then paint the whole window now (not just schedule it).
                for _ in range(3):
                    app.processEvents()
                widget.repaint()
                print(f"painted {time.time():.6f}", flush=True)
                widget.close()
                app.quit()
                return

    timer.timeout.connect(check)
    timer.start(1)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m orderdesk.bench_window DATABASE", file=sys.stderr)
        return 2
    _watch_for_the_first_painted_board()
    from orderdesk.cli import main as orderdesk

    return orderdesk(["--db", argv[0]])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
