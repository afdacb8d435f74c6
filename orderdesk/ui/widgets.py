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
        if message:
            self._make_room()

    def _make_room(self) -> None:
        """Grow a small window (a dialog) so a wrapped message is not cut off at the bottom.

        A top-level layout sizes the window by minimum sizes, which ignore that a wrapped label
        needs more lines at the width it actually gets: two-line messages lost their second line.
        """
        window = self.window()
        layout = window.layout()
        if window is self or layout is None or not window.isVisible() or window.isMaximized():
            return
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(window.width())
            screen = window.screen()
            if screen is not None:
                needed = min(needed, screen.availableGeometry().height())
            if needed > window.height():
                window.resize(window.width(), needed)

    def clear_error(self) -> None:
        self.setText("")
        self.hide()
