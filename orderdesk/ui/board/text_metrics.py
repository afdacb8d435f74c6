"""A font's text widths and shortened texts, measured once per text.

A card measures most of its texts before drawing them (to place the next one, or to shorten one
that does not fit), and most are the same on every card: the payment badge, the delivery method,
"3 items", "2d". Each measurement lays the text out again (shaping, 5–10 µs a call), and a search
keystroke paints about seventy new cards. ``MemoMetrics`` answers the same questions as
``QFontMetrics`` from a dictionary after the first time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

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
