"""Screenshot of the desk window's sign-in (a shop with users), after one wrong PIN.

Run from the repository root under Xvfb:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_signin_screenshot.py docs
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(out: Path) -> int:
    os.environ["ORDERDESK_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from orderdesk.db import Database
    from orderdesk.demo import create_demo
    from orderdesk.ui.app import make_application
    from orderdesk.ui.main_window import MainWindow
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.wiring import order_service
    from tests.unit.services.stations_data import add_users

    app = make_application()
    db = Database.open(Path(os.environ["ORDERDESK_DATA_DIR"]) / "shots.sqlite3")
    create_demo(db, orders=40)
    add_users(db)
    runner = TaskRunner(app)
    qsettings = QSettings(str(Path(os.environ["ORDERDESK_DATA_DIR"]) / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(order_service(db), runner, qsettings=qsettings, poll_ms=0)
    window.resize(1100, 640)
    window.show()

    def spin(ms: int = 300) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    spin(800)
    page = window.signin.page
    QTest.keyClick(page.pin, Qt.Key.Key_Down)
    QTest.keyClicks(page.pin, "0000")
    QTest.keyClick(page.pin, Qt.Key.Key_Return)
    for _ in range(200):
        spin(20)
        if "Wrong PIN" in page.message.text():
            break
    QTest.keyClicks(page.pin, "11")
    spin(200)
    path = out / "signin.png"
    window.grab().save(str(path), "PNG", 60)
    print(path, path.stat().st_size)
    runner.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
