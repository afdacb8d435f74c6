"""The customer hears of each step of a return (requested, accepted or rejected with the
reason, received, refund sent, replacement order made) through the outbox and its templates, in the customer's language, in the step's own transaction. A value a
template needs and the order lacks keeps the message "incomplete", never sent with a hole."""

from __future__ import annotations

from sqlalchemy.orm import Session

from orderdesk.i18n import LANGUAGES
from orderdesk.models import OrderRow
from orderdesk.money import Money


def notify(
    s: Session,
    order: OrderRow,
    event: str,
    history_id: int,
    return_number: str,
    refund_minor: int = 0,
    extra: dict[str, str] | None = None,
) -> None:
    from orderdesk.services.messaging.outbox import enqueue_event

    language = order.customer.language if order.customer and order.customer.language in LANGUAGES else "en"
    values = {**(extra or {}), "return_number": return_number}
    if refund_minor:
        values["refund_amount"] = Money(refund_minor, order.currency).format_plain(language)
    # One message per (order, history entry, channel): the history entry of the step is the source.
    enqueue_event(s, order, event, f"h{history_id}", extra=values)
