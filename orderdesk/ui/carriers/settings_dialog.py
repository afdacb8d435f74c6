"""Carrier settings: base URL (production / sandbox / custom), secrets into the OS keyring only,
default service, sender details, and a background "Test connection" of what is in the form.

Plain settings go to the database like ``orderdesk config set``; secrets go to the keyring like
``orderdesk credentials set`` and never into the database, the settings or a log. A missing
keyring backend shows the message ``credentials`` gives (how to fix it), with no fallback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
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

from orderdesk.errors import ConfigurationError, OrderDeskError, ValidationError
from orderdesk.services.carriers import cdek, easypost, inpost
from orderdesk.services.carriers.registry import CarrierInfo, check_connection, describe
from orderdesk.services.credentials import Credentials, check_secret_address
from orderdesk.settings import OPTIONS, Settings
from orderdesk.ui.carriers.context import CarrierContext
from orderdesk.ui.widgets import FieldError

# Carriers that talk to a server (own courier and shop pickup have nothing to set up).
NETWORK_CARRIERS = ("cdek", "inpost", "easypost")
PRESETS: dict[str, tuple[tuple[str, str], ...]] = {
    "cdek": (("production", cdek.PRODUCTION_URL), ("sandbox", cdek.SANDBOX_URL)),
    "inpost": (("production", inpost.PRODUCTION_URL), ("sandbox", inpost.SANDBOX_URL)),
    # EasyPost has one URL; the test or live key decides which mode it is.
    "easypost": (("production", easypost.BASE_URL),),
}
GENERAL_KEYS = (
    "carriers.sync_interval_minutes",
    "carriers.label_format",
    "carriers.stall_days",
    "carriers.timeout_seconds",
    "carriers.default_parcel_cm",
)
# Handled by their own widgets on a carrier's page.
_SPECIAL = ("base_url", "default_service")


class _Overlay:
    """Settings as the form shows them, falling back to the stored ones (for "Test connection")."""

    def __init__(self, settings: Settings, values: dict[str, Any]) -> None:
        self._settings, self._values = settings, values

    def get(self, key: str) -> Any:
        return self._values[key] if key in self._values else self._settings.get(key)


class _FormSecrets(Credentials):
    """Secrets typed into the form, else the keyring's (for "Test connection" before saving)."""

    def __init__(self, base: Credentials, typed: dict[str, str]) -> None:
        super().__init__(base.service_prefix, base._backend)
        self._typed = typed

    def get(self, name: str) -> str | None:
        return self._typed.get(name) or super().get(name)

    def require_for(self, name: str, address: str, *, secure: bool | None = None) -> str:
        if name in self._typed:  # typed for the address in the form: only the HTTPS rule applies
            check_secret_address(address, name=name, secure=secure)
            return self._typed[name]
        return super().require_for(name, address, secure=secure)


@dataclass
class _Page:
    info: CarrierInfo
    url_choice: QComboBox
    url: QLineEdit
    secrets: dict[str, QLineEdit]
    secret_state: QLabel
    fields: dict[str, QWidget]
    test_button: QPushButton
    test_result: QLabel


class CarrierSettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx: CarrierContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carrierSettings")
        self.setWindowTitle(self.tr("Carrier settings"))
        self.ctx = ctx
        self.settings: Settings = ctx.settings  # type: ignore[assignment]
        self.pages: dict[str, _Page] = {}
        self.general: dict[str, QWidget] = {}
        self.tests_running = 0
        self.loaded: dict[str, Any] = {}  # the settings as read: only changes are written back

        self.tabs = QTabWidget(objectName="carrierTabs")
        for info in describe():
            if info.name in NETWORK_CARRIERS:
                self.tabs.addTab(self._carrier_page(info), info.title)
        self.tabs.addTab(self._general_page(), self.tr("Tracking && labels"))
        self.keyring_state = FieldError()
        self.keyring_state.setObjectName("keyringState")
        self.form_error = FieldError()
        self.form_error.setObjectName("formError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.keyring_state)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.setEnabled(False)
        self._load()

    # -- building -------------------------------------------------------------------------------
    def _carrier_page(self, info: CarrierInfo) -> QWidget:
        page = QWidget(objectName=f"page-{info.name}")
        form = QFormLayout(page)
        url_choice = QComboBox(objectName=f"{info.name}.url_choice")
        for key, url in PRESETS[info.name]:
            url_choice.addItem(self.tr("Production") if key == "production" else self.tr("Sandbox"), url)
        url_choice.addItem(self.tr("Custom (a local test server…)"), "")
        url = QLineEdit(objectName=f"carriers.{info.name}.base_url")
        url.setMinimumWidth(340)
        url_choice.currentIndexChanged.connect(lambda _i, c=url_choice, u=url: self._url_choice_changed(c, u))
        row = QHBoxLayout()
        row.addWidget(url_choice)
        row.addWidget(url, 1)
        form.addRow(self.tr("Server"), row)

        secrets: dict[str, QLineEdit] = {}
        for name in info.credentials:
            edit = QLineEdit(objectName=name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(self.tr("checking the keyring…"))
            secrets[name] = edit
            form.addRow(_secret_label(self, name), edit)
        secret_state = QLabel(objectName=f"{info.name}.secretState")
        secret_state.setWordWrap(True)
        form.addRow("", secret_state)

        fields: dict[str, QWidget] = {}
        service = QComboBox(objectName=f"carriers.{info.name}.default_service")
        service.setEditable(True)
        if info.name == "easypost":
            service.addItem("")  # the cheapest rate
        service.addItems(list(info.services))
        fields[f"carriers.{info.name}.default_service"] = service
        form.addRow(self.tr("Default service"), service)
        for key in info.settings:
            if key.rsplit(".", 1)[-1] in _SPECIAL:
                continue
            widget = _editor(key)
            fields[key] = widget
            form.addRow(_setting_label(self, key), widget)

        if info.name == "easypost":
            note = QLabel(self.tr("Sender: the shop's name, address and phone from Settings (Ctrl+,)."))
            note.setWordWrap(True)
            form.addRow(self.tr("Sender"), note)
        test_button = QPushButton(self.tr("Test connection"), objectName=f"{info.name}.test")
        test_button.clicked.connect(lambda _c=False, n=info.name: self.test_connection(n))
        test_result = QLabel(objectName=f"{info.name}.testResult")
        test_result.setWordWrap(True)
        form.addRow(test_button, test_result)
        self.pages[info.name] = _Page(info, url_choice, url, secrets, secret_state, fields, test_button, test_result)
        return page

    def _general_page(self) -> QWidget:
        page = QWidget(objectName="page-general")
        form = QFormLayout(page)
        for key in GENERAL_KEYS:
            if key == "carriers.label_format":
                widget: QWidget = QComboBox(objectName=key)
                for fmt in ("pdf", "zpl"):
                    widget.addItem(fmt.upper(), fmt)
            else:
                widget = _editor(key)
            self.general[key] = widget
            form.addRow(_setting_label(self, key), widget)
        return page

    def _url_choice_changed(self, choice: QComboBox, url: QLineEdit) -> None:
        preset = choice.currentData()
        url.setReadOnly(bool(preset))
        if preset:
            url.setText(preset)
        else:
            url.setFocus()

    # -- loading --------------------------------------------------------------------------------
    def _load(self) -> None:
        settings, credentials = self.settings, self.ctx.credentials
        names = [n for p in self.pages.values() for n in p.secrets]

        def read() -> tuple[dict[str, Any], dict[str, bool] | str]:
            values = settings.all()
            try:
                stored: dict[str, bool] | str = {n: bool(credentials.get(n)) for n in names}
            except ConfigurationError as exc:  # no keyring: say how to fix it, keep the rest usable
                stored = str(exc)
            return values, stored

        self.ctx.runner.run(read, self._show, self._failed, label=self.tr("Reading carrier settings…"))

    def _show(self, result: tuple[dict[str, Any], dict[str, bool] | str]) -> None:
        values, stored = result
        self.loaded = values
        for name, page in self.pages.items():
            url = str(values.get(f"carriers.{name}.base_url", ""))
            index = page.url_choice.findData(url)
            page.url_choice.setCurrentIndex(index if index >= 0 else page.url_choice.count() - 1)
            self._url_choice_changed(page.url_choice, page.url)
            page.url.setText(url)
            for key, widget in page.fields.items():
                _set_value(widget, values.get(key))
            if isinstance(stored, dict):
                missing = [n for n in page.secrets if not stored.get(n)]
                for n, edit in page.secrets.items():
                    edit.setPlaceholderText(
                        self.tr("stored in the keyring (type to replace)") if stored.get(n) else self.tr("not set")
                    )
                page.secret_state.setText(
                    self.tr("Secrets are kept in the system keyring only.")
                    if not missing
                    else self.tr("Not set yet: %1").replace("%1", ", ".join(missing))
                )
            else:
                for edit in page.secrets.values():
                    edit.setPlaceholderText(self.tr("no keyring"))
                    edit.setEnabled(False)
        if isinstance(stored, str):
            self.keyring_state.show_error(stored)
        for key, widget in self.general.items():
            _set_value(widget, values.get(key))
        self.setEnabled(True)

    # -- collecting -------------------------------------------------------------------------------
    def setting_values(self) -> dict[str, Any]:
        """Settings as typed (parsed by their declared types; ``ValidationError`` names the field)."""
        values: dict[str, Any] = {}
        for name, page in self.pages.items():
            values[f"carriers.{name}.base_url"] = page.url.text().strip()
            for key, widget in page.fields.items():
                values[key] = _value(widget)
        for key, widget in self.general.items():
            values[key] = _value(widget)
        parsed = {}
        for key, value in values.items():
            parsed[key] = (
                OPTIONS[key].parse(value) if isinstance(value, str) and OPTIONS[key].type is not str else value
            )
        for name in self.pages:
            url = parsed[f"carriers.{name}.base_url"]
            if not url.startswith(("http://", "https://")):
                raise ValidationError(
                    self.tr("The server address must start with https:// or http://."), f"carriers.{name}.base_url"
                )
        if parsed["carriers.sync_interval_minutes"] < 1:
            raise ValidationError(self.tr("Sync at most once a minute."), "carriers.sync_interval_minutes")
        return parsed

    def typed_secrets(self) -> dict[str, str]:
        return {n: e.text() for p in self.pages.values() for n, e in p.secrets.items() if e.text()}

    # -- test connection ------------------------------------------------------------------------------
    def test_connection(self, name: str) -> None:
        page = self.pages[name]
        self.form_error.clear_error()
        try:
            values = self.setting_values()
        except ValidationError as exc:
            self.form_error.show_error(str(exc))
            return
        settings = _Overlay(self.settings, values)
        secrets = _FormSecrets(
            self.ctx.credentials, {k: v for k, v in self.typed_secrets().items() if k in page.secrets}
        )
        page.test_button.setEnabled(False)
        page.test_result.setStyleSheet("")
        page.test_result.setText(self.tr("Connecting…"))
        self.tests_running += 1

        def done(message: str) -> None:
            self.tests_running -= 1
            page.test_button.setEnabled(True)
            page.test_result.setStyleSheet("color: #2e7d32")
            page.test_result.setText("✔ " + message)

        def failed(exc: BaseException) -> None:
            self.tests_running -= 1
            page.test_button.setEnabled(True)
            if not isinstance(exc, OrderDeskError):
                self.ctx.report(exc, self.tr("Test connection"))
            page.test_result.setStyleSheet("color: #c62828")
            page.test_result.setText("✘ " + str(exc))

        # check_connection goes to the network: a worker, never the GUI thread.
        self.ctx.runner.run(
            lambda: check_connection(settings, name, secrets),  # type: ignore[arg-type]
            done,
            failed,
            label=self.tr("Testing the connection…"),
        )

    # -- saving ------------------------------------------------------------------------------------
    def save(self) -> None:
        self.form_error.clear_error()
        try:
            values = self.setting_values()
        except ValidationError as exc:
            self.form_error.show_error(str(exc))
            return
        secrets = self.typed_secrets()
        settings, credentials = self.settings, self.ctx.credentials
        # Each secret is bound to the host of the address it is typed next to.
        addresses = {n: values[f"carriers.{n.split('.', 1)[0]}.base_url"] for n in secrets}
        try:
            for name, address in addresses.items():
                check_secret_address(address, name=name)
        except OrderDeskError as exc:
            self.form_error.show_error(str(exc))
            return
        # Unchanged values stay unstored, so a default stays a default (like `config set` of one key).
        values = {k: v for k, v in values.items() if self.loaded.get(k) != v}

        def write() -> None:
            # Secrets first: a keyring problem stops the save before anything else changes.
            for name, secret in secrets.items():
                credentials.set(name, secret, address=addresses[name])
            for key, value in values.items():
                settings.set(key, value)

        self.setEnabled(False)
        self.ctx.runner.write(write, self._saved, self._save_failed, label=self.tr("Saving carrier settings…"))

    def _saved(self, _result: object) -> None:
        for page in self.pages.values():
            for edit in page.secrets.values():
                edit.clear()  # never keep a secret in a widget longer than needed
        self.saved.emit()
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(exc, OrderDeskError):
            self.form_error.show_error(str(exc))
        else:
            self.ctx.report(exc, self.tr("Carrier settings"))

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self._save_failed(exc)


def _editor(key: str) -> QWidget:
    option = OPTIONS[key]
    if option.type is int:
        spin = QSpinBox(objectName=key)
        spin.setRange(0, 1_000_000)
        return spin
    return QLineEdit(objectName=key)


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value) if widget.itemData(0) is not None else -1
        if index < 0:
            index = widget.findText(str(value or ""))
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable():
            widget.setEditText(str(value or ""))
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if data is not None and not widget.isEditable() else widget.currentText().strip()
    assert isinstance(widget, QLineEdit)
    return widget.text().strip()


def _secret_label(dialog: QDialog, name: str) -> str:
    # Literal contexts: lupdate would file ``dialog.tr`` under a context named "dialog".
    labels = {
        "cdek.client_id": QCoreApplication.translate("CarrierSettingsDialog", "Client id (Account)"),
        "cdek.client_secret": QCoreApplication.translate("CarrierSettingsDialog", "Client secret (Secure password)"),
        "inpost.token": QCoreApplication.translate("CarrierSettingsDialog", "API token"),
        "easypost.api_key": QCoreApplication.translate("CarrierSettingsDialog", "API key"),
    }
    return labels.get(name, name)


def _setting_label(dialog: QDialog, key: str) -> str:
    labels = {
        "carriers.cdek.rate_limit": QCoreApplication.translate("CarrierSettingsDialog", "Requests per second"),
        "carriers.cdek.shipment_point": QCoreApplication.translate(
            "CarrierSettingsDialog", "Drop-off point code (sender)"
        ),
        "carriers.cdek.sender_city_code": QCoreApplication.translate("CarrierSettingsDialog", "Sender city code"),
        "carriers.inpost.organization_id": QCoreApplication.translate("CarrierSettingsDialog", "Organization id"),
        "carriers.inpost.rate_limit": QCoreApplication.translate("CarrierSettingsDialog", "Requests per second"),
        "carriers.easypost.rate_limit": QCoreApplication.translate("CarrierSettingsDialog", "Requests per second"),
        "carriers.sync_interval_minutes": QCoreApplication.translate(
            "CarrierSettingsDialog", "Sync tracking every (minutes)"
        ),
        "carriers.label_format": QCoreApplication.translate("CarrierSettingsDialog", "Label format"),
        "carriers.stall_days": QCoreApplication.translate("CarrierSettingsDialog", "'Delayed' after days without news"),
        "carriers.timeout_seconds": QCoreApplication.translate("CarrierSettingsDialog", "Carrier time-out (seconds)"),
        "carriers.default_parcel_cm": QCoreApplication.translate(
            "CarrierSettingsDialog", "Default parcel size (LxWxH cm)"
        ),
    }
    return labels.get(key, OPTIONS[key].help)
