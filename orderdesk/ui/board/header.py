"""``ColumnHeader``: a column's name and count under its status colour, painted directly.

A search changes every column's count with each keystroke. The header was a rich-text label: each
new count parsed HTML, laid out a text document and asked the window's layout again. Painted here,
a new count repaints the header alone; only a new name or collapsing changes its size.

Open: the name in bold, the count after it in the muted text colour, a 4 px bar of the status
colour on top. Collapsed (a narrow strip): the count, then the name written downwards, a letter
per line.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from orderdesk.ui.board.style import status_color
from orderdesk.workflow import Status

BAR = 4  # the status colour's bar along the top
PAD_LEFT, PAD_RIGHT, PAD_Y = 10, 4, 6
COUNT_GAP = 8  # px between the name and its count


class ColumnHeader(QWidget):
    def __init__(self, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnHeader")
        self.status = status
        self._name = ""
        self._count = 0
        self._collapsed = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # -- content -------------------------------------------------------------------------------
    def set_content(self, name: str, count: int, collapsed: bool) -> None:
        if (name, count, collapsed) == (self._name, self._count, self._collapsed):
            return
        resized = (name, collapsed) != (self._name, self._collapsed) or (collapsed and count != self._count)
        self._name, self._count, self._collapsed = name, count, collapsed
        self.setSizePolicy(
            QSizePolicy.Policy.Preferred,
            QSizePolicy.Policy.Preferred if collapsed else QSizePolicy.Policy.Fixed,
        )
        self.setAccessibleName(f"{name}: {count}")
        if resized:
            self.updateGeometry()
        self.update()

    def text(self) -> str:
        """What the header shows, as plain text ("New 12")."""
        return f"{self._name} {self._count}"

    # -- geometry ------------------------------------------------------------------------------
    def _bold(self) -> tuple[QFont, QFontMetrics]:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold, QFontMetrics(bold)

    def sizeHint(self) -> QSize:
        _bold, bfm = self._bold()
        line = bfm.height()
        count = str(self._count)
        if self._collapsed:
            widest = max((bfm.horizontalAdvance(ch) for ch in self._name + count), default=0)
            return QSize(widest + 2 * PAD_RIGHT, BAR + 2 * PAD_Y + (len(self._name) + 2) * line)
        width = PAD_LEFT + bfm.horizontalAdvance(self._name) + COUNT_GAP + self.fontMetrics().horizontalAdvance(count)
        return QSize(width + PAD_RIGHT, BAR + 2 * PAD_Y + line)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return hint if self._collapsed else QSize(PAD_LEFT + PAD_RIGHT, hint.height())  # the name elides

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette()
        painter = QPainter(self)
        try:
            painter.fillRect(QRect(0, 0, self.width(), BAR), status_color(self.status, pal))
            bold, bfm = self._bold()
            muted = pal.color(QPalette.ColorRole.PlaceholderText)
            text = pal.color(QPalette.ColorRole.WindowText)
            line = bfm.height()
            count = str(self._count)
            if self._collapsed:
                self._paint_downwards(painter, bold, line, count, muted, text)
                return
            top = BAR + PAD_Y
            count_w = self.fontMetrics().horizontalAdvance(count)
            room = self.width() - PAD_LEFT - PAD_RIGHT - COUNT_GAP - count_w
            name = bfm.elidedText(self._name, Qt.TextElideMode.ElideRight, max(room, 0))
            painter.setFont(bold)
            painter.setPen(text)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRect(PAD_LEFT, top, max(room, 0), line), align, name)
            painter.setFont(self.font())
            painter.setPen(muted)
            x = PAD_LEFT + bfm.horizontalAdvance(name) + COUNT_GAP
            painter.drawText(QRect(x, top, count_w + 1, line), align, count)
        finally:
            painter.end()

    def _paint_downwards(self, painter: QPainter, bold: QFont, line: int, count: str, muted, text) -> None:
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
        y = BAR + PAD_Y
        painter.setFont(self.font())
        painter.setPen(muted)
        painter.drawText(QRect(0, y, self.width(), line), centre, count)
        y += 2 * line  # a blank line between the count and the name
        painter.setFont(bold)
        painter.setPen(text)
        for ch in self._name:
            if ch.strip():
                painter.drawText(QRect(0, y, self.width(), line), centre, ch)
            y += line
