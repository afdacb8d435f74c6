"""Screenshot of the Print… dialog opened from the main window's Print menu for selected cards.

Run from the repository root under Xvfb (a CUPS server makes the printer list real):
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_print_dialog_screenshot.py docs/print-dialog.png
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
    from PySide6.QtCore import QItemSelectionModel, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    from orderdesk.db import Database
    from orderdesk.services.orders import OrderService
    from orderdesk.services.printing import PrinterChoice, PrinterPreferences
    from orderdesk.ui.crash import ErrorReporter
    from orderdesk.ui.main_window import MainWindow
    from orderdesk.ui.tasks import TaskRunner
    from tests.factories import OWNER, make_order, stock_products

    data = Path(os.environ["ORDERDESK_DATA_DIR"])
    db = Database.open(data / "shots.sqlite3")
    service = OrderService(db)
    stock_products(service)
    for name in ("Zofia Woźniak", "Иван Петров", "王芳", "Anna Kowalska"):
        make_order(service, name=name)
    PrinterPreferences.load().set("labels", PrinterChoice("OrderDeskPDF", "pdf", "4x6"))
    runner = TaskRunner()
    window = MainWindow(
        service,
        runner,
        qsettings=QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat),
        reporter=ErrorReporter(interactive=False),
        actor=OWNER,
        poll_ms=0,
    )
    window.resize(1280, 760)
    window.show()

    def spin(ms: int = 300) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    while not window.board.loaded_once:
        spin(50)
    view, model = window.board.columns[next(iter(window.board.models))].view, next(iter(window.board.models.values()))
    for row in range(3):
        view.selectionModel().select(model.index(row), QItemSelectionModel.SelectionFlag.Select)
    window.print_actions["printDialog"].trigger()
    dialog = window.printing.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("labels"))
    spin(1500)  # the printer list arrives from the background
    dialog.copies.setValue(1)
    spin(300)
    dialog.grab().save(str(out))
    print(out, out.stat().st_size, "bytes")
    dialog.reject()
    window.close()
    runner.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/print-dialog.png")))
