"""Screenshots of both stations, driven through their real input paths (scanner bursts, F-keys).

Run from the repository root under Xvfb:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_station_screenshots.py docs
"""

import os, sys, tempfile, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["ORDERDESK_DATA_DIR"] = tempfile.mkdtemp()
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

app = QApplication(sys.argv)
from orderdesk.db import Database
from orderdesk.services.orders import OrderService
from orderdesk.services.users import UserService
from orderdesk.services.packing import PackingService
from orderdesk.services.pickup import PickupService
from orderdesk.ui.stations.packing_station import PackingStation
from orderdesk.ui.stations.pickup_station import PickupStation
from orderdesk.workflow import DeliveryMethod, PaymentMethod, Status
from tests.unit.services.stations_data import add_products, add_users, make_order

out = sys.argv[1]
db = Database.open(os.path.join(os.environ["ORDERDESK_DATA_DIR"], "shots.sqlite3"))
svc = OrderService(db)
add_products(svc)
users = add_users(db)
from orderdesk.settings import Settings

Settings(db).set("shop.language", "pl")
Settings(db).set("shop.name", "Sklep u Olgi")


def spin(ms=300):
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait(station):
    for _ in range(500):
        spin(20)
        if not station.busy and station.runner.active == 0:
            return


def scan(station, text):
    w = QApplication.focusWidget() or station
    QTest.keyClicks(w, text)
    QTest.keyClick(w, Qt.Key.Key_Return)
    wait(station)


class Jobs:
    def print_documents(self, number, kinds):
        pass


# packing bench
number = make_order(svc, [("MUG-01", 2), ("TEA-GRN", 1), ("BOWL-CN", 1), ("SPOON", 3)])
bench = PackingStation(db, PackingService(svc, Jobs()), UserService(db), sounds=False)
bench.resize(1280, 800)
bench.show()
bench.activateWindow()
wait(bench)
bench.lock_page.users.setCurrentRow(1)
bench.grab().save(os.path.join(out, "packing-station-locked.png"))
bench._unlocked(users["packer"])
spin()
scan(bench, number)
scan(bench, "5901234123457")
scan(bench, "4006381333931")
scan(bench, "5901234123457")
scan(bench, "SPOON")
spin(200)
bench.grab().save(os.path.join(out, "packing-station.png"))
scan(bench, "4006381333931")
spin(200)
bench.grab().save(os.path.join(out, "packing-station-too-many.png"))
bench.close()

# pickup counter
num2 = make_order(
    svc,
    [("MUG-01", 1), ("TEA-GRN", 2)],
    delivery=DeliveryMethod.PICKUP_SHOP,
    payment=PaymentMethod.ON_PICKUP,
    to=Status.READY_FOR_PICKUP,
    name="Zofia Wiśniewska",
)
order = svc.get(num2)
counter = PickupStation(db, PickupService(svc, UserService(db)), UserService(db), None, sounds=False)
counter.resize(1280, 800)
counter.show()
counter.activateWindow()
wait(counter)
counter._unlocked(users["clerk"])
spin()
wait(counter)
scan(counter, num2)
scan(counter, f"{(int(order.pickup_code) + 1) % 1000000:06d}")
spin(200)
counter.grab().save(os.path.join(out, "pickup-station-wrong-code.png"))
scan(counter, order.pickup_code)
spin(200)
counter.grab().save(os.path.join(out, "pickup-station.png"))
QTest.keyClick(QApplication.focusWidget() or counter, Qt.Key.Key_F3)
wait(counter)
QTest.keyClick(QApplication.focusWidget() or counter, Qt.Key.Key_F7)
wait(counter)
spin(200)
counter.grab().save(os.path.join(out, "pickup-station-collected.png"))
counter.close()
print("ok")
