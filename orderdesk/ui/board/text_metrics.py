"""A font's text widths and shortened texts, measured once per text.

A card measures most of its texts before drawing them (to place the next one, or to shorten one
that does not fit), and most are the same on every card: the payment badge, the delivery method,
"3 items", "2d". Each measurement lays the text out again (shaping, 5–10 µs a call), and a search
keystroke paints about seventy new cards. ``MemoMetrics`` answers the same questions as
``QFontMetrics`` from a dictionary after the first time.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QStaticText, QTransform

MAX_TEXTS = 4096  # per font and question: names and numbers come and go; the bound keeps it small


class MemoMetrics:
    """The parts of ``QFontMetrics`` the cards use, remembered per text."""

    def __init__(self, font: QFont) -> None:
        self._metrics = QFontMetrics(font)
        self._height = self._metrics.height()
        self._advances: dict[str, int] = {}
        self._elided: dict[tuple[str, Qt.TextElideMode, int], str] = {}

    def height(self) -> int:
        return self._height

    def horizontalAdvance(self, text: str) -> int:
        width = self._advances.get(text)
        if width is None:
            if len(self._advances) >= MAX_TEXTS:
                self._advances.clear()
            width = self._advances[text] = self._metrics.horizontalAdvance(text)
        return width

    def elidedText(self, text: str, mode: Qt.TextElideMode, width: int) -> str:
        key = (text, mode, width)
        shown = self._elided.get(key)
        if shown is None:
            if len(self._elided) >= MAX_TEXTS:
                self._elided.clear()
            # A text that fits is shown whole: its width is usually wanted next anyway.
            if self.horizontalAdvance(text) <= width:
                shown = text
            else:
                shown = self._metrics.elidedText(text, mode, width)
            self._elided[key] = shown
        return shown


class RepeatedTexts:
    """Texts every card repeats ("Paid", "Pickup point", "3 items", "2d"), laid out once per font
    and drawn from then on without shaping them again (``QStaticText``: a third of a ``drawText``)."""

    def __init__(self) -> None:
        self._texts: dict[tuple[int, str], QStaticText] = {}

    def draw(self, painter: QPainter, font: QFont, x: int, y: int, text: str) -> None:
        """Draw ``text`` in ``font`` (the painter's font) with its layout's top left at (x, y)."""
        key = (id(font), text)  # the delegate keeps its fonts alive for as long as it lives
        static = self._texts.get(key)
        if static is None:
            if len(self._texts) >= MAX_TEXTS:
                self._texts.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            self._texts[key] = static
        painter.drawStaticText(QPoint(x, y), static)
