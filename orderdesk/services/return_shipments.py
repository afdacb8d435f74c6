"""Return parcels: the shipment a customer sends back, kept on the order beside the outgoing one.

A return shipment is an ordinary ``shipments`` row whose details say ``direction: return`` and
name the return (``return_number``). The tracking sync polls it like any parcel, writes each
new event into the order's history, and never moves the order or raises a carrier hold for it
(the outgoing parcel's status rules do not apply to a parcel coming back). It never becomes the
order's tracking number on the card or in customer messages.

Where a carrier's documented API offers return labels, a client function buys them and records
the result here; where it does not, the shop creates the return in the carrier's own panel (or
the customer posts the parcel) and the tracking number is entered, so the parcel is tracked all the same.
"""

from __future__ import annotations

from sqlalchemy import select

from orderdesk import domain
from orderdesk.errors import NotFound, ValidationError
from orderdesk.i18n import _
from orderdesk.models_extra import ReturnRow
from orderdesk.workflow import Status, label

DIRECTION = "return"
# A parcel can come back once the customer has the order (or the carrier gave up delivering it).
RETURNABLE = frozenset(
    {
        Status.SHIPPED,
        Status.IN_TRANSIT,
        Status.DELIVERED,
        Status.COLLECTED,
        Status.COMPLETED,
        Status.RETURN_REQUESTED,
        Status.RETURNED,
        Status.REFUNDED,
    }
)
TRACKED = ("cdek", "inpost", "easypost")  # the carriers whose tracking the sync reads


def is_return(details: dict | None) -> bool:
    return isinstance(details, dict) and details.get("direction") == DIRECTION


def record_return_shipment(
    orders,
    number: str,
    *,
    carrier: str,
    tracking_number: str,
    return_number: str,
    actor: domain.Actor,
    external_id: str = "",
    label_path: str = "",
    label_format: str = "",
) -> domain.Shipment:
    """Put the customer's return parcel on the order, so the sync tracks it into the history."""
    carrier, return_number = carrier.strip().lower(), return_number.strip()
    if carrier not in TRACKED:
        raise ValidationError(
            _("'{c}' is not a carrier whose tracking we read; use one of: {all}.").format(c=carrier, all=", ".join(TRACKED)),
            field="carrier",
        )  # fmt: skip
    if not return_number:
        raise ValidationError(_("Name the return this parcel belongs to (its R-number)."), field="return_number")
    order = orders.get(number, with_history=False)
    if Status(order.status) not in RETURNABLE:
        raise ValidationError(
            _("Order {n} is {s}: the customer has nothing to send back yet.").format(n=order.number, s=label(order.status))
        )  # fmt: skip
    return_number = _check_return(orders.db, order, return_number)
    for sh in order.shipments:
        if sh.is_return and sh.tracking_number == tracking_number.strip() and not sh.cancelled:
            return sh  # entered twice: one parcel
    return orders.add_shipment(
        order.number,
        carrier=carrier,
        tracking_number=tracking_number,
        actor=actor,
        external_id=external_id,
        label_path=label_path,
        label_format=label_format,
        details={"direction": DIRECTION, "return_number": return_number[:20]},
    )


def _check_return(db, order: domain.OrderDetail, return_number: str) -> str:
    """The return's number as stored, once it is known to be this order's and still open to a
    parcel: a typo or another order's R-number would file the parcel's events on the wrong
    return."""
    key = return_number.strip().upper()
    with db.session() as s:
        row = s.scalar(select(ReturnRow).where(ReturnRow.number == key))
        if row is None:
            raise NotFound(
                _("No return {r}. Check the number on the return slip (it looks like R-2026-00001).").format(r=key)
            )
        if row.order_id != order.id:
            other = row.order.number
            raise ValidationError(
                _("Return {r} belongs to order {o}, not to {n}.").format(r=key, o=other, n=order.number),
                field="return_number",
            )
        if row.status == "rejected":
            raise ValidationError(
                _("Return {r} was rejected: no parcel is expected for it.").format(r=key), field="return_number"
            )
        return row.number
