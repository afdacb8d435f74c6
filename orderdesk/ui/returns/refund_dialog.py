"""The Refund dialog: the refund the service computed (the received lines, the shipping cost by
the shop's rule, less what earlier parts gave), editable with a reason, or a part now with the
rest later; the service refuses more than was paid or a second refund, and the dialog then shows
why and keeps what was typed. Cash on delivery and bank transfers say they are paid back by hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from orderdesk.errors import ValidationError
from orderdesk.money import Money
from orderdesk.services.returns.records import RefundQuote
from orderdesk.ui.widgets import FieldError

# (amount or None for the computed one, reason, include shipping or None for the rule, rest later)
Submit = Callable[[Money | None, str, bool | None, bool], None]


def method_text(method: str) -> str:
    """The payment method in words, for "paid back by hand" (the order window's words)."""
    texts = {
        "prepaid_online": QCoreApplication.translate("OrderDetailsWindow", "prepaid online"),
        "bank_transfer": QCoreApplication.translate("OrderDetailsWindow", "bank transfer"),
        "cash_on_delivery": QCoreApplication.translate("OrderDetailsWindow", "cash on delivery"),
        "on_pickup": QCoreApplication.translate("OrderDetailsWindow", "on pickup"),
        "invoice": QCoreApplication.translate("OrderDetailsWindow", "invoice"),
    }
    return texts.get(method, method.replace("_", " "))


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
        if quote.return_refunded_minor:
            self.summary.setText(
                self.summary.text()
                + "\n"
                + self.tr("Refunded on this return so far: %1; this is the rest.").replace(
                    "%1", Money(quote.return_refunded_minor, c).format()
                )
            )
        # Cash on delivery, bank transfer…: the desk records it, someone pays the money back by hand.
        self.manual = QLabel(
            self.tr(
                "%1: paid back by hand. Send the money yourself (cash or a bank transfer), then record it here."
            ).replace("%1", method_text(quote.payment_method).capitalize())
            if quote.manual
            else "",
            objectName="refundManual",
        )
        self.manual.setWordWrap(True)
        self.manual.setVisible(quote.manual)
        self.amount = QLineEdit(str(quote.amount.decimal), objectName="refundAmount")
        self.rest_later = QCheckBox(self.tr("A part now, the rest later"), objectName="refundRestLater")
        self.rest_later.setToolTip(self.tr("The return stays Partly refunded and shows what is left"))
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
        form.addRow("", self.rest_later)
        form.addRow(self.tr("Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.manual)
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
        part = self.rest_later.isChecked()
        chosen = amount if part or amount.minor != computed else None
        self.submit(chosen, self.reason.text().strip(), include, part)

    def done_ok(self, _result: object = None) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.show_error(message)
