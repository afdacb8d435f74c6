"""Helpers on an order's row inside the caller's transaction: addresses, enums, denormalised columns."""

from __future__ import annotations

from orderdesk import domain
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.models import OrderRow
from orderdesk.search import build_search_text


def enum_value(kind, value, field_name: str):
    try:
        return kind(value)
    except ValueError:
        options = ", ".join(v.value for v in kind)
        raise ValidationError(
            _("'{v}' is not a valid {f}; use one of: {o}.").format(v=value, f=field_name, o=options), field=field_name
        ) from None


def set_address(row: OrderRow, a: domain.Address) -> None:
    row.recipient, row.address_line1, row.address_line2 = a.recipient, a.line1, a.line2
    row.city, row.postcode, row.region, row.country = a.city, a.postcode, a.region, a.country.upper()


def get_address(row: OrderRow) -> domain.Address:
    return domain.Address(
        row.recipient, row.address_line1, row.address_line2, row.city, row.postcode, row.region, row.country
    )


def refresh(row: OrderRow) -> None:
    """Keep the denormalised columns (board, search) in step with the order.

    Only a value that differs is assigned: an assignment marks the row changed even when the value
    is the same, and the next flush then examines it again (a move flushes several times)."""
    live = [sh for sh in row.shipments if not sh.cancelled and (sh.details or {}).get("direction") != "return"]
    derived = {
        "total_minor": sum(line.unit_price_minor * line.quantity for line in row.lines) + (row.shipping_fee_minor or 0),
        "item_count": sum(line.quantity for line in row.lines),
        "customer_name": row.customer.name if row.customer else "",
        "tracking_number": live[-1].tracking_number if live else "",
        "hold_count": sum(1 for h in row.holds if h.resolved_at is None),
    }
    for name, value in derived.items():
        if getattr(row, name, None) != value:  # a plain row (bulk import) may not have it yet
            setattr(row, name, value)
    customer = row.customer
    parts = [row.number, row.external_id, row.customer_name, row.recipient]
    if customer is not None:
        parts += [customer.phone, customer.email]
    parts += [sh.tracking_number for sh in row.shipments]
    parts += [line.sku for line in row.lines]
    text = build_search_text(parts)
    if text != row.search_text:
        row.search_text = text
