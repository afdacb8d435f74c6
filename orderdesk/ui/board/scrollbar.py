"""``FlatScrollBarStyle``: a column's scroll bar drawn as two flat rectangles.

A search replaces every column's cards, so every column's scroll bar is repainted with each
keystroke. Fusion draws the groove and the handle with gradients, and Qt's raster engine hands a
fill of more than about a hundred spans to its thread pool and waits for it: a profile of the
board at a million orders found a quarter of a search's painting time in scroll bars, most of it
waiting for those threads. Solid rectangles are filled directly.

Only the drawing changes: the style is set on the view's own scroll bar, whose geometry and mouse
handling stay the base style's. (Replacing the bar with ``setVerticalScrollBar`` would lose the
view's connections to it, and with them the next page loaded when the column is scrolled to its
end.) The colours come from the palette when painting, so a theme change needs nothing more.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle, QScrollBar, QStyle, QStyleOptionComplex, QStyleOptionSlider, QWidget

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


class FlatScrollBarStyle(QProxyStyle):
    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if control != QStyle.ComplexControl.CC_ScrollBar or not isinstance(option, QStyleOptionSlider):
            super().drawComplexControl(control, option, painter, widget)
            return
        pal = option.palette
        painter.fillRect(option.rect, pal.color(GROOVE_ROLE))
        if option.maximum <= option.minimum:
            return  # nothing to scroll: a bare groove, as Fusion shows it
        handle = self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, widget)
        pressed = bool(option.activeSubControls & QStyle.SubControl.SC_ScrollBarSlider) and bool(
            option.state & QStyle.StateFlag.State_Sunken
        )
        painter.fillRect(handle.adjusted(INSET, INSET, -INSET, -INSET), handle_colour(pal, pressed))
        # A short bar in each step button's place, so the ends still show they can be clicked.
        mark_colour = pal.color(QPalette.ColorRole.PlaceholderText)
        for step in (QStyle.SubControl.SC_ScrollBarSubLine, QStyle.SubControl.SC_ScrollBarAddLine):
            area = self.subControlRect(control, option, step, widget)
            if area.isEmpty():
                continue
            mark = QRect(0, 0, max(area.width() // 2, 2), 2)
            mark.moveCenter(area.center())
            painter.fillRect(mark, mark_colour)


def flatten(bar: QScrollBar, owner: QWidget) -> FlatScrollBarStyle:
    """Draw ``bar`` flat. ``owner`` (the view, made after its scroll bar) keeps the style, so the
    style is deleted after the bar, which still reads its style while it is destroyed."""
    style = FlatScrollBarStyle()
    style.setParent(owner)
    bar.setStyle(style)
    return style
