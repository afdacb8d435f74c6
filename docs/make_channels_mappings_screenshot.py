"""Screenshot of Channels → Store mappings… after a round against the local fake shop.

    channels-mappings.png: the shipping methods the shop's orders used (with their names in the
                           shop) and the built-in ones → delivery at the desk, and the desk's
                           statuses → the store status each push sends, two of them changed

No keyring needed (the round runs in this process with the fake shop's client). Run from the
repository root:
    QT_QPA_PLATFORM=offscreen python docs/make_channels_mappings_screenshot.py docs
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

KEY, SECRET = "ck_5f1c0a8e3b", "cs_9d72e41b6a"


def _ship(method_id: str, title: str, instance: str) -> list[dict]:
    return [{"id": 1, "method_title": title, "method_id": method_id, "instance_id": instance, "total": "15.00"}]


def main(out: Path) -> int:
    os.environ["ORDERDESK_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from orderdesk.ui.app import make_application

    app = make_application(sys.argv[:1])

    from orderdesk.db import Database
    from orderdesk.domain import Actor
    from orderdesk.services.channels import mappings, registry
    from orderdesk.services.channels.sync import ChannelSync
    from orderdesk.services.channels.woocommerce import WooCommerceClient
    from orderdesk.ui.crash import ErrorReporter
    from orderdesk.ui.main_window import MainWindow
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.wiring import order_service
    from tests.fakes.woocommerce import WooCommerceFake

    fake = WooCommerceFake(KEY, SECRET)
    fake.start()
    for method, title, instance in (
        ("flat_rate", "Kurier DPD", "3"),
        ("flat_rate", "Kurier własny (Kraków)", "5"),
        ("easypack_parcel_machines", "Paczkomat InPost", "2"),
        ("local_pickup", "Odbiór w sklepie", "4"),
        ("flexible_shipping_single", "Paczka w RUCHu", "7"),
    ):
        extra = (
            {"meta_data": [{"id": 9, "key": "_parcel_machine_id", "value": "KRA01M"}]} if "easypack" in method else {}
        )
        fake.add_order(shipping_lines=_ship(method, title, instance), **extra)
    db = Database.open(Path(os.environ["ORDERDESK_DATA_DIR"]) / "shots.sqlite3")
    service = order_service(db)
    registry.add_channel(db, "woocommerce", "shop", fake.base_url)
    ChannelSync(service, client_factory=lambda ch: WooCommerceClient(fake.base_url, KEY, SECRET, settings=ch.settings)).run("shop")  # fmt: skip
    # The owner's earlier choices: the Kraków flat rate is our own courier; shipped → the plugin's status.
    mappings.save_mappings(db, "shop", shipping={"flat_rate:5": "own_courier"}, statuses={"shipped": "shipped"}, replace=False)  # fmt: skip

    owner = Actor("Olga (owner)")
    runner = TaskRunner(app)
    qsettings = QSettings(str(Path(os.environ["ORDERDESK_DATA_DIR"]) / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(service, runner, qsettings=qsettings, reporter=ErrorReporter(interactive=False), actor=owner, poll_ms=0)  # fmt: skip
    window.resize(1280, 800)
    window.show()

    def spin(until, seconds: float = 15) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.01)

    spin(lambda: hasattr(window, "channels"))
    dialog = window.channels.edit_mappings()
    spin(lambda: dialog.save_button.isEnabled())
    shipping = dialog.shipping
    row = next(i for i, r in enumerate(shipping.rows) if r.key == "flexible_shipping_single:7")
    dialog.shipping_view.selectRow(row)
    dialog.shipping_view.edit(shipping.index(row, shipping.value_column))  # the choice being made
    spin(lambda: False, 0.5)
    dialog.grab().save(str(out / "channels-mappings.png"))
    runner.shutdown()
    fake.stop()
    dialog.ask_unsaved = lambda: "discard"  # no question box when the windows close
    QApplication.closeAllWindows()
    print("written to", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
