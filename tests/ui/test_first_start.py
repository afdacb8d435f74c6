"""The first-start guide on an empty database, and Orders → Import…, in the real main window."""

from __future__ import annotations

import json
import subprocess

from PySide6.QtWidgets import QWizard

from orderdesk.services.first_start import GUIDE_DONE, needs_guide
from orderdesk.services.print_jobs import DocumentRequest, render, shop_from_settings
from orderdesk.services.users import UserService
from orderdesk.settings import Settings
from orderdesk.ui.first_start import FirstStartGuide
from tests.factories import make_order
from tests.support.components import require_tool
from tests.ui.conftest import wait_idle
from tests.unit.services.test_importers import GOOD


def open_guide(qtbot, window) -> FirstStartGuide:
    window.open_setup_guide()
    guide = window.setup_guide
    qtbot.waitUntil(guide.isEnabled, timeout=5000)  # the shop's current details are loaded
    return guide


def press_next(qtbot, guide: FirstStartGuide) -> None:
    before = guide.currentId()
    guide.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: guide.currentId() != before and guide.isEnabled(), timeout=5000)


def pdf_text(data: bytes, tmp_path) -> str:
    pdftotext = require_tool("pdftotext", "poppler-utils")
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_guide_stores_the_shop_whose_address_reaches_labels_and_slips(
    qtbot, make_window, db, stocked, runner, tmp_path
):
    window = make_window()
    assert needs_guide(db, Settings(db))
    guide = open_guide(qtbot, window)
    page = guide.shop_page
    assert page.name.text() == ""  # "My Shop" is the default, not an answer
    page.name.setText("Чайная лавка")
    guide.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: page.errors["shop.address"].isVisible(), timeout=5000)
    assert "sender on every shipping label" in page.errors["shop.address"].text()
    assert guide.currentPage() is page and Settings(db).get("shop.name") == "My Shop"  # nothing stored
    page.address.setPlainText("ul. Świętokrzyska 12/4\n00-916 Warszawa\nPolska")
    page.phone.setText("+48 22 123 45 67")
    page.currency.setText("xx")
    guide.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: page.errors["shop.currency"].isVisible(), timeout=5000)
    assert Settings(db).get("shop.name") == "My Shop"  # a refused field stores nothing
    page.currency.setText("PLN")
    press_next(qtbot, guide)
    assert guide.currentPage() is guide.products_page
    settings = Settings(db)
    assert settings.get("shop.name") == "Чайная лавка"
    assert settings.get("shop.address") == "ul. Świętokrzyska 12/4|00-916 Warszawa|Polska"

    number = make_order(stocked)
    order = stocked.get(number)
    shop = shop_from_settings(settings)
    label = pdf_text(render(DocumentRequest("labels"), [order], shop).data, tmp_path)
    assert "Чайная лавка" in label and "ul. Świętokrzyska 12/4" in label and "00-916 Warszawa" in label
    slip = pdf_text(render(DocumentRequest("slips"), [order], shop).data, tmp_path)
    assert "ul. Świętokrzyska 12/4" in slip
    wait_idle(qtbot, runner)


def test_the_guide_points_to_import_and_printers_and_adds_the_people(qtbot, make_window, db, runner):
    window = make_window()
    guide = open_guide(qtbot, window)
    guide.shop_page.name.setText("Herbaciarnia")
    guide.shop_page.address.setPlainText("ul. Długa 5\n30-001 Kraków")
    press_next(qtbot, guide)
    names = [b.objectName() for b in guide.products_page.buttons]
    assert names[:2] == ["goto_importOrders", "goto_newOrder"]
    assert {"goto_products", "goto_addStore"} <= set(names)  # the Stock and Channels menus' first entries
    press_next(qtbot, guide)
    assert guide.currentPage() is guide.printers_page
    assert "not chosen yet" in guide.printers_page.current.text()
    press_next(qtbot, guide)
    people = guide.people_page
    qtbot.waitUntil(lambda: runner.active == 0)
    name, pin, again = people.fields[people.ROLES[1]]  # a packer without an owner is refused
    name.setText("Piotr")
    pin.setText("2468")
    again.setText("2468")
    finish = guide.button(QWizard.WizardButton.FinishButton)
    finish.click()
    qtbot.waitUntil(lambda: people.errors["owner.name"].isVisible(), timeout=5000)
    owner_name, owner_pin, owner_again = people.fields[people.ROLES[0]]
    owner_name.setText("Olga")
    owner_pin.setText("1357")
    owner_again.setText("1375")
    finish.click()
    qtbot.waitUntil(lambda: people.errors["owner.pin"].isVisible(), timeout=5000)
    assert "differ" in people.errors["owner.pin"].text()
    owner_again.setText("1357")
    with qtbot.waitSignal(guide.finished, timeout=5000):
        finish.click()
    wait_idle(qtbot, runner)
    users = {u.name: u.role.value for u in UserService(db).list_users()}
    assert users == {"Olga": "owner", "Piotr": "packer"}
    assert UserService(db).authenticate("Piotr", "2468").name == "Piotr"
    assert Settings(db).get(GUIDE_DONE) is True and not needs_guide(db, Settings(db))


def test_skipping_stores_nothing_and_the_menu_opens_it_again(qtbot, make_window, db, runner):
    window = make_window()
    window.offer_setup_guide()  # what the app does after showing the window on an empty database
    qtbot.waitUntil(lambda: getattr(window, "setup_guide", None) is not None, timeout=5000)
    guide = window.setup_guide
    qtbot.waitUntil(guide.isEnabled, timeout=5000)
    assert guide.button(QWizard.WizardButton.CancelButton).text() == "Skip the guide"
    guide.shop_page.name.setText("Not saved")
    with qtbot.waitSignal(guide.finished, timeout=5000):
        guide.button(QWizard.WizardButton.CancelButton).click()
    wait_idle(qtbot, runner)
    assert Settings(db).get("shop.name") == "My Shop"
    assert not needs_guide(db, Settings(db))  # skipped once: not offered by itself again
    window.setup_guide = None
    window.offer_setup_guide()
    wait_idle(qtbot, runner)
    assert window.setup_guide is None
    action = window.findChild(type(window.guide_action), "setupGuide")
    assert action in window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "ordersMenu").actions()
    action.trigger()
    qtbot.waitUntil(lambda: window.setup_guide is not None and window.setup_guide.isVisible(), timeout=5000)
    window.setup_guide.close()
    wait_idle(qtbot, runner)


def test_a_shop_with_orders_is_not_guided(qtbot, make_window, stocked, runner):
    make_order(stocked)
    window = make_window()
    window.offer_setup_guide()
    wait_idle(qtbot, runner)
    assert getattr(window, "setup_guide", None) is None


def test_import_runs_on_the_writer_and_shows_its_report(qtbot, make_window, stocked, runner, tmp_path):
    window = make_window()
    assert window.import_action in window.menuBar().actions()[0].menu().actions()
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    bad = {**GOOD, "external_id": "WEB-2", "lines": [{"sku": "NOPE", "quantity": 1}]}
    odd_phone = {**GOOD, "external_id": "WEB-3", "customer": {**GOOD["customer"], "phone": "12"}}
    path = tmp_path / "orders.json"
    path.write_text(json.dumps({"orders": [GOOD, bad, odd_phone]}, ensure_ascii=False), encoding="utf-8")
    with qtbot.waitSignal(window.importer.finished, timeout=10_000) as done:
        window.importer.import_path(path)
    report = done.args[0]
    assert len(report.imported) == 2 and len(report.errors) == 1 and len(report.warnings) == 1
    dialog = window.importer.report_dialog
    assert dialog.isVisible()
    assert dialog.summary.text() == "Imported: 2 · already in the desk, skipped: 0 · rows to fix: 1"
    assert "order 2: Line 1: unknown SKU 'NOPE'" in dialog.errors.toPlainText()
    assert "Imported, but check:\norder 3: phone '12'" in dialog.errors.toPlainText()
    order_id = stocked.get(report.imported[0]).id
    qtbot.waitUntil(lambda: window.column_model(stocked.get(report.imported[0]).status).row_of(order_id) >= 0)
    dialog.close()
    with qtbot.waitSignal(window.importer.finished, timeout=10_000) as again:
        window.importer.import_path(path)
    assert again.args[0].skipped == ["WEB-1", "WEB-3"] and window.importer.report_dialog.summary.text().startswith(
        "Imported: 0 · already in the desk, skipped: 2"
    )
    window.importer.report_dialog.close()
    wait_idle(qtbot, runner)


def test_an_unreadable_file_is_one_clear_message(qtbot, make_window, runner, reporter, tmp_path):
    window = make_window()
    path = tmp_path / "orders.csv"
    path.write_bytes("external_id;customer_name\n1;Łukasz".encode("cp1250"))
    window.importer.import_path(path)
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: reporter.last is not None, timeout=5000)
    _title, message = reporter.last
    assert "not UTF-8" in message and "Traceback" not in message


def test_the_guide_is_offered_once_the_board_is_painted(
    qtbot, service, runner, qsettings, reporter, owner, monkeypatch
):
    """As the app starts: the offer is made right after showing the window, and its check and the
    guide wait for the board's first page and paint (the menus come then too)."""
    import orderdesk.services.first_start as first_start
    from orderdesk.ui.main_window import MainWindow

    checked_after_the_first_page: list[bool] = []
    check = first_start.needs_guide

    def needs_guide(db, settings):
        checked_after_the_first_page.append(window.board.loaded_once)
        return check(db, settings)

    monkeypatch.setattr(first_start, "needs_guide", needs_guide)

    window = MainWindow(
        service, runner, qsettings=qsettings, reporter=reporter, actor=owner, poll_ms=0, defer_menus=True
    )
    qtbot.addWidget(window)
    window.show()
    window.offer_setup_guide()
    assert not window.menus_installed and getattr(window, "setup_guide", None) is None
    qtbot.waitUntil(lambda: window.menus_installed, timeout=5000)
    assert window.board.loaded_once  # the menus, and the guide's check, came after the first page
    qtbot.waitUntil(lambda: getattr(window, "setup_guide", None) is not None, timeout=5000)
    assert checked_after_the_first_page == [True]
    window.setup_guide.close()
    window.close()
    wait_idle(qtbot, runner)
