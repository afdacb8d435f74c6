"""Which status changes notify the customer, on which channels, per delivery method.

Rules are data: ``{event: {delivery_method or "*": [channels]}}``. A status change maps to an
event (mostly the status key; ``completed`` asks for a review). The shop can replace the
built-in rules with JSON in the ``messaging.rules`` setting.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.services.messaging.templates import CHANNELS, EVENTS
from orderdesk.workflow import ACTIVE, DeliveryMethod, Status, is_backward

BOTH = ["sms", "email"]
DEFAULT_RULES: dict[str, dict[str, list[str]]] = {
    # Off until the owner ticks them: a "received" e-mail minutes before "confirmed", and a
    # "packed" one just before "shipped", are mostly noise for a shop that confirms and ships fast.
    "received": {"*": []},  # the order is in (web, phone, import)
    "confirmed": {"*": ["email"]},
    "awaiting_payment": {"*": BOTH},  # the payment link
    "paid": {"*": ["email"]},
    "ready_for_pickup": {"*": BOTH},  # with the pickup code
    "packed": {"*": []},
    "shipped": {"*": BOTH},  # with the tracking number and link
    "in_transit": {"*": ["email"]},
    "delay": {"*": BOTH},  # a delayed hold: the carrier's exception, a stalled parcel, or the desk's
    "delivered": {"*": ["sms"]},
    "collected": {"*": ["email"]},
    "cancelled": {"*": BOTH},
    "returned": {"*": ["email"]},
    "review_request": {"*": ["email"]},
    "refunded": {"*": ["email"]},
    "payment_reminder": {"*": BOTH},
    "back_in_stock": {"*": ["sms"]},  # an order that waited for stock is being packed
    "out_of_stock_choice": {"*": BOTH},  # sent by the owner: wait for the stock or cancel
    "return_requested": {"*": ["email"]},  # a return of some lines asked for (services/returns)
    "return_accepted": {"*": ["email"]},  # the desk said yes: send the parcel
    "return_rejected": {"*": ["email"]},  # the desk said no, with the reason
    "return_exchanged": {"*": ["email"]},  # a replacement order instead of money
    "return_label": {"*": ["email"]},  # the carrier's return parcel number
    "return_received": {"*": ["email"]},
    "refund_sent": {"*": ["email"]},
    "complaint_received": {"*": ["email"]},  # with the date the shop answers by
    "complaint_answered": {"*": ["email"]},
}

# A status change -> the event whose template and rule apply.
STATUS_EVENTS: dict[Status, str] = {
    Status.CONFIRMED: "confirmed",
    Status.AWAITING_PAYMENT: "awaiting_payment",
    Status.PAID: "paid",
    Status.PACKED: "packed",
    Status.READY_FOR_PICKUP: "ready_for_pickup",
    Status.SHIPPED: "shipped",
    Status.IN_TRANSIT: "in_transit",
    Status.DELIVERED: "delivered",
    Status.COLLECTED: "collected",
    Status.CANCELLED: "cancelled",
    Status.COMPLETED: "review_request",
    Status.RETURNED: "returned",
    Status.REFUNDED: "refunded",
}

# The status an order is in when an event's message goes out: a status change's own event, and
# the events sent while an order waits in one status. The template editor checks a text against
# the orders in these statuses (their tracking, pickup code, amounts are the ones it would use).
# An event not named here (a delay, returns, complaints) can go out from any open status.
_EVENT_STATUSES: dict[str, tuple[Status, ...]] = {
    **{event: (status,) for status, event in STATUS_EVENTS.items()},
    "received": (Status.NEW,),  # the order is in
    "payment_reminder": (Status.AWAITING_PAYMENT,),  # outbox.enqueue_payment_reminders, the chasing rules
    "back_in_stock": (Status.ASSEMBLING,),  # stock.backorders: the held order is complete
    "out_of_stock_choice": (Status.ASSEMBLING,),  # stock.backorders: an assembling order lacks stock
}


def statuses_sending(event: str) -> tuple[Status, ...]:
    """The statuses whose orders get ``event``'s message (the open ones when no single one does)."""
    return _EVENT_STATUSES.get(event, ACTIVE)


class Rules:
    def __init__(self, table: Mapping[str, Mapping[str, list[str]]] | None = None) -> None:
        self.table = {k: dict(v) for k, v in (table if table is not None else DEFAULT_RULES).items()}
        self.validate()

    @classmethod
    def from_setting(cls, text: str) -> Rules:
        if not (text or "").strip():
            return cls()
        try:
            table = json.loads(text)
        except ValueError as exc:
            raise ValidationError(
                _("The notification rules are not valid JSON: {e}").format(e=exc), field="messaging.rules"
            ) from None
        if isinstance(table, dict):
            # Events added since the rules were saved follow their default until the owner
            # changes them (a switched-off event is stored as an empty list, so it stays off).
            table = {**DEFAULT_RULES, **table}
        return cls(table)

    def validate(self) -> None:
        methods = {m.value for m in DeliveryMethod} | {"*"}
        for event, per_method in self.table.items():
            if event not in EVENTS:
                raise ValidationError(
                    _("Unknown message event '{e}' in the rules.").format(e=event), field="messaging.rules"
                )
            for method, channels in per_method.items():
                if method not in methods:
                    raise ValidationError(
                        _("Unknown delivery method '{m}' in the rules.").format(m=method), field="messaging.rules"
                    )
                bad = [c for c in channels if c not in CHANNELS]
                if bad:
                    raise ValidationError(
                        _("Unknown channel '{c}' in the rules.").format(c=bad[0]), field="messaging.rules"
                    )

    def to_json(self) -> str:
        return json.dumps(self.table, indent=1, sort_keys=True)

    @staticmethod
    def event_for(from_status: Status | None, to_status: Status) -> str | None:
        if from_status is not None and is_backward(Status(from_status), Status(to_status)):
            return None  # an owner's correction, not news for the customer
        return STATUS_EVENTS.get(Status(to_status))

    def channels_for(self, event: str, delivery_method: str) -> list[str]:
        per_method = self.table.get(event) or {}
        channels = per_method.get(delivery_method, per_method.get("*", []))
        return list(dict.fromkeys(channels))
