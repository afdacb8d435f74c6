"""Open the real window on a database, wait until the board has loaded, print what it showed and
every message box it raised, then close: ``python -m tests.support.open_window DB``. For fault
tests that must run in their own process (a private mount namespace)."""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from orderdesk.ui.app import make_application, run_app
    from orderdesk.ui.main_window import MainWindow

    boxes: list[str] = []
    QMessageBox.critical = staticmethod(lambda _p, _t, text, *a, **k: boxes.append(text))  # type: ignore[method-assign]
    QMessageBox.warning = staticmethod(lambda _p, _t, text, *a, **k: boxes.append(text))  # type: ignore[method-assign]
    app = make_application([])
    app.setQuitOnLastWindowClosed(False)
    seen: dict[str, int] = {}
    ticks = [0]

    def check() -> None:
        ticks[0] += 1
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        # A few seconds with the board up: start-up timers (sync, leases) get their turn to write.
        if windows and windows[0].board.loaded_once and ticks[0] > 60:
            seen["cards"] = sum(len(m.ids) for m in windows[0].board.models.values())
            QApplication.exit(0)
            windows[0].close()
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)
    code = run_app(sys.argv[1])
    print(json.dumps({"code": code, "cards": seen.get("cards"), "boxes": boxes}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
