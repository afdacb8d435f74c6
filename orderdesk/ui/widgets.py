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
        """Grow the window when this message is cut off at the bottom (and only then).

        A top-level layout sizes the window by minimum sizes, which ignore that a wrapped label
        needs more lines at the width it actually gets: two-line messages lost their second line.
        """
        window = self.window()
        layout = window.layout()
        if window is self or layout is None or not window.isVisible() or window.isMaximized():
            return
        widget = self.parentWidget()  # lay out from here outwards, so our own height is current
        while widget is not None:
            if widget.layout() is not None:
                widget.layout().activate()
            if widget.isWindow():
                break
            widget = widget.parentWidget()
        if self.height() >= self.heightForWidth(self.width()) or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(window.width())
        screen = window.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height())
        if needed > window.height():
            window.resize(window.width(), needed)

    def clear_error(self) -> None:
        self.setText("")
        self.hide()
