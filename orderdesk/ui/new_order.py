"""The phone-order form: keyboard-friendly, product lookup by SKU, name or scanned barcode.

Checks here are about the *form* (a phone number that is not a number, a missing address for
a delivery that needs one) so the person hears about it at once, next to the field; the order
service validates again and its ``ValidationError(field=...)`` lands next to the same field.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk.domain import Actor, Address, Customer, OrderDetail, Product
from orderdesk.errors import OrderDeskError, ValidationError
from orderdesk.money import Money
from orderdesk.phones import normalize_phone
from orderdesk.services.orders import NewOrder, OrderService
from orderdesk.settings import Settings
from orderdesk.ui.board.style import money_text
from orderdesk.ui.lines_model import LineItem, LinesModel, size_columns
from orderdesk.ui.product_lookup import ProductLookup
from orderdesk.ui.tasks import TaskRunner
from orderdesk.ui.widgets import FieldError
from orderdesk.workflow import ADDRESS_NEEDED, DeliveryMethod, PaymentMethod

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class NewOrderDialog(QDialog):
    created = Signal(object)  # OrderDetail

    def __init__(
        self,
        service: OrderService,
        runner: TaskRunner,
        settings: Settings,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
        *,
        default_country: str = "PL",
        default_currency: str = "PLN",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newOrder")
        self.setWindowTitle(self.tr("New phone order"))
        self.service, self.runner, self.settings, self.actor = service, runner, settings, actor
        self.country = default_country
        self._saving = False
        self._discard_armed = False  # the first Esc on a filled form warns, the second closes
        self.errors: dict[str, FieldError] = {}

        # customer
        self.name = QLineEdit(objectName="customerName")
        self.phone = QLineEdit(objectName="phone")
        self.phone.setPlaceholderText("+48 600 123 456")
        self.phone_hint = QLabel(objectName="phoneHint")
        self.email = QLineEdit(objectName="email")
        self.language = QComboBox(objectName="language")
        # First choice: let the service guess it from the delivery country (an empty code).
        self.language.addItem(self.tr("From the country"), "")
        for code, text in (("en", "English"), ("pl", "Polski"), ("ru", "Русский"), ("zh", "中文")):
            self.language.addItem(text, code)
        customer = QGroupBox(self.tr("Customer"))
        form = QFormLayout(customer)
        form.addRow(self.tr("Name *"), self._with_error(self.name, "customer_name"))
        form.addRow(self.tr("Phone"), self._with_error(self.phone, "phone", self.phone_hint))
        form.addRow(self.tr("E-mail"), self._with_error(self.email, "email"))
        form.addRow(self.tr("Language"), self.language)

        # delivery and address
        self.delivery = QComboBox(objectName="delivery")
        for method, text in (
            (DeliveryMethod.CARRIER, self.tr("Carrier (parcel)")),
            (DeliveryMethod.PICKUP_POINT, self.tr("Pickup point / parcel locker")),
            (DeliveryMethod.OWN_COURIER, self.tr("Own courier")),
            (DeliveryMethod.PICKUP_SHOP, self.tr("Pickup at the shop")),
        ):
            self.delivery.addItem(text, method.value)
        self.pickup_point = QLineEdit(objectName="pickupPoint")
        self.recipient = QLineEdit(objectName="recipient")
        self.line1 = QLineEdit(objectName="line1")
        self.line2 = QLineEdit(objectName="line2")
        self.postcode = QLineEdit(objectName="postcode")
        self.city = QLineEdit(objectName="city")
        self.region = QLineEdit(objectName="region")
        self.country_edit = QLineEdit(default_country, objectName="country")
        self.country_edit.setMaxLength(2)
        delivery = QGroupBox(self.tr("Delivery"))
        dform = QFormLayout(delivery)
        dform.addRow(self.tr("Method"), self.delivery)
        self.pickup_label = QLabel(self.tr("Pickup point *"))
        dform.addRow(self.pickup_label, self._with_error(self.pickup_point, "pickup_point_code"))
        self.address_box = QWidget()
        aform = QFormLayout(self.address_box)
        aform.setContentsMargins(0, 0, 0, 0)
        aform.addRow(self.tr("Recipient"), self.recipient)
        aform.addRow(self.tr("Street *"), self._with_error(self.line1, "address"))
        aform.addRow(self.tr("Street (2)"), self.line2)
        aform.addRow(self.tr("Postcode *"), self._with_error(self.postcode, "postcode"))
        aform.addRow(self.tr("City *"), self._with_error(self.city, "city"))
        aform.addRow(self.tr("Region"), self.region)
        aform.addRow(self.tr("Country *"), self._with_error(self.country_edit, "country"))
        dform.addRow(self.address_box)
        self.no_address = QLabel(self.tr("No address needed for this delivery method."))
        dform.addRow(self.no_address)

        # payment
        self.payment = QComboBox(objectName="payment")
        for method, text in (
            (PaymentMethod.PREPAID_ONLINE, self.tr("Prepaid online")),
            (PaymentMethod.BANK_TRANSFER, self.tr("Bank transfer")),
            (PaymentMethod.CASH_ON_DELIVERY, self.tr("Cash on delivery")),
            (PaymentMethod.ON_PICKUP, self.tr("Pay on pickup")),
            (PaymentMethod.INVOICE, self.tr("Invoice")),
        ):
            self.payment.addItem(text, method.value)
        self.currency = QComboBox(objectName="currency")
        self.currency.setEditable(True)
        self.currency.addItems(["PLN", "EUR", "RUB", "CNY", "USD", "GBP"])
        self.currency.setCurrentText(default_currency)
        self.shipping = QLineEdit("0", objectName="shipping")
        self.paid = QLineEdit("0", objectName="paid")
        payment = QGroupBox(self.tr("Payment"))
        pform = QFormLayout(payment)
        pform.addRow(self.tr("Method"), self.payment)
        pform.addRow(self.tr("Currency"), self._with_error(self.currency, "currency"))
        pform.addRow(self.tr("Shipping fee"), self._with_error(self.shipping, "shipping_fee"))
        pform.addRow(self.tr("Already paid"), self._with_error(self.paid, "amount_paid"))

        # items
        self.product_lookup = ProductLookup(
            service, runner, self.tr("Add item: type a SKU or name, or scan a barcode, then Enter"), self
        )
        self.lookup, self.results = self.product_lookup.edit, self.product_lookup.results
        self.results_model = self.product_lookup.model
        self.lines_model = LinesModel(default_currency, show_stock=True, parent=self)
        self.lines = QTableView(objectName="lines")
        self.lines.setModel(self.lines_model)
        self.lines.verticalHeader().hide()
        size_columns(self.lines)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.totals = QLabel(objectName="totals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(54)
        items = QGroupBox(self.tr("Items *"))
        ilayout = QVBoxLayout(items)
        ilayout.addWidget(self.product_lookup)
        ilayout.addWidget(self.lines, 1)
        self.lines_error = FieldError()
        self.errors["lines"] = self.lines_error
        self.errors["sku"] = self.lines_error
        self.errors["quantity"] = self.lines_error
        self.errors["price"] = self.lines_error
        ilayout.addWidget(self.lines_error)
        ilayout.addWidget(self.totals)
        ilayout.addWidget(QLabel(self.tr("Notes")))
        ilayout.addWidget(self.notes)

        self.form_error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create order (Ctrl+Enter)"))
        self.create_button.setAutoDefault(False)
        self.create_button.setDefault(False)  # Enter adds items; Ctrl+Enter creates the order
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.submit)

        grid = QGridLayout()
        grid.addWidget(customer, 0, 0)
        grid.addWidget(payment, 1, 0)
        grid.addWidget(delivery, 0, 1, 2, 1)
        grid.addWidget(items, 0, 2, 2, 1)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.resize(1280, 640)

        self.product_lookup.chosen.connect(self._add_product)
        self.product_lookup.not_found.connect(
            lambda text: self.lines_error.show_error(self.tr("No product matches '%1'.").replace("%1", text))
        )
        self.phone.textChanged.connect(self._check_phone)
        self.email.editingFinished.connect(self._check_email)
        # "Give a phone number or an e-mail" (shown under the phone) is answered by an e-mail too.
        self.email.textEdited.connect(lambda _t: self.phone.text().strip() or self.errors["phone"].clear_error())
        self.delivery.currentIndexChanged.connect(self._delivery_changed)
        self.currency.currentTextChanged.connect(self._currency_changed)
        self.shipping.textChanged.connect(self._update_totals)
        self.paid.textChanged.connect(self._update_totals)
        self.lines_model.totals_changed.connect(self._update_totals)
        QShortcut(QKeySequence.StandardKey.Delete, self.lines, self._remove_line)
        self._delivery_changed()
        self._update_totals()
        self.setTabOrder(self.name, self.phone)
        self.name.setFocus()

    # -- layout helpers -------------------------------------------------------------------------------
    def _with_error(self, field: QWidget, key: str, hint: QLabel | None = None) -> QWidget:
        """A field with its validation message right below it."""
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(field)
        if hint is not None:
            hint.setStyleSheet("color: palette(placeholder-text);")
            hint.hide()
            v.addWidget(hint)
        error = FieldError()
        v.addWidget(error)
        self.errors[key] = error
        if isinstance(field, QLineEdit):
            # A message about an empty or wrong field goes as soon as the person fixes it.
            field.textEdited.connect(lambda _text, e=error: e.clear_error())
        return box

    def error_text(self, key: str) -> str:
        error = self.errors[key]
        return error.text() if not error.isHidden() else ""

    # -- live feedback -----------------------------------------------------------------------------------
    def _check_phone(self) -> bool:
        text = self.phone.text().strip()
        self.errors["phone"].clear_error()
        self.phone_hint.setText("")
        self.phone_hint.hide()
        if not text:
            return True
        e164, valid = normalize_phone(text, self.country_edit.text() or self.country)
        if not valid:
            self.errors["phone"].show_error(self.tr("Not a valid phone number: include the country code, e.g. +48 600 123 456."))  # fmt: skip
            return False
        self.phone_hint.setText(self.tr("Saved as %1").replace("%1", e164))
        self.phone_hint.show()
        return True

    def _check_email(self) -> bool:
        text = self.email.text().strip()
        self.errors["email"].clear_error()
        if text and not EMAIL.match(text):
            self.errors["email"].show_error(self.tr("Not an e-mail address (name@example.com)."))
            return False
        return True

    def address_needed(self) -> bool:
        return DeliveryMethod(self.delivery.currentData()) in ADDRESS_NEEDED

    def _delivery_changed(self, *_: object) -> None:
        method = DeliveryMethod(self.delivery.currentData())
        needed = method in ADDRESS_NEEDED
        self.address_box.setVisible(needed)
        self.no_address.setVisible(not needed)
        point = method is DeliveryMethod.PICKUP_POINT
        self.pickup_point.setVisible(point)
        self.pickup_label.setVisible(point)
        self.pickup_point.parentWidget().setVisible(point)
        if not point:
            self.errors["pickup_point_code"].clear_error()

    def _currency_changed(self, text: str) -> None:
        if len(text.strip()) == 3:
            self.lines_model.set_currency(text.strip().upper())
        self._update_totals()

    def _amount(self, edit: QLineEdit, key: str) -> int | None:
        self.errors[key].clear_error()
        text = edit.text().strip() or "0"
        try:
            return Money.parse(text, self.currency_code()).minor
        except (ValidationError, ValueError) as exc:
            self.errors[key].show_error(str(exc))
            return None

    def currency_code(self) -> str:
        return self.currency.currentText().strip().upper() or "PLN"

    def _update_totals(self, *_: object) -> None:
        try:
            Money.zero(self.currency_code())
        except ValidationError as exc:
            self.errors["currency"].show_error(str(exc))
            self.totals.setText("")
            return
        self.errors["currency"].clear_error()
        shipping = self._amount(self.shipping, "shipping_fee") or 0
        paid = self._amount(self.paid, "amount_paid") or 0
        subtotal = self.lines_model.subtotal_minor()
        total = subtotal + shipping
        cur = self.currency_code()
        due = max(total - paid, 0)
        self.totals.setText(
            self.tr("Items %1 + shipping %2 = <b>total %3</b> · due %4")
            .replace("%1", money_text(subtotal, cur))
            .replace("%2", money_text(shipping, cur))
            .replace("%3", money_text(total, cur))
            .replace("%4", money_text(due, cur))
        )

    def _add_product(self, product: Product | None) -> None:
        if product is None:
            return
        self.lines_error.clear_error()
        if product.price.currency != self.currency_code() and not self.lines_model.lines:
            self.currency.setCurrentText(product.price.currency)
        row = self.lines_model.add(
            LineItem(product.sku, product.name, 1, product.price.minor, product.available, product.bin_location)
        )
        self.lines.selectRow(row)

    def _remove_line(self) -> None:
        rows = sorted({i.row() for i in self.lines.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.lines_model.remove(row)

    # -- creating ------------------------------------------------------------------------------------------
    def validate(self) -> NewOrder | None:
        """Check the form; show every problem next to its field; return the order or None."""
        for error in self.errors.values():
            error.clear_error()
        self.form_error.clear_error()
        self._discard_armed = False
        ok = True

        def need(edit: QLineEdit, key: str, message: str) -> None:
            nonlocal ok
            if not edit.text().strip():
                self.errors[key].show_error(message)
                ok = False

        need(self.name, "customer_name", self.tr("Enter the customer's name."))
        ok &= self._check_phone()
        ok &= self._check_email()
        if not self.phone.text().strip() and not self.email.text().strip():
            self.errors["phone"].show_error(self.tr("Give a phone number or an e-mail, so the customer hears from us."))
            ok = False
        method = DeliveryMethod(self.delivery.currentData())
        if method in ADDRESS_NEEDED:
            need(self.line1, "address", self.tr("Enter the street and number."))
            need(self.postcode, "postcode", self.tr("Enter the postcode."))
            need(self.city, "city", self.tr("Enter the city."))
            need(self.country_edit, "country", self.tr("Enter the country code, e.g. PL."))
        if method is DeliveryMethod.PICKUP_POINT:
            need(self.pickup_point, "pickup_point_code", self.tr("Enter the pickup point code."))
        if not self.lines_model.lines:
            self.lines_error.show_error(self.tr("Add at least one item."))
            ok = False
        shipping = self._amount(self.shipping, "shipping_fee")
        paid = self._amount(self.paid, "amount_paid")
        ok &= shipping is not None and paid is not None
        if not ok:
            return None
        address = (
            Address(
                self.recipient.text().strip() or self.name.text().strip(),
                self.line1.text().strip(),
                self.line2.text().strip(),
                self.city.text().strip(),
                self.postcode.text().strip(),
                self.region.text().strip(),
                self.country_edit.text().strip().upper(),
            )
            if method in ADDRESS_NEEDED
            else Address()
        )
        return NewOrder(
            customer=Customer(
                None,
                self.name.text().strip(),
                phone=self.phone.text().strip(),
                email=self.email.text().strip(),
                language=self.language.currentData(),
            ),
            lines=[line.to_new_line() for line in self.lines_model.lines],
            delivery_method=method.value,
            payment_method=self.payment.currentData(),
            currency=self.currency_code(),
            address=address,
            pickup_point_code=self.pickup_point.text().strip() if method is DeliveryMethod.PICKUP_POINT else "",
            shipping_fee_minor=shipping or 0,
            amount_paid_minor=paid or 0,
            notes=self.notes.toPlainText().strip(),
            source="phone",
        )

    def submit(self) -> None:
        if self._saving:
            return
        new = self.validate()
        if new is None:
            return
        self._saving = True
        self.create_button.setEnabled(False)
        service, actor = self.service, self.actor()
        self.runner.write(lambda: service.create_order(new, actor), self._created, self._failed, label=self.tr("Saving the order…"))  # fmt: skip

    def _created(self, detail: OrderDetail) -> None:
        self._saving = False
        self.created.emit(detail)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.create_button.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors[exc.field].show_error(str(exc))
        elif isinstance(exc, OrderDeskError):
            self.form_error.show_error(str(exc))
        else:
            self.runner.default_failure(exc)  # a bug: logged, and the person is told where

    # -- leaving -------------------------------------------------------------------------------------------
    def has_input(self) -> bool:
        """Something typed that closing the form would lose."""
        edits = (self.name, self.phone, self.email, self.line1, self.city, self.pickup_point)
        return (
            any(e.text().strip() for e in edits)
            or bool(self.lines_model.lines)
            or bool(self.notes.toPlainText().strip())
        )

    def reject(self) -> None:
        # Esc, Cancel and the window's close button all come here: a phone order half typed
        # (the customer still on the line) was thrown away by one key press. Now the first one
        # says so under the form (not a modal box), the second one closes.
        if self.has_input() and not self._discard_armed:
            self._discard_armed = True
            self.form_error.show_error(
                self.tr(
                    "This order is not created yet. Press Esc or Cancel again to discard it; Ctrl+Enter creates it."
                )
            )
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field must not close the dialog (QDialog's default): it moves on instead.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)
