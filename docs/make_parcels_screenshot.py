"""Screenshot of "Buy label…"'s parcels editor against the local CDEK fake: two boxes, rates for both.

Run from the repository root under Xvfb with a keyring (the secret goes to the real keyring):
    xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- bash scripts/_with_keyring.sh \
        python docs/make_parcels_screenshot.py docs/parcels.png
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

    fake = CdekFake()
    fake.start()
    db = Database.open(Path(os.environ["ORDERDESK_DATA_DIR"]) / "shots.sqlite3")
    settings = Settings(db)
    service = order_service(db)
    settings.set("carriers.cdek.base_url", fake.base_url + "/v2")
    settings.set("carriers.cdek.shipment_point", "MSK5")
    settings.set("shop.name", "Olga's Tea Shop")
    Credentials().set("cdek.client_id", "test-client")
    Credentials().set("cdek.client_secret", "test-secret")
    owner = Actor("Olga (owner)")
    stock_products(service)
    number = service.create_order(
        NewOrder(
            customer=Customer(None, "Ivan Petrov", phone="+7 916 123 45 67", email="ivan@example.com", language="en"),
            lines=[NewLine("MUG-1", 2, unit_price_minor=1450), NewLine("TEA-2", 3, unit_price_minor=890)],
            delivery_method="carrier",
            payment_method="prepaid_online",
            currency="RUB",
            address=Address("Ivan Petrov", "ul. Lenina, 1", "", "Moscow", "101000", "", "RU"),
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
    first = dialog.parcels.parcels()[0]
    dialog.parcels.set_parcels([first, Parcel(800, 25, 20, 15)])
    spin(lambda: dialog.rates_model.rowCount() > 0 and runner.active == 0)
    dialog.rates_view.selectRow(0)
    spin(lambda: False, 0.5)
    dialog.grab().save(str(out))
    print(out, out.stat().st_size, "bytes", dialog.parcels.problems_label.text())
    Credentials().delete("cdek.client_id")
    Credentials().delete("cdek.client_secret")
    runner.shutdown()
    fake.stop()
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/parcels.png")))
