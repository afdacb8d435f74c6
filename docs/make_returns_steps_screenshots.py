"""docs/return-receive.png, return-refund.png, return-exchange.png: receiving a return at the
bench, a refund in parts paid back by hand, and an exchange, in the order window (offscreen)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

OUT = Path(__file__).resolve().parent


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from orderdesk.db import Database
    from orderdesk.money import Money
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
    returns = ReturnService(orders)
    runner = TaskRunner(max_threads=2)

    def spin(done) -> None:
        start = time.time()
        while not done() and time.time() - start < 10:
            app.processEvents()
            time.sleep(0.02)

    def window_for(number: str) -> OrderDetailsWindow:
        window = OrderDetailsWindow(orders, runner, orders.get(number).id, lambda: OWNER)
        window.resize(1200, 640)
        window.show()
        spin(lambda: window.detail is not None)
        spin(lambda: runner.active == 0)
        window.tabs.setCurrentIndex(window.returns_tab.index)
        return window

    def select(window: OrderDetailsWindow, number: str) -> None:
        tab = window.returns_tab
        row = next(r for r in range(tab.model.rowCount()) if tab.model.key(r) == number)
        tab.table.setCurrentIndex(tab.model.index(row, 0))
        app.processEvents()

    # 1. Receiving: the slip scanned, one mug back in stock, one cracked and written off.
    cod = delivered_order(orders, payment="cash_on_delivery", lines=(("MUG-1", 3), ("TEA-2", 2)))
    bench = returns.create_return(
        cod, [ReturnRequestLine("MUG-1", 2, "damaged"), ReturnRequestLine("TEA-2", 1, "changed_mind")], OWNER
    )
    returns.accept(bench.number, OWNER)
    window = window_for(cod)
    select(window, bench.number)
    dialog = window.returns_tab.open_receive()
    dialog.resize(900, 460)
    spin(lambda: dialog.current is not None)
    for code, handling, state in (("MUG-1", 0, ""), ("MUG-1", 1, "cracked handle"), ("TEA-2", 0, "")):
        dialog.handling.setCurrentIndex(handling)
        dialog.state.setText(state)
        dialog.scan.setText(code)
        dialog.scanned_code()
        spin(lambda: runner.active == 0)
    stack([window.grab().toImage(), dialog.grab().toImage()], OUT / "return-receive.png")
    dialog.close()
    window.close()

    # 2. Refund in parts: 20.00 now, the rest later, cash on delivery paid back by hand.
    returns.receive(
        bench.number,
        [ReceivedLine("MUG-1", 1, "restock"), ReceivedLine("MUG-1", 1, "write-off", "cracked handle"),
         ReceivedLine("TEA-2", 1, "restock")],
        OWNER,
    )  # fmt: skip
    returns.refund(bench.number, OWNER, amount=Money(2000, "PLN"), rest_later=True, reason="first part today")
    window = window_for(cod)
    select(window, bench.number)
    window.returns_tab.open_refund()
    spin(lambda: getattr(window.returns_tab, "refund_dialog", None) is not None)
    refund = window.returns_tab.refund_dialog
    refund.resize(620, refund.sizeHint().height())
    app.processEvents()
    stack([window.grab().toImage(), refund.grab().toImage()], OUT / "return-refund.png")
    refund.reject()
    window.close()

    # 3. Exchange: the wrong mug back, a replacement order made instead of money.
    paid = delivered_order(orders, lines=(("MUG-1", 1), ("TEA-2", 1)))
    swap = returns.create_return(paid, [ReturnRequestLine("MUG-1", 1, "wrong_item", "blue, not green")], OWNER)
    returns.accept(swap.number, OWNER)
    returns.receive(swap.number, [ReceivedLine("MUG-1", 1, "restock")], OWNER)
    window = window_for(paid)
    select(window, swap.number)
    window.returns_tab.ask_exchange = lambda _n, proposal: proposal  # the proposal as the desk accepts it
    window.returns_tab.open_exchange()
    spin(lambda: returns.get(swap.number).status == "exchanged" and runner.active == 0)
    spin(lambda: window.returns_tab.statuses.get(swap.number) == "exchanged")
    replacement = window_for(returns.get(swap.number).exchange_order)
    replacement.tabs.setCurrentIndex(0)
    app.processEvents()
    stack([window.grab().toImage(), replacement.grab().toImage()], OUT / "return-exchange.png")
    runner.shutdown()


def stack(images, target: Path) -> None:
    from PySide6.QtGui import QImage, QPainter

    width = max(i.width() for i in images)
    height = sum(i.height() for i in images) + 10 * (len(images) - 1)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    y = 0
    for part in images:
        painter.drawImage(0, y, part)
        y += part.height() + 10
    painter.end()
    image.save(str(target))


if __name__ == "__main__":
    main()
