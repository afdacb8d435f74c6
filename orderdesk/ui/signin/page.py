"""The desk's sign-in page: a list of people and a PIN field, all from the keyboard.

Desk-sized sibling of the stations' LockPage (which is built to be read from two metres):
the same PinEdit, so ↑/↓ in the PIN field choose the name and Enter signs in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orderdesk.services.users import PIN_MAX, User
from orderdesk.ui.stations.common import PinEdit


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class SignInPage(QWidget):
    """Shown instead of the board while nobody is signed in; holds no order data."""

    submitted = Signal(str, str)  # name, PIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInPage")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QFrame(self)
        box.setObjectName("signInBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(460)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(28, 20, 28, 20)
        self.heading = QLabel(self.tr("Who is at the desk?"), box)
        self.heading.setFont(_font(18, bold=True))
        layout.addWidget(self.heading)
        self.message = QLabel(box)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.users = QListWidget(box)
        self.users.setObjectName("signInUsers")
        self.users.setFont(_font(13))
        self.users.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the PIN
        self.users.itemClicked.connect(lambda _item: self.pin.setFocus())
        self.users.itemDoubleClicked.connect(lambda _item: self.pin.setFocus())
        layout.addWidget(self.users, 1)
        pin_label = QLabel(self.tr("&PIN"), box)
        self.pin = PinEdit(box)
        self.pin.setObjectName("signInPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_MAX)
        self.pin.setFont(_font(16))
        self.pin.setPlaceholderText("••••")
        self.pin.step.connect(self._step)
        self.pin.returnPressed.connect(self._submit)
        pin_label.setBuddy(self.pin)
        layout.addWidget(pin_label)
        layout.addWidget(self.pin)
        self.button = QPushButton(self.tr("Sign in"), box)
        self.button.setObjectName("signInButton")
        self.button.clicked.connect(self._submit)
        layout.addWidget(self.button)
        hint = QLabel(self.tr("↑ ↓ choose your name · type your PIN · Enter"), box)
        hint.setEnabled(False)  # drawn greyed: a hint, not a control
        layout.addWidget(hint)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def set_users(self, users: Sequence[User], preferred: str = "") -> None:
        keep = preferred or self.selected_name()
        self.users.clear()
        for user in users:
            item = QListWidgetItem(f"{user.name}  ·  {user.role.value}")
            item.setData(Qt.ItemDataRole.UserRole, user.name)
            self.users.addItem(item)
        names = [u.name.lower() for u in users]
        self.users.setCurrentRow(names.index(keep.lower()) if keep.lower() in names else 0)

    def selected_name(self) -> str:
        item = self.users.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def select(self, name: str) -> None:
        for row in range(self.users.count()):
            if str(self.users.item(row).data(Qt.ItemDataRole.UserRole)).lower() == name.lower():
                self.users.setCurrentRow(row)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828; font-weight: bold;" if error else "")

    def _step(self, delta: int) -> None:
        count = self.users.count()
        if count:
            # Stops at the ends: wrapping round put a PIN on a name the person never chose.
            self.users.setCurrentRow(min(max(self.users.currentRow() + delta, 0), count - 1))

    def _submit(self) -> None:
        name, pin = self.selected_name(), self.pin.text()
        self.pin.clear()
        if name and pin:
            self.submitted.emit(name, pin)
        self.pin.setFocus()
