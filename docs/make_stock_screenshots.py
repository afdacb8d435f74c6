"""Screenshots of the stock windows on demo data: Products (a product open in the editor, a barcode
refused under its field), Receive stock (a delivery half scanned) and the re-order list.

Run from the repository root under Xvfb:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_stock_screenshots.py docs
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
    from orderdesk.db import Database
    from orderdesk.demo import create_demo
    from orderdesk.domain import Actor
    from orderdesk.services.stock import StockService
    from orderdesk.services.stock.reorder import mark_ordered
    from orderdesk.ui.app import make_application
    from orderdesk.ui.stock.products_window import ProductsWindow
    from orderdesk.ui.stock.receiving import ReceivingWindow
    from orderdesk.ui.stock.reorder_view import ReorderWindow
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.wiring import order_service

    app = make_application()
    db = Database.open(Path(os.environ["ORDERDESK_DATA_DIR"]) / "shots.sqlite3")
    create_demo(db, orders=120)
    owner = Actor("Olga")
    stock = StockService(db, order_service(db))
    stock.apply_count({"CAN-060": 8, "BOOK-052": 4}, owner, reason="stocktake shelf C")  # under the re-order points
    mark_ordered(db, "Dom Książki Hurtownia", {"BOOK-052": 20}, owner)
    runner = TaskRunner(app)

    def spin(ms: int = 300) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    products = ProductsWindow(db, runner, lambda: owner)
    products.resize(1240, 560)
    products.show()
    spin(600)
    products.search.setText("a")
    spin(400)
    row = products.model.row_of("TEA-012")
    products.table.selectRow(row)
    spin(200)
    products.editor.barcode.setText("6901234567892 4601234567893")  # the second is MUG-001's
    products.editor.save_button.click()
    spin(600)
    _save(products, out / "products.png")
    products.close()

    receiving = ReceivingWindow(db, runner, lambda: owner, stock=stock)
    receiving.resize(900, 460)
    receiving.show()
    spin(300)
    receiving.note.setText("WZ/2026/0412")
    for code in ("4601234567893", "4601234567893", "6901234567892", "9785170123452"):
        receiving.scanned(code)
        spin(250)
    receiving.quantity.setValue(12)
    spin(300)
    _save(receiving, out / "receiving.png")
    receiving.book()
    spin(300)
    receiving.close()

    reorder = ReorderWindow(db, runner, lambda: owner)
    reorder.resize(1100, 440)
    reorder.show()
    spin(800)
    _save(reorder, out / "reorder-list.png")
    runner.shutdown()
    return 0


def _save(widget, path: Path) -> None:
    widget.grab().save(str(path), "PNG", 60)
    print(path, path.stat().st_size)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
