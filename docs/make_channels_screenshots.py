"""Screenshots of a WooCommerce store against the local fake shop.

    channels-add-store.png: Channels → Add WooCommerce store, after Test connection
    channels-board.png:     the board after a sync round (store status on each card, a packed
                            order the customer cancelled in the store on a Store mismatch hold)
    channels-mismatch.png:  an order window with a store mismatch and its fixes
    channels-stores.png:    Channels → Stores… with a store order waiting to be read again

Run from the repository root under Xvfb with a keyring (the keys go to the real keyring):
    xvfb-run -a -s "-screen 0 1280x800x24" bash scripts/_with_keyring.sh \
        python docs/make_channels_screenshots.py docs
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

KEY, SECRET = "ck_5f1c0a8e3b", "cs_9d72e41b6a"


def main(out: Path) -> int:
    os.environ["ORDERDESK_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from orderdesk.ui.app import make_application

    app = make_application(sys.argv[:1])

    from orderdesk.db import Database
    from orderdesk.domain import Actor
    from orderdesk.money import Money
    from orderdesk.services.channels.sync import ChannelSync
    from orderdesk.services.credentials import Credentials
    from orderdesk.settings import Settings
    from orderdesk.ui.crash import ErrorReporter
    from orderdesk.ui.main_window import MainWindow
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.wiring import order_service
    from orderdesk.workflow import MoveRequest, Status
    from tests.fakes.woocommerce import WooCommerceFake

    fake = WooCommerceFake(KEY, SECRET)
    fake.start()
    people = [
        ("Anna", "Kowalska", "Kraków", "cod", "processing"),
        ("Piotr", "Nowak", "Warszawa", "przelewy24", "processing"),
        ("Marta", "Wiśniewska", "Gdańsk", "bacs", "on-hold"),
        ("Jan", "Zieliński", "Poznań", "payu", "processing"),
        ("Ewa", "Lewandowska", "Wrocław", "cod", "processing"),
        ("Tomasz", "Wójcik", "Łódź", "payu", "pending"),
    ]
    for n, (first, last, city, gateway, status) in enumerate(people):
        fake.add_order(
            status=status,
            payment_method=gateway,
            billing={
                "first_name": first,
                "last_name": last,
                "city": city,
                "phone": f"600 123 45{n}",
                "email": f"{first.lower()}@example.pl",
            },
            shipping={"first_name": first, "last_name": last, "city": city},
        )
    fake.add_order(
        status="shipped", billing={"first_name": "Olena", "last_name": "Bondar", "phone": "+380 67 123 4567"}
    )  # a plugin's status
    db = Database.open(Path(os.environ["ORDERDESK_DATA_DIR"]) / "shots.sqlite3")
    Settings(db).set("shop.name", "Sklep Świece i Kubki")
    service = order_service(db)
    service.upsert_product("CANDLE-1", "Świeca sojowa", Money(2499, "PLN"), stock_on_hand=40)
    service.upsert_product("MUG-1", "Kubek", Money(4999, "PLN"), stock_on_hand=40)
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

    # 1. Add the store, test the typed keys.
    dialog = window.channels.add_store()
    dialog.url.setText(fake.base_url)
    dialog.key.setText(KEY)
    dialog.secret.setText(SECRET)
    dialog.test()
    spin(lambda: dialog.save_button.isEnabled())
    spin(lambda: False, 0.3)
    dialog.grab().save(str(out / "channels-add-store.png"))
    done: list = []
    window.channels.finished.connect(done.append)
    dialog.save()
    spin(lambda: bool(done) and runner.active == 0, 30)

    # 2. Move a few along, ship one, run another round: the board shows both statuses.
    numbers = [service.find_number(str(i)) for i in sorted(fake.orders)[:4]]
    for number in numbers[:2]:
        for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
            service.move(number, MoveRequest(status), owner)
    service.add_shipment(numbers[0], carrier="inpost", tracking_number="620512345678901234567890", actor=owner)
    service.move(numbers[0], MoveRequest(Status.SHIPPED), owner)
    cancelled = numbers[2]
    service.move(cancelled, MoveRequest(Status.CANCELLED, reason="the customer called"), owner)
    ChannelSync(service).run("shop")
    # The shipped order is completed in the store, with the tracking number as a customer note.
    shipped = fake.orders[int(service.get(numbers[0]).external_id)]
    notes = [n["note"] for n in fake.notes[shipped["id"]]]
    assert shipped["status"] == "completed" and any("620512345678901234567890" in n for n in notes), notes
    print(f"store order {shipped['id']}: {shipped['status']}; notes: {notes}")
    # Someone re-opens the cancelled order in the store, and a customer cancels a packed one
    # there: the next round finds both mismatches.
    fake.clock_offset += 2
    fake.update(int(service.get(cancelled).external_id), status="processing")
    fake.update(int(service.get(numbers[1]).external_id), status="cancelled")
    ChannelSync(service).run("shop")
    window.refresh()
    spin(lambda: runner.active == 0)
    # As a person at 1280x800 does: fold the empty columns, so Packed and Shipped are in view.
    for status in (Status.CONFIRMED, Status.AWAITING_PAYMENT, Status.PAID, Status.ASSEMBLING):
        window.board.columns[status].set_collapsed(True)
    spin(lambda: False, 1.0)
    window.grab().save(str(out / "channels-board.png"))

    # 3. The order window of the mismatch.
    window.open_order(service.get(cancelled).id)
    details = window._windows[service.get(cancelled).id]
    details.resize(1000, 700)
    spin(lambda: details.store_panel.isVisible() and runner.active == 0)
    spin(lambda: False, 0.5)
    details.grab().save(str(out / "channels-mismatch.png"))

    # 4. An order the desk cannot read (a total that is not an amount): the round goes on, the
    # status line says so, and Channels → Stores… lists it to be read again.
    fake.add_order(total="12,50", billing={"first_name": "Zofia", "last_name": "Mazur"})
    done.clear()
    window.channels.sync_now()
    spin(lambda: bool(done) and runner.active == 0, 30)
    print("status line:", window.message.text())
    stores = window.channels.show_stores()
    stores.resize(900, 360)
    spin(lambda: stores.retries.rowCount() > 0 and runner.active == 0)
    spin(lambda: False, 0.5)
    stores.grab().save(str(out / "channels-stores.png"))
    for name in ("consumer_key", "consumer_secret"):
        Credentials().delete(f"channel.shop.{name}")
    runner.shutdown()
    fake.stop()
    QApplication.closeAllWindows()
    print("written to", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
