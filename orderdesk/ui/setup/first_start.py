"""The first-start choice and the server connection dialog.

Nothing here decides anything: the address is checked, tried and saved by
``services/server_connection.py`` (the password to the keyring), and the "Test connection"
runs on the task runner, never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orderdesk.errors import OrderDeskError, ValidationError
from orderdesk.services import server_connection as sc
from orderdesk.ui.tasks import TaskRunner


class FirstStartDialog(QDialog):
    """Two big choices; ``choice`` is sc.LOCAL or sc.SERVER after ``accept()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Welcome to OrderDesk"))
        self.choice = ""
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Where should this PC keep the shop's orders?"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.local_button = QCommandLinkButton(
            self.tr("This PC alone"),
            self.tr("A database file on this computer. For a shop with one desk; it can move to a server later."),
        )
        self.local_button.setObjectName("chooseLocal")
        self.server_button = QCommandLinkButton(
            self.tr("The shop's database server"),
            self.tr(
                "Several PCs (the office, the packing bench, the pickup counter) share one PostgreSQL "
                "database and see each other's changes at once."
            ),
        )
        self.server_button.setObjectName("chooseServer")
        layout.addWidget(self.local_button)
        layout.addWidget(self.server_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.local_button.clicked.connect(lambda: self._chosen(sc.LOCAL))
        self.server_button.clicked.connect(lambda: self._chosen(sc.SERVER))
        self.resize(520, 300)

    def _chosen(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class ServerDialog(QDialog):
    """Address, port, database, user and password; Test connection; OK saves for this PC."""

    def __init__(
        self, runner: TaskRunner, parent: QWidget | None = None, *, initial: sc.ServerConnection | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("The shop's database server"))
        self.runner = runner
        self.saved: sc.ServerConnection | None = None
        initial = initial or sc.ServerConnection(host="")
        self.host = QLineEdit(initial.host, objectName="host")
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or shop-server"))
        self.port = QSpinBox(objectName="port")
        self.port.setRange(1, 65535)
        self.port.setValue(initial.port)
        self.database = QLineEdit(initial.database, objectName="database")
        self.user = QLineEdit(initial.user, objectName="user")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        hint = QLabel(self.tr("The password is kept in this PC's keyring, never in a file or the database."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.test_button = QPushButton(self.tr("Test connection"), objectName="testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.outcome = QLabel(objectName="outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this server"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.tested_ok = False
        self.resize(480, 360)

    def connection(self) -> sc.ServerConnection:
        return sc.ServerConnection(self.host.text(), self.port.value(), self.database.text(), self.user.text())

    def _show(self, text: str, ok: bool) -> None:
        self.outcome.setProperty("ok", ok)
        self.outcome.setStyleSheet("color: #1b7f3b;" if ok else "color: #b3261e;")
        self.outcome.setText(text)

    def _field_error(self, exc: ValidationError) -> None:
        self._show(str(exc), False)
        widget = {"host": self.host, "port": self.port, "database": self.database, "user": self.user}.get(
            getattr(exc, "field", "") or "", self.password
        )
        widget.setFocus()

    def test_connection(self) -> None:
        try:
            connection = self.connection().checked()
        except ValidationError as exc:
            self._field_error(exc)
            return
        password = self.password.text()
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting…"), True)

        def done(message: str) -> None:
            self.test_button.setEnabled(True)
            self.tested_ok = True
            self._show(message, True)

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.tested_ok = False
            self._show(str(exc) if isinstance(exc, OrderDeskError) else type(exc).__name__, False)

        self.runner.run(lambda: sc.test_connection(connection, password), done, failed, label=self.tr("Connecting…"))

    def save(self) -> None:
        try:
            connection = self.connection().checked()
            sc.save_server(connection, self.password.text())
        except ValidationError as exc:
            self._field_error(exc)
            return
        except OrderDeskError as exc:  # no keyring: say how to get one, keep the dialog open
            self._show(str(exc), False)
            return
        self.saved = connection
        self.accept()


def choose_database(runner: TaskRunner, parent: QWidget | None = None) -> bool:
    """The first-start questions; False when the person cancelled (the app then quits)."""
    first = FirstStartDialog(parent)
    if first.exec() != QDialog.DialogCode.Accepted:
        return False
    if first.choice == sc.LOCAL:
        sc.save_local()
        return True
    return ServerDialog(runner, parent).exec() == QDialog.DialogCode.Accepted
