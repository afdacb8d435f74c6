"""``NotificationListener``: the order service's hook that queues messages inside each change's transaction.

Registered with ``OrderService(db, listeners=[NotificationListener()])``: the service calls it
inside the move's transaction, so the status change and its outbox rows commit or roll back
together. A status change queues the customer's messages (``outbox``); a failed-payment hold
alerts the manager (``chasing``).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from orderdesk.models import OrderRow
from orderdesk.services.messaging.chasing import alert_manager
from orderdesk.services.messaging.config import P, session_getter
from orderdesk.services.messaging.outbox import enqueue_event
from orderdesk.services.messaging.rules import Rules
from orderdesk.workflow import Hold


class NotificationListener:
    """``OrderService`` listener: queue the customer's messages for a status change."""

    def __call__(self, s: Session, event) -> None:  # event: orders.StatusChanged, HoldAdded or PaymentRecorded
        if hasattr(event, "hold_id"):  # a hold: a failed payment tells the manager, a delay the customer
            if event.kind == Hold.PAYMENT_FAILED:
                row = s.get(OrderRow, event.order_id)
                if row is not None:
                    alert_manager(s, row, event.hold_id, event.reason)
            elif event.kind == Hold.DELAYED:
                row = s.get(OrderRow, event.order_id)
                if row is not None:
                    enqueue_event(s, row, "delay", f"hold{event.hold_id}")
            return
        if type(event).__name__ == "OrderCreated":  # the order is in: "received"
            if not _received_on(s):
                return
            row = s.get(OrderRow, event.order_id)
            if row is not None:
                enqueue_event(s, row, "received", f"h{event.history_id}", fresh=True)
            return
        if not hasattr(event, "to_status"):  # a payment recorded: no customer message of its own
            return
        name = Rules.event_for(event.from_status, event.to_status)
        if name is None:
            return
        row = s.get(OrderRow, event.order_id)
        if row is None:
            return
        # The change's history entry was written in this transaction: nothing is queued for it yet.
        enqueue_event(s, row, name, f"h{event.history_id}", fresh=True)


def _received_on(s: Session) -> bool:
    """Whether any "received" message can go out, read once per transaction: an import stores
    thousands of orders in one, and the event ships switched off."""
    if "received_on" not in s.info:
        get = session_getter(s)
        table = Rules.from_setting(get(P + "rules")).table
        s.info["received_on"] = bool(get(P + "enabled")) and any((table.get("received") or {}).values())
    return s.info["received_on"]
