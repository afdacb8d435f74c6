"""The board columns' flat scroll bars: drawn where the base style puts the handle, and still the
view's own scroll bar (a column scrolled to its end loads its next page)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget

from orderdesk.ui.board.scrollbar import GROOVE_ROLE, FlatScrollBarStyle, flatten, handle_colour
from orderdesk.workflow import Status
from tests.factories import make_order, stock_products

_keep: list[QWidget] = []  # the owners outlive each test's scroll bar


def _bar(qtbot, maximum: int = 100) -> QScrollBar:
    owner = QWidget()
    qtbot.addWidget(owner)
    _keep.append(owner)
    bar = QScrollBar(Qt.Orientation.Vertical, owner)
    flatten(bar, owner)
    bar.setRange(0, maximum)
    bar.setPageStep(10)
    bar.resize(14, 300)
    owner.resize(20, 300)
    owner.show()
    qtbot.waitExposed(owner)
    return bar


def _handle_rect(bar: QScrollBar):
    opt = QStyleOptionSlider()
    bar.initStyleOption(opt)
    return bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, opt, QStyle.SubControl.SC_ScrollBarSlider, bar
    )


def _colour_at(bar: QScrollBar, point: QPoint) -> QColor:
    image = bar.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))


def test_the_handle_is_painted_where_the_style_puts_it(qtbot):
    bar = _bar(qtbot)
    bar.setValue(50)
    handle = _handle_rect(bar)
    assert handle.height() > 0
    palette = bar.palette()
    assert _colour_at(bar, handle.center()).name() == handle_colour(palette).name()
    groove_point = QPoint(handle.center().x(), handle.top() - 20)  # well above the handle
    assert _colour_at(bar, groove_point).name() == palette.color(GROOVE_ROLE).name()
    bar.setValue(100)  # moved to the end: the handle's colour moves with it
    moved = _handle_rect(bar)
    assert moved.top() > handle.top()
    assert _colour_at(bar, moved.center()).name() == handle_colour(palette).name()
    assert _colour_at(bar, handle.center()).name() == palette.color(GROOVE_ROLE).name()


def test_nothing_to_scroll_shows_a_bare_groove(qtbot):
    bar = _bar(qtbot, maximum=0)
    image = bar.grab().toImage()
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    assert middle.name() == bar.palette().color(GROOVE_ROLE).name()


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


def test_a_column_scrolled_to_its_end_loads_its_next_page(make_window, service, qtbot, runner):
    """The columns keep the view's own scroll bar: scrolling to the end fetches more cards."""
    stock_products(service)
    for i in range(45):
        make_order(service, name=f"Anna Kowalska {i}")
    window = make_window()
    column = window.board.columns[Status.NEW]
    bar = column.view.verticalScrollBar()
    assert isinstance(bar.style(), FlatScrollBarStyle)
    model = column.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    first = model.rowCount()
    assert first < 45  # the first page only
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: model.rowCount() > first, timeout=5000)
    for column in [*window.board.columns.values(), *window.closed_board.columns.values()]:
        assert isinstance(column.view.verticalScrollBar().style(), FlatScrollBarStyle)
