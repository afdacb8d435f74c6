"""Shop details (shared by every PC, in the database's declared settings) and this user's choices
(name written into history, interface language: QSettings, per user)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from orderdesk.errors import OrderDeskError, ValidationError
from orderdesk.i18n import current_language
from orderdesk.phones import normalize_phone
from orderdesk.settings import Settings
from orderdesk.ui.tasks import TaskRunner
from orderdesk.ui.widgets import FieldError
from orderdesk.workflow import Role

LANGUAGES = (("en", "English"), ("pl", "Polski"), ("ru", "Русский"), ("zh", "中文"))
SHOP_KEYS = ("shop.name", "shop.address", "shop.phone", "shop.email", "shop.country", "shop.currency", "shop.language")


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, qsettings: QSettings, runner: TaskRunner, parent: QWidget | None = None, *, signed_in: str = "") -> None:  # fmt: skip
        """``signed_in`` ("Olga (owner)") when the shop has users: then who acts comes from the
        sign-in, and the name and role fields (single-user mode only) are not shown."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings, self.qsettings, self.runner = settings, qsettings, runner
        self.errors: dict[str, FieldError] = {}

        self.shop_name = QLineEdit(objectName="shop.name")
        self.shop_address = QPlainTextEdit(objectName="shop.address")
        self.shop_address.setTabChangesFocus(True)
        self.shop_address.setFixedHeight(70)
        self.shop_phone = QLineEdit(objectName="shop.phone")
        self.shop_email = QLineEdit(objectName="shop.email")
        self.shop_country = QLineEdit(objectName="shop.country")
        self.shop_country.setMaxLength(2)
        self.shop_currency = QLineEdit(objectName="shop.currency")
        self.shop_currency.setMaxLength(3)
        self.shop_language = QComboBox(objectName="shop.language")
        self.ui_language = QComboBox(objectName="ui.language")
        for code, text in LANGUAGES:
            self.shop_language.addItem(text, code)
            self.ui_language.addItem(text, code)
        self.user_name = QLineEdit(objectName="user.name")
        self.user_role = QComboBox(objectName="user.role")
        for role, text in (
            (Role.OWNER, self.tr("owner")),
            (Role.PACKER, self.tr("packer")),
            (Role.CLERK, self.tr("pickup clerk")),
        ):
            self.user_role.addItem(text, role.value)

        shop = QGroupBox(self.tr("Shop (all PCs; printed on documents)"))
        sf = QFormLayout(shop)
        sf.addRow(self.tr("Name"), self._with_error(self.shop_name, "shop.name"))
        sf.addRow(self.tr("Address"), self._with_error(self.shop_address, "shop.address"))
        sf.addRow(self.tr("Phone"), self._with_error(self.shop_phone, "shop.phone"))
        sf.addRow(self.tr("E-mail"), self._with_error(self.shop_email, "shop.email"))
        sf.addRow(self.tr("Default country"), self._with_error(self.shop_country, "shop.country"))
        sf.addRow(self.tr("Default currency"), self._with_error(self.shop_currency, "shop.currency"))
        sf.addRow(self.tr("Documents language"), self.shop_language)
        me = QGroupBox(self.tr("You (this user on this PC)"))
        mf = QFormLayout(me)
        self.signed_in = signed_in
        if signed_in:
            who = QLabel(self.tr("Signed in as %1. People, roles and PINs: orderdesk users").replace("%1", signed_in))
            who.setObjectName("signedIn")
            who.setWordWrap(True)
            mf.addRow(self.tr("Who"), who)
        else:
            mf.addRow(self.tr("Your name (in order history)"), self.user_name)
            mf.addRow(self.tr("Role"), self.user_role)
        mf.addRow(self.tr("Interface language (after restart)"), self.ui_language)
        # Translators are installed at start-up; say so rather than half-translating open windows.
        self.language_hint = QLabel(self.tr("Restart OrderDesk to use the new interface language."))
        self.language_hint.setObjectName("languageHint")
        self.language_hint.setWordWrap(True)
        self.language_hint.hide()
        mf.addRow("", self.language_hint)
        self.ui_language.currentIndexChanged.connect(self._language_chosen)
        self.form_error = FieldError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(shop)
        layout.addWidget(me)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.setEnabled(False)
        runner.run(settings.all, self._show, self._failed)

    def _language_chosen(self) -> None:
        # The language this process runs in (set with the translators at start-up).
        self.language_hint.setVisible(self.ui_language.currentData() != current_language())

    def _with_error(self, field: QWidget, key: str) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(field)
        self.errors[key] = FieldError()
        v.addWidget(self.errors[key])
        return box

    def _show(self, values: dict) -> None:
        self.shop_name.setText(str(values.get("shop.name", "")))
        self.shop_address.setPlainText(str(values.get("shop.address", "")).replace("|", "\n"))
        self.shop_phone.setText(str(values.get("shop.phone", "")))
        self.shop_email.setText(str(values.get("shop.email", "")))
        self.shop_country.setText(str(values.get("shop.country", "")))
        self.shop_currency.setText(str(values.get("shop.currency", "")))
        self.shop_language.setCurrentIndex(max(self.shop_language.findData(values.get("shop.language", "en")), 0))
        self.user_name.setText(str(self.qsettings.value("user/name", "")))
        self.user_role.setCurrentIndex(max(self.user_role.findData(str(self.qsettings.value("user/role", "owner"))), 0))
        self.ui_language.setCurrentIndex(
            max(self.ui_language.findData(str(self.qsettings.value("ui/language", "en"))), 0)
        )
        self.setEnabled(True)

    def values(self) -> dict[str, str] | None:
        for error in self.errors.values():
            error.clear_error()
        typed = {
            "shop.name": self.shop_name.text(),
            "shop.address": "|".join(x.strip() for x in self.shop_address.toPlainText().splitlines() if x.strip()),
            "shop.phone": self.shop_phone.text().strip(),
            "shop.email": self.shop_email.text(),
            "shop.country": self.shop_country.text(),
            "shop.currency": self.shop_currency.text(),
            "shop.language": self.shop_language.currentData(),
        }
        values: dict[str, str] = {}
        for key, text in typed.items():
            try:  # the settings' own rules (no database): the message says what to enter
                values[key] = Settings.check(key, text)
            except ValidationError as exc:
                if key in self.errors:
                    self.errors[key].show_error(str(exc))
        phone, country = values.get("shop.phone", ""), values.get("shop.country")
        if phone and country and not normalize_phone(phone, country)[1]:
            self.errors["shop.phone"].show_error(self.tr("Not a valid phone number for %1.").replace("%1", country))
            return None
        return values if len(values) == len(typed) else None

    def save(self) -> None:
        values = self.values()
        if values is None:
            return
        if not self.signed_in:  # with users, the sign-in says who acts
            self.qsettings.setValue("user/name", self.user_name.text().strip())
            self.qsettings.setValue("user/role", self.user_role.currentData())
        self.qsettings.setValue("ui/language", self.ui_language.currentData())
        settings = self.settings

        def write() -> None:
            for key, value in values.items():
                settings.set(key, value)

        self.setEnabled(False)
        self.runner.write(write, lambda _r: self.accept(), self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors[exc.field].show_error(str(exc))
        elif isinstance(exc, OrderDeskError):
            self.form_error.show_error(str(exc))
        else:
            self.runner.default_failure(exc)
