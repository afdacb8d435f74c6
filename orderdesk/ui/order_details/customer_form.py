"""The order details window's left side: the customer, the delivery address and the notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from orderdesk.domain import Address, OrderDetail


def build_customer_form(window: Any) -> QScrollArea:
    """The fields, kept on ``window`` (the OrderDetailsWindow being built) under their names."""
    window.name = QLineEdit(objectName="customerName")
    window.phone = QLineEdit(objectName="phone")
    window.email = QLineEdit(objectName="email")
    window.customer_language = QComboBox(objectName="language")
    for code, text in (("en", "English"), ("pl", "Polski"), ("ru", "Русский"), ("zh", "中文")):
        window.customer_language.addItem(text, code)
    # A VIP's new orders are priority (the automation's priority rule); saved with the order.
    window.vip = QCheckBox(QCoreApplication.translate("OrderDetailsWindow", "VIP: their orders are priority"))
    window.vip.setObjectName("vip")
    customer = QGroupBox(QCoreApplication.translate("OrderDetailsWindow", "Customer"))
    cf = QFormLayout(customer)
    cf.addRow(QCoreApplication.translate("OrderDetailsWindow", "Name"), window.with_error(window.name, "customer_name"))
    cf.addRow(QCoreApplication.translate("OrderDetailsWindow", "Phone"), window.with_error(window.phone, "phone"))
    cf.addRow(QCoreApplication.translate("OrderDetailsWindow", "E-mail"), window.with_error(window.email, "email"))
    cf.addRow(QCoreApplication.translate("OrderDetailsWindow", "Language"), window.customer_language)
    cf.addRow("", window.vip)

    window.recipient = QLineEdit(objectName="recipient")
    window.line1 = QLineEdit(objectName="line1")
    window.line2 = QLineEdit(objectName="line2")
    window.postcode = QLineEdit(objectName="postcode")
    window.city = QLineEdit(objectName="city")
    window.region = QLineEdit(objectName="region")
    window.country = QLineEdit(objectName="country")
    window.country.setMaxLength(2)
    window.pickup_point = QLineEdit(objectName="pickupPoint")
    address = QGroupBox(QCoreApplication.translate("OrderDetailsWindow", "Delivery address"))
    af = QFormLayout(address)
    af.addRow(QCoreApplication.translate("OrderDetailsWindow", "Recipient"), window.recipient)
    af.addRow(QCoreApplication.translate("OrderDetailsWindow", "Street"), window.with_error(window.line1, "address"))
    af.addRow(QCoreApplication.translate("OrderDetailsWindow", "Street (2)"), window.line2)
    af.addRow(QCoreApplication.translate("OrderDetailsWindow", "Postcode"), window.postcode)
    af.addRow(QCoreApplication.translate("OrderDetailsWindow", "City"), window.city)
    af.addRow(QCoreApplication.translate("OrderDetailsWindow", "Region"), window.region)
    af.addRow(QCoreApplication.translate("OrderDetailsWindow", "Country"), window.country)
    af.addRow(
        QCoreApplication.translate("OrderDetailsWindow", "Pickup point"),
        window.with_error(window.pickup_point, "pickup_point_code"),
    )

    window.notes = QPlainTextEdit(objectName="notes")
    window.notes.setTabChangesFocus(True)
    window.notes.setFixedHeight(70)
    notes = QGroupBox(QCoreApplication.translate("OrderDetailsWindow", "Notes"))
    QVBoxLayout(notes).addWidget(window.notes)

    left = QWidget()
    ll = QVBoxLayout(left)
    ll.addWidget(customer)
    ll.addWidget(address)
    ll.addWidget(notes)
    ll.addStretch(1)
    left_scroll = QScrollArea()
    left_scroll.setWidget(left)
    left_scroll.setWidgetResizable(True)
    left_scroll.setMinimumWidth(360)
    return left_scroll


def show_customer(window: Any, d: OrderDetail) -> None:
    c = d.customer
    window.name.setText(c.name)
    window.phone.setText(c.phone)
    window.email.setText(c.email)
    window.customer_language.setCurrentIndex(max(window.customer_language.findData(c.language), 0))
    window.vip.setChecked(c.vip)
    a = d.address
    for edit, value in (
        (window.recipient, a.recipient), (window.line1, a.line1), (window.line2, a.line2), (window.postcode, a.postcode),
        (window.city, a.city), (window.region, a.region), (window.country, a.country),
        (window.pickup_point, d.pickup_point_code),
    ):  # fmt: skip
        edit.setText(value)
    window.notes.setPlainText(d.notes)


def customer_changes(window: Any, d: OrderDetail) -> dict:
    """The customer, address and notes fields the form changed."""
    c = d.customer
    changes: dict = {}
    if window.name.text().strip() != c.name:
        changes["customer_name"] = window.name.text()
    if window.phone.text().strip() != c.phone:
        changes["phone"] = window.phone.text().strip()
    if window.email.text().strip() != c.email:
        changes["email"] = window.email.text().strip()
    if window.customer_language.currentData() != c.language:
        changes["language"] = window.customer_language.currentData()
    if window.vip.isChecked() != c.vip:
        changes["vip"] = window.vip.isChecked()
    address = Address(
        window.recipient.text().strip(), window.line1.text().strip(), window.line2.text().strip(),
        window.city.text().strip(), window.postcode.text().strip(), window.region.text().strip(),
        window.country.text().strip().upper(),
    )  # fmt: skip
    if address != d.address:
        changes["address"] = address
    if window.pickup_point.text().strip() != d.pickup_point_code:
        changes["pickup_point_code"] = window.pickup_point.text().strip()
    if window.notes.toPlainText() != d.notes:
        changes["notes"] = window.notes.toPlainText()
    return changes
