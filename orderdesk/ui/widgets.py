"""Small shared widgets: a validation message shown right under its field."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from orderdesk.ui.board.style import danger_colors


class FieldError(QLabel):
    """Red text under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, message: str) -> None:
        fg = danger_colors(self.palette())[1]
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.WindowText, fg)
        self.setPalette(pal)
        self.setText(message)
        self.setVisible(bool(message))

    def clear_error(self) -> None:
        self.setText("")
        self.hide()
