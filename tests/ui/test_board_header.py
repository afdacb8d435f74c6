"""The column header: name and count painted under the status colour, a new count repaints only it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from orderdesk.ui.board.header import BAR, ColumnHeader
from orderdesk.ui.board.style import status_color
from orderdesk.workflow import Status


class LayoutRequests(QObject):
    """Counts the layout requests a widget receives (a child's size hint changed)."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


_keep: list[QWidget] = []  # the parents outlive each test's header


def _header(qtbot, status: Status = Status.PAID) -> ColumnHeader:
    parent = QWidget()
    qtbot.addWidget(parent)
    _keep.append(parent)
    header = ColumnHeader(status, parent)
    QVBoxLayout(parent).addWidget(header)
    header.set_content("Paid", 12, collapsed=False)
    parent.resize(260, 60)
    parent.show()
    qtbot.waitExposed(parent)
    return header


def test_it_reads_as_name_and_count(qtbot):
    header = _header(qtbot)
    assert header.text() == "Paid 12"
    assert header.accessibleName() == "Paid: 12"
    header.set_content("Paid", 1_234, collapsed=False)
    assert header.text() == "Paid 1234" and header.accessibleName() == "Paid: 1234"


def test_the_status_colour_is_the_bar_on_top(qtbot):
    header = _header(qtbot, Status.SHIPPED)
    image = header.grab().toImage()
    ratio = image.devicePixelRatio()
    bar = image.pixelColor(round(100 * ratio), round(1 * ratio))
    assert bar.name() == status_color(Status.SHIPPED, header.palette()).name()
    below = image.pixelColor(round((header.width() - 3) * ratio), round((BAR + 2) * ratio))
    assert below.name() != bar.name()


def test_a_new_count_keeps_the_height_and_asks_no_new_layout(qtbot, qapp):
    header = _header(qtbot)
    height = header.sizeHint().height()
    requests = LayoutRequests(header.parentWidget())
    qapp.processEvents()
    requests.count = 0
    header.set_content("Paid", 99_999, collapsed=False)
    qapp.processEvents()
    assert header.sizeHint().height() == height
    assert requests.count == 0
    header.set_content("Paid", 99_999, collapsed=True)  # collapsing does change its size
    qapp.processEvents()
    assert requests.count >= 1


def test_collapsed_it_is_a_tall_narrow_strip(qtbot):
    header = _header(qtbot)
    open_hint = header.sizeHint()
    header.set_content("Paid", 12, collapsed=True)
    strip = header.sizeHint()
    assert strip.height() > 3 * open_hint.height()  # four letters, the count and a blank line
    assert strip.width() < open_hint.width()
    assert header.minimumSizeHint() == strip


def test_a_long_name_elides_instead_of_widening_the_column(qtbot):
    header = _header(qtbot)
    header.set_content("Awaiting payment from the customer's bank", 7, collapsed=False)
    assert header.minimumSizeHint().width() < 40
