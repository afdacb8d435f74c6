"""The order details window's "Items & payment" tab: the lines, the shipping fee, the money."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk.domain import OrderDetail, OrderLine, Product
from orderdesk.errors import ValidationError
from orderdesk.money import Money
from orderdesk.services.orders import NewLine
from orderdesk.ui.board.style import money_text
from orderdesk.ui.lines_model import LineItem, LinesModel, size_columns
from orderdesk.ui.product_lookup import ProductLookup
from orderdesk.ui.widgets import FieldError
from orderdesk.workflow import lines_can_change


def build_items_tab(window: Any) -> QWidget:
    window.lines_model = LinesModel("PLN", parent=window)
    window.lines = QTableView(objectName="lines")
    window.lines.setModel(window.lines_model)
    window.lines.verticalHeader().hide()
    size_columns(window.lines)
    window.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    window.remove_line = QPushButton(
        QCoreApplication.translate("OrderDetailsWindow", "Remove item"), objectName="removeLine"
    )
    window.remove_line.setToolTip(
        QCoreApplication.translate("OrderDetailsWindow", "Remove the selected items (Delete)")
    )
    window.remove_line.clicked.connect(lambda _checked=False: remove_selected_lines(window))
    QShortcut(QKeySequence.StandardKey.Delete, window.lines, lambda: remove_selected_lines(window))
    window.add_lookup = ProductLookup(
        window.service,
        window.runner,
        QCoreApplication.translate("OrderDetailsWindow", "Add item: type a SKU or name, or scan a barcode, then Enter"),
        window,
    )
    window.add_lookup.setObjectName("addItem")
    window.add_lookup.chosen.connect(lambda product: add_product(window, product))
    window.add_lookup.not_found.connect(
        lambda text: window.lines_error.show_error(
            QCoreApplication.translate("OrderDetailsWindow", "No product matches '%1'.").replace("%1", text)
        )
    )
    window.lines_note = QLabel(objectName="linesNote")
    window.lines_note.setWordWrap(True)
    window.shipping = QLineEdit(objectName="shipping")
    window.shipping.setMaximumWidth(140)
    window.money = QLabel(objectName="money")
    window.money.setTextFormat(Qt.TextFormat.RichText)
    items = QWidget()
    il = QVBoxLayout(items)
    il.addWidget(window.add_lookup)
    il.addWidget(window.lines, 1)
    window.lines_error = FieldError()
    for key in ("lines", "quantity", "sku", "price"):
        window.errors[key] = window.lines_error
    il.addWidget(window.lines_error)
    row = QHBoxLayout()
    row.addWidget(window.lines_note, 1)
    row.addWidget(window.remove_line)
    il.addLayout(row)
    sf = QFormLayout()
    sf.addRow(
        QCoreApplication.translate("OrderDetailsWindow", "Shipping fee"),
        window.with_error(window.shipping, "shipping_fee"),
    )
    il.addLayout(sf)
    il.addWidget(window.money)
    # The money line follows the form as it is edited, before saving.
    window.lines_model.totals_changed.connect(lambda *_: preview_money(window))
    window.shipping.textChanged.connect(lambda *_: preview_money(window))
    return items


def show_items(window: Any, d: OrderDetail) -> None:
    # What may change in this status: the workflow's table, not a rule of this window.
    lines_editable = lines_can_change(d.status)
    window.lines_model.currency = d.currency
    window.lines_model.editable = lines_editable
    window.lines_model.set_lines(
        [
            LineItem(line.sku, line.name, line.quantity, line.unit_price.minor, None, line.bin_location, line.reserved)
            for line in d.lines
        ]
    )
    window.lines.setEditTriggers(
        QAbstractItemView.EditTrigger.AllEditTriggers
        if lines_editable
        else QAbstractItemView.EditTrigger.NoEditTriggers
    )
    window.remove_line.setEnabled(lines_editable)
    window.add_lookup.clear()
    window.add_lookup.setVisible(lines_editable)
    window.shipping.setReadOnly(not lines_editable)
    window.lines_note.setText(
        QCoreApplication.translate(
            "OrderDetailsWindow", "Items can be added, removed and re-counted until assembling starts."
        )
        if lines_editable
        else QCoreApplication.translate(
            "OrderDetailsWindow", "Items are fixed in this status; an owner can move the order back to change them."
        )
    )
    window.shipping.setText(Money(d.shipping_fee_minor, d.currency).decimal.to_eng_string())
    window.money.setText(payment_text(window, d))


def payment_method_text(window: Any, method: str) -> str:
    texts = {
        "prepaid_online": QCoreApplication.translate("OrderDetailsWindow", "prepaid online"),
        "bank_transfer": QCoreApplication.translate("OrderDetailsWindow", "bank transfer"),
        "cash_on_delivery": QCoreApplication.translate("OrderDetailsWindow", "cash on delivery"),
        "on_pickup": QCoreApplication.translate("OrderDetailsWindow", "on pickup"),
        "invoice": QCoreApplication.translate("OrderDetailsWindow", "invoice"),
    }
    return texts.get(str(method), str(method).replace("_", " "))


def payment_text(window: Any, d: OrderDetail) -> str:
    cur = d.currency
    parts = [
        QCoreApplication.translate("OrderDetailsWindow", "Items %1").replace("%1", money_text(d.subtotal_minor, cur)),
        QCoreApplication.translate("OrderDetailsWindow", "shipping %1").replace(
            "%1", money_text(d.shipping_fee_minor, cur)
        ),
        "<b>"
        + QCoreApplication.translate("OrderDetailsWindow", "total %1").replace("%1", money_text(d.total_minor, cur))
        + "</b>",
    ]
    pay = [
        QCoreApplication.translate("OrderDetailsWindow", "Payment: %1").replace(
            "%1", payment_method_text(window, d.payment_method)
        ),
        QCoreApplication.translate("OrderDetailsWindow", "paid %1").replace("%1", money_text(d.amount_paid_minor, cur)),
        QCoreApplication.translate("OrderDetailsWindow", "due %1").replace("%1", money_text(d.amount_due_minor, cur)),
    ]
    if d.cod_amount:
        pay.append(
            QCoreApplication.translate("OrderDetailsWindow", "collect %1 on handover").replace(
                "%1", money_text(d.cod_amount.minor, cur)
            )
        )
    if d.refund_due:
        pay.append("<b>" + QCoreApplication.translate("OrderDetailsWindow", "refund due") + "</b>")
    return " · ".join(parts) + "<br>" + " · ".join(pay)


def remove_selected_lines(window: Any) -> None:
    if not window.lines_model.editable:
        return
    rows = sorted({i.row() for i in window.lines.selectionModel().selectedIndexes()}, reverse=True)
    for row in rows:
        window.lines_model.remove(row)


def add_product(window: Any, product: Product) -> None:
    d = window.detail
    if d is None or not lines_can_change(d.status):
        return
    window.lines_error.clear_error()
    if product.price.currency != d.currency:
        window.lines_error.show_error(
            QCoreApplication.translate("OrderDetailsWindow", "%1 is priced in %2; this order is in %3.")
            .replace("%1", product.sku)
            .replace("%2", product.price.currency)
            .replace("%3", d.currency)
        )
        return
    row = window.lines_model.add(
        LineItem(product.sku, product.name, 1, product.price.minor, product.available, product.bin_location)
    )
    window.lines.selectRow(row)


def preview_money(window: Any) -> None:
    """The money line for the form as it stands: items, shipping, total and due before saving."""
    d = window.detail
    if d is None:
        return
    try:
        fee = Money.parse(window.shipping.text() or "0", d.currency).minor
    except ValidationError:
        fee = d.shipping_fee_minor  # an unfinished amount: its own field says what is wrong
    lines = tuple(
        OrderLine(None, ln.sku, ln.name, ln.quantity, Money(ln.unit_price_minor, d.currency))
        for ln in window.lines_model.lines
    )
    window.money.setText(payment_text(window, replace(d, lines=lines, shipping_fee_minor=fee)))


def item_changes(window: Any, d: OrderDetail) -> dict:
    """The shipping fee and lines the form changed; ValidationError for a fee that is not money."""
    changes: dict = {}
    fee = Money.parse(window.shipping.text() or "0", d.currency).minor
    if fee != d.shipping_fee_minor:
        changes["shipping_fee_minor"] = fee
    now = [(line.sku, line.quantity) for line in window.lines_model.lines]
    if now != [(line.sku, line.quantity) for line in d.lines]:
        # Keep the names and prices the customer was quoted, whatever the catalogue says today.
        changes["lines"] = [
            NewLine(line.sku, line.quantity, name=line.name, unit_price_minor=line.unit_price_minor)
            for line in window.lines_model.lines
        ]
    return changes
