"""docs/automation.md's screenshots: the board's Priority and Late markers and the assigned
person (automation-board.png), and the template editor's check against the open orders for a
shop's own text without a fallback of its own (automation-template-preview.png).

Run from the repository root under Xvfb (a small database is made in a temporary folder):
    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/make_automation_screenshots.py docs
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import shot_tools  # beside this script: what the screenshot scripts share

MAX_BYTES = 200_000

CUSTOMERS = [  # name, phone, e-mail, language, delivery, quantity of mugs
    ("Anna Kowalska", "+48 600 100 001", "anna@example.pl", "pl", "carrier", 1),
    ("Jan Nowak", "+48 600 100 002", "jan@example.pl", "pl", "own_courier", 1),
    ("Ewa Lis", "+48 600 100 003", "ewa@example.pl", "pl", "carrier", 2),
    ("Tomasz Wójcik", "+48 600 100 004", "tomasz@example.pl", "pl", "carrier", 5),
    ("Maria Wiśniewska", "+48 600 100 005", "maria@example.pl", "pl", "carrier", 1),
    ("Piotr Zieliński", "+48 600 100 006", "piotr.z@example.pl", "pl", "carrier", 1),
    ("Ivan Petrov", "+7 912 345 67 89", "ivan@example.ru", "ru", "carrier", 1),
    ("Li Wei", "+48 600 100 008", "li@example.cn", "zh", "carrier", 2),
    ("Zofia Mazur", "+48 600 100 009", "zofia@example.pl", "pl", "carrier", 1),
    ("Karol Wrona", "+48 600 100 010", "karol@example.pl", "pl", "carrier", 1),
]


def main(out: Path) -> int:
    os.environ["ORDERDESK_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtCore import QSettings

    from orderdesk.ui.app import make_application

    app = make_application(sys.argv[:1])

    from sqlalchemy import update

    from orderdesk.db import Database
    from orderdesk.domain import Actor, Address, Customer
    from orderdesk.models import CustomerRow, OrderRow, utcnow
    from orderdesk.money import Money
    from orderdesk.services.messaging.store import TemplateStore
    from orderdesk.services.messaging.templates import Template
    from orderdesk.services.orders import NewLine, NewOrder
    from orderdesk.services.users import UserService
    from orderdesk.settings import Settings
    from orderdesk.ui.crash import ErrorReporter
    from orderdesk.ui.main_window import MainWindow
    from orderdesk.ui.notifications.template_editor import TemplateEditor
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.wiring import declare_all_settings, order_service
    from orderdesk.workflow import MoveRequest, Role, Status

    data = Path(os.environ["ORDERDESK_DATA_DIR"])
    db = Database.open(data / "shots.sqlite3")
    declare_all_settings()
    settings = Settings(db)
    settings.set("shop.name", "Sklep u Olgi")
    settings.set("automation.priority_delivery_methods", "own_courier")  # express: the own courier
    settings.set("automation.priority_total_over", "200")
    settings.set("automation.late_hours", "24")
    settings.set("messaging.payment_link", "https://pay.example/{order_number}")
    service = order_service(db)
    service.upsert_product("MUG-1", "Kubek „Kraków”", Money(3999, "PLN"), stock_on_hand=50, bin_location="A-01-1")
    service.upsert_product("TEA-2", "Herbata Earl Grey", Money(1299, "PLN"), stock_on_hand=50, bin_location="A-02-3")
    owner = Actor("Olga", Role.OWNER)
    users = UserService(db)
    users.create_user("Olga", Role.OWNER, "1234")
    users.create_user("Piotr", Role.PACKER, "5678", owner)

    numbers = []
    for name, phone, email, language, delivery, mugs in CUSTOMERS:
        new = NewOrder(
            customer=Customer(None, name, phone=phone, email=email, language=language),
            lines=[NewLine("MUG-1", mugs), NewLine("TEA-2", 1)],
            delivery_method=delivery,
            payment_method="prepaid_online",
            currency="PLN",
            address=Address(name, "ul. Długa 5", "", "Kraków", "30-001", "", "PL"),
            shipping_fee_minor=1500,
        )
        numbers.append(service.create_order(new, owner).number)
    # The rules flagged the own-courier order and the big one; one more by hand.
    service.set_priority(numbers[8], True, owner, "the customer's birthday present")
    for n in numbers[:3] + numbers[8:]:
        service.move(n, MoveRequest(Status.CONFIRMED), owner)
    service.move(numbers[2], MoveRequest(Status.AWAITING_PAYMENT), owner)
    for n in numbers[8:]:
        service.move(n, MoveRequest(Status.PAID, payment_minor=service.get(n).total.minor), owner)
    service.move(numbers[9], MoveRequest(Status.ASSEMBLING), owner)
    service.assign(numbers[0], "Piotr", owner)
    service.assign(numbers[1], "Piotr", owner)
    service.assign(numbers[9], "Piotr", owner)
    now = utcnow()
    with db.session(write=True) as s:  # ages as on a working day; two orders wait past the target
        for i, n in enumerate(numbers):
            hours = {0: 30, 4: 27}.get(i, 1 + i)
            s.execute(
                update(OrderRow)
                .where(OrderRow.number == n)
                .values(created_at=now - timedelta(hours=hours + 2), status_changed_at=now - timedelta(hours=hours))
                .execution_options(synchronize_session=False)
            )

    runner = TaskRunner(app)
    qsettings = QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(service, runner, settings=settings, qsettings=qsettings, actor=owner,
                        reporter=ErrorReporter(interactive=False), poll_ms=0)  # fmt: skip
    window.resize(1280, 720)
    window.show()

    def settle(ms: int = 300) -> None:
        shot_tools.settle(app, runner, ms)

    def save(widget, name: str) -> None:
        settle()
        shot_tools.save_grab(widget, out / name, MAX_BYTES)

    settle(600)
    window.signin._check_pin("Olga", "1234")  # as the owner signs in at the desk
    for _ in range(300):
        settle(20)
        if window.signin.user is not None:
            break
    settle(600)
    save(window, "automation-board.png")
    window.close()

    # The shop's own "confirmed" e-mail, saved before templates had fallbacks (none of its own),
    # and three customers without a name among the confirmed orders (the editor checks a text
    # against the orders in the status that sends it).
    for n in numbers[4:6]:
        service.move(n, MoveRequest(Status.CONFIRMED), owner)
    own = (
        "Dzień dobry, {customer_name}!\n\nDziękujemy: zamówienie {order_number} na {total} jest potwierdzone"
        " i wyślemy je w ciągu dwóch dni.\n\n{shop_name}"
    )
    TemplateStore(db).save(Template("confirmed", "email", "pl", own, "Zamówienie {order_number} potwierdzone"))
    with db.session(write=True) as s:
        for email in ("anna@example.pl", "maria@example.pl", "piotr.z@example.pl"):
            s.query(CustomerRow).filter(CustomerRow.email == email).update({"name": ""})
    editor = TemplateEditor(db, runner, lambda: "Olga")
    editor.resize(1180, 720)
    editor.show()
    for _ in range(300):
        settle(20)
        if editor.isEnabled():
            break
    editor.select("confirmed", "email", "pl")
    for _ in range(300):
        settle(20)
        if editor.held_back.found is not None:
            break
    settle(300)
    save(editor, "automation-template-preview.png")
    editor.ask_unsaved = lambda: "discard"
    editor.close()
    runner.shutdown()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
