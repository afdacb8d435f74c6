"""The README's screenshots of the owner's window: the board, an order's details, a phone order.

Run from the repository root under Xvfb (a demo database is made in a temporary folder):
    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/make_screenshots.py docs
Add ORDERDESK_THEME=dark for the dark palette (board-dark.png).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import shot_tools  # beside this script: what the screenshot scripts share

MAX_BYTES = 200_000  # the README stays light


def main(out: Path) -> int:
    os.environ["ORDERDESK_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from orderdesk.ui.app import make_application

    app = make_application(sys.argv[:1])

    from orderdesk.db import Database
    from orderdesk.demo import create_demo
    from orderdesk.settings import Settings
    from orderdesk.ui.crash import ErrorReporter
    from orderdesk.ui.main_window import MainWindow
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.wiring import order_service
    from orderdesk.workflow import Status

    db = Database.open(Path(os.environ["ORDERDESK_DATA_DIR"]) / "shots.sqlite3")
    create_demo(db, orders=300)
    service = order_service(db)
    runner = TaskRunner(app)
    qsettings = QSettings(str(Path(os.environ["ORDERDESK_DATA_DIR"]) / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(service, runner, settings=Settings(db), qsettings=qsettings,
                        reporter=ErrorReporter(interactive=False), poll_ms=0)  # fmt: skip
    window.resize(1440, 860)
    window.show()

    def settle(ms: int = 300) -> None:
        shot_tools.settle(app, runner, ms)

    def save(widget, name: str) -> None:
        settle()
        shot_tools.save_grab(widget, out / name, MAX_BYTES)

    dark = os.environ.get("ORDERDESK_THEME") == "dark"
    settle()
    # The board with one card selected, as a person working through it sees it.
    window.board_action.trigger()
    settle()
    save(window, "board-dark.png" if dark else "board.png")
    if dark:
        return 0

    # An order with a hold, items and history.
    held = next(
        o for o in service.list_orders(status=Status.ASSEMBLING, holds_only=True, limit=50) if o.item_count >= 3
    )
    window.open_order(held.id)
    settle(600)
    details = window._windows[held.id]
    details.resize(1200, 720)
    save(details, "order-details.png")
    details.close()

    # A phone order half way: customer, address, three items looked up by name or SKU.
    window.new_order()
    settle()
    dialog = window._new_order_dialog
    dialog.resize(1280, 600)
    # setText, not key clicks: QTest cannot type "ś".
    for edit, text in (
        (dialog.name, "Zofia Wiśniewska"),
        (dialog.phone, "+48 601 234 567"),
        (dialog.email, "zofia@example.pl"),
        (dialog.line1, "ul. Długa 5/3"),
        (dialog.postcode, "80-831"),
        (dialog.city, "Gdańsk"),
        (dialog.shipping, "14.99"),
    ):
        edit.setText(text)
    for text in ("kubek", "TEA-0", "świeca"):
        dialog.lookup.setText(text)
        settle(400)
        QTest.keyClick(dialog.lookup, Qt.Key.Key_Return)
        settle(400)
    dialog.lookup.setText("herba")
    settle(500)
    save(dialog, "new-order.png")
    dialog.done(0)  # reject() would first warn that the typed order is not created
    window.close()
    runner.shutdown()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
