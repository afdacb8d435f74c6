"""The stations' big, readable type (read from a step away, at a bench or a counter)."""

from __future__ import annotations

from PySide6.QtGui import QFont


def station_font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font
