"""Adding and removing items in the order window, with the money line following the form.

``attach_line_editing(window, money_text)`` is the one call the order window makes: it puts a
product lookup above the lines, gives "Remove item" the Delete key, and re-writes the money
line (``money_text(order)``) for the form as it stands whenever a quantity, line or the
shipping fee changes. Whether lines may change is the workflow's (``lines_can_change``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut

from orderdesk.domain import OrderDetail, OrderLine, Product
from orderdesk.errors import ValidationError
from orderdesk.money import Money
from orderdesk.ui.lines_model import LineItem
from orderdesk.ui.product_lookup import ProductLookup
from orderdesk.workflow import lines_can_change


def tr(text: str) -> str:
    return QCoreApplication.translate("OrderDetailsWindow", text)  # the window's own context


def attach_line_editing(window: Any, money_text: Callable[[OrderDetail], str]) -> ProductLookup:
    """Needs the window's ``lines``, ``lines_model``, ``lines_error``, ``remove_line``, ``shipping``,
    ``money``, ``detail``, ``service``, ``runner`` and its ``loaded(OrderDetail)`` signal."""
    lookup = ProductLookup(
        window.service, window.runner, tr("Add item: type a SKU or name, or scan a barcode, then Enter"), window
    )
    lookup.setObjectName("addItem")
    lookup.chosen.connect(lambda product: add_product(window, product))
    lookup.not_found.connect(
        lambda text: window.lines_error.show_error(tr("No product matches '%1'.").replace("%1", text))
    )
    window.lines.parentWidget().layout().insertWidget(0, lookup)  # above the lines
    window.add_lookup = lookup
    window.remove_line.setToolTip(tr("Remove the selected items (Delete)"))
    QShortcut(QKeySequence.StandardKey.Delete, window.lines, lambda: remove_selected(window))

    def shown(d: OrderDetail) -> None:
        lookup.clear()
        lookup.setVisible(lines_can_change(d.status))

    def preview(*_: object) -> None:
        d = window.detail
        if d is not None:
            window.money.setText(money_text(form_order(window, d)))

    window.loaded.connect(shown)
    window.lines_model.totals_changed.connect(preview)
    window.shipping.textChanged.connect(preview)
    return lookup


def remove_selected(window: Any) -> None:
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
            tr("%1 is priced in %2; this order is in %3.")
            .replace("%1", product.sku)
            .replace("%2", product.price.currency)
            .replace("%3", d.currency)
        )
        return
    row = window.lines_model.add(
        LineItem(product.sku, product.name, 1, product.price.minor, product.available, product.bin_location)
    )
    window.lines.selectRow(row)


def form_order(window: Any, d: OrderDetail) -> OrderDetail:
    """The order as the form now has it (lines and shipping fee), for the totals before saving."""
    try:
        fee = Money.parse(window.shipping.text() or "0", d.currency).minor
    except ValidationError:
        fee = d.shipping_fee_minor  # an unfinished amount: its own field says what is wrong
    lines = tuple(
        OrderLine(None, ln.sku, ln.name, ln.quantity, Money(ln.unit_price_minor, d.currency))
        for ln in window.lines_model.lines
    )
    return replace(d, lines=lines, shipping_fee_minor=fee)
