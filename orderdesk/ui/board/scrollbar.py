"""``FlatScrollBar``: a column's scroll bar drawn as two flat rectangles.

A search replaces every column's cards, so every column's scroll bar is repainted with each
keystroke. Fusion draws the groove and the handle with gradients, and Qt's raster engine hands a
fill of more than about a hundred spans to its thread pool and waits for it: a profile of the
board at a million orders found a quarter of a search's painting time in scroll bars, most of it
waiting for those threads. Solid rectangles are filled directly. Geometry and mouse handling stay
Qt's own (the style's sub-control rectangles), so the handle is where clicks expect it; the colours
come from the palette when painting, so a theme change needs nothing more.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider

GROOVE_ROLE = QPalette.ColorRole.Base
INSET = 2  # px between the handle and the groove's edges


def handle_colour(palette: QPalette, pressed: bool = False) -> QColor:
    """The text colour over the groove, at a third (pressed: a half): grey on a light theme,
    a darker grey on a dark one, where the palette's Mid stays light and glares."""
    base, text = palette.color(GROOVE_ROLE), palette.color(QPalette.ColorRole.Text)
    t = 0.5 if pressed else 0.35
    return QColor(
        round(base.red() + (text.red() - base.red()) * t),
        round(base.green() + (text.green() - base.green()) * t),
        round(base.blue() + (text.blue() - base.blue()) * t),
    )


class FlatScrollBar(QScrollBar):
    def paintEvent(self, event: QPaintEvent) -> None:
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        pal = self.palette()
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), pal.color(GROOVE_ROLE))
            if self.maximum() <= self.minimum():
                return  # nothing to scroll: a bare groove, as Fusion shows it
            handle = self.style().subControlRect(
                QStyle.ComplexControl.CC_ScrollBar, opt, QStyle.SubControl.SC_ScrollBarSlider, self
            )
            painter.fillRect(handle.adjusted(INSET, INSET, -INSET, -INSET), handle_colour(pal, self.isSliderDown()))
            self._paint_steps(painter, opt, pal)
        finally:
            painter.end()

    def _paint_steps(self, painter: QPainter, opt: QStyleOptionSlider, pal: QPalette) -> None:
        """A short bar in each step button's place, so the ends still show they can be clicked."""
        color = pal.color(QPalette.ColorRole.PlaceholderText)
        for control in (QStyle.SubControl.SC_ScrollBarSubLine, QStyle.SubControl.SC_ScrollBarAddLine):
            area: QRect = self.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, opt, control, self)
            if area.isEmpty():
                continue
            mark = QRect(0, 0, max(area.width() // 2, 2), 2)
            mark.moveCenter(area.center())
            painter.fillRect(mark, color)
