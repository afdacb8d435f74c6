"""Payment chasing (an unpaid prepaid order is reminded, a failed payment is held): reminders are queued by the sender's round
(``outbox.enqueue_payment_reminders``); a failed payment puts the order on a ``payment_failed``
hold and tells the manager by e-mail when ``messaging.manager_email`` is set.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from orderdesk.domain import Actor, HoldInfo
from orderdesk.i18n import _
from orderdesk.models import OrderRow, OutboxRow
from orderdesk.services.messaging.config import P, session_getter
from orderdesk.services.messaging.outbox import MANAGER_ALERT, note
from orderdesk.workflow import Hold


def payment_failed(service, number: str, reason: str, actor: Actor) -> HoldInfo:
    """Hold the order (it shows under "Needs attention"); the manager is alerted once per hold.

    The app's order service alerts through its NotificationListener in the hold's own
    transaction; the second look here covers a service built without listeners.
    """
    hold = service.add_hold(number, Hold.PAYMENT_FAILED, reason, actor)
    with service.db.session(write=True) as s:
        order = s.query(OrderRow).filter(OrderRow.number == number).one()
        alert_manager(s, order, hold.id, reason)
    return hold


def alert_manager(s: Session, order: OrderRow, hold_id: int, reason: str) -> None:
    """Queue the manager's e-mail about a failed payment, once per hold, when an address is set."""
    manager = (session_getter(s)(P + "manager_email") or "").strip()
    key = f"o{order.id}:hold{hold_id}:manager"
    if not manager or s.query(OutboxRow.id).filter(OutboxRow.idempotency_key == key).first() is not None:
        return
    subject = _("Payment failed: order {n}").format(n=order.number)
    body = _("The payment for order {n} ({c}) failed: {r}\nThe order is on hold until it is resolved.").format(
        n=order.number, c=order.customer_name, r=reason
    )
    s.add(OutboxRow(order_id=order.id, channel="email", kind=MANAGER_ALERT, recipient=manager, idempotency_key=key,
                    payload={"body": body, "subject": subject, "fallback": ""}, status="pending", attempts=0,
                    last_error="", gateway="", gateway_id=""))  # fmt: skip
    s.flush()
    note(s, order.id, "queued", _("Manager alerted: payment failed"))
