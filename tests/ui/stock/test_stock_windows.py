"""The stock windows with pytest-qt: the lazily-fetched Products table (model tester), search typed
and scanned, edits refused next to their field, archive; receiving and stocktake by scanner bursts;
the re-order list. Real SQLite file, real task runner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from orderdesk.domain import Actor
from orderdesk.money import Money
from orderdesk.services.stock import Catalogue, ProductDraft, StockService
from orderdesk.services.stock.check import ledger_problems
from orderdesk.services.stock.reorder import purchase_orders
from orderdesk.ui.scanner import ScannerConfig
from orderdesk.workflow import Hold, MoveRequest, Role, Status
from tests.factories import OWNER, make_order, stock_products
from tests.ui.conftest import wait_idle

SCANNER = ScannerConfig(max_gap_ms=80)  # shared test machines are slow: more slack than a bench needs
MUG_EAN = "5901234123457"  # MUG-1 in tests.factories


def burst(qtbot, widget, text: str) -> None:
    """A scanner: the keys a moment apart, then Enter."""
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture
def shop(service):
    stock_products(service, stock=10)
    catalogue = Catalogue(service.db)
    for i in range(450):  # more than two pages of the lazy model
        catalogue.save(ProductDraft(f"BULK-{i:04d}", name=f"Świeca nr {i}", price=Money(990, "PLN")))
    return service


@pytest.fixture
def products_window(qtbot, shop, runner):
    from orderdesk.ui.stock.products_window import ProductsWindow

    window = ProductsWindow(shop.db, runner, lambda: OWNER, scanner=SCANNER)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    yield window
    window.close()
    runner.wait_idle()


def test_products_table_is_lazy_and_passes_the_model_tester(qtbot, qtmodeltester, products_window, runner):
    model = products_window.model
    assert model.rowCount() == 100 and model.canFetchMore()  # one page of 453, not all of them
    qtmodeltester.check(model)  # (the tester itself asks for more rows)
    for _page in range(6):
        products_window.table.scrollToBottom()  # the view asks for the next page at the bottom
        qtbot.wait(50)
    qtbot.waitUntil(lambda: model.rowCount() == 453 and not model.canFetchMore(), timeout=5000)
    qtmodeltester.check(model)
    assert model.product(452).sku == "TEA-2"


def test_search_by_name_without_accents_sku_and_barcode(qtbot, products_window):
    window = products_window
    window.search.setText("swieca nr 12")  # (typed slowly by a person; a burst would be a scan)
    # Every word on its own, as order search: "12" in 12, 112, 120-129, 212, 312 and 412.
    qtbot.waitUntil(lambda: window.model.rowCount() == 15)
    window.search.setText("tea-2")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.model.product(0).sku == "TEA-2")
    window.search.setText(MUG_EAN)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.model.product(0).sku == "MUG-1")


def test_a_scan_anywhere_opens_the_product_in_the_editor(qtbot, products_window):
    window = products_window
    window.editor.supplier.setFocus()
    burst(qtbot, window.editor.supplier, MUG_EAN)
    qtbot.waitUntil(lambda: window.editor.product is not None and window.editor.product.sku == "MUG-1")
    assert window.search.text() == MUG_EAN and window.editor.supplier.text() == ""  # the scan typed nothing


def test_an_edit_is_refused_next_to_its_field_and_a_good_one_saved(qtbot, products_window, runner):
    window = products_window
    window.search.setText("MUG-1")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    editor = window.editor
    editor.barcode.setText("5901234123464")  # TEA-2's
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.errors["barcode"].isVisible())
    assert "TEA-2" in editor.errors["barcode"].text() and not editor.errors["name"].isVisible()
    editor.barcode.setText("5901234123458")  # a wrong check digit
    editor.save_button.click()
    qtbot.waitUntil(lambda: "should be 7" in editor.errors["barcode"].text())
    editor.price.setText("abc")
    editor.save_button.click()
    assert editor.errors["price"].isVisible()
    editor.price.setText("27,50")
    editor.barcode.setText(f"{MUG_EAN} 96385074")
    editor.supplier.setText("Гжель-Опт")
    editor.save_button.click()
    qtbot.waitUntil(lambda: window.model.product(0).supplier == "Гжель-Опт")
    saved = window.model.product(0)
    assert saved.price.minor == 2750 and saved.barcodes == (MUG_EAN, "96385074")
    assert not any(label.isVisible() for label in editor.errors.values())


def test_a_new_product_and_archiving_instead_of_deleting(qtbot, products_window, runner):
    window = products_window
    window.new_button.click()
    editor = window.editor
    editor.sku.setText("NEW-1")
    editor.name.setText("Kubek nowy")
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.errors["price"].isVisible())  # a new product needs a price
    editor.price.setText("19.99")
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.product is not None and editor.product.sku == "NEW-1")
    editor.archive_button.click()
    qtbot.waitUntil(lambda: editor.product.archived)
    window.search.setText("NEW-1")
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    window.archived.setChecked(True)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.model.product(0).archived)


@pytest.fixture
def receiving(qtbot, shop, runner):
    from orderdesk.ui.stock.receiving import ReceivingWindow

    window = ReceivingWindow(shop.db, runner, lambda: OWNER, stock=StockService(shop.db, shop), scanner=SCANNER)
    qtbot.addWidget(window)
    window.show()
    window.note.setFocus()
    yield window
    window.close()
    runner.wait_idle()


def test_receiving_with_the_scanner_alone_books_each_line_and_completes_a_waiting_order(
    qtbot, qtmodeltester, receiving, shop, runner
):
    number = make_order(shop, payment="cash_on_delivery", lines=(("MUG-1", 12),))
    shop.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    shop.move(number, MoveRequest(Status.ASSEMBLING), Actor("Piotr", Role.PACKER))  # 10 on hand: held
    focus = receiving.note
    burst(qtbot, focus, "WZ/2026/118")  # the delivery note's barcode first
    assert receiving.note.text() == "WZ/2026/118"
    for code in (MUG_EAN, MUG_EAN, MUG_EAN, "5901234123464"):  # three mugs, then a tea
        burst(qtbot, receiving.focusWidget() or receiving, code)
    qtbot.waitUntil(lambda: receiving.model.rowCount() == 1)
    line = receiving.model.line(0)
    assert (line.sku, line.received, line.on_hand, line.orders) == ("MUG-1", 3, 13, (number,))
    assert receiving.pending_code == "5901234123464"
    receiving.quantity.setValue(6)  # the carton holds six: typed, then Enter books it
    qtbot.keyClick(receiving.quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: receiving.model.rowCount() == 2)
    assert (receiving.model.line(0).sku, receiving.model.line(0).received) == ("TEA-2", 6)
    qtmodeltester.check(receiving.model)
    card = StockService(shop.db).card("TEA-2")
    assert card.product.stock_on_hand == 16 and card.movements[0].document == "WZ/2026/118"
    assert not [h for h in shop.get(number).active_holds if h.kind == Hold.OUT_OF_STOCK.value]
    assert ledger_problems(shop.db) == []


def test_an_unknown_code_is_said_and_nothing_is_booked(qtbot, receiving, shop, runner):
    receiving.code.setFocus()
    burst(qtbot, receiving.code, "4006381333931")
    qtbot.waitUntil(lambda: "No product" in receiving.status.text())
    receiving.book()
    wait_idle(qtbot, runner)
    assert receiving.model.rowCount() == 0


def test_stocktake_of_a_shelf_by_scanning_and_applying_the_differences(qtbot, qtmodeltester, shop, runner):
    from orderdesk.ui.stock.stocktake import StocktakeWindow

    window = StocktakeWindow(shop.db, runner, lambda: OWNER, stock=StockService(shop.db, shop), scanner=SCANNER)
    qtbot.addWidget(window)
    window.show()
    window.shelf.setText("A-")
    window.start_button.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.setFocus()
    for _ in range(8):
        burst(qtbot, window.table, MUG_EAN)
    burst(qtbot, window.table, "5901234123464")  # TEA-2 found on this shelf too
    qtbot.waitUntil(lambda: [(x.sku, x.counted) for x in window.model.lines()] == [("MUG-1", 8), ("TEA-2", 1)])
    qtmodeltester.check(window.model)
    window.apply_button.click()
    qtbot.waitUntil(lambda: "reason" in window.status.text().lower() or "Say why" in window.status.text())
    window.reason.setText("stocktake shelf A")
    window.apply_button.click()
    qtbot.waitUntil(lambda: window.status.text().startswith("Applied"))
    assert StockService(shop.db).card("MUG-1").product.stock_on_hand == 8
    assert StockService(shop.db).card("TEA-2").product.stock_on_hand == 1
    window.close()


def test_reorder_window_lists_by_supplier_marks_ordered_and_writes_the_pdf(
    qtbot, qtmodeltester, service, runner, tmp_path
):
    from orderdesk.ui.stock.reorder_view import ReorderWindow

    stock_products(service, stock=3)
    Catalogue(service.db).save(ProductDraft("MUG-1", supplier="Гжель-Опт", reorder_point=5, reorder_quantity=24))
    window = ReorderWindow(service.db, runner, lambda: OWNER)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    qtmodeltester.check(window.model)
    assert window.model.index(0, 0).data() == "Гжель-Опт" and window.model.index(0, 7).data() == "24"
    window.order_button.click()
    qtbot.waitUntil(lambda: window.orders.count() == 1 and window.model.rowCount() == 0)
    number = purchase_orders(service.db)[0].number
    window.write_document(number, tmp_path / "po.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "po.pdf").exists() and "Saved" in window.status.text())
    assert (tmp_path / "po.pdf").read_bytes().startswith(b"%PDF")
    window.close()


def test_the_stock_menu_opens_each_window_once(qtbot, make_window, stocked):
    window = make_window()
    names = [a.objectName() for a in window.stock_menu.menu.actions()]
    assert names == ["products", "receiveStock", "stocktake", "reorderList"]
    window.stock_menu.products_action.trigger()
    products = window.stock_menu.windows["products"]
    qtbot.waitUntil(lambda: products.model.rowCount() == 3)
    window.stock_menu.products_action.trigger()
    assert window.stock_menu.windows["products"] is products
    for action in (window.stock_menu.receive_action, window.stock_menu.count_action, window.stock_menu.reorder_action):
        action.trigger()
    assert len(window.stock_menu.windows) == 4
    for shown in window.stock_menu.windows.values():
        shown.close()


def test_waiting_orders_in_the_reorder_window_ask_and_record_the_answers(qtbot, qtmodeltester, db, runner):
    from orderdesk.ui.stock.reorder_view import ReorderWindow
    from orderdesk.wiring import order_service

    orders = order_service(db)
    stock_products(orders, stock=1)
    numbers = []
    for phone in ("+48 600 100 200", "+48 600 100 300"):
        number = make_order(
            orders, payment="cash_on_delivery", lines=(("MUG-1", 3),), phone=phone, email=f"{phone[-3:]}@example.pl"
        )
        orders.move(number, MoveRequest(Status.CONFIRMED), OWNER)
        orders.move(number, MoveRequest(Status.ASSEMBLING), Actor("Piotr", Role.PACKER))
        numbers.append(number)
    window = ReorderWindow(db, runner, lambda: OWNER, orders=orders)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.waiting.rowCount() == 2)
    qtmodeltester.check(window.waiting)
    window.ask_button.click()
    assert "Choose a waiting order" in window.status.text()
    window.waiting_table.selectRow(0)
    window.ask_button.click()
    qtbot.waitUntil(lambda: window.waiting.index(0, 3).data() == "asked, no answer yet")
    window.waiting_table.selectRow(0)
    window.waits_button.click()
    qtbot.waitUntil(lambda: window.waiting.index(0, 3).data() == "will wait")
    window.waiting_table.selectRow(1)
    window.cancels_button.click()
    qtbot.waitUntil(lambda: window.waiting.rowCount() == 1)
    assert orders.get(numbers[1]).status is Status.CANCELLED
    window.close()


def test_the_orders_history_says_what_happened_while_it_waited_for_stock(qtbot, db, runner):
    from orderdesk.services.stock.backorders import offer_choice, record_answer
    from orderdesk.wiring import order_service
    from tests.ui.test_dialogs import open_details

    orders = order_service(db)
    stock_products(orders, stock=1)
    number = make_order(orders, payment="cash_on_delivery", lines=(("MUG-1", 3),))
    orders.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    orders.move(number, MoveRequest(Status.ASSEMBLING), OWNER)
    offer_choice(db, number, OWNER)
    record_answer(db, orders, number, "wait", OWNER)
    StockService(db, orders).receive("MUG-1", 2, OWNER)
    window = open_details(qtbot, orders, runner, number)
    texts = [window.history_model.index(r, 2).data() for r in range(window.history_model.rowCount())]
    assert "Asked the customer: wait for the stock or cancel" in texts
    assert "The customer will wait for the stock" in texts
    assert "Hold resolved: Out of stock" in texts
    window.close()
