"""The words of a return: its statuses, the reasons a customer gives, what becomes of an item,
and the shop's rule for giving back the shipping cost (a setting)."""

from __future__ import annotations

from enum import StrEnum

from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.settings import declare
from orderdesk.workflow import PaymentMethod, Status


class ReturnStatus(StrEnum):
    REQUESTED = "requested"  # the customer asked; the desk has not said yes yet
    AWAITING_PARCEL = "awaiting_parcel"  # accepted (the slip is out); the parcel is on its way
    RECEIVED = "received"  # every item is back at the bench
    PARTLY_REFUNDED = "partly_refunded"  # part of the money went back; the rest follows later
    REFUNDED = "refunded"  # the money went back
    EXCHANGED = "exchanged"  # a replacement order was made instead
    CLOSED = "closed"
    REJECTED = "rejected"


OPEN_STATUSES = frozenset({ReturnStatus.REQUESTED, ReturnStatus.AWAITING_PARCEL})
# The desk's decisions by the return's state (the service checks them; the window enables its buttons by them).
ACCEPTABLE = frozenset({ReturnStatus.REQUESTED})
REJECTABLE = OPEN_STATUSES
# Closed with nothing more to do: not once it is settled (refunded, exchanged) or already decided.
CLOSABLE = frozenset(
    {ReturnStatus.REQUESTED, ReturnStatus.AWAITING_PARCEL, ReturnStatus.RECEIVED, ReturnStatus.PARTLY_REFUNDED}
)
# A refund (or its next part) is recorded for these, once something has arrived.
REFUNDABLE = frozenset(
    {ReturnStatus.REQUESTED, ReturnStatus.AWAITING_PARCEL, ReturnStatus.RECEIVED, ReturnStatus.PARTLY_REFUNDED}
)
# A rejected return gives nothing back: its quantities can be asked for again.
COUNTED_STATUSES = frozenset(set(ReturnStatus) - {ReturnStatus.REJECTED})


class ReturnReason(StrEnum):
    DAMAGED = "damaged"
    WRONG_ITEM = "wrong_item"
    NOT_AS_DESCRIBED = "not_as_described"
    CHANGED_MIND = "changed_mind"
    OTHER = "other"


class Disposition(StrEnum):
    """What the bench does with a returned item."""

    RESTOCK = "restock"
    WRITE_OFF = "write-off"
    REPAIR = "repair"


class ShippingRefund(StrEnum):
    NEVER = "never"
    WHOLE_ORDER = "whole_order"  # only when every item of the order has come back
    ALWAYS = "always"


def _shipping_rule(value: str) -> str:
    try:
        return ShippingRefund(value.strip()).value
    except ValueError:
        raise ValidationError(
            _("Refund shipping is one of: never, whole_order, always."), field="returns.refund_shipping"
        ) from None


REFUND_SHIPPING = declare(
    "returns.refund_shipping",
    str,
    ShippingRefund.WHOLE_ORDER.value,
    "When a refund gives back the shipping cost: never, whole_order or always",
    _shipping_rule,
)

# Orders whose items reached the customer: only these can be returned line by line.
RETURNABLE_ORDER_STATUSES = frozenset({Status.DELIVERED, Status.COLLECTED, Status.COMPLETED, Status.RETURN_REQUESTED})
# Paid back by hand (cash, a bank transfer from the shop's account); the rest through the payment's API.
MANUAL_REFUND_METHODS = frozenset(
    {PaymentMethod.CASH_ON_DELIVERY, PaymentMethod.BANK_TRANSFER, PaymentMethod.ON_PICKUP, PaymentMethod.INVOICE}
)


def status_label(status: str) -> str:
    labels = {
        ReturnStatus.REQUESTED: _("Requested"),
        ReturnStatus.AWAITING_PARCEL: _("Awaiting parcel"),
        ReturnStatus.RECEIVED: _("Received"),
        ReturnStatus.PARTLY_REFUNDED: _("Partly refunded"),
        ReturnStatus.REFUNDED: _("Refunded"),
        ReturnStatus.EXCHANGED: _("Exchanged"),
        ReturnStatus.CLOSED: _("Closed"),
        ReturnStatus.REJECTED: _("Rejected"),
    }
    return labels.get(ReturnStatus(status), status) if status in set(ReturnStatus) else status


def reason_label(reason: str) -> str:
    labels = {
        ReturnReason.DAMAGED: _("Damaged"),
        ReturnReason.WRONG_ITEM: _("Wrong item"),
        ReturnReason.NOT_AS_DESCRIBED: _("Not as described"),
        ReturnReason.CHANGED_MIND: _("Changed mind"),
        ReturnReason.OTHER: _("Other"),
    }
    return labels.get(ReturnReason(reason), reason) if reason in set(ReturnReason) else reason


def parse_reason(text: str) -> ReturnReason:
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return ReturnReason(key)
    except ValueError:
        raise ValidationError(
            _("Unknown return reason {r}: use one of {o}.").format(r=text, o=", ".join(r.value for r in ReturnReason)),
            field="reason",
        ) from None


def parse_disposition(text: str) -> Disposition:
    key = text.strip().lower().replace("_", "-")
    if key in ("writeoff", "write-off", "write off"):
        key = "write-off"
    try:
        return Disposition(key)
    except ValueError:
        raise ValidationError(
            _("Unknown handling {d}: use restock, write-off or repair.").format(d=text), field="disposition"
        ) from None
