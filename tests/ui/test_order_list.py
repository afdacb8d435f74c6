"""The order list beside the board: lazy sorted pages, chosen columns, keyboard, batch actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from orderdesk.ui.board.delegate import CardDelegate
from orderdesk.ui.board.model import ID_ROLE
from orderdesk.ui.order_list import KEYS, OrderTableModel
from orderdesk.ui.order_list_source import ListQuery, OrderListSource
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order
from tests.ui.conftest import wait_idle


def orders(stocked, n: int) -> list[str]:
    lines = [(("MUG-1", 1 + i % 4), ("TEA-2", 1)) for i in range(n)]
    return [make_order(stocked, lines=ln, name=f"Customer {chr(65 + i)}") for i, ln in enumerate(lines)]


def column(model: OrderTableModel, key: str) -> list[str]:
    return [model.index(r, KEYS.index(key)).data() for r in range(model.rowCount())]


def test_the_model_passes_the_model_tester_sorts_in_the_database_and_fetches_lazily(
    qtmodeltester, qtbot, stocked, runner
):
    orders(stocked, 7)
    model = OrderTableModel(OrderListSource(stocked), runner.run, CardDelegate(), page_size=3)
    qtmodeltester.check(model)
    model.load(ListQuery())
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
    assert model.total == 7 and model.canFetchMore(model.index(-1, -1).parent())
    qtmodeltester.check(model)
    numbers = column(model, "number")
    assert numbers == sorted(numbers, reverse=True)  # newest first by default
    model.fetchMore(model.index(-1, -1).parent())
    qtbot.waitUntil(lambda: model.rowCount() == 6, timeout=5000)
    model.sort(KEYS.index("customer"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: column(model, "customer")[:1] == ["Customer A"], timeout=5000)
    names = column(model, "customer")  # the first page, or more: the model tester fetches too
    assert names[:3] == ["Customer A", "Customer B", "Customer C"] and names == sorted(names)
    model.sort(KEYS.index("total"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.query.sort == "total" and not model._fetching, timeout=5000)

    # Scroll to the end (the attached model tester also asks for pages: wait for all of them).
    def all_fetched() -> bool:
        model.fetchMore(model.index(-1, -1).parent())
        return model.rowCount() == model.total

    qtbot.waitUntil(all_fetched, timeout=5000)
    totals = [model.summary(i).total.minor for i in model.ids]
    assert len(totals) == 7 and totals == sorted(totals, reverse=True)  # every page in one order
    qtmodeltester.check(model)
    wait_idle(qtbot, runner)


def open_list(qtbot, window):
    window.tabs.setCurrentWidget(window.order_list)
    qtbot.waitUntil(lambda: window.order_list.model.loaded_once, timeout=5000)
    return window.order_list


def test_the_list_tab_follows_the_filter_and_keeps_chosen_columns(qtbot, make_window, stocked, runner):
    numbers = orders(stocked, 4)
    stocked.move(numbers[0], MoveRequest(Status.CONFIRMED), OWNER)
    window = make_window()
    listing = open_list(qtbot, window)
    assert listing.model.rowCount() == 4 and listing.count.text() == "4 order(s)"
    assert column(listing.model, "status")[-1] == "Confirmed"
    window.filter_bar.search.setText("Customer B")
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=5000)
    assert column(listing.model, "customer") == ["Customer B"]
    window.filter_bar.search.setText("")
    qtbot.waitUntil(lambda: listing.model.rowCount() == 4, timeout=5000)
    listing.statuses.setCurrentIndex(listing.statuses.findData("confirmed"))
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=5000)
    # Columns: the menu on the column titles; what is chosen is kept for the next window.
    menu = listing.columns_menu()
    tracking = next(a for a in menu.actions() if a.objectName() == "column_tracking")
    assert not tracking.isChecked()
    tracking.trigger()
    next(a for a in menu.actions() if a.objectName() == "column_payment").trigger()
    assert not listing.view.isColumnHidden(KEYS.index("tracking"))
    assert listing.view.isColumnHidden(KEYS.index("payment"))
    assert not next(a for a in menu.actions() if a.objectName() == "column_number").isEnabled()
    window.close()
    again = make_window()
    assert not again.order_list.view.isColumnHidden(KEYS.index("tracking"))
    assert again.order_list.view.isColumnHidden(KEYS.index("payment"))
    assert again.order_list.statuses.currentData() == "confirmed"
    wait_idle(qtbot, runner)


def test_keyboard_opens_and_moves_the_selection_through_the_service(qtbot, make_window, stocked, runner):
    numbers = orders(stocked, 3)
    window = make_window()
    listing = open_list(qtbot, window)
    view = listing.view
    window.filter_bar.search.setFocus()
    window.board_action.trigger()  # Ctrl+B: to the shown orders, here the list's first row
    assert view.hasFocus() or QApplication.focusWidget() is view
    assert view.currentIndex().row() == 0
    view.selectAll()
    with qtbot.waitSignal(window.mover.finished, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert {stocked.get(n).status for n in numbers} == {Status.CONFIRMED}
    qtbot.waitUntil(lambda: set(column(listing.model, "status")) == {"Confirmed"}, timeout=5000)
    assert "Confirmed" in {h.to_value.title() for h in stocked.get(numbers[0]).history}
    view.setCurrentIndex(listing.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    order_id = listing.model.index(0, 0).data(ID_ROLE)
    qtbot.waitUntil(lambda: order_id in window._windows and window._windows[order_id].isVisible(), timeout=5000)
    window._windows[order_id].close()
    wait_idle(qtbot, runner)


def test_the_menu_has_the_board_s_moves_and_print_entries(qtbot, make_window, stocked, runner):
    numbers = orders(stocked, 2)
    stocked.move(numbers[0], MoveRequest(Status.CONFIRMED), OWNER)
    window = make_window()
    listing = open_list(qtbot, window)
    listing.view.selectAll()
    menu = listing.build_menu(listing.selected_ids())
    texts = [a.text() for a in menu.actions()]
    assert "Move to Confirmed" in texts and "Move to Awaiting payment" in texts  # from new and from confirmed
    prints = menu.findChild(type(menu), "listPrintMenu")
    assert prints is not None and any(a.objectName() == "saveSlipsPdf" or a.text() for a in prints.actions())
    assert sorted(n for _i, n in listing.selected_orders()) == sorted(numbers)
    # The window's Print menu acts on the list's selection while the list is shown.
    assert window.printing is not None
    wait_idle(qtbot, runner)
