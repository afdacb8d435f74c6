"""The main window in another interface language, on demo data, for docs/board-<lang>.png.

Run from the repository root under Xvfb:
    xvfb-run -a -s "-screen 0 1400x860x24" python docs/make_translation_screenshot.py ru docs/board-ru.png
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(language: str, out: Path) -> int:
    os.environ["ORDERDESK_DATA_DIR"] = tempfile.mkdtemp()
    from orderdesk.ui.app import make_application, user_settings

    app = make_application(sys.argv[:1])

    from orderdesk.db import Database
    from orderdesk.demo import create_demo
    from orderdesk.settings import Settings
    from orderdesk.ui.main_window import MainWindow
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.ui.translations import install_translations
    from orderdesk.wiring import order_service

    db = Database.open(Path(os.environ["ORDERDESK_DATA_DIR"]) / "shots.sqlite3")
    create_demo(db, orders=120, seed=7)
    qsettings = user_settings()
    qsettings.setValue("ui/language", language)  # as the settings dialog stores it
    install_translations(app, language)  # as run_app does at start-up
    runner = TaskRunner(app)
    window = MainWindow(order_service(db), runner, settings=Settings(db), qsettings=qsettings, poll_ms=0)
    window.resize(1400, 860)
    window.show()
    end = time.monotonic() + 20
    while time.monotonic() < end and not window.board.loaded_once:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(30):
        app.processEvents()
        time.sleep(0.02)
    window.grab().save(str(out))
    shrink(out)
    window.close()
    runner.shutdown()
    db.dispose()
    return 0


def shrink(path: Path) -> None:
    """256 colours are plenty for a flat UI and keep the PNG small (Pillow comes with ReportLab)."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
