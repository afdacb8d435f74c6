"""The board columns' flat scroll bar: drawn where Qt's own geometry puts the handle, and still
working as a scroll bar (clicks in the groove page, the wheel scrolls)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

from orderdesk.ui.board.scrollbar import GROOVE_ROLE, FlatScrollBar, handle_colour


def _bar(qtbot, maximum: int = 100) -> FlatScrollBar:
    bar = FlatScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    bar.setRange(0, maximum)
    bar.setPageStep(10)
    bar.resize(14, 300)
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def _handle_rect(bar: FlatScrollBar):
    opt = QStyleOptionSlider()
    bar.initStyleOption(opt)
    return bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, opt, QStyle.SubControl.SC_ScrollBarSlider, bar
    )


def _colour_at(bar: FlatScrollBar, point: QPoint) -> QColor:
    image = bar.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))


def test_the_handle_is_painted_where_qt_puts_it(qtbot):
    bar = _bar(qtbot)
    bar.setValue(50)
    handle = _handle_rect(bar)
    assert handle.height() > 0
    palette = bar.palette()
    assert _colour_at(bar, handle.center()).name() == handle_colour(palette).name()
    # Well above the handle: the groove.
    groove_point = QPoint(handle.center().x(), handle.top() - 20)
    assert _colour_at(bar, groove_point).name() == palette.color(GROOVE_ROLE).name()
    # Moved to the end: the handle's colour moves with it, the old place is groove again.
    bar.setValue(100)
    moved = _handle_rect(bar)
    assert moved.top() > handle.top()
    assert _colour_at(bar, moved.center()).name() == handle_colour(palette).name()
    assert _colour_at(bar, handle.center()).name() == palette.color(GROOVE_ROLE).name()


def test_nothing_to_scroll_shows_a_bare_groove(qtbot):
    bar = _bar(qtbot, maximum=0)
    image = bar.grab().toImage()
    groove = bar.palette().color(GROOVE_ROLE)
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    assert middle.name() == groove.name()


def test_it_still_scrolls_like_a_scroll_bar(qtbot):
    bar = _bar(qtbot)
    handle = _handle_rect(bar)
    below = QPoint(handle.center().x(), handle.bottom() + 40)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=below)
    assert bar.value() == 10  # a click in the groove below the handle pages down


def test_theme_colours_come_from_the_palette_when_painting(qtbot):
    bar = _bar(qtbot)
    bar.setValue(0)
    palette = QPalette(bar.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    bar.setPalette(palette)
    # A dark theme: a grey between the two, darker than the light theme's.
    assert _colour_at(bar, _handle_rect(bar).center()).name() == "#636363"
    assert _colour_at(bar, QPoint(2, 290)).name() == "#202020"


def test_board_columns_use_it(make_window):
    window = make_window()
    for column in [*window.board.columns.values(), *window.closed_board.columns.values()]:
        assert isinstance(column.view.verticalScrollBar(), FlatScrollBar)
