"""The board in the real window over a real SQLite database: models, moves, refusals, search, refresh."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from orderdesk.domain import Actor
from orderdesk.services.orders import OrderEdit
from orderdesk.ui.board.model import ERROR_ROLE, ID_ROLE, MIME_TYPE, SUMMARY_ROLE, ColumnModel
from orderdesk.ui.board.service_source import ServiceBoardSource
from orderdesk.ui.board.source import BoardFilter
from orderdesk.ui.move_dialog import MoveDialog
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order
from tests.ui.conftest import wait_idle


def card_numbers(window, status: str) -> list[str]:
    model = window.column_model(Status(status))
    return [model.summary(i).number for i in model.ids]


def select_card(window, number: str):
    for status, model in window.board.models.items():
        for row, order_id in enumerate(model.ids):
            if model.summary(order_id).number == number:
                view = window.board.columns[status].view
                view.setFocus()
                view.setCurrentIndex(model.index(row))
                return view, model.index(row)
    raise AssertionError(f"no card {number}")


# -- models -------------------------------------------------------------------------------------------


def test_column_model_passes_model_tester(qtmodeltester, stocked, runner, qtbot):
    for _ in range(5):
        make_order(stocked)
    source = ServiceBoardSource(stocked)
    model = ColumnModel(Status.NEW, source, runner.run, page_size=2)
    pages = source.load_board([Status.NEW], BoardFilter(), limit=2)
    model.set_page(pages[Status.NEW], BoardFilter())
    assert model.rowCount() == 2 and model.total == 5
    qtmodeltester.check(model)  # the C++ tester stays attached and checks every later signal
    while model.canFetchMore(model.index(-1)) or model.rowCount() < 5:
        model.fetchMore(model.index(-1))
        qtbot.wait(20)
    model.set_error(model.ids[0], "refused")
    model.update_rows([source.summaries([model.ids[1]])[0]])
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_column_fetches_more_rows_lazily(stocked, runner, qtbot):
    for _ in range(7):
        make_order(stocked)
    source = ServiceBoardSource(stocked)
    model = ColumnModel(Status.NEW, source, runner.run, page_size=3)
    model.set_page(source.load_board([Status.NEW], BoardFilter(), limit=3)[Status.NEW], BoardFilter())
    assert model.rowCount() == 3
    assert model.canFetchMore(model.index(-1))
    model.fetchMore(model.index(-1))
    qtbot.waitUntil(lambda: model.rowCount() == 6, timeout=5000)
    model.fetchMore(model.index(-1))
    qtbot.waitUntil(lambda: model.rowCount() == 7, timeout=5000)
    assert not model.canFetchMore(model.index(-1))
    assert len(set(model.ids)) == 7


def test_board_shows_cards_with_counts(make_window, stocked):
    first = make_order(stocked, name="Zofia Woźniak")
    make_order(stocked, name="刘洋")
    window = make_window()
    model = window.column_model(Status.NEW)
    assert model.total == 2
    assert first in card_numbers(window, "new")
    summary = model.index(model.row_of(model.ids[-1])).data(SUMMARY_ROLE)
    assert summary.customer_name == "Zofia Woźniak"
    assert "2" in window.board.columns[Status.NEW].header.text()


# -- moving ---------------------------------------------------------------------------------------------


def test_keyboard_move_forward(make_window, stocked, qtbot, runner):
    number = make_order(stocked)
    window = make_window()
    view, _index = select_card(window, number)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: number in card_numbers(window, "confirmed"), timeout=5000)
    assert number not in card_numbers(window, "new")
    assert stocked.get(number).status is Status.CONFIRMED
    assert stocked.get(number).history[-1].actor == OWNER.name


def drop_on(view, ids: list[int], from_status: str) -> None:
    import json

    data = QMimeData()
    data.setData(MIME_TYPE, json.dumps({"from": from_status, "ids": ids}).encode())
    pos = QPointF(view.viewport().rect().center())
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted(), "the column refuses the drag"
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(pos, actions, data, buttons, mods))
    QApplication.sendEvent(view.viewport(), QDropEvent(pos, actions, data, buttons, mods))


def test_drag_many_cards_to_another_column(make_window, stocked, qtbot):
    numbers = [make_order(stocked) for _ in range(3)]
    window = make_window()
    new = window.column_model(Status.NEW)
    ids = new.ids[:2]
    drop_on(window.board.columns[Status.CONFIRMED].view, ids, "new")
    qtbot.waitUntil(lambda: len(card_numbers(window, "confirmed")) == 2, timeout=5000)
    assert sorted(stocked.get(n).status for n in numbers) == ["confirmed", "confirmed", "new"]


def test_refused_move_shows_reason_on_card_and_changes_nothing(make_window, stocked, qtbot):
    number = make_order(stocked)
    window = make_window()
    before = stocked.get(number)
    new = window.column_model(Status.NEW)
    order_id = new.ids[0]
    drop_on(window.board.columns[Status.ASSEMBLING].view, [order_id], "new")
    qtbot.waitUntil(lambda: bool(new.index(new.row_of(order_id)).data(ERROR_ROLE)), timeout=5000)
    message = new.index(new.row_of(order_id)).data(ERROR_ROLE)
    assert "cannot go from New to Assembling" in message
    assert message in new.index(new.row_of(order_id)).data(Qt.ItemDataRole.ToolTipRole)
    after = stocked.get(number)
    assert after.status is Status.NEW and after.version == before.version and len(after.history) == len(before.history)
    assert card_numbers(window, "assembling") == []


def test_a_mixed_batch_says_what_moved_and_why_the_rest_did_not(make_window, stocked, qtbot):
    free, held = make_order(stocked), make_order(stocked)
    stocked.add_hold(held, "address_problem", "no flat number", OWNER)
    window = make_window()
    ids = [stocked.get(n).id for n in (free, held)]
    window.move_orders(ids, Status.CONFIRMED.value)
    qtbot.waitUntil(lambda: "refused" in window.message.text(), timeout=5000)
    text = window.message.text()
    assert text.startswith("Moved 1, refused 1") and held in text
    assert stocked.get(free).status is Status.CONFIRMED and stocked.get(held).status is Status.NEW


def test_drop_on_the_same_column_is_not_accepted(make_window, stocked):
    make_order(stocked)
    window = make_window()
    model = window.column_model(Status.NEW)
    data = model.mimeData([model.index(0)])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(-1))
    assert window.column_model(Status.PAID).canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(-1))


def answer_dialog(qtbot, fill, results: list) -> None:
    """Fill the next modal MoveDialog when it shows (exec() blocks the test's call)."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MoveDialog):
            results.append(fill(dialog))
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_cancel_asks_for_a_reason(make_window, stocked, qtbot):
    number = make_order(stocked)
    window = make_window()
    seen: list = []

    def fill(dialog: MoveDialog):
        dialog._accept()  # empty reason: the dialog says so next to the field and stays open
        error = dialog.reason_error.text()
        dialog.reason.setPlainText("Customer called to cancel")
        dialog._accept()
        return error

    answer_dialog(qtbot, fill, seen)
    window.move_orders(window.column_model(Status.NEW).ids, "cancelled")
    qtbot.waitUntil(lambda: stocked.get(number).status is Status.CANCELLED, timeout=5000)
    assert "reason is required" in seen[0]
    assert stocked.get(number).history[-1].reason == "Customer called to cancel"


def test_paid_asks_for_the_amount_and_shipped_for_tracking(make_window, stocked, qtbot, runner):
    number = make_order(stocked)
    stocked.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    window = make_window()
    needs: list = []

    def pay(dialog: MoveDialog):
        assert dialog.amount.isVisibleTo(dialog)
        assert dialog.amount.text() == "77.99"  # what is due, as the default: 2 × 25.00 + 12.99 + 15.00
        dialog.amount.setText("abc")
        dialog._accept()
        needs.append(dialog.amount_error.text())
        dialog.amount.setText("77.99")
        dialog._accept()
        return True

    answer_dialog(qtbot, pay, needs)
    window.move_orders(window.column_model(Status.CONFIRMED).ids, "paid")
    qtbot.waitUntil(lambda: stocked.get(number).status is Status.PAID, timeout=5000)
    assert "not an amount" in needs[0]
    assert stocked.get(number).amount_paid_minor == 7799

    stocked.move(number, MoveRequest(Status.ASSEMBLING), OWNER)
    stocked.move(number, MoveRequest(Status.PACKED), OWNER)
    window.refresh()
    wait_idle(qtbot, runner)

    def ship(dialog: MoveDialog):
        assert dialog.tracking.isVisibleTo(dialog)
        dialog.carrier.setCurrentText("inpost")
        dialog.tracking.setText("IP123456789PL")
        dialog._accept()
        return True

    answer_dialog(qtbot, ship, needs)
    window.move_orders(window.column_model(Status.PACKED).ids, "shipped")
    qtbot.waitUntil(lambda: stocked.get(number).status is Status.SHIPPED, timeout=5000)
    assert stocked.get(number).tracking_number == "IP123456789PL"
    qtbot.waitUntil(lambda: number in card_numbers(window, "shipped"), timeout=5000)
    shipped = window.column_model(Status.SHIPPED)
    assert shipped.summary(shipped.ids[0]).tracking_number == "IP123456789PL"


def test_cancelling_the_dialog_moves_nothing(make_window, stocked, qtbot, runner):
    number = make_order(stocked)
    window = make_window()
    done: list = []
    answer_dialog(qtbot, lambda dialog: dialog.reject() or True, done)
    with qtbot.waitSignal(window.mover.finished, timeout=5000):
        window.move_orders(window.column_model(Status.NEW).ids, "cancelled")
    assert stocked.get(number).status is Status.NEW


def test_edit_conflict_is_shown_and_the_card_refreshed(make_window, stocked, qtbot):
    number = make_order(stocked, name="Anna Kowalska")
    window = make_window()
    model = window.column_model(Status.NEW)
    order_id = model.ids[0]
    shown_version = model.summary(order_id).version
    # Another PC renames the customer after this window drew the card.
    stocked.update_order(number, OrderEdit(customer_name="Anna Nowak"), Actor("Other PC"))
    window.move_orders([order_id], "confirmed")
    qtbot.waitUntil(lambda: "changed by someone else" in (model.index(model.row_of(order_id)).data(ERROR_ROLE) or ""), timeout=5000)  # fmt: skip
    qtbot.waitUntil(lambda: model.summary(order_id).customer_name == "Anna Nowak", timeout=5000)
    assert model.summary(order_id).version > shown_version
    assert stocked.get(number).status is Status.NEW  # never overwritten
    assert "changed by someone else" in window.message.text()


def test_context_menu_lists_the_workflow_moves(make_window, stocked):
    make_order(stocked)
    window = make_window()
    menu = window.board.build_menu(Status.NEW, window.column_model(Status.NEW).ids)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "Open",
        "Move to Confirmed",
        "Move to Cancelled",
        "Print",
        "Priority",
        "Assign to",
        "Mark delayed…",
    ]  # Print: the printing submenu
    menu.actions()[2].trigger()  # "Move to Confirmed"


def test_multi_select_and_keyboard_move(make_window, stocked, qtbot):
    numbers = [make_order(stocked) for _ in range(3)]
    window = make_window()
    view = window.board.columns[Status.NEW].view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    assert len(view.selected_ids()) == 3
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(card_numbers(window, "confirmed")) == 3, timeout=5000)
    assert {stocked.get(n).status for n in numbers} == {Status.CONFIRMED}


def test_one_selection_for_the_whole_board(make_window, stocked, qtbot):
    from orderdesk.ui.printing import selected_orders

    new = [make_order(stocked) for _ in range(3)]
    confirmed = [make_order(stocked) for _ in range(2)]
    for number in confirmed:
        stocked.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    window = make_window()
    board = window.board

    def click(number: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        for status, model in board.models.items():
            if any(model.summary(i).number == number for i in model.ids):
                view = board.columns[status].view
                row = next(r for r, i in enumerate(model.ids) if model.summary(i).number == number)
                center = view.visualRect(model.index(row)).center()
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, center)
                return
        raise AssertionError(number)

    def picked() -> set[str]:
        return {n for _i, n in selected_orders(board)}

    click(new[0])
    click(new[1], Qt.KeyboardModifier.ControlModifier)
    assert picked() == {new[0], new[1]}
    click(confirmed[0], Qt.KeyboardModifier.ControlModifier)  # Ctrl extends across columns
    assert picked() == {new[0], new[1], confirmed[0]}
    click(confirmed[1])  # a plain click: only this card, in every column
    assert picked() == {confirmed[1]}
    assert board.selected_ids() == [stocked.get(confirmed[1]).id]
    click(new[2], Qt.KeyboardModifier.ShiftModifier)  # Shift extends too
    assert confirmed[1] in picked() and new[2] in picked()  # a range from the column's anchor
    new_view = board.columns[Status.NEW].view
    new_view.setFocus()
    qtbot.keyClick(new_view, Qt.Key.Key_Down)  # moving with the keys is a plain choice as well
    assert len(picked()) == 1 and picked() <= set(new)


# -- finding --------------------------------------------------------------------------------------------


def test_search_as_you_type(make_window, stocked, qtbot):
    make_order(stocked, name="Zofia Woźniak", phone="+48 601 111 222", email="zofia@example.pl")
    make_order(stocked, name="Екатерина Волкова", phone="+7 912 345 67 89", email="kat@example.ru")
    make_order(stocked, name="王伟", phone="+86 138 0013 8000", email="wang@example.cn")
    window = make_window()
    assert window.column_model(Status.NEW).total == 3
    qtbot.keyClicks(window.filter_bar.search, "wozn")  # folded: matches 'Woźniak'
    qtbot.waitUntil(lambda: window.column_model(Status.NEW).total == 1, timeout=5000)
    assert (
        window.column_model(Status.NEW).summary(window.column_model(Status.NEW).ids[0]).customer_name == "Zofia Woźniak"
    )
    window.filter_bar.search.setText("Волк")
    qtbot.waitUntil(lambda: card_names(window) == ["Екатерина Волкова"], timeout=5000)
    window.filter_bar.search.clear()
    qtbot.waitUntil(lambda: window.column_model(Status.NEW).total == 3, timeout=5000)


def card_names(window) -> list[str]:
    model = window.column_model(Status.NEW)
    return [model.summary(i).customer_name for i in model.ids]


def test_filters_holds_delivery_payment(make_window, stocked, qtbot):
    # Distinct phones and e-mails: the service treats the same phone as the same customer.
    held = make_order(stocked, name="Held Person", phone="+48 601 000 001", email="held@example.pl")
    make_order(stocked, name="Pickup Person", delivery="pickup_shop", payment="on_pickup", phone="+48 601 000 002", email="pick@example.pl")  # fmt: skip
    make_order(stocked, name="Paid Person", paid=8099, phone="+48 601 000 003", email="paid@example.pl")
    stocked.add_hold(held, "address_problem", "No house number", OWNER)
    window = make_window()
    bar = window.filter_bar
    bar.attention.setChecked(True)
    qtbot.waitUntil(lambda: card_names(window) == ["Held Person"], timeout=5000)
    model = window.column_model(Status.NEW)
    assert model.summary(model.ids[0]).holds == (("address_problem", "No house number"),)
    bar.attention.setChecked(False)
    bar.delivery.setCurrentIndex(bar.delivery.findData("pickup_shop"))
    qtbot.waitUntil(lambda: card_names(window) == ["Pickup Person"], timeout=5000)
    bar.delivery.setCurrentIndex(0)
    bar.payment.setCurrentIndex(bar.payment.findData("unpaid"))
    qtbot.waitUntil(lambda: sorted(card_names(window)) == ["Held Person", "Pickup Person"], timeout=5000)
    bar.payment.setCurrentIndex(bar.payment.findData("paid"))
    qtbot.waitUntil(lambda: card_names(window) == ["Paid Person"], timeout=5000)
    bar.payment.setCurrentIndex(bar.payment.findData("on_delivery"))
    qtbot.waitUntil(lambda: card_names(window) == ["Pickup Person"], timeout=5000)


def test_date_filter_and_filters_are_remembered(make_window, stocked, qtbot, qsettings):
    from PySide6.QtCore import QDate

    make_order(stocked)
    window = make_window()
    bar = window.filter_bar
    bar.date_from.setDate(QDate.currentDate().addDays(-400))
    bar.date_to.setDate(QDate.currentDate().addDays(-300))
    bar.dated.setChecked(True)
    qtbot.waitUntil(lambda: window.column_model(Status.NEW).total == 0, timeout=5000)
    bar.payment.setCurrentIndex(bar.payment.findData("prepaid"))
    window.close()
    again = make_window()
    assert again.filter_bar.dated.isChecked()
    assert again.filter_bar.payment.currentData() == "prepaid"
    assert again.column_model(Status.NEW).total == 0


def test_refreshes_when_the_database_changes_underneath(make_window, stocked, qtbot):
    make_order(stocked)
    window = make_window(poll_ms=100)
    qtbot.waitUntil(lambda: window._marker is not None, timeout=5000)
    number = make_order(stocked)  # e.g. the CLI or another PC
    qtbot.waitUntil(lambda: number in card_numbers(window, "new"), timeout=5000)
    stocked.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    qtbot.waitUntil(lambda: number in card_numbers(window, "confirmed"), timeout=5000)


def test_open_order_windows_follow_changes_made_elsewhere_unless_being_edited(make_window, stocked, qtbot):
    quiet, edited = make_order(stocked), make_order(stocked)
    window = make_window(poll_ms=100)
    qtbot.waitUntil(lambda: window._marker is not None, timeout=5000)
    details = {}
    for number in (quiet, edited):
        _view, index = select_card(window, number)
        window.open_order(index.data(ID_ROLE))
        details[number] = window._windows[index.data(ID_ROLE)]
        qtbot.waitUntil(lambda d=details[number]: d.detail is not None, timeout=5000)
    details[edited].notes.setPlainText("Typed here, not saved yet")
    assert details[edited].has_unsaved_edits() and not details[quiet].has_unsaved_edits()
    for number in (quiet, edited):  # e.g. a packer at the bench, or the CLI
        stocked.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    qtbot.waitUntil(lambda: details[quiet].detail.status == Status.CONFIRMED, timeout=5000)
    qtbot.wait(300)  # a few more polls: the window being edited keeps what the person typed
    assert details[edited].detail.status == Status.NEW
    assert details[edited].notes.toPlainText() == "Typed here, not saved yet"


def test_closed_tab_loads_terminal_columns(make_window, stocked, qtbot):
    number = make_order(stocked)
    stocked.move(number, MoveRequest(Status.CANCELLED, reason="test"), OWNER)
    window = make_window()
    assert not window.closed_board.loaded_once
    window.tabs.setCurrentWidget(window.closed_board)
    qtbot.waitUntil(lambda: window.closed_board.loaded_once, timeout=5000)
    assert number in card_numbers(window, "cancelled")


def test_open_card_with_enter(make_window, stocked, qtbot):
    number = make_order(stocked)
    window = make_window()
    view, index = select_card(window, number)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    order_id = index.data(ID_ROLE)
    qtbot.waitUntil(lambda: order_id in window._windows and window._windows[order_id].detail is not None, timeout=5000)
    assert window._windows[order_id].detail.number == number


def test_painting_cards_in_dark_and_light(make_window, stocked, qtbot):
    from orderdesk.ui.app import dark_palette

    number = make_order(stocked)
    stocked.add_hold(number, "delayed", "No carrier event for 5 days", OWNER)
    window = make_window()
    window.grab()  # paints every visible card (light)
    QApplication.setPalette(dark_palette())
    try:
        image = window.grab().toImage()
        assert not image.isNull()
    finally:
        QApplication.setPalette(QApplication.style().standardPalette())


def test_collected_asks_for_the_pickup_code_and_a_wrong_code_is_refused(make_window, stocked, qtbot):
    number = make_order(stocked, delivery="pickup_shop", payment="prepaid_online", paid=7799)
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED, Status.READY_FOR_PICKUP):
        stocked.move(number, MoveRequest(status), OWNER)
    code = stocked.get(number).pickup_code
    window = make_window()
    model = window.column_model(Status.READY_FOR_PICKUP)
    order_id = model.ids[0]
    answers: list = []

    def wrong(dialog: MoveDialog):
        assert dialog.pickup_code.isVisibleTo(dialog)
        dialog.pickup_code.setText("000000" if code != "000000" else "111111")
        dialog._accept()
        return True

    answer_dialog(qtbot, wrong, answers)
    window.move_orders([order_id], "collected")
    qtbot.waitUntil(lambda: "Wrong pickup code" in (model.index(model.row_of(order_id)).data(ERROR_ROLE) or ""), timeout=5000)  # fmt: skip
    assert stocked.get(number).status is Status.READY_FOR_PICKUP
    assert stocked.get(number).pickup_failures == 1  # counted towards the lock, as at the counter

    def right(dialog: MoveDialog):
        dialog.pickup_code.setText(code)
        dialog._accept()
        return True

    answer_dialog(qtbot, right, answers)
    window.move_orders([order_id], "collected")
    qtbot.waitUntil(lambda: stocked.get(number).status is Status.COLLECTED, timeout=5000)
    qtbot.waitUntil(lambda: model.row_of(order_id) < 0, timeout=5000)  # the card left the column


def test_keyboard_only_column_navigation(make_window, stocked, qtbot):
    make_order(stocked)
    number = make_order(stocked, phone="+48 601 000 009", email="b@example.pl")
    stocked.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # Ctrl+B: to the board
    new_view = window.board.columns[Status.NEW].view
    assert new_view.hasFocus() or QApplication.focusWidget() is new_view
    qtbot.keyClick(new_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    confirmed_view = window.board.columns[Status.CONFIRMED].view
    assert QApplication.focusWidget() is confirmed_view
    assert confirmed_view.currentIndex().isValid()
