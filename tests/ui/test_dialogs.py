"""Order details, the phone-order form and settings, against a real database."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from orderdesk.domain import Actor
from orderdesk.models import TrackingEventRow
from orderdesk.services.orders import OrderEdit
from orderdesk.settings import Settings
from orderdesk.ui.lines_model import LineItem, LinesModel
from orderdesk.ui.new_order import NewOrderDialog
from orderdesk.ui.order_details import OrderDetailsWindow
from orderdesk.ui.product_lookup import ProductsModel
from orderdesk.ui.records_model import RecordsModel
from orderdesk.ui.settings_dialog import SettingsDialog
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order
from tests.ui.conftest import wait_idle


def plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("<b>", "").replace("</b>", "")


# -- models ---------------------------------------------------------------------------------------------


def test_lines_model_passes_model_tester(qtmodeltester):
    model = LinesModel("PLN", show_stock=True)
    model.add(LineItem("MUG-1", "Кружка", 2, 2500, available=1))
    model.add(LineItem("FAN-3", "折扇", 1, 4000, available=9))
    model.add(LineItem("MUG-1", "Кружка", 1, 2500, available=1))  # same SKU: one more
    qtmodeltester.check(model)
    assert [(line.sku, line.quantity) for line in model.lines] == [("MUG-1", 3), ("FAN-3", 1)]
    assert model.subtotal_minor() == 3 * 2500 + 4000
    assert model.setData(model.index(1, LinesModel.QTY), "4")
    assert not model.setData(model.index(1, LinesModel.QTY), "0")
    assert plain(model.index(0, LinesModel.TOTAL).data()) == "75.00 PLN"
    assert "Only 1 in stock" in model.index(0, LinesModel.STOCK).data(Qt.ItemDataRole.ToolTipRole)
    model.remove(0)
    qtmodeltester.check(model)


def test_records_and_products_models_pass_model_tester(qtmodeltester, stocked):
    records = RecordsModel(["When", "Who"])
    records.set_rows([("today", "Olga"), ("yesterday", "Piotr")], keys=[1, 2])
    qtmodeltester.check(records)
    products = ProductsModel()
    products.set_products(stocked.products())
    qtmodeltester.check(products)
    assert "in stock" in products.index(0).data()


# -- order details --------------------------------------------------------------------------------------


def open_details(qtbot, service, runner, number, reporter=None) -> OrderDetailsWindow:
    order_id = service.get(number).id
    window = OrderDetailsWindow(service, runner, order_id, lambda: OWNER, reporter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    return window


def test_details_show_everything(qtbot, stocked, runner):
    number = make_order(stocked, name="Екатерина Волкова")
    stocked.add_hold(number, "address_problem", "Нет номера дома", OWNER)
    stocked.resolve_hold(number, "address_problem", OWNER, "called the customer")
    stocked.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    stocked.move(number, MoveRequest(Status.PAID, payment_minor=7799), OWNER)
    stocked.move(number, MoveRequest(Status.ASSEMBLING), OWNER)
    stocked.move(number, MoveRequest(Status.PACKED), OWNER)
    shipment = stocked.add_shipment(number, carrier="inpost", tracking_number="IP000111222PL", actor=OWNER, service="locker")  # fmt: skip
    with stocked.db.session(write=True) as s:  # what the carrier sync stores
        s.add(TrackingEventRow(shipment_id=shipment.id, at=datetime(2026, 11, 20, 9, 30), code="collected_from_sender",
                               description="Przesyłka odebrana od nadawcy", location="Kraków", mapped_status="in_transit"))  # fmt: skip
    window = open_details(qtbot, stocked, runner, number)
    assert window.name.text() == "Екатерина Волкова"
    assert window.city.text() == "Kraków"
    assert window.lines_model.rowCount() == 2
    assert "total 77.99 PLN" in plain(window.money.text())
    assert "due 0.00 PLN" in plain(window.money.text())
    assert "IP000111222PL" in window.delivery_info.text()
    assert window.shipments_model.index(0, 2).data() == "IP000111222PL"
    assert window.holds_model.index(0, 1).data() == "Нет номера дома"
    qtbot.waitUntil(lambda: window.events_model.rowCount() == 1, timeout=5000)
    assert window.events_model.index(0, 3).data() == "Przesyłka odebrana od nadawcy"
    assert window.events_model.index(0, 4).data() == "Kraków"
    assert window.events_model.index(0, 5).data() == "In transit"  # in words, not the code
    whats = [window.history_model.index(r, 2).data() for r in range(window.history_model.rowCount())]
    assert whats[0] == "Shipment IP000111222PL (INPOST)"  # newest first
    assert "Assembling → Packed" in whats
    assert "Order created: phone" == whats[-1]
    # Packed: items are fixed; the window says why instead of letting the person try.
    assert not window.lines_model.flags(window.lines_model.index(0, LinesModel.QTY)) & Qt.ItemFlag.ItemIsEditable
    assert not window.remove_line.isEnabled()


def test_details_edit_quantity_and_notes(qtbot, stocked, runner):
    number = make_order(stocked)
    window = open_details(qtbot, stocked, runner, number)
    assert window.lines_model.flags(window.lines_model.index(0, LinesModel.QTY)) & Qt.ItemFlag.ItemIsEditable
    window.lines_model.setData(window.lines_model.index(0, LinesModel.QTY), 5)
    window.notes.setPlainText("Call before delivery")
    with qtbot.waitSignal(window.changed, timeout=5000):
        window.save()
    detail = stocked.get(number)
    assert [(line.sku, line.quantity) for line in detail.lines] == [("MUG-1", 5), ("TEA-2", 1)]
    assert detail.notes == "Call before delivery"
    assert detail.history[-1].kind == "edit"
    # The history says what changed in words, newest first; its tooltip has no raw Python data.
    qtbot.waitUntil(lambda: window.history_model.index(0, 2).data().startswith("Edited"), timeout=5000)
    assert window.history_model.index(0, 2).data() == "Edited: notes, items"
    tip = window.history_model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "MUG-1: quantity 2 → 5" in tip and "[" not in tip and "(" not in tip.replace("(×", "")
    assert window.history_model.index(0, 1).data() == "Olga (owner)"  # the role already in the name


def test_details_add_and_remove_items_with_totals_before_saving(qtbot, stocked, runner):
    number = make_order(stocked)  # MUG-1 × 2, TEA-2 × 1
    window = open_details(qtbot, stocked, runner, number)
    before = stocked.get(number)
    assert window.add_lookup.isVisibleTo(window) and window.remove_line.isVisibleTo(window)
    window.add_lookup.edit.setFocus()
    qtbot.keyClicks(window.add_lookup.edit, "FAN-3")
    qtbot.keyClick(window.add_lookup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lines_model.rowCount() == 3, timeout=5000)
    wait_idle(qtbot, runner)
    total = before.total_minor + 4000
    assert f"{total // 100}.{total % 100:02d}" in plain(window.money.text())  # before saving
    window.lines_model.setData(window.lines_model.index(0, LinesModel.QTY), 1)  # one mug less
    total -= 2500
    assert f"{total // 100}.{total % 100:02d}" in plain(window.money.text())
    window.lines.selectRow(1)  # the tea
    qtbot.mouseClick(window.remove_line, Qt.MouseButton.LeftButton)
    assert [line.sku for line in window.lines_model.lines] == ["MUG-1", "FAN-3"]
    with qtbot.waitSignal(window.changed, timeout=5000):
        window.save()
    saved = stocked.get(number)
    assert [(line.sku, line.quantity) for line in saved.lines] == [("MUG-1", 1), ("FAN-3", 1)]
    assert saved.lines[1].unit_price.minor == 4000
    wait_idle(qtbot, runner)


def test_details_items_are_fixed_once_assembling(qtbot, stocked, runner):
    number = make_order(stocked, payment="cash_on_delivery")
    stocked.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    stocked.move(number, MoveRequest(Status.ASSEMBLING), OWNER)
    window = open_details(qtbot, stocked, runner, number)
    assert not window.add_lookup.isVisibleTo(window) and not window.remove_line.isEnabled()
    window.lines.selectRow(0)
    window.lines.setFocus()
    qtbot.keyClick(window.lines, Qt.Key.Key_Delete)
    assert window.lines_model.rowCount() == 2 and not window.has_unsaved_edits()


def test_details_validation_next_to_the_field(qtbot, stocked, runner):
    number = make_order(stocked)
    window = open_details(qtbot, stocked, runner, number)
    window.phone.setText("12")
    window.save()
    qtbot.waitUntil(lambda: bool(window.error_text("phone")), timeout=5000)
    assert "not a valid phone number" in window.error_text("phone")
    window.phone.setText("+48 600 123 456")
    window.shipping.setText("1.2345")
    window.save()
    assert "decimal places" in window.error_text("shipping_fee")
    window.shipping.setText("1.234")  # one thousand, or one with a typo? asked, not guessed
    window.save()
    assert "ambiguous" in window.error_text("shipping_fee")
    assert stocked.get(number).shipping_fee_minor == 1500


def test_details_conflict_reloads_and_never_overwrites(qtbot, stocked, runner):
    number = make_order(stocked)
    window = open_details(qtbot, stocked, runner, number)
    stocked.update_order(number, OrderEdit(notes="Written on the other PC"), Actor("Other PC"))
    window.notes.setPlainText("Written here")
    window.save()
    qtbot.waitUntil(lambda: "changed by someone else" in window.banner.text(), timeout=5000)
    qtbot.waitUntil(lambda: window.notes.toPlainText() == "Written on the other PC", timeout=5000)
    assert stocked.get(number).notes == "Written on the other PC"


# -- new order --------------------------------------------------------------------------------------------


def new_order_dialog(qtbot, service, runner) -> NewOrderDialog:
    dialog = NewOrderDialog(service, runner, Settings(service.db), lambda: OWNER)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def add_by_lookup(qtbot, dialog: NewOrderDialog, text: str) -> None:
    before = dialog.lines_model.rowCount(), dialog.lines_model.subtotal_minor()
    dialog.lookup.setFocus()
    qtbot.keyClicks(dialog.lookup, text)
    qtbot.keyClick(dialog.lookup, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (dialog.lines_model.rowCount(), dialog.lines_model.subtotal_minor()) != before, timeout=5000
    )


def test_new_order_bad_input_is_shown_next_to_fields(qtbot, stocked, runner):
    dialog = new_order_dialog(qtbot, stocked, runner)
    dialog.submit()
    assert "name" in dialog.error_text("customer_name")
    assert "phone number or an e-mail" in dialog.error_text("phone")
    assert "Enter the street" in dialog.error_text("address")  # a carrier needs an address
    assert "at least one item" in dialog.lines_error.text()
    qtbot.keyClicks(dialog.phone, "+48 12")
    assert "Not a valid phone number" in dialog.error_text("phone")
    dialog.email.setText("anna@")
    dialog.submit()
    assert "Not an e-mail address" in dialog.error_text("email")
    dialog.shipping.setText("ten")
    assert "not an amount" in dialog.error_text("shipping_fee")
    assert stocked.query_ids() == []


def test_new_order_address_only_when_delivery_needs_it(qtbot, stocked, runner):
    dialog = new_order_dialog(qtbot, stocked, runner)
    assert dialog.address_box.isVisibleTo(dialog)
    dialog.delivery.setCurrentIndex(dialog.delivery.findData("pickup_shop"))
    assert not dialog.address_box.isVisibleTo(dialog)
    dialog.name.setText("王伟")
    dialog.phone.setText("+86 138 0013 8000")
    add_by_lookup(qtbot, dialog, "MUG-1")
    dialog.submit()
    assert dialog.error_text("address") == ""
    qtbot.waitUntil(lambda: stocked.query_ids() != [], timeout=5000)
    detail = stocked.get_by_id(stocked.query_ids()[0])
    assert detail.delivery_method == "pickup_shop" and not detail.address.line1
    assert detail.customer.phone == "+8613800138000"


def test_new_order_lookup_scan_totals_and_create(qtbot, stocked, runner):
    dialog = new_order_dialog(qtbot, stocked, runner)
    created = []
    dialog.created.connect(created.append)
    dialog.name.setText("Zofia Woźniak")  # QTest can only type ASCII
    qtbot.keyClicks(dialog.phone, "601 234 567")  # national format: default country PL
    assert "+48601234567" in dialog.phone_hint.text()
    dialog.line1.setText("ul. Długa 5")
    dialog.postcode.setText("30-001")
    dialog.city.setText("Kraków")
    add_by_lookup(qtbot, dialog, "5901234123457")  # scanned barcode of MUG-1
    add_by_lookup(qtbot, dialog, "5901234123457")  # scanned again: quantity 2
    add_by_lookup(qtbot, dialog, "earl grey")  # by name
    assert [(line.sku, line.quantity) for line in dialog.lines_model.lines] == [("MUG-1", 2), ("TEA-2", 1)]
    assert dialog.lines_model.lines[0].available == 10  # stock shown
    dialog.shipping.setText("15")
    assert "total 77.99 PLN" in plain(dialog.totals.text())
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(created), timeout=5000)
    detail = stocked.get(created[0].number)
    assert detail.total_minor == 7799 and detail.source == "phone" and detail.address.city == "Kraków"


def test_new_order_lookup_enter_adds_the_highlighted_result(qtbot, stocked, runner):
    dialog = new_order_dialog(qtbot, stocked, runner)
    dialog.lookup.setFocus()
    qtbot.keyClicks(dialog.lookup, "-")  # every SKU has one: FAN-3, MUG-1, TEA-2
    qtbot.waitUntil(lambda: dialog.results_model.rowCount() == 3, timeout=5000)
    first = dialog.results_model.product(0)
    qtbot.keyClick(dialog.lookup, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.lookup, Qt.Key.Key_Down)
    highlighted = dialog.results_model.product(dialog.results.currentIndex().row())
    assert highlighted is not None and highlighted.sku != first.sku
    qtbot.keyClick(dialog.lookup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.lines_model.rowCount() == 1, timeout=5000)
    wait_idle(qtbot, runner)
    assert [line.sku for line in dialog.lines_model.lines] == [highlighted.sku]
    # typed on after moving: a new list, the highlight back on its first hit
    qtbot.keyClicks(dialog.lookup, "fan")
    qtbot.keyClick(dialog.lookup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.lines_model.rowCount() == 2, timeout=5000)
    assert dialog.lines_model.lines[-1].sku == "FAN-3"


def test_totals_follow_the_quantity_as_it_is_typed(qtbot, stocked, runner):
    from PySide6.QtWidgets import QApplication, QSpinBox

    dialog = new_order_dialog(qtbot, stocked, runner)
    add_by_lookup(qtbot, dialog, "MUG-1")
    assert "25.00" in plain(dialog.totals.text())
    index = dialog.lines_model.index(0, dialog.lines_model.QTY)
    dialog.lines.setFocus()
    dialog.lines.setCurrentIndex(index)  # the quantity cell opens its editor (all edit triggers)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, "3")  # still in the cell: no Enter, no Tab
    assert dialog.lines_model.lines[0].quantity == 3
    assert "75.00" in plain(dialog.totals.text())
    qtbot.keyClicks(editor, "0")  # 30
    assert "750.00" in plain(dialog.totals.text()) and editor.text() == "30"


def test_new_order_service_validation_lands_on_the_field(qtbot, stocked, runner):
    dialog = new_order_dialog(qtbot, stocked, runner)
    dialog.name.setText("Anna")
    dialog.email.setText("anna@example.pl")
    dialog.delivery.setCurrentIndex(dialog.delivery.findData("pickup_shop"))
    dialog.lines_model.add(LineItem("NOPE-9", "Unknown", 1, 100))
    dialog.submit()
    qtbot.waitUntil(lambda: "unknown SKU" in dialog.lines_error.text(), timeout=5000)
    assert dialog.create_button.isEnabled()


# -- settings ---------------------------------------------------------------------------------------------


def test_settings_are_saved(qtbot, stocked, runner, qsettings):
    dialog = SettingsDialog(Settings(stocked.db), qsettings, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    dialog.shop_name.setText("Чайная лавка")
    dialog.shop_country.setText("PO")  # two letters, but no country's
    dialog.shop_currency.setText("zł")
    dialog.shop_email.setText("shop at example.com")
    dialog.save()
    assert "not a country code" in dialog.errors["shop.country"].text()
    assert "not a currency code" in dialog.errors["shop.currency"].text()
    assert "not an e-mail address" in dialog.errors["shop.email"].text()
    assert Settings(stocked.db).get("shop.name") != "Чайная лавка"  # nothing saved
    dialog.shop_email.setText("")
    dialog.shop_country.setText("ru")
    dialog.shop_phone.setText("+7 912 345 67 89")
    dialog.shop_currency.setText("rub")
    dialog.user_name.setText("Olga")
    dialog.save()
    wait_idle(qtbot, runner)
    settings = Settings(stocked.db)
    assert settings.get("shop.name") == "Чайная лавка"
    assert settings.get("shop.country") == "RU" and settings.get("shop.currency") == "RUB"
    assert qsettings.value("user/name") == "Olga"


def test_window_remembers_geometry_and_column_widths(make_window, stocked, qsettings):
    window = make_window()
    window.resize(1234, 777)
    sizes = window.board.splitter.sizes()
    sizes[0] += 120
    window.board.splitter.setSizes(sizes)
    remembered = window.board.splitter.sizes()[0]
    window.close()
    again = make_window()
    assert abs(again.board.splitter.sizes()[0] - remembered) <= 2
    assert qsettings.value("window/geometry") is not None


def test_details_service_refusal_shown_next_to_the_address(qtbot, stocked, runner):
    number = make_order(stocked, paid=7799)
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        stocked.move(number, MoveRequest(status), OWNER)
    stocked.add_shipment(number, carrier="own_courier", tracking_number="OC-1", actor=OWNER)
    stocked.move(number, MoveRequest(Status.SHIPPED), OWNER)
    window = open_details(qtbot, stocked, runner, number)
    window.line1.setText("ul. Krótka 1")
    window.save()
    qtbot.waitUntil(lambda: bool(window.error_text("address")), timeout=5000)
    assert "left the shop" in window.error_text("address")
    assert stocked.get(number).address.line1 == "ul. Długa 5"


def test_put_on_hold_from_the_details_window(qtbot, stocked, runner):
    number = make_order(stocked)
    window = open_details(qtbot, stocked, runner, number)
    window.ask_new_hold = lambda: ("address_problem", "no flat number")
    window.put_on_hold.click()
    qtbot.waitUntil(lambda: window.detail is not None and len(window.detail.active_holds) == 1, timeout=5000)
    hold = stocked.get(number).active_holds[0]
    assert (hold.kind, hold.reason) == ("address_problem", "no flat number")
    assert window.tabs.tabText(2) == "Holds (1)" and window.resolve.isEnabled()
    window.ask_new_hold = lambda: ("address_problem", "   ")  # no reason: the service says what is missing
    window.put_on_hold.click()
    qtbot.waitUntil(lambda: "Say why" in window.banner.text(), timeout=5000)
    window.notes.setPlainText("typed, not saved")
    window.ask_new_hold = lambda: ("delayed", "stuck")
    window.put_on_hold.click()
    assert "Save or undo your edits first" in window.banner.text()
    assert len(stocked.get(number).active_holds) == 1
