"""Screenshots of "Buy label…" against the local carrier fakes.

    buy-label: EasyPost, rates shown, a label bought  (docs/buy-label.png)
    parcels:   CDEK, the parcels editor with two boxes and rates for both  (docs/parcels.png)

Run from the repository root under Xvfb with a keyring (the secrets go to the real keyring):
    xvfb-run -a -s "-screen 0 1400x900x24" bash scripts/_with_keyring.sh \
        python docs/make_carrier_screenshot.py buy-label docs/buy-label.png
    (and: ... docs/make_carrier_screenshot.py parcels docs/parcels.png)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# scene -> (customer, phone, currency, address, shop settings, secrets)
SCENES = {
    "buy-label": (
        "Jane Doe", "+1 415 555 0100", "USD",
        ("417 Montgomery St", "Floor 5", "San Francisco", "94104", "CA", "US"),
        {"shop.address": "1 Main St|Austin|78701", "shop.country": "US", "carriers.easypost.base_url": "{url}/v2"},
        {"easypost.api_key": "EZTKscreenshot"},
    ),
    "parcels": (
        "Ivan Petrov", "+7 916 123 45 67", "RUB",
        ("ul. Lenina, 1", "", "Moscow", "101000", "", "RU"),
        {"carriers.cdek.base_url": "{url}/v2", "carriers.cdek.shipment_point": "MSK5"},
        {"cdek.client_id": "test-client", "cdek.client_secret": "test-secret"},
    ),
}  # fmt: skip


def main(scene: str, out: Path) -> int:
    os.environ["ORDERDESK_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from orderdesk.ui.app import make_application

    app = make_application(sys.argv[:1])

    from orderdesk.db import Database
    from orderdesk.domain import Actor, Address, Customer
    from orderdesk.services.carriers.base import Parcel
    from orderdesk.services.credentials import Credentials
    from orderdesk.services.orders import NewLine, NewOrder
    from orderdesk.settings import Settings
    from orderdesk.ui.crash import ErrorReporter
    from orderdesk.ui.main_window import MainWindow
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.wiring import order_service
    from orderdesk.workflow import MoveRequest, Status
    from tests.factories import stock_products
    from tests.fakes.cdek import CdekFake
    from tests.fakes.easypost import EasypostFake

    name, phone, currency, address, shop, secrets = SCENES[scene]
    fake = EasypostFake(api_key="EZTKscreenshot") if scene == "buy-label" else CdekFake()
    fake.start()
    db = Database.open(Path(os.environ["ORDERDESK_DATA_DIR"]) / "shots.sqlite3")
    settings = Settings(db)
    service = order_service(db)
    settings.set("shop.name", "Olga's Tea Shop")
    for key, value in shop.items():
        settings.set(key, value.format(url=fake.base_url))
    for key, value in secrets.items():
        Credentials().set(key, value)
    owner = Actor("Olga (owner)")
    stock_products(service)
    number = service.create_order(
        NewOrder(
            customer=Customer(None, name, phone=phone, email="customer@example.com", language="en"),
            lines=[NewLine("MUG-1", 2, unit_price_minor=1450), NewLine("TEA-2", 3, unit_price_minor=890)],
            delivery_method="carrier",
            payment_method="prepaid_online",
            currency=currency,
            address=Address(name, *address),
            shipping_fee_minor=1200,
            amount_paid_minor=10**7,
        ),
        owner,
    ).number
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        try:
            service.move(number, MoveRequest(status), owner)
        except Exception as exc:  # a screenshot script: say why and go on
            print(f"{status}: {exc}", file=sys.stderr)

    runner = TaskRunner(app)
    qsettings = QSettings(str(Path(os.environ["ORDERDESK_DATA_DIR"]) / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(service, runner, qsettings=qsettings, reporter=ErrorReporter(interactive=False), actor=owner, poll_ms=0)  # fmt: skip
    window.resize(1400, 900)
    window.show()

    def spin(until, seconds: float = 10) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.01)

    dialog = window.carriers.buy_label(service.get(number).id)
    spin(lambda: dialog.order is not None and dialog.rates_model.rowCount() > 0)
    if scene == "buy-label":
        dialog.rates_view.selectRow(1)
        bought = []
        dialog.purchased.connect(bought.append)
        dialog.buy()
        spin(lambda: bool(bought) and not dialog.busy and runner.active == 0)
        note = f"bought: {bool(bought)} {dialog.error.text()}"
    else:
        first = dialog.parcels.parcels()[0]
        dialog.parcels.set_parcels([first, Parcel(800, 25, 20, 15)])
        spin(lambda: dialog.rates_model.rowCount() > 0 and runner.active == 0)
        dialog.rates_view.selectRow(0)
        note = dialog.parcels.problems_label.text()
    spin(lambda: False, 0.5)
    dialog.grab().save(str(out))
    print(out, out.stat().st_size, "bytes", note)
    for key in secrets:
        Credentials().delete(key)
    runner.shutdown()
    fake.stop()
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    scene = sys.argv[1] if len(sys.argv) > 1 else "buy-label"
    raise SystemExit(main(scene, Path(sys.argv[2] if len(sys.argv) > 2 else f"docs/{scene}.png")))
