"""Screenshot of the first-start guide on an empty database (the shop page, half filled in).

Run from the repository root under Xvfb (optionally with a language: en, ru, pl, zh):
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_first_start_screenshot.py docs [language]
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
    from PySide6.QtCore import QSettings

    from orderdesk.db import Database
    from orderdesk.ui.app import install_translator, make_application
    from orderdesk.ui.main_window import MainWindow
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.wiring import order_service

    app = make_application()
    install_translator(app, language)
    data = Path(os.environ["ORDERDESK_DATA_DIR"])
    db = Database.open(data / "new-shop.sqlite3")
    runner = TaskRunner(app)
    qsettings = QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("ui/language", language)
    window = MainWindow(order_service(db), runner, qsettings=qsettings, poll_ms=0)
    window.resize(1280, 800)
    window.show()

    def spin(ms: int = 300) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    window.offer_setup_guide()
    for _ in range(200):
        spin(20)
        guide = getattr(window, "setup_guide", None)
        if guide is not None and guide.isEnabled():
            break
    page = window.setup_guide.shop_page
    page.name.setText({"ru": "Чайная лавка", "zh": "茶叶小铺", "pl": "Herbaciarnia"}.get(language, "Tea Corner"))
    page.address.setPlainText("ul. Świętokrzyska 12/4\n00-916 Warszawa\nPolska")
    page.phone.setText("+48 22 123 45 67")
    spin(300)
    suffix = "" if language == "en" else f"-{language}"
    path = out / f"first-start{suffix}.png"
    window.setup_guide.grab().save(str(path), "PNG", 60)
    print(path, path.stat().st_size)
    runner.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), sys.argv[2] if len(sys.argv) > 2 else "en"))
