"""Notification settings: gateways, addresses, sending rules, secrets (keyring only), a test send.

Plain settings go to the database through ``messaging.admin.save_settings`` (checked there, an
error lands under its field). Secrets typed here go straight to the OS keyring through
``Credentials`` and nowhere else; the field is emptied after storing, and only "stored" or
"not set" is ever shown again. Without a usable keyring the secret fields are switched off and
the reason from the credentials service is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from orderdesk.db import Database
from orderdesk.errors import OrderDeskError, ValidationError
from orderdesk.services.credentials import Credentials, secret_address
from orderdesk.services.messaging import send_test
from orderdesk.services.messaging.admin import GATEWAY_SECRETS, SMTP_SECURITY, messaging_keys, save_settings
from orderdesk.services.messaging.config import SMS_GATEWAYS, P
from orderdesk.services.messaging.gateways import SendResult
from orderdesk.settings import OPTIONS, Settings
from orderdesk.ui.notifications.unsaved import ask_unsaved, may_close
from orderdesk.ui.tasks import TaskRunner
from orderdesk.ui.widgets import FieldError

SKIPPED = (P + "rules",)  # edited in the template editor


class SecretField(QWidget):
    """A password field for one keyring entry: typed, stored on save, never read back."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.edit = QLineEdit(objectName=f"secret:{name}")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.state = QLabel(objectName=f"secretState:{name}")
        self.delete = QPushButton(self.tr("Delete"), objectName=f"deleteSecret:{name}")
        self.delete.setToolTip(self.tr("Remove this secret from the keyring of this PC"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.state)
        row.addWidget(self.delete)

    def set_stored(self, stored: bool | None) -> None:
        """True/False: stored or not; None: the keyring cannot be used."""
        self.edit.setEnabled(stored is not None)
        self.delete.setEnabled(bool(stored))
        if stored is None:
            self.state.setText(self.tr("keyring unavailable"))
            self.edit.setPlaceholderText("")
        elif stored:
            self.state.setText(self.tr("✓ in the keyring"))
            self.edit.setPlaceholderText(self.tr("stored; type to replace it"))
        else:
            self.state.setText(self.tr("not set"))
            self.edit.setPlaceholderText(self.tr("stored only in this PC's keyring"))

    def value(self) -> str:
        return self.edit.text().strip()


class NotificationSettingsDialog(QDialog):
    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        credentials: Credentials | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notificationSettings")
        self.setWindowTitle(self.tr("Notification settings"))
        self.db, self.runner = db, runner
        self.settings = settings or Settings(db)
        self.credentials = credentials or Credentials(service_prefix="orderdesk")
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self.secrets: dict[str, SecretField] = {}
        self.keyring_ok = False
        self.last_test: SendResult | None = None
        self.stored: dict[str, Any] | None = None  # the values as read or last saved: what "unsaved" compares with
        self.ask_unsaved: Callable[[], str] = self._ask_unsaved  # tests answer for the person

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.addTab(self._sms_page(), self.tr("SMS"))
        self.tabs.addTab(self._email_page(), self.tr("E-mail"))
        self.tabs.addTab(self._rules_page(), self.tr("When and how often"))
        self.tabs.addTab(self._test_page(), self.tr("Send a test"))
        self.keyring_note = FieldError()
        self.keyring_note.setObjectName("keyringNote")
        self.form_error = FieldError()
        self.saved_note = QLabel(objectName="savedNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(lambda: self.save(close=True))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.form_error)
        layout.addWidget(self.saved_note)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        for button in self.findChildren(QPushButton):  # Enter saves (the default button), never deletes a secret
            button.setAutoDefault(button is self.save_button)
        self.setEnabled(False)  # until the values are read
        runner.run(self.settings.all, self._show, self._failed, label=self.tr("Reading settings…"))
        self.check_keyring()

    # -- building ---------------------------------------------------------------------------------
    def _field(self, form: QFormLayout, key: str, label: str) -> QWidget:
        option = OPTIONS[key]
        if key == P + "sms_gateway":
            widget: QWidget = QComboBox()
            names = {"twilio": "Twilio", "smsru": "SMS.ru", "smsapi": "SMSAPI.pl"}
            for name in SMS_GATEWAYS:
                widget.addItem(names[name], name)
        elif key == P + "smtp.security":
            widget = QComboBox()
            texts = {"starttls": self.tr("STARTTLS (port 587)"), "tls": self.tr("TLS (port 465)"),
                     "none": self.tr("none (local test server only)")}  # fmt: skip
            for name in SMTP_SECURITY:
                widget.addItem(texts[name], name)
        elif option.type is bool:
            widget = QCheckBox()
        elif option.type is int:
            widget = QSpinBox()
            widget.setRange(0, 65535 if key.endswith("port") else 10_000)
        else:
            widget = QLineEdit()
        widget.setObjectName(key)
        widget.setToolTip(option.help)
        self.fields[key] = widget
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        self.errors[key] = FieldError()
        v.addWidget(self.errors[key])
        form.addRow(label, box)
        return widget

    def _secret(self, form: QFormLayout, gateway: str, label: str) -> None:
        field = SecretField(GATEWAY_SECRETS[gateway])
        field.delete.clicked.connect(lambda _c=False, n=field.name: self.delete_secret(n))
        field.set_stored(None)
        self.secrets[field.name] = field
        form.addRow(label, field)

    def _sms_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._field(form, P + "enabled", self.tr("Send customer notifications"))
        self._field(form, P + "sms_gateway", self.tr("SMS gateway"))
        form.addRow(QLabel(self.tr("<b>Twilio</b>")))
        self._field(form, P + "twilio.base_url", self.tr("API base URL"))
        self._field(form, P + "twilio.account_sid", self.tr("Account SID"))
        self._secret(form, "twilio", self.tr("Auth token"))
        self._field(form, P + "twilio.from", self.tr("From number or sender ID"))
        self._field(form, P + "twilio.messaging_service_sid", self.tr("Messaging Service SID"))
        form.addRow(QLabel(self.tr("<b>SMS.ru</b>")))
        self._field(form, P + "smsru.base_url", self.tr("API base URL"))
        self._secret(form, "smsru", self.tr("api_id"))
        self._field(form, P + "smsru.sender", self.tr("Sender name"))
        form.addRow(QLabel(self.tr("<b>SMSAPI.pl</b>")))
        self._field(form, P + "smsapi.base_url", self.tr("API base URL"))
        self._secret(form, "smsapi", self.tr("OAuth token"))
        self._field(form, P + "smsapi.sender", self.tr("Sender name"))
        return page

    def _email_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(QLabel(self.tr("E-mail goes out through your mail server (SMTP).")))
        self._field(form, P + "smtp.host", self.tr("SMTP server"))
        self._field(form, P + "smtp.port", self.tr("Port"))
        self._field(form, P + "smtp.security", self.tr("Security"))
        self._field(form, P + "smtp.username", self.tr("Login"))
        self._secret(form, "smtp", self.tr("Password"))
        self._field(form, P + "smtp.from", self.tr("Sender address"))
        self._field(form, P + "manager_email", self.tr("Manager's address for alerts"))
        return page

    def _rules_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._field(form, P + "quiet_hours", self.tr("Quiet hours (no SMS), e.g. 21:00-08:00"))
        self._field(form, P + "timezone", self.tr("Time zone (empty: this PC's)"))
        self._field(form, P + "max_per_order_per_day", self.tr("At most messages per order per day"))
        self._field(form, P + "payment_reminder_hours", self.tr("Payment reminder after hours (0: never)"))
        self._field(form, P + "fallback", self.tr("Try the other channel when one fails"))
        self._field(form, P + "max_attempts", self.tr("Give up after temporary failures"))
        self._field(form, P + "payment_link", self.tr("Payment page link"))
        self._field(form, P + "tracking_url", self.tr("Tracking page link"))
        missing = [k for k in messaging_keys() if k not in self.fields and k not in SKIPPED]
        for key in missing:  # a setting declared later still gets a field
            self._field(form, key, key.removeprefix(P))
        return page

    def _test_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.test_channel = QComboBox(objectName="testChannel")
        self.test_channel.addItem(self.tr("SMS"), "sms")
        self.test_channel.addItem(self.tr("E-mail"), "email")
        self.test_to = QLineEdit(objectName="testTo")
        self.test_to.setPlaceholderText(self.tr("your own phone number or e-mail address"))
        self.test_button = QPushButton(self.tr("Send test message"), objectName="sendTest")
        self.test_button.clicked.connect(self.send_test)
        self.test_result = QLabel(objectName="testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(QLabel(self.tr("Saves the settings above, then sends one message now through the chosen gateway.")))
        form.addRow(self.tr("Channel"), self.test_channel)
        self.errors["to"] = FieldError()
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.test_to)
        v.addWidget(self.errors["to"])
        form.addRow(self.tr("To"), box)
        button_row = QHBoxLayout()
        button_row.addWidget(self.test_button)
        button_row.addStretch(1)
        form.addRow("", button_row)
        form.addRow(self.tr("Answer"), self.test_result)
        return page

    # -- values ----------------------------------------------------------------------------------------
    def _show(self, values: dict[str, Any]) -> None:
        for key, widget in self.fields.items():
            value = values.get(key, OPTIONS[key].default)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            else:
                widget.setText(str(value))
        self.stored = self.values()
        self.setEnabled(True)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                out[key] = widget.value()
            else:
                out[key] = widget.text().strip()
        return out

    def _clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear_error()
        self.form_error.clear_error()
        self.saved_note.clear()

    # -- keyring ---------------------------------------------------------------------------------------
    def check_keyring(self) -> None:
        credentials, names = self.credentials, list(self.secrets)

        def read() -> dict[str, bool]:
            credentials.backend()  # ConfigurationError with how to fix it when there is none
            return {name: bool(credentials.get(name)) for name in names}

        self.runner.run(read, self._keyring_state, self._keyring_failed, label=self.tr("Opening the keyring…"))

    def _keyring_state(self, stored: dict[str, bool]) -> None:
        self.keyring_ok = True
        self.keyring_note.clear_error()
        for name, field in self.secrets.items():
            field.set_stored(stored.get(name, False))

    def _keyring_failed(self, exc: BaseException) -> None:
        self.keyring_ok = False
        for field in self.secrets.values():
            field.set_stored(None)
        if isinstance(exc, OrderDeskError):
            self.keyring_note.show_error(str(exc))
        else:
            self.runner.default_failure(exc)

    def delete_secret(self, name: str) -> None:
        credentials = self.credentials
        self.runner.run(
            lambda: credentials.delete(name),
            lambda _r: (self.check_keyring(), self.saved_note.setText(self.tr("Deleted from the keyring."))),
            self._failed,
        )

    # -- saving ------------------------------------------------------------------------------------------
    def save(self, close: bool = False, then=None) -> None:
        self._clear_errors()
        values = self.values()
        secrets = {name: field.value() for name, field in self.secrets.items() if field.value()}
        settings, credentials = self.settings, self.credentials

        def write() -> None:
            # Settings are checked first: a refused value stores nothing, secrets included.
            save_settings(settings, values)
            for name, secret in secrets.items():
                # Bound to the host it is sent to, as the settings now say (see services/credentials).
                where = secret_address(name, settings.get)
                if where is None:
                    credentials.set(name, secret)
                else:
                    credentials.set(name, secret, address=where[0], secure=where[1])

        def done(_r: object) -> None:
            self.setEnabled(True)
            self.stored = values
            for field in self.secrets.values():
                field.edit.clear()
            if secrets:
                self.check_keyring()
            self.saved_note.setText(self.tr("Saved."))
            if close:
                self.accept()
            elif then is not None:
                then()

        self.setEnabled(False)
        self.runner.write(write, done, self._failed, label=self.tr("Saving notification settings…"))

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if not self.test_button.isEnabled():  # the save before a test failed: no test was sent
            self.test_button.setEnabled(True)
            self.test_result.setText(self.tr("Not sent: the settings were not saved."))
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors[exc.field].show_error(str(exc))
            page = self._page_of(exc.field)
            if page is not None:
                self.tabs.setCurrentWidget(page)
        elif isinstance(exc, OrderDeskError):
            self.form_error.show_error(str(exc))
        else:
            self.runner.default_failure(exc)

    def _page_of(self, key: str) -> QWidget | None:
        widget = self.fields.get(key) or (self.test_to if key == "to" else None)
        while widget is not None:
            index = self.tabs.indexOf(widget)
            if index >= 0:
                return widget
            widget = widget.parentWidget()
        return None

    # -- the test message -----------------------------------------------------------------------------
    def send_test(self) -> None:
        to = self.test_to.text().strip()
        self._clear_errors()
        if not to:
            self.errors["to"].show_error(self.tr("Write where the test message goes."))
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Sending…"))
        self.save(then=lambda: self._send_test(self.test_channel.currentData(), to))

    def _send_test(self, channel: str, to: str) -> None:
        db = self.db
        self.runner.run(lambda: send_test(db, channel, to), self._tested, self._test_failed,
                        label=self.tr("Sending a test message…"))  # fmt: skip

    def _tested(self, result: SendResult) -> None:
        self.last_test = result
        self.test_button.setEnabled(True)
        self.test_result.setText(
            self.tr("Sent. The gateway answered: status {s}, message id {i}.").format(
                s=result.raw_status or result.status, i=result.gateway_id
            )
        )

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field == "to":
            self.test_result.setText("")
            self.errors["to"].show_error(str(exc))
        elif isinstance(exc, OrderDeskError):
            self.test_result.setText(str(exc))
        else:
            self.test_result.setText(self.tr("Not sent: {e}").format(e=exc))

    # -- unsaved changes -----------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """A setting changed or a secret typed since the values were read or saved."""
        if self.stored is None:  # still reading: nothing typed yet
            return False
        return self.values() != self.stored or any(field.value() for field in self.secrets.values())

    def _ask_unsaved(self) -> str:
        return ask_unsaved(self, self.tr("The notification settings have changes that are not saved."))

    def _discard(self) -> None:
        for field in self.secrets.values():
            field.edit.clear()
        self.stored = self.values()

    def reject(self) -> None:
        """Close, Escape and the window's close button all come here (QDialog.closeEvent calls it)."""
        if not self.is_dirty() or may_close(self.ask_unsaved, lambda: self.save(close=True), self._discard):
            super().reject()
