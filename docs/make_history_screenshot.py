"""Screenshot of an order's history in words, in a language (the order window's History box).

Run from the repository root under Xvfb:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_history_screenshot.py ru docs/history-ru.png
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
    from orderdesk.ui.app import make_application

    app = make_application(sys.argv[:1])

    from orderdesk.db import Database
    from orderdesk.domain import Actor
    from orderdesk.services.orders import NewLine, OrderEdit
    from orderdesk.ui.order_details import OrderDetailsWindow
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.ui.translations import install_translations
    from orderdesk.wiring import order_service
    from orderdesk.workflow import MoveRequest, Role, Status
    from tests.factories import make_order, stock_products

    install_translations(app, language)
    db = Database.open(Path(os.environ["ORDERDESK_DATA_DIR"]) / "history.sqlite3")
    service = order_service(db)
    stock_products(service, stock=1)
    owner, packer = Actor("Olga", Role.OWNER), Actor("Piotr", Role.PACKER)
    number = make_order(service, name="Анна Ковальская", payment="cash_on_delivery")
    service.update_order(number, OrderEdit(lines=[NewLine("MUG-1", 3), NewLine("FAN-3", 1)]), owner)
    service.move(number, MoveRequest(Status.CONFIRMED), owner)
    service.move(number, MoveRequest(Status.ASSEMBLING), packer)  # 3 mugs wanted, 1 in stock: a hold
    service.upsert_product("MUG-1", "Кружка «Москва»", service.get(number).lines[0].unit_price, stock_on_hand=5)
    service.resolve_hold(number, "out_of_stock", owner, "")
    service.record_history(
        number, "print", packer, to_value="slips", details={"target": "printer", "printer": "A4-office"}
    )
    runner = TaskRunner(app)
    window = OrderDetailsWindow(service, runner, service.get(number).id, lambda: owner, language=language)
    window.resize(1200, 720)
    window.show()
    end = time.monotonic() + 10
    while time.monotonic() < end and window.detail is None:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    box = window.history.parentWidget()
    box.grab().save(str(out))
    from docs.make_translation_screenshot import shrink

    shrink(out)
    print(out, out.stat().st_size)
    window.close()
    runner.shutdown()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
