"""The first-start guide for a new shop: its name and address (the sender on labels and the
header of slips), where products and orders come from, the printers, and the people.

Every page can be skipped; the guide opens by itself on an empty database until it is finished
or skipped once, and again from Orders → Shop setup guide…. The answers are checked and stored
by services/first_start.py on the database-writer thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from orderdesk.errors import ValidationError
from orderdesk.services.first_start import (
    NewUser,
    ShopDetails,
    add_first_users,
    check_shop,
    check_users,
    current_shop,
    finish_guide,
    save_shop,
)
from orderdesk.services.printing import PrinterPreferences
from orderdesk.services.users import UserService
from orderdesk.ui.widgets import FieldError
from orderdesk.workflow import Role

# Menus other parts of the app add (products and stock, web-store connections): the guide points
# to them when they are there.
SETUP_MENUS = ("stockMenu", "channelsMenu")


def _with_error(field: QWidget, errors: dict[str, FieldError], key: str) -> QWidget:
    box = QWidget()
    v = QVBoxLayout(box)
    v.setContentsMargins(0, 0, 0, 0)
    v.setSpacing(1)
    v.addWidget(field)
    errors[key] = FieldError()
    v.addWidget(errors[key])
    return box


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class _SavingPage(QWizardPage):
    """A page whose answers are stored on the writer thread before the guide moves on."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window = window
        self.errors: dict[str, FieldError] = {}
        self._stored: object = None

    def answers(self) -> object:  # what the page would store now
        raise NotImplementedError

    def check(self, answers: object) -> None:  # ValidationError with the field, no database
        raise NotImplementedError

    def store(self, answers: object) -> Callable[[], object]:
        raise NotImplementedError

    def validatePage(self) -> bool:
        answers = self.answers()
        if answers is None or answers == self._stored:
            return True  # nothing to store: skipped, or stored already
        for error in self.errors.values():
            error.clear_error()
        try:
            self.check(answers)
        except ValidationError as exc:
            self._show(exc)
            return False
        self.wizard().setEnabled(False)

        def stored(_result: object) -> None:
            self._stored = answers
            self.wizard().setEnabled(True)
            wizard = self.wizard()
            wizard.accept() if wizard.currentPage() is wizard.page(wizard.pageIds()[-1]) else wizard.next()

        def failed(exc: BaseException) -> None:
            self.wizard().setEnabled(True)
            if isinstance(exc, ValidationError):
                self._show(exc)
            else:
                self.window.reporter.report(exc, self.title())

        self.window.runner.write(self.store(answers), stored, failed)
        return False

    def _show(self, exc: ValidationError) -> None:
        error = self.errors.get(exc.field or "") or self.errors.get("page")
        if error is not None:
            error.show_error(str(exc))


class ShopPage(_SavingPage):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("shopPage")
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(
            self.tr("The name and address are the sender on every shipping label and the header of packing slips.")
        )
        self.name = QLineEdit(objectName="shopName")
        self.address = QPlainTextEdit(objectName="shopAddress")
        self.address.setPlaceholderText(self.tr("Street and number\nPostcode and city\nCountry"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 4 + 12)
        self.phone = QLineEdit(objectName="shopPhone")
        self.email = QLineEdit(objectName="shopEmail")
        self.country = QLineEdit(objectName="shopCountry")
        self.country.setMaxLength(2)
        self.currency = QLineEdit(objectName="shopCurrency")
        self.currency.setMaxLength(3)
        self.language = QComboBox(objectName="shopLanguage")
        for code, text in (("en", "English"), ("pl", "Polski"), ("ru", "Русский"), ("zh", "中文")):
            self.language.addItem(text, code)
        for short in (self.country, self.currency):
            short.setMaximumWidth(short.fontMetrics().horizontalAdvance("MMMM") + 16)
        welcome = _note(
            self.tr(
                "Welcome to OrderDesk. Four short steps set up a new shop; each can be skipped and done later "
                "(Orders → Shop setup guide…)."
            )
        )
        welcome.setObjectName("welcome")
        form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(welcome)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        form.addRow(self.tr("Shop name *"), _with_error(self.name, self.errors, "shop.name"))
        form.addRow(self.tr("Address *"), _with_error(self.address, self.errors, "shop.address"))
        form.addRow(self.tr("Phone"), _with_error(self.phone, self.errors, "shop.phone"))
        form.addRow(self.tr("E-mail"), _with_error(self.email, self.errors, "shop.email"))
        form.addRow(self.tr("Country (2 letters)"), _with_error(self.country, self.errors, "shop.country"))
        form.addRow(self.tr("Currency"), _with_error(self.currency, self.errors, "shop.currency"))
        form.addRow(self.tr("Documents language"), _with_error(self.language, self.errors, "shop.language"))

    def fill(self, shop: ShopDetails) -> None:
        self.name.setText(shop.name)
        self.address.setPlainText("\n".join(shop.address_lines))
        self.phone.setText(shop.phone)
        self.email.setText(shop.email)
        self.country.setText(shop.country)
        self.currency.setText(shop.currency)
        self.language.setCurrentIndex(max(self.language.findData(shop.language), 0))
        self._stored = self.answers() if shop.name and shop.address_lines else None

    def answers(self) -> ShopDetails:
        return ShopDetails(
            name=self.name.text(),
            address_lines=tuple(x.strip() for x in self.address.toPlainText().splitlines() if x.strip()),
            phone=self.phone.text(),
            email=self.email.text(),
            country=self.country.text(),
            currency=self.currency.text(),
            language=str(self.language.currentData()),
        )

    def check(self, answers: object) -> None:
        assert isinstance(answers, ShopDetails)
        check_shop(answers)

    def store(self, answers: object) -> Callable[[], object]:
        settings = self.window.settings
        return lambda: save_shop(settings, answers)  # type: ignore[arg-type]


class ProductsPage(QWizardPage):
    """Where orders and products come from: points to the menus that do it."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.setObjectName("productsPage")
        self.setTitle(self.tr("Products and orders"))
        self.setSubTitle(self.tr("Bring in what you sell and the orders you have; you can also do this later."))
        layout = QVBoxLayout(self)
        self.buttons: list[QPushButton] = []
        entries: list[tuple[str, QAction]] = [
            (self.tr("Orders from a JSON or CSV file (Orders → Import…)"), window.import_action),
            (self.tr("An order taken by phone (Orders → New order)"), window.new_action),
        ]
        for menu in window.menuBar().findChildren(QMenu):
            if menu.objectName() in SETUP_MENUS:  # its first entry: Products…, Add a store…
                first = next((a for a in menu.actions() if a.text() and not a.isSeparator()), None)
                if first is not None:
                    title = menu.title().replace("&", "")
                    entries.append((f"{title} → {first.text().replace('&', '')}", first))
        for text, act in entries:
            button = QPushButton(text)
            button.setObjectName(f"goto_{act.objectName()}")
            button.clicked.connect(lambda _checked=False, a=act: a.trigger())
            layout.addWidget(button)
            self.buttons.append(button)
        products = _note(
            self.tr(
                "Products: a CSV catalogue comes in with <code>orderdesk products import products.csv</code> "
                "(check it first with <code>--dry-run</code>); products not in the catalogue yet can also come "
                "with the imported orders' lines (name and price)."
            )
        )
        products.setObjectName("productsHint")
        products.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(products)
        layout.addStretch(1)


class PrintersPage(QWizardPage):
    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window = window
        self.setObjectName("printersPage")
        self.setTitle(self.tr("Printers"))
        self.setSubTitle(
            self.tr('The label printer (4×6" or 100×150 mm) and the A4 printer for slips, chosen once on this PC.')
        )
        self.current = _note("")
        self.current.setObjectName("printersChosen")
        self.choose = QPushButton(self.tr("Choose printers…"), objectName="choosePrinters")
        self.choose.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(_note(self.tr("Later: Print → Printer setup….")))
        layout.addStretch(1)

    def initializePage(self) -> None:
        self._show_current()

    def _choose(self) -> None:
        printing = getattr(self.window, "printing", None)
        if printing is not None:
            printing.setup_printers(then=self._show_current)

    def _show_current(self) -> None:
        preferences = PrinterPreferences.load()
        none = self.tr("not chosen yet")
        labels = preferences.get("labels").printer or none
        slips = preferences.get("slips").printer or none
        self.current.setText(
            self.tr("Labels: <b>%1</b><br>Packing slips and pick lists: <b>%2</b>")
            .replace("%1", labels.replace("<", "&lt;"))
            .replace("%2", slips.replace("<", "&lt;"))
        )


class PeoplePage(_SavingPage):
    """The owner and, if there are any, a packer and a pickup clerk, each with a PIN."""

    ROLES = (Role.OWNER, Role.PACKER, Role.CLERK)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("peoplePage")
        self.setTitle(self.tr("People"))
        self.setSubTitle(
            self.tr(
                "Who works at the desk, the packing bench and the pickup counter. With people set up, "
                "everyone signs in with a PIN and the history names them. Leave it empty to skip."
            )
        )
        self.existing = _note("")
        self.existing.setObjectName("existingUsers")
        self.existing.hide()
        self.grid = QWidget()
        grid = QGridLayout(self.grid)
        grid.addWidget(QLabel(self.tr("Name")), 0, 1)
        grid.addWidget(QLabel(self.tr("PIN (4–8 digits)")), 0, 2)
        grid.addWidget(QLabel(self.tr("PIN again")), 0, 3)
        titles = {Role.OWNER: self.tr("Owner"), Role.PACKER: self.tr("Packer"), Role.CLERK: self.tr("Pickup clerk")}
        digits = QRegularExpressionValidator(r"\d{0,8}")
        self.fields: dict[Role, tuple[QLineEdit, QLineEdit, QLineEdit]] = {}
        for row, role in enumerate(self.ROLES, 1):
            name = QLineEdit(objectName=f"{role.value}Name")
            pin, again = QLineEdit(objectName=f"{role.value}Pin"), QLineEdit(objectName=f"{role.value}PinAgain")
            for edit in (pin, again):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.setValidator(digits)
            grid.addWidget(QLabel(titles[role]), row * 2, 0)
            grid.addWidget(name, row * 2, 1)
            grid.addWidget(pin, row * 2, 2)
            grid.addWidget(again, row * 2, 3)
            for key, col in ((f"{role.value}.name", 1), (f"{role.value}.pin", 2)):
                self.errors[key] = FieldError()
                grid.addWidget(self.errors[key], row * 2 + 1, col, 1, 3 if col == 1 else 2)
            self.fields[role] = (name, pin, again)
        self.errors["page"] = FieldError()
        layout = QVBoxLayout(self)
        layout.addWidget(self.existing)
        layout.addWidget(self.grid)
        layout.addWidget(self.errors["page"])
        layout.addStretch(1)

    def initializePage(self) -> None:
        db = self.window.service.db

        def shown(users: list) -> None:
            if users:
                names = ", ".join(f"{u.name} ({u.role.value})" for u in users)
                self.existing.setText(
                    self.tr("People are set up already: %1. The owner adds more with 'orderdesk users add'.").replace(
                        "%1", names
                    )
                )
                self.existing.show()
                self.grid.hide()

        self.window.runner.run(lambda: UserService(db).list_users(), shown)

    def answers(self) -> tuple[NewUser, ...] | None:
        if self.grid.isHidden():
            return None
        users = tuple(
            NewUser(name.text().strip(), role, pin.text(), again.text())
            for role, (name, pin, again) in self.fields.items()
        )
        return users if any(u.name for u in users) else None

    def check(self, answers: object) -> None:
        check_users(answers)  # type: ignore[arg-type]

    def store(self, answers: object) -> Callable[[], object]:
        db = self.window.service.db
        return lambda: add_first_users(db, answers)  # type: ignore[arg-type]


class FirstStartGuide(QWizard):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("firstStartGuide")
        self.setWindowTitle(self.tr("Set up your shop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip the guide"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start working"))
        self.shop_page = ShopPage(window)
        self.products_page = ProductsPage(window)
        self.printers_page = PrintersPage(window)
        self.people_page = PeoplePage(window)
        for page in (self.shop_page, self.products_page, self.printers_page, self.people_page):
            self.addPage(page)
        self.resize(720, 520)
        self.setEnabled(False)
        settings = window.settings
        window.runner.run(lambda: current_shop(settings), self._loaded)
        self.finished.connect(self._done)

    def _loaded(self, shop: ShopDetails) -> None:
        self.shop_page.fill(shop)
        self.setEnabled(True)
        self.shop_page.name.setFocus()

    def _done(self, _result: int) -> None:
        # Finished or skipped: it is not offered again by itself (Orders → Shop setup guide… is).
        settings = self.window.settings
        self.window.runner.write(lambda: finish_guide(settings))
