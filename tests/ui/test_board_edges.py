"""Dragging a card near the board's edge scrolls it so every column can be reached; a column
can be collapsed to a narrow strip that still takes drops, and stays so in the next window."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from orderdesk.ui.board.model import MIME_TYPE, encode_drag
from orderdesk.ui.board.view import COLLAPSED_WIDTH
from orderdesk.workflow import Status
from tests.factories import make_order
from tests.ui.conftest import wait_idle


def drag_over(widget, x: int, ids: list[int], from_status: str) -> None:
    data = QMimeData()
    data.setData(MIME_TYPE, encode_drag(Status(from_status), ids))
    pos = QPointF(x, 40)
    args = (Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, QDragEnterEvent(pos, *args))
    QApplication.sendEvent(widget, QDragMoveEvent(pos, *args))


def test_a_drag_at_the_right_edge_scrolls_to_the_last_column_and_back(qtbot, make_window, stocked, runner):
    make_order(stocked)
    window = make_window()
    window.resize(1280, 800)
    board = window.board
    bar = board.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)  # nine columns do not fit in 1280 px
    assert bar.value() == 0
    order_id = window.column_model(Status.NEW).ids[0]
    new_view = board.columns[Status.NEW].view
    edge = new_view.viewport().mapFrom(board.viewport(), QPoint(board.viewport().width() - 10, 40)).x()
    drag_over(new_view.viewport(), edge, [order_id], "new")
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=5000)
    last = board.columns[board.statuses[-1]]
    assert board.viewport().rect().contains(last.mapTo(board.viewport(), last.rect().center()))
    # Back over the middle: it stops; at the left edge it scrolls back.
    board.drag_at(board.viewport().width() // 2)
    assert not board._edge_timer.isActive()
    board.drag_at(5)
    qtbot.waitUntil(lambda: bar.value() == 0, timeout=5000)
    qtbot.waitUntil(lambda: not board._edge_timer.isActive(), timeout=1000)  # stops by itself at the end
    wait_idle(qtbot, runner)


def test_a_collapsed_column_is_narrow_takes_drops_and_is_remembered(qtbot, make_window, stocked, runner):
    number = make_order(stocked)
    window = make_window()
    column = window.board.columns[Status.AWAITING_PAYMENT]
    qtbot.mouseClick(column.collapse_button, Qt.MouseButton.LeftButton)
    assert column.collapsed and not column.view.isVisible()
    qtbot.waitUntil(lambda: column.width() == COLLAPSED_WIDTH, timeout=5000)
    assert "click to show" in column.header.toolTip()
    confirmed = window.board.columns[Status.CONFIRMED]
    qtbot.mouseClick(confirmed.collapse_button, Qt.MouseButton.LeftButton)
    order_id = window.column_model(Status.NEW).ids[0]
    data = QMimeData()
    data.setData(MIME_TYPE, encode_drag(Status.NEW, [order_id]))
    args = (Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPointF(10, 100), *args)
    QApplication.sendEvent(confirmed, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(confirmed, QDropEvent(QPointF(10, 100), *args))
    qtbot.waitUntil(lambda: stocked.get(number).status == Status.CONFIRMED, timeout=5000)
    window.close()
    again = make_window()
    assert again.board.columns[Status.AWAITING_PAYMENT].collapsed
    assert again.board.columns[Status.CONFIRMED].collapsed
    assert not again.board.columns[Status.NEW].collapsed
    strip = again.board.columns[Status.CONFIRMED]
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(10, 200))  # a click on the strip opens it
    assert not strip.collapsed and strip.view.isVisible()
    wait_idle(qtbot, runner)


def test_a_drag_that_leaves_the_cards_stops_the_edge_scroll(qtbot, make_window, stocked, runner):
    make_order(stocked)
    window = make_window()
    window.resize(1280, 800)
    board = window.board
    qtbot.waitUntil(lambda: board.horizontalScrollBar().maximum() > 0, timeout=5000)
    order_id = window.column_model(Status.NEW).ids[0]
    new_view = board.columns[Status.NEW].view
    edge = new_view.viewport().mapFrom(board.viewport(), QPoint(board.viewport().width() - 10, 40)).x()
    drag_over(new_view.viewport(), edge, [order_id], "new")
    assert board._edge_timer.isActive()
    QApplication.sendEvent(new_view.viewport(), QDragLeaveEvent())
    assert not board._edge_timer.isActive()
    wait_idle(qtbot, runner)
