"""Asks for what a move needs (``workflow.needs_for``): a reason, a tracking number, a pickup code
or the money received. Only checks the *form* of the input (an amount is a number); whether
the move is allowed is the order service's decision.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from orderdesk.errors import ValidationError
from orderdesk.money import Money
from orderdesk.ui.widgets import FieldError
from orderdesk.workflow import Need

CARRIERS = ("own_courier", "cdek", "inpost", "easypost")
# Brand names are not translated; "Own courier" is (see MoveDialog).
CARRIER_NAMES = {"cdek": "CDEK", "inpost": "InPost", "easypost": "EasyPost"}


@dataclass(frozen=True)
class MoveInput:
    reason: str | None = None
    tracking_number: str | None = None
    carrier: str | None = None
    pickup_code: str | None = None
    payment_minor: int | None = None
    override: bool = False


class MoveDialog(QDialog):
    def __init__(
        self,
        number: str,
        from_label: str,
        to_label: str,
        needs: set[Need],
        currency: str,
        amount_due_minor: int = 0,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.setWindowTitle(self.tr("Move order %1").replace("%1", number))
        self.needs = needs
        self.currency = currency
        self._value = MoveInput()
        intro = QLabel(self.tr("Move order <b>%1</b> from %2 to <b>%3</b>.").replace("%1", number).replace("%2", from_label).replace("%3", to_label))  # fmt: skip
        form = QFormLayout()
        self.reason = QPlainTextEdit(reason)
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(64)
        self.reason_error = FieldError()
        self.tracking = QLineEdit()
        self.tracking.setObjectName("tracking")
        self.carrier = QComboBox()
        self.carrier.setObjectName("carrier")
        self.carrier.setEditable(True)  # another courier's name may be typed in
        for key in CARRIERS:
            self.carrier.addItem(CARRIER_NAMES.get(key) or self.tr("Own courier"), key)
        self.tracking_error = FieldError()
        self.pickup_code = QLineEdit()
        self.pickup_code.setObjectName("pickupCode")
        self.override = QCheckBox(self.tr("Hand over without the code (owner; give a reason)"))
        self.pickup_error = FieldError()
        self.amount = QLineEdit(Money(amount_due_minor, currency).decimal.to_eng_string() if amount_due_minor else "")
        self.amount.setObjectName("amount")
        self.amount_error = FieldError()
        if Need.TRACKING_NUMBER in needs:
            # The number first and focused: it is typed or scanned straight away.
            form.addRow(self.tr("Tracking number"), self.tracking)
            form.addRow("", self.tracking_error)
            form.addRow(self.tr("Carrier"), self.carrier)
            self.tracking.setFocus()
        if Need.PICKUP_CODE in needs:
            form.addRow(self.tr("Pickup code"), self.pickup_code)
            form.addRow("", self.override)
            form.addRow("", self.pickup_error)
        if Need.PAYMENT_AMOUNT in needs:
            form.addRow(self.tr("Money received (%1)").replace("%1", currency), self.amount)
            form.addRow("", self.amount_error)
        if Need.REASON in needs or Need.PICKUP_CODE in needs:
            # At the pickup counter the reason is only for a handover without the code: say so.
            optional = Need.REASON not in needs
            form.addRow(self.tr("Reason (without the code only)") if optional else self.tr("Reason"), self.reason)
            form.addRow("", self.reason_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def value(self) -> MoveInput:
        return self._value

    def carrier_key(self) -> str | None:
        """The carrier's key for a listed carrier (shown by name), else what was typed."""
        text = self.carrier.currentText().strip()
        for i in range(self.carrier.count()):
            if text.casefold() in (self.carrier.itemText(i).casefold(), str(self.carrier.itemData(i))):
                return str(self.carrier.itemData(i))
        return text or None

    def _accept(self) -> None:
        for error in (self.reason_error, self.tracking_error, self.pickup_error, self.amount_error):
            error.clear_error()
        ok = True
        reason = self.reason.toPlainText().strip()
        if Need.REASON in self.needs and not reason:
            self.reason_error.show_error(self.tr("Say why: a reason is required for this move."))
            ok = False
        tracking = self.tracking.text().strip()
        if Need.TRACKING_NUMBER in self.needs and not tracking:
            self.tracking_error.show_error(self.tr("Enter the tracking number from the label or the courier."))
            ok = False
        code = self.pickup_code.text().strip()
        override = self.override.isChecked()
        if Need.PICKUP_CODE in self.needs and not code and not override:
            self.pickup_error.show_error(self.tr("Enter the code the customer has."))
            ok = False
        if override and not reason:
            self.reason_error.show_error(self.tr("Handing over without the code needs a reason."))
            ok = False
        payment: int | None = None
        if Need.PAYMENT_AMOUNT in self.needs and self.amount.text().strip():
            try:
                payment = Money.parse(self.amount.text(), self.currency).minor
            except ValidationError as exc:
                self.amount_error.show_error(str(exc))
                ok = False
        if not ok:
            return
        self._value = MoveInput(
            reason=reason or None,
            tracking_number=tracking or None,
            carrier=self.carrier_key() if tracking else None,
            pickup_code=code or None,
            payment_minor=payment,
            override=override,
        )
        self.accept()
