"""Checks of a new or edited order's texts and numbers against what the database columns hold,
so SQLite and PostgreSQL accept and refuse the same orders, before anything is written."""

from __future__ import annotations

from collections.abc import Sequence

from orderdesk import domain
from orderdesk.i18n import _
from orderdesk.limits import (
    INT32_MAX,
    MAX_AMOUNT_MINOR,
    MAX_NOTES,
    MAX_QUANTITY,
    MAX_WEIGHT_G,
    check_column,
    check_number,
    check_text,
)
from orderdesk.models import CustomerRow, OrderLineRow, OrderRow

# Field name shown to the person -> the column its value is stored in.
_ADDRESS_COLUMNS = {
    "recipient": OrderRow.recipient,
    "line1": OrderRow.address_line1,
    "line2": OrderRow.address_line2,
    "city": OrderRow.city,
    "postcode": OrderRow.postcode,
    "region": OrderRow.region,
    "country": OrderRow.country,
}
# The form field a refusal marks (the order dialogs' error slots).
_ADDRESS_KEYS = {"city": "city", "postcode": "postcode", "country": "country"}


def check_customer(customer: domain.Customer) -> None:
    # Field names are made only for a refusal (lambda): an import checks ~20 values per order.
    check_column(customer.name.strip(), lambda: _("customer name"), CustomerRow.name, "customer_name")
    check_column(customer.phone.strip(), lambda: _("phone"), CustomerRow.phone, "phone")
    check_column(customer.email.strip(), lambda: _("e-mail"), CustomerRow.email, "email")
    check_column(customer.language or "", lambda: _("language"), CustomerRow.language, "language")


def check_address(address: domain.Address) -> None:
    for name, column in _ADDRESS_COLUMNS.items():
        check_column(
            getattr(address, name).strip(),
            lambda name=name: _("address {f}").format(f=name),
            column,
            _ADDRESS_KEYS.get(name, "address"),
        )


def check_lines(lines: Sequence) -> None:
    """``NewLine``s: SKU and name lengths, quantity, price and weight ranges."""
    for n, line in enumerate(lines, 1):

        def where(what: str = "", n: int = n) -> str:
            return f"{_('line {n}').format(n=n)} {what}"

        check_column(line.sku.strip(), lambda: where("SKU"), OrderLineRow.sku, "sku")
        if line.name is not None:
            check_column(line.name, lambda: where(_("name")), OrderLineRow.name, "lines")
        check_number(line.quantity, lambda: where(_("quantity")), low=-MAX_QUANTITY, high=MAX_QUANTITY, key="quantity")
        if line.unit_price_minor is not None:
            check_number(
                line.unit_price_minor,
                lambda: where(_("price")),
                low=-MAX_AMOUNT_MINOR,
                high=MAX_AMOUNT_MINOR,
                key="price",
            )
        if line.weight_g is not None:
            check_number(line.weight_g, lambda: where(_("weight")), low=0, high=MAX_WEIGHT_G, key="lines")


def check_new_order_fields(new) -> None:
    """A ``NewOrder``: every text fits its column, every number its range."""
    check_customer(new.customer)
    check_address(new.address)
    check_lines(new.lines)
    check_column(
        new.pickup_point_code.strip(), lambda: _("pickup point code"), OrderRow.pickup_point_code, "pickup_point_code"
    )
    check_column(new.external_id.strip(), lambda: _("external id"), OrderRow.external_id, "external_id")
    check_column(new.source, lambda: _("source"), OrderRow.source, "source")
    check_text(new.notes, _("notes"), MAX_NOTES, "notes")
    for value, name, key in (
        (new.shipping_fee_minor, lambda: _("shipping fee"), "shipping_fee"),
        (new.amount_paid_minor, lambda: _("amount paid"), "amount_paid"),
    ):
        check_number(value, name, low=-MAX_AMOUNT_MINOR, high=MAX_AMOUNT_MINOR, key=key)


def check_edit_fields(edit) -> None:
    """An ``OrderEdit``: the fields it changes, with the same limits as a new order."""
    if edit.customer_name is not None:
        check_column(edit.customer_name.strip(), _("customer name"), CustomerRow.name, "customer_name")
    if edit.phone is not None:
        check_column(edit.phone.strip(), _("phone"), CustomerRow.phone, "phone")
    if edit.email is not None:
        check_column(edit.email.strip(), _("e-mail"), CustomerRow.email, "email")
    if edit.language is not None:
        check_column(edit.language, _("language"), CustomerRow.language, "language")
    if edit.address is not None:
        check_address(edit.address)
    if edit.pickup_point_code is not None:
        check_column(
            edit.pickup_point_code.strip(), _("pickup point code"), OrderRow.pickup_point_code, "pickup_point_code"
        )
    if edit.notes is not None:
        check_text(edit.notes, _("notes"), MAX_NOTES, "notes")
    if edit.shipping_fee_minor is not None:
        check_number(
            edit.shipping_fee_minor, _("shipping fee"), low=-MAX_AMOUNT_MINOR, high=MAX_AMOUNT_MINOR, key="shipping_fee"
        )
    if edit.lines is not None:
        check_lines(edit.lines)


def check_total(total_minor: int) -> None:
    """The order's total is stored in a PostgreSQL integer column."""
    check_number(total_minor, _("order total"), low=-INT32_MAX, high=INT32_MAX)
