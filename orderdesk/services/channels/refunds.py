"""Refunds back to the store: queued in the desk's own transaction, sent by the push sender.

A refund is not idempotent in the store (each POST makes a new one and may move money through
the payment gateway), so the push carries a marker with the desk's refund id in its reason: a
push whose reply was lost is looked for among the order's refunds before it is sent again.
Money goes back through the gateway (``api_refund``) only for online payments; cash on
delivery and bank transfers are refunded by hand, and the store only records it (fact sheet:
"Refunds").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.models import ChannelRow, OrderRow
from orderdesk.services.channels.outbox import queue_push
from orderdesk.workflow import PaymentMethod


@dataclass(frozen=True)
class RefundLine:
    """An item of the refund: the desk's SKU (matched to the store's line item when sent)."""

    sku: str
    quantity: int
    amount_minor: int  # what is refunded for these items, tax included


def refund_marker(refund_id: str) -> str:
    """The text in the store refund's reason that says which desk refund it is."""
    return f"[OrderDesk refund {refund_id}]"


def gateway_refund(payment_method: str) -> bool:
    """Whether the store's payment gateway can send the money back by itself."""
    return payment_method == PaymentMethod.PREPAID_ONLINE.value


def queue_refund_push(
    session: Session,
    order_id: int,
    refund_id: str,
    amount_minor: int,
    reason: str,
    line_items: Sequence[RefundLine] = (),
    api_refund: bool | None = None,
    *,
    full: bool = False,
) -> bool:
    """Queue a refund of ``amount_minor`` (the order's currency) to the order's store, in the
    caller's transaction. ``refund_id`` is the desk's own id of this refund: the same id twice
    queues once. ``api_refund`` None: through the gateway for online payments only. ``full``:
    the whole order is refunded (the store then shows it as refunded).

    Returns False (nothing queued) when the order did not come from an active store.
    """
    row = session.get(OrderRow, order_id)
    if row is None or row.channel_id is None or not row.external_id:
        return False
    channel = session.get(ChannelRow, row.channel_id)
    if channel is None or not channel.active:
        return False
    if amount_minor < 0:
        raise ValidationError(_("A refund amount cannot be negative."), field="amount")
    marker = refund_marker(refund_id)
    text = (reason.strip() or _("Refund")) + " " + marker
    payload = {
        "refund_id": refund_id,
        "amount_minor": amount_minor,
        "currency": row.currency,
        "reason": text,
        "marker": marker,
        "line_items": [asdict(line) for line in line_items],
        "api_refund": gateway_refund(row.payment_method) if api_refund is None else bool(api_refund),
        "full": full,
    }
    return queue_push(session, channel, row, "refund", payload, f"o{row.id}:refund:{refund_id}")


def refund_advice(store_message: str) -> str:
    """What to do about a refund the store refused, from the store's own message."""
    if "does not support automatic refunds" in store_message:
        return _(
            "This payment method cannot send money back by itself: return the money by hand, then "
            "record it in the store's order page (Refund → Refund manually)."
        )
    if "Invalid refund amount" in store_message:
        return _(
            "The amount is more than what is left to refund in the store: look at the refunds on the "
            "store's order page and correct the amount at the desk or in the store."
        )
    return _("Check the refunds on the store's order page and refund by hand there if needed.")
