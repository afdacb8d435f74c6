"""Screenshot of the order list (the table beside the board), sorted by total, three rows selected.

Run from the repository root under Xvfb (optionally with a language: en, ru, pl, zh):
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_list_screenshot.py docs/order-list.png [language]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(out: Path, language: str = "en") -> int:
    os.environ["ORDERDESK_DATA_DIR"] = tempfile.mkdtemp()
    from orderdesk.ui.app import make_application, user_settings

    app = make_application(sys.argv[:1])

    from PySide6.QtCore import QItemSelectionModel, Qt

    from orderdesk.db import Database
    from orderdesk.demo import create_demo
    from orderdesk.settings import Settings
    from orderdesk.ui.main_window import MainWindow
    from orderdesk.ui.order_list import KEYS
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.ui.translations import install_translations
    from orderdesk.wiring import order_service

    db = Database.open(Path(os.environ["ORDERDESK_DATA_DIR"]) / "shots.sqlite3")
    create_demo(db, orders=120, seed=7)
    qsettings = user_settings()
    qsettings.setValue("ui/language", language)
    install_translations(app, language)
    runner = TaskRunner(app)
    window = MainWindow(order_service(db), runner, settings=Settings(db), qsettings=qsettings, poll_ms=0)
    window.resize(1280, 800)
    window.show()

    def spin(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    spin(1.0)
    listing = window.order_list
    window.tabs.setCurrentWidget(listing)
    spin(1.0)
    listing.view.sortByColumn(KEYS.index("total"), Qt.SortOrder.DescendingOrder)
    spin(1.0)
    selection = listing.view.selectionModel()
    for row in (1, 2, 4):
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(listing.model.index(row, 0), flags)
    listing.view.setFocus()
    spin(0.5)
    window.grab().save(str(out))
    from docs.make_translation_screenshot import shrink

    shrink(out)
    print(out, out.stat().st_size)
    window.close()
    runner.shutdown()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "en"))
