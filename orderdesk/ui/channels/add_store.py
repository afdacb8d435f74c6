"""Channels → Add WooCommerce store: the site's address and key pair, tested before saving.

The test and the saving run on workers (the network and the keyring never block the window);
the secret goes to the OS keyring only, bound to the site's host, by ``connect_store``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orderdesk.errors import OrderDeskError
from orderdesk.services.channels.registry import update_settings
from orderdesk.services.channels.service import connect_store, test_typed_values
from orderdesk.services.credentials import Credentials


class AddStoreDialog(QDialog):
    saved = Signal(object)  # Channel

    def __init__(
        self, service: Any, runner: Any, parent: QWidget | None = None, credentials: Credentials | None = None
    ):
        super().__init__(parent)
        self.setObjectName("addStoreDialog")
        self.setWindowTitle(self.tr("Add WooCommerce store"))
        self.service, self.runner = service, runner
        self.credentials = credentials or Credentials()
        self.tested_ok = False
        self.name = QLineEdit("shop", objectName="storeName")
        self.url = QLineEdit(objectName="storeUrl")
        self.url.setPlaceholderText("https://shop.example.com")
        self.key = QLineEdit(objectName="consumerKey")
        self.key.setPlaceholderText("ck_…")
        self.secret = QLineEdit(objectName="consumerSecret")
        self.secret.setPlaceholderText("cs_…")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.auth = QComboBox(objectName="authMode")
        for value, text in (
            ("auto", self.tr("Automatic (Basic over HTTPS, OAuth 1.0a over HTTP)")),
            ("query", self.tr("Keys in the address (hosts that strip the Authorization header)")),
        ):
            self.auth.addItem(text, value)
        # Off by default: with it on, the desk owns the store's stock numbers (docs/channels.md).
        self.push_stock = QCheckBox(
            self.tr("Send the desk's available stock to the store's products (matched by SKU)"), objectName="pushStock"
        )
        self.result = QLabel(objectName="testResult")
        self.result.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"), objectName="testConnection")
        self.test_button.clicked.connect(self.test)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Site address"), self.url)
        form.addRow(self.tr("Consumer key"), self.key)
        form.addRow(self.tr("Consumer secret"), self.secret)
        form.addRow(self.tr("Sign-in"), self.auth)
        form.addRow("", self.push_stock)
        hint = QLabel(
            self.tr(
                "Create the key in WooCommerce → Settings → Advanced → REST API with Read/Write permission. "
                "The secret is kept in this computer's keyring and only ever sent to this site."
            )
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        for edit in (self.url, self.key, self.secret):
            edit.textChanged.connect(self._typed)
        self.auth.currentIndexChanged.connect(self._typed)
        self.resize(560, 0)

    def values(self) -> tuple[str, str, str, str, str]:
        return (
            self.name.text().strip(),
            self.url.text().strip(),
            self.key.text().strip(),
            self.secret.text().strip(),
            str(self.auth.currentData()),
        )

    def _typed(self) -> None:
        self.tested_ok = False
        self.save_button.setEnabled(False)

    def test(self) -> None:
        _name, url, key, secret, auth = self.values()
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Testing…"))

        def done(report) -> None:
            self.test_button.setEnabled(True)
            self.tested_ok = bool(report.ok)
            self.save_button.setEnabled(self.tested_ok)
            self.result.setText(("✔ " if report.ok else "✖ ") + report.message)

        self.runner.run(
            lambda: test_typed_values("woocommerce", url, key, secret, auth),
            done,
            self._failed,
            label=self.tr("Testing the store connection"),
        )

    def save(self) -> None:
        name, url, key, secret, auth = self.values()
        self.save_button.setEnabled(False)
        self.result.setText(self.tr("Saving…"))

        def done(channel) -> None:
            self.saved.emit(channel)
            self.accept()

        push_stock = self.push_stock.isChecked()

        def connect():
            channel = connect_store(self.service.db, self.credentials, "woocommerce", name, url, key, secret, auth)
            if push_stock:
                channel = update_settings(self.service.db, channel.name, push_stock=True)
            return channel

        self.runner.run(
            connect,
            done,
            self._failed,
            label=self.tr("Connecting the store"),
        )

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.save_button.setEnabled(self.tested_ok)
        if isinstance(exc, OrderDeskError):
            self.result.setText("✖ " + str(exc))
            return
        self.result.setText("✖ " + self.tr("The check failed unexpectedly; see the log."))
        reporter = getattr(self.parent(), "reporter", None)
        if reporter is not None:
            reporter.report(exc)
