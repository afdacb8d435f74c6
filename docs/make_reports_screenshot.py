"""Screenshots of the Reports window (Orders → Reports…) on a demo shop's last 30 days:
docs/reports.png (orders per day), reports-dark.png (the same in the dark palette) and
reports-ru.png (time in each status, the window in Russian).

Run from the repository root; no display is needed (Qt's offscreen platform):
    python docs/make_reports_screenshot.py docs
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import shot_tools  # beside this script: what the screenshot scripts share

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MAX_BYTES = 200_000  # the docs stay light
SHOTS = (  # file, palette, language, report
    ("reports.png", "light", "en", "orders-per-day"),
    ("reports-dark.png", "dark", "en", "orders-per-day"),
    ("reports-ru.png", "light", "ru", "time-in-status"),
)


def main(out: Path) -> int:
    os.environ["ORDERDESK_DATA_DIR"] = tempfile.mkdtemp()
    from orderdesk.ui.app import dark_palette, make_application

    app = make_application(sys.argv[:1])
    light = app.palette()

    from orderdesk.db import Database
    from orderdesk.demo import create_demo
    from orderdesk.services.reports import REPORT_NAMES, ReportService
    from orderdesk.services.reports.base import local_offset_minutes
    from orderdesk.ui.reports.window import ReportsWindow
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.ui.translations import install_translations
    from orderdesk.wiring import declare_all_settings

    db = Database.open(Path(os.environ["ORDERDESK_DATA_DIR"]) / "reports.sqlite3")
    declare_all_settings()
    create_demo(db, orders=300, seed=7)
    runner = TaskRunner(app)

    def settle(ready, ms: int = 300) -> None:
        end = time.monotonic() + 30
        while time.monotonic() < end and not (ready() and runner.active == 0):
            app.processEvents()
            time.sleep(0.02)
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    for name, palette, language, report in SHOTS:
        app.setPalette(dark_palette() if palette == "dark" else light)
        install_translations(app, language)
        window = ReportsWindow(
            ReportService(db), runner, language, documents_language=language, utc_offset_minutes=local_offset_minutes()
        )
        window.resize(1200, 760)
        window.show()
        window.reports.setCurrentRow(REPORT_NAMES.index(report))
        settle(lambda w=window, r=report: w.table is not None and w.table.name == r)
        window.reports.setFocus()  # not the From field, whose year would show selected
        shot_tools.save_grab(window, out / name, MAX_BYTES)
        window.close()
        window.deleteLater()
        settle(lambda: True, 100)
    install_translations(app, "en")
    runner.shutdown()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
