"""Screenshots of both stations, driven through their real input paths (scanner bursts, F-keys).

Run from the repository root under Xvfb:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_station_screenshots.py docs
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
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    from orderdesk.db import Database
    from orderdesk.services.orders import OrderService
    from orderdesk.services.packing import PackingService
    from orderdesk.services.pickup import PickupService
    from orderdesk.services.users import UserService
    from orderdesk.settings import Settings
    from orderdesk.ui.stations.packing_station import PackingStation
    from orderdesk.ui.stations.pickup_station import PickupStation
    from orderdesk.workflow import DeliveryMethod, PaymentMethod, Status
    from tests.unit.services.stations_data import add_products, add_users, make_order

    db = Database.open(Path(os.environ["ORDERDESK_DATA_DIR"]) / "shots.sqlite3")
    svc = OrderService(db)
    add_products(svc)
    users = add_users(db)
    Settings(db).set("shop.language", "pl")
    Settings(db).set("shop.name", "Sklep u Olgi")

    def spin(ms: int = 300) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def settle(station) -> None:
        for _ in range(500):
            spin(20)
            if not station.busy and station.runner.active == 0:
                return

    def scan(station, text: str) -> None:
        target = QApplication.focusWidget() or station
        QTest.keyClicks(target, text)
        QTest.keyClick(target, Qt.Key.Key_Return)
        settle(station)

    def key(station, k) -> None:
        QTest.keyClick(QApplication.focusWidget() or station, k)
        settle(station)

    class NoPaper:
        def print_documents(self, number, kinds) -> None:
            pass

    # the packing bench, half way through an order
    number = make_order(svc, [("MUG-01", 2), ("TEA-GRN", 1), ("BOWL-CN", 1), ("SPOON", 3)])
    bench = PackingStation(db, PackingService(svc, NoPaper()), UserService(db), sounds=False)
    bench.resize(1280, 800)
    bench.show()
    settle(bench)
    bench.lock_page.users.setCurrentRow(1)
    bench.grab().save(str(out / "packing-station-locked.png"))
    bench._unlocked(users["packer"])
    spin()
    scan(bench, number)
    for code in ("5901234123457", "4006381333931", "5901234123457", "SPOON"):
        scan(bench, code)
    bench.grab().save(str(out / "packing-station.png"))
    scan(bench, "4006381333931")
    bench.grab().save(str(out / "packing-station-too-many.png"))
    bench.handle_escape()

    # an own-courier order finished with the scanner alone: slip, items, slip (our tracking number)
    courier = make_order(svc, [("TEA-GRN", 2), ("SPOON", 1)], delivery=DeliveryMethod.OWN_COURIER, name="Jan Kowalski")
    for code in (courier, "4006381333931", "4006381333931", "SPOON"):
        scan(bench, code)
    bench.grab().save(str(out / "packing-station-own-courier-packed.png"))
    scan(bench, courier)
    bench.grab().save(str(out / "packing-station-own-courier.png"))
    bench.close()

    # the pickup counter: a wrong code, the right one, cash, receipt
    num2 = make_order(
        svc, [("MUG-01", 1), ("TEA-GRN", 2)], delivery=DeliveryMethod.PICKUP_SHOP, payment=PaymentMethod.ON_PICKUP,
        to=Status.READY_FOR_PICKUP, name="Zofia Wiśniewska",
    )  # fmt: skip
    code = svc.get(num2).pickup_code
    counter = PickupStation(db, PickupService(svc, UserService(db)), UserService(db), None, sounds=False)
    counter.resize(1280, 800)
    counter.show()
    settle(counter)
    counter._unlocked(users["clerk"])
    settle(counter)
    scan(counter, num2)
    scan(counter, f"{(int(code) + 1) % 1_000_000:06d}")
    counter.grab().save(str(out / "pickup-station-wrong-code.png"))
    scan(counter, code)
    counter.grab().save(str(out / "pickup-station.png"))
    key(counter, Qt.Key.Key_F3)
    key(counter, Qt.Key.Key_F7)
    counter.grab().save(str(out / "pickup-station-collected.png"))
    counter.close()
    db.dispose()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
