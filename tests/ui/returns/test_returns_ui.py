"""The Returns tab of the order window, the Create return dialog and the card menu entry."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt

from orderdesk.services.returns import ReturnRequestLine, ReturnService
from orderdesk.ui.order_details import OrderDetailsWindow
from orderdesk.ui.returns import CreateReturnDialog
from orderdesk.workflow import Status
from tests.factories import OWNER
from tests.ui.conftest import wait_idle
from tests.unit.services.returns.helpers import delivered_order


def open_details(qtbot, service, runner, number) -> OrderDetailsWindow:
    window = OrderDetailsWindow(service, runner, service.get(number).id, lambda: OWNER)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    wait_idle(qtbot, runner)
    return window


def test_returns_tab_lists_the_orders_returns_and_passes_the_model_tester(qtbot, qtmodeltester, service, runner):
    number = delivered_order(service)
    ReturnService(service).create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER)
    window = open_details(qtbot, service, runner, number)
    tab = window.returns_tab
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 1
    row = [tab.model.index(0, c).data() for c in range(4)]
    assert row[0].startswith("R-") and row[1] == "Requested" and row[2] == "MUG-1×1" and row[3] == "Damaged"
    assert window.tabs.tabText(tab.index) == "Returns (1)"
    assert tab.create_button.isEnabled()


def test_create_return_dialog_keyboard_and_refusal_keeps_the_input(qtbot, service, runner):
    number = delivered_order(service)
    window = open_details(qtbot, service, runner, number)
    window.returns_tab.open_create()
    qtbot.waitUntil(lambda: window.returns_tab.dialog is not None and window.returns_tab.dialog.isVisible())
    dialog: CreateReturnDialog = window.returns_tab.dialog
    assert dialog.quantities[0].maximum() == 2 and dialog.quantities[1].maximum() == 1
    dialog.create()
    assert "at least one item" in dialog.error.text()
    # Someone returns one mug elsewhere meanwhile: the service refuses two, the dialog keeps the input.
    dialog.quantities[0].setValue(2)
    dialog.reasons[0].setCurrentIndex(dialog.reasons[0].findData("wrong_item"))
    dialog.notes[0].setText("wrong colour")
    ReturnService(service).create_return(number, [ReturnRequestLine("MUG-1", 1, "other")], OWNER)
    qtbot.keyClick(dialog.quantities[0], Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert dialog.isVisible() and "at most 1 more can be returned, not 2" in dialog.error.text()
    assert dialog.quantities[0].value() == 2 and dialog.notes[0].text() == "wrong colour"
    dialog.quantities[0].setValue(1)
    dialog.create()
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle(qtbot, runner)
    made = ReturnService(service).for_order(number)
    assert [(r.lines[0].quantity, r.lines[0].reason, r.lines[0].note) for r in made] == [
        (1, "other", ""),
        (1, "wrong_item", "wrong colour"),
    ]
    assert window.returns_tab.model.rowCount() == 2


def test_not_delivered_order_cannot_create_a_return(qtbot, stocked, runner):
    from tests.factories import make_order

    number = make_order(stocked)
    window = open_details(qtbot, stocked, runner, number)
    assert not window.returns_tab.create_button.isEnabled()


def test_card_menu_offers_create_return_on_a_delivered_card(qtbot, make_window, service, runner):
    number = delivered_order(service)
    window = make_window()
    order_id = service.get(number).id
    menu = window.board.build_menu(Status.DELIVERED, [order_id])
    texts = [a.text() for a in menu.actions()]
    assert "Create return…" in texts
    assert "Create return…" not in [a.text() for a in window.board.build_menu(Status.PACKED, [order_id]).actions()]
    window.order_list.model.summary = lambda i: service.summaries([i])[0]  # as if the list showed the order
    assert "Create return…" in [a.text() for a in window.order_list.build_menu([order_id]).actions()]
    next(a for a in menu.actions() if a.text() == "Create return…").trigger()
    details = window._windows[order_id]
    qtbot.waitUntil(lambda: details.returns_tab.dialog is not None and details.returns_tab.dialog.isVisible())
    assert details.tabs.currentIndex() == details.returns_tab.index
    details.returns_tab.dialog.reject()


def test_receiving_at_the_bench_with_scanner_and_keyboard(qtbot, make_window, service, runner, db):
    from sqlalchemy import select

    from orderdesk.models import StockMovementRow

    number = delivered_order(service)
    r = ReturnService(service).create_return(
        number, [ReturnRequestLine("MUG-1", 2, "damaged"), ReturnRequestLine("TEA-2", 1, "other")], OWNER
    )
    window = make_window()
    window.receive_return_action.trigger()
    dialog = window.receive_return_dialog
    qtbot.waitUntil(dialog.isVisible)

    def scan(code: str) -> None:
        qtbot.keyClicks(dialog.scan, code)
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
        wait_idle(qtbot, runner)

    scan(r.number)  # the slip's QR code
    assert dialog.current.number == r.number and dialog.model.rowCount() == 2
    scan("5901234123457")  # a mug's barcode: restock
    qtbot.keyClick(dialog, Qt.Key.Key_F3)  # the next one is written off
    qtbot.keyClicks(dialog.state, "cracked")
    scan("MUG-1")
    scan("MUG-1")  # a third mug: only two were expected
    assert "all 2 expected are scanned already" in dialog.error.text()
    scan("5901234123471")  # a fan: not in this return
    assert "is not an item of return" in dialog.error.text()
    assert dialog.model.index(0, 3).data() == "1 restock, 1 write off"
    scan("R-2026-00099")  # another slip while items are scanned: book or clear first
    assert "Book or clear the items of" in dialog.error.text() and dialog.current.number == r.number
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, runner)
    assert r.number in dialog.info.text() and "Awaiting parcel" in dialog.info.text()
    with db.session() as s:
        moves = s.scalars(select(StockMovementRow).where(StockMovementRow.document == r.number)).all()
        assert sorted((m.kind, m.quantity, m.reason) for m in moves) == [
            ("returned", 1, "restock"),
            ("written_off", 1, "cracked"),
        ]
    scan("TEA-2")
    qtbot.keyClick(dialog, Qt.Key.Key_F8)
    assert dialog.model.index(1, 3).data() == "" and not dialog.scanned
    dialog.close()


def test_the_card_shows_the_newest_returns_step(qapp, service):
    number = delivered_order(service)
    order_id = service.get(number).id
    assert service.summaries([order_id])[0].return_status == ""
    r = ReturnService(service).create_return(number, [ReturnRequestLine("TEA-2", 1, "other")], OWNER)
    assert service.summaries([order_id])[0].return_status == "requested"
    ReturnService(service).reject(r.number, OWNER, "too late")
    assert service.summaries([order_id])[0].return_status == "rejected"
    from dataclasses import replace

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from orderdesk.ui.board.delegate import CardDelegate

    delegate = CardDelegate(language="en")
    assert delegate.return_text("rejected") == "Return rejected"
    assert delegate.return_text("partly_refunded") == "Return partly refunded"
    summary = service.summaries([order_id])[0]

    def paint(card) -> QImage:
        image = QImage(260, 110, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        option = QStyleOptionViewItem()
        option.rect = QRect(0, 0, 260, 110)
        painter = QPainter(image)
        delegate._paint_card(painter, option, card, "")
        painter.end()
        return image

    assert paint(summary) != paint(replace(summary, return_status=""))  # the pill replaces the tracking number


def test_refund_dialog_shows_the_computed_amount_and_an_edit_needs_a_reason(qtbot, service, runner):
    from orderdesk.services.returns import ReceivedLine

    number = delivered_order(service)
    returns = ReturnService(service)
    r = returns.create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER)
    returns.receive(r.number, [ReceivedLine("MUG-1", 1, "restock")], OWNER)
    window = open_details(qtbot, service, runner, number)
    window.returns_tab.open_refund()
    qtbot.waitUntil(lambda: getattr(window.returns_tab, "refund_dialog", None) is not None)
    dialog = window.returns_tab.refund_dialog
    assert dialog.amount.text() == "25.00" and not dialog.shipping.isChecked()
    dialog.amount.setText("20.00")
    dialog.record()
    wait_idle(qtbot, runner)
    assert "say why it is 20.00" in dialog.error.text() and dialog.isVisible()
    dialog.reason.setText("handle glued back")
    dialog.amount.setText("twenty")
    dialog.record()
    assert "'twenty' is not an amount" in dialog.error.text()
    dialog.amount.setText("20.00")
    dialog.record()
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    refund = returns.get(r.number).refund
    assert refund.amount.minor == 2000 and refund.reason == "handle glued back"


def test_slip_pdf_is_saved_from_the_tab(qtbot, service, runner, tmp_path):
    number = delivered_order(service)
    r = ReturnService(service).create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER)
    window = open_details(qtbot, service, runner, number)
    target = tmp_path / "slip.pdf"
    window.returns_tab.ask_slip_path = lambda _n: str(target)
    window.returns_tab.save_slip()
    wait_idle(qtbot, runner)
    assert target.read_bytes().startswith(b"%PDF") and "slip.pdf" in window.banner.text()
    assert r.number in subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout


def test_exchange_from_the_tab_makes_the_replacement_order(qtbot, service, runner):
    from orderdesk.services.returns import ReceivedLine

    number = delivered_order(service)
    returns = ReturnService(service)
    r = returns.create_return(number, [ReturnRequestLine("MUG-1", 1, "wrong_item")], OWNER)
    returns.receive(r.number, [ReceivedLine("MUG-1", 1, "restock")], OWNER)
    window = open_details(qtbot, service, runner, number)
    asked = []
    window.returns_tab.ask_exchange = lambda n, proposal: asked.append(proposal) or "MUG-1 1"
    window.returns_tab.open_exchange()
    wait_idle(qtbot, runner)
    assert asked == ["MUG-1:1"] and "'MUG-1' is not SKU:QTY" in window.banner.text()
    window.returns_tab.ask_exchange = lambda n, proposal: "MUG-1:1"
    window.returns_tab.open_exchange()
    wait_idle(qtbot, runner)
    made = returns.get(r.number)
    assert made.status == "exchanged" and made.exchange_order in window.banner.text()


def test_a_part_now_and_the_rest_later_from_the_refund_dialog(qtbot, service, runner):
    from orderdesk.services.returns import ReceivedLine

    number = delivered_order(service, payment="cash_on_delivery")
    returns = ReturnService(service)
    r = returns.create_return(number, [ReturnRequestLine("MUG-1", 2, "damaged")], OWNER)
    returns.receive(r.number, [ReceivedLine("MUG-1", 2, "restock")], OWNER)
    window = open_details(qtbot, service, runner, number)
    tab = window.returns_tab
    tab.open_refund()
    qtbot.waitUntil(lambda: getattr(tab, "refund_dialog", None) is not None)
    dialog = tab.refund_dialog
    assert dialog.manual.isVisibleTo(dialog) and "paid back by hand" in dialog.manual.text().lower()
    dialog.rest_later.setChecked(True)
    dialog.record()  # the whole amount as a part: refused, the dialog stays with the words
    wait_idle(qtbot, runner)
    assert "is all that is left to refund" in dialog.error.text() and dialog.isVisible()
    dialog.amount.setText("20.00")
    dialog.record()
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle(qtbot, runner)
    row = [tab.model.index(0, c).data() for c in range(5)]
    assert row[1] == "Partly refunded" and row[4] == "20.00\xa0PLN, 30.00\xa0PLN left (paid back by hand)"
    assert "Pay it back by hand (cash on delivery). 30.00\xa0PLN is left for later." in window.banner.text()
    # The same dialog pressed again after the part was recorded: refused, not a second part.
    dialog.record()
    wait_idle(qtbot, runner)
    assert "another desk meanwhile" in dialog.error.text()
    tab.refund_dialog = None
    tab.open_refund()
    qtbot.waitUntil(lambda: getattr(tab, "refund_dialog", None) is not None)
    rest = tab.refund_dialog
    assert rest.amount.text() == "30.00" and "so far: 20.00" in rest.summary.text()
    rest.record()
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: not rest.isVisible())
    done = returns.get(r.number)
    assert done.status == "refunded" and [x.amount.minor for x in done.refunds] == [2000, 3000]


def test_a_bank_transfer_refund_is_paid_back_by_hand_in_the_tab_banner_and_history(qtbot, service, runner):
    from orderdesk.services.returns import ReceivedLine

    number = delivered_order(service, payment="bank_transfer")
    returns = ReturnService(service)
    r = returns.create_return(number, [ReturnRequestLine("TEA-2", 1, "wrong_item")], OWNER)
    returns.receive(r.number, [ReceivedLine("TEA-2", 1, "restock")], OWNER)
    window = open_details(qtbot, service, runner, number)
    tab = window.returns_tab
    tab.open_refund()
    qtbot.waitUntil(lambda: getattr(tab, "refund_dialog", None) is not None)
    dialog = tab.refund_dialog
    assert dialog.manual.text().startswith("Bank transfer: paid back by hand.")
    dialog.record()
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Pay it back by hand (bank transfer)." in window.banner.text()
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: tab.statuses.get(r.number) == "refunded")
    assert tab.model.index(0, 4).data() == "12.99\xa0PLN (paid back by hand)"
    model = window.history_model
    cells = [model.index(i, c).data() for i in range(model.rowCount()) for c in range(model.columnCount())]
    assert f"Refund 12.99 PLN for return {r.number}, paid back by hand" in cells
