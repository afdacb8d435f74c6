"""The Refund dialog: the refund the service computed (the received lines, the shipping cost by
the shop's rule), editable with a reason; the service refuses more than was paid or a second
refund, and the dialog then shows why and keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from orderdesk.errors import ValidationError
from orderdesk.money import Money
from orderdesk.services.returns.records import RefundQuote
from orderdesk.ui.widgets import FieldError

# (amount or None for the computed one, reason, include shipping or None for the rule)
Submit = Callable[[Money | None, str, bool | None], None]


class RefundDialog(QDialog):
    def __init__(self, number: str, quote: RefundQuote, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refundReturn")
        self.setWindowTitle(self.tr("Refund return %1").replace("%1", number))
        self.quote, self.submit = quote, submit
        c = quote.currency
        self.summary = QLabel(
            self.tr("Items %1 · shipping %2 · paid %3, refunded before %4")
            .replace("%1", Money(quote.lines_minor, c).format())
            .replace("%2", Money(quote.shipping_minor, c).format())
            .replace("%3", Money(quote.paid_minor, c).format())
            .replace("%4", Money(quote.already_refunded_minor, c).format())
        )
        self.amount = QLineEdit(str(quote.amount.decimal), objectName="refundAmount")
        self.shipping = QCheckBox(self.tr("Give back the shipping cost"), objectName="refundShipping")
        self.shipping.setChecked(quote.shipping_minor > 0)
        self.reason = QLineEdit(objectName="refundReason")
        self.reason.setPlaceholderText(self.tr("needed when the amount differs"))
        self.error = FieldError()
        self.error.setObjectName("refundError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record refund"))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Amount (%1):").replace("%1", c), self.amount)
        form.addRow("", self.shipping)
        form.addRow(self.tr("Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.amount.setFocus()
        self.amount.selectAll()

    def record(self) -> None:
        try:
            amount = Money.parse(self.amount.text().strip(), self.quote.currency)
        except (ValueError, ArithmeticError, ValidationError):
            self.error.show_error(self.tr("'%1' is not an amount (e.g. 20.00).").replace("%1", self.amount.text()))
            return
        computed = self.quote.lines_minor + (self.quote.shipping_minor if self.shipping.isChecked() else 0)
        include = self.shipping.isChecked() if (self.quote.shipping_minor > 0) != self.shipping.isChecked() else None
        self.error.clear_error()
        self.buttons.setEnabled(False)
        self.submit(None if amount.minor == computed else amount, self.reason.text().strip(), include)

    def done_ok(self, _result: object = None) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.show_error(message)
