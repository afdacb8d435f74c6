"""docs/returns.png: the order window's Returns tab above the Create return dialog (offscreen)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from orderdesk.db import Database
    from orderdesk.services.orders import OrderService
    from orderdesk.services.returns import ReceivedLine, ReturnRequestLine, ReturnService
    from orderdesk.ui.fonts import add_bundled_fonts
    from orderdesk.ui.order_details import OrderDetailsWindow
    from orderdesk.ui.tasks import TaskRunner
    from tests.factories import OWNER
    from tests.unit.services.returns.helpers import delivered_order

    add_bundled_fonts()
    db = Database.open(Path(tempfile.mkdtemp()) / "shop.sqlite3")
    orders = OrderService(db)
    number = delivered_order(orders, lines=(("MUG-1", 3), ("TEA-2", 2), ("FAN-3", 1)))
    returns = ReturnService(orders)
    first = returns.create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged", "ручка отбита")], OWNER)
    returns.receive(first.number, [ReceivedLine("MUG-1", 1, "write-off", "cracked")], OWNER)
    returns.refund(first.number, OWNER)
    returns.create_return(number, [ReturnRequestLine("TEA-2", 1, "changed_mind")], OWNER)
    runner = TaskRunner(max_threads=2)
    window = OrderDetailsWindow(orders, runner, orders.get(number).id, lambda: OWNER)
    window.resize(1200, 760)
    window.show()

    def spin(done) -> None:
        start = time.time()
        while not done() and time.time() - start < 10:
            app.processEvents()
            time.sleep(0.02)

    spin(lambda: window.detail is not None)
    spin(lambda: runner.active == 0)
    window.tabs.setCurrentIndex(window.returns_tab.index)
    window.returns_tab.open_create()
    spin(lambda: window.returns_tab.dialog is not None)
    dialog = window.returns_tab.dialog
    dialog.quantities[0].setValue(2)
    dialog.reasons[0].setCurrentIndex(1)
    dialog.notes[0].setText("zły kolor")
    app.processEvents()
    top, bottom = window.grab().toImage(), dialog.grab().toImage()
    image = QImage(top.width(), top.height() + bottom.height() + 10, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.drawImage(0, 0, top)
    painter.drawImage(0, top.height() + 10, bottom)
    painter.end()
    image.save(str(Path(__file__).with_name("returns.png")))
    runner.shutdown()


if __name__ == "__main__":
    main()
