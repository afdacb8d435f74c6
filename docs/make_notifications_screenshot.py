"""Screenshot of the notification template editor with its live SMS preview (docs/notifications.png).

Run from the repository root under Xvfb:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_notifications_screenshot.py docs
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
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    from orderdesk.db import Database
    from orderdesk.settings import Settings
    from orderdesk.ui.notifications.template_editor import TemplateEditor
    from orderdesk.ui.tasks import TaskRunner

    db = Database.open(Path(os.environ["ORDERDESK_DATA_DIR"]) / "shots.sqlite3")
    Settings(db).set("shop.name", "Sklep u Olgi")
    runner = TaskRunner(max_threads=2)

    def spin(ms: int = 300) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    editor = TemplateEditor(db, runner, lambda: "Olga")
    editor.resize(1240, 720)
    editor.show()
    for _ in range(300):
        spin(20)
        if editor.isEnabled():
            break
    editor.select("shipped", "sms", "ru")
    spin()
    editor.body.setPlainText(editor.body.toPlainText() + " Срок доставки: {eta}.")
    editor.body.setFocus()
    spin()
    image = editor.grab().toImage()
    path = out / "notifications.png"
    image.save(str(path), "PNG", 9)
    editor.ask_unsaved = lambda: "discard"
    editor.close()
    runner.shutdown()
    print(path, path.stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
