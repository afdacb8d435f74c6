"""Carrier status codes -> our milestones -> order statuses and holds, as tables.

Each carrier's codes map to a ``Milestone`` (and, for problems, a hold kind). One table maps
milestones to the order status a card may move to. ``sync`` reads these tables; there are no
per-carrier code branches anywhere else. Unknown codes are kept as events and move nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from orderdesk.workflow import Hold, Status


class Milestone(StrEnum):
    INFO = "info"  # an event worth showing, no progress (or a code we do not know)
    CREATED = "created"  # registered with the carrier, not handed over yet
    ACCEPTED = "accepted"  # the carrier has the parcel
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    AT_PICKUP_POINT = "at_pickup_point"  # waiting in a locker / pickup point for the customer
    DELIVERED = "delivered"
    RETURNING = "returning"  # on its way back to us
    RETURNED = "returned"  # back with the sender
    EXCEPTION = "exception"  # a delivery problem (see the hold)
    CANCELLED = "cancelled"  # the shipment was cancelled at the carrier


# Where a card goes when the carrier reports a milestone (None: the status stays).
MILESTONE_TARGET: dict[Milestone, Status | None] = {
    Milestone.INFO: None,
    Milestone.CREATED: None,
    Milestone.ACCEPTED: Status.SHIPPED,
    Milestone.IN_TRANSIT: Status.IN_TRANSIT,
    Milestone.OUT_FOR_DELIVERY: Status.IN_TRANSIT,
    Milestone.AT_PICKUP_POINT: Status.IN_TRANSIT,
    Milestone.DELIVERED: Status.DELIVERED,
    Milestone.RETURNING: Status.IN_TRANSIT,
    Milestone.RETURNED: Status.RETURNED,
    Milestone.EXCEPTION: None,
    Milestone.CANCELLED: None,
}

# Milestones after which the carrier will say nothing new: the shipment stops being polled.
FINAL: frozenset[Milestone] = frozenset({Milestone.DELIVERED, Milestone.RETURNED, Milestone.CANCELLED})


@dataclass(frozen=True)
class Mapping:
    milestone: Milestone
    hold: Hold | None = None


M = Milestone
_ = Mapping

# CDEK API v2 order statuses (PROTOCOLS.md A; cdek-it/sdk2.0, Spoleto.Delivery OrderStatus).
CDEK: dict[str, Mapping] = {
    "ACCEPTED": _(M.CREATED),
    "CREATED": _(M.CREATED),
    "RECEIVED_AT_SHIPMENT_WAREHOUSE": _(M.ACCEPTED),
    "RECEIVED_AT_SENDER_WAREHOUSE": _(M.ACCEPTED),  # older name
    "READY_FOR_SHIPMENT_IN_SENDER_CITY": _(M.IN_TRANSIT),
    "RETURNED_TO_SENDER_CITY_WAREHOUSE": _(M.RETURNING),
    "TAKEN_BY_TRANSPORTER_FROM_SENDER_CITY": _(M.IN_TRANSIT),
    "SENT_TO_TRANSIT_CITY": _(M.IN_TRANSIT),
    "ACCEPTED_IN_TRANSIT_CITY": _(M.IN_TRANSIT),
    "ACCEPTED_AT_TRANSIT_WAREHOUSE": _(M.IN_TRANSIT),
    "RETURNED_TO_TRANSIT_WAREHOUSE": _(M.RETURNING),
    "READY_FOR_SHIPMENT_IN_TRANSIT_CITY": _(M.IN_TRANSIT),
    "TAKEN_BY_TRANSPORTER_FROM_TRANSIT_CITY": _(M.IN_TRANSIT),
    "SENT_TO_SENDER_CITY": _(M.RETURNING),
    "SENT_TO_RECIPIENT_CITY": _(M.IN_TRANSIT),
    "ACCEPTED_IN_SENDER_CITY": _(M.RETURNING),
    "ACCEPTED_IN_RECIPIENT_CITY": _(M.IN_TRANSIT),
    "ARRIVED_AT_RECIPIENT_CITY": _(M.IN_TRANSIT),  # older name
    "ACCEPTED_AT_RECIPIENT_CITY_WAREHOUSE": _(M.IN_TRANSIT),
    "ACCEPTED_AT_PICK_UP_POINT": _(M.AT_PICKUP_POINT),
    "TAKEN_BY_COURIER": _(M.OUT_FOR_DELIVERY),
    "RETURNED_TO_RECIPIENT_CITY_WAREHOUSE": _(M.EXCEPTION, Hold.DELAYED),  # a delivery attempt failed
    "DELIVERED": _(M.DELIVERED),
    "NOT_DELIVERED": _(M.EXCEPTION, Hold.DELAYED),
    "INVALID": _(M.EXCEPTION, Hold.ADDRESS_PROBLEM),  # the carrier rejected the order's data
    "REMOVED": _(M.CANCELLED),
    "POSTOMAT_POSTED": _(M.AT_PICKUP_POINT),
    "POSTOMAT_SEIZED": _(M.RETURNING),  # not collected, taken out of the locker
    "POSTOMAT_RECEIVED": _(M.DELIVERED),
    "IN_CUSTOMS_INTERNATIONAL": _(M.IN_TRANSIT),
    "SHIPPED_TO_DESTINATION": _(M.IN_TRANSIT),
    "PASSED_TO_TRANSIT_CARRIER": _(M.IN_TRANSIT),
    "IN_CUSTOMS_LOCAL": _(M.IN_TRANSIT),
    "CUSTOMS_COMPLETE": _(M.IN_TRANSIT),
}

# InPost ShipX shipment / tracking statuses (PROTOCOLS.md B; GET /v1/statuses).
INPOST: dict[str, Mapping] = {
    "created": _(M.CREATED),
    "offers_prepared": _(M.CREATED),
    "offer_selected": _(M.CREATED),
    "confirmed": _(M.CREATED),
    "dispatched_by_sender": _(M.ACCEPTED),
    "dispatched_by_sender_to_pok": _(M.ACCEPTED),
    "collected_from_sender": _(M.ACCEPTED),
    "taken_by_courier": _(M.IN_TRANSIT),
    "taken_by_courier_from_pok": _(M.IN_TRANSIT),
    "adopted_at_source_branch": _(M.IN_TRANSIT),
    "sent_from_source_branch": _(M.IN_TRANSIT),
    "adopted_at_sorting_center": _(M.IN_TRANSIT),
    "sent_from_sorting_center": _(M.IN_TRANSIT),
    "adopted_at_target_branch": _(M.IN_TRANSIT),
    "delay_in_delivery": _(M.EXCEPTION, Hold.DELAYED),
    "out_for_delivery": _(M.OUT_FOR_DELIVERY),
    "out_for_delivery_to_address": _(M.OUT_FOR_DELIVERY),
    "ready_to_pickup": _(M.AT_PICKUP_POINT),
    "ready_to_pickup_from_pok": _(M.AT_PICKUP_POINT),
    "pickup_reminder_sent": _(M.AT_PICKUP_POINT),
    "avizo": _(M.AT_PICKUP_POINT),
    "stack_in_box_machine": _(M.AT_PICKUP_POINT),
    "stack_in_customer_service_point": _(M.AT_PICKUP_POINT),
    "pickup_time_expired": _(M.RETURNING),
    "delivered": _(M.DELIVERED),
    "returned_to_sender": _(M.RETURNED),
    "rejected_by_receiver": _(M.RETURNING),
    "undelivered": _(M.EXCEPTION, Hold.DELAYED),
    "undelivered_wrong_address": _(M.EXCEPTION, Hold.ADDRESS_PROBLEM),
    "undelivered_incomplete_address": _(M.EXCEPTION, Hold.ADDRESS_PROBLEM),
    "undelivered_unknown_receiver": _(M.EXCEPTION, Hold.ADDRESS_PROBLEM),
    "oversized": _(M.EXCEPTION, Hold.DELAYED),
    "missing": _(M.EXCEPTION, Hold.DELAYED),
    "claimed": _(M.EXCEPTION, Hold.DELAYED),
    "canceled": _(M.CANCELLED),
    "cancelled": _(M.CANCELLED),
}

# EasyPost tracker statuses (PROTOCOLS.md C): the same for USPS, UPS, FedEx, DHL...
EASYPOST: dict[str, Mapping] = {
    "unknown": _(M.INFO),
    "pre_transit": _(M.CREATED),
    "in_transit": _(M.IN_TRANSIT),
    "out_for_delivery": _(M.OUT_FOR_DELIVERY),
    "delivered": _(M.DELIVERED),
    "available_for_pickup": _(M.AT_PICKUP_POINT),
    "return_to_sender": _(M.RETURNED),
    "failure": _(M.EXCEPTION, Hold.DELAYED),
    "cancelled": _(M.CANCELLED),
    "error": _(M.INFO),
}

# Built-in carriers report what the desk itself recorded.
OWN_COURIER: dict[str, Mapping] = {
    "created": _(M.CREATED),
    "out_for_delivery": _(M.OUT_FOR_DELIVERY),
    "delivered": _(M.DELIVERED),
    "returned": _(M.RETURNED),
    "cancelled": _(M.CANCELLED),
}
PICKUP: dict[str, Mapping] = {
    "created": _(M.CREATED),
    "collected": _(M.DELIVERED),
    "cancelled": _(M.CANCELLED),
}

TABLES: dict[str, dict[str, Mapping]] = {
    "cdek": CDEK,
    "inpost": INPOST,
    "easypost": EASYPOST,
    "own_courier": OWN_COURIER,
    "pickup": PICKUP,
}

UNKNOWN = Mapping(Milestone.INFO)


def lookup(carrier: str, code: str) -> Mapping:
    """The mapping of a carrier's code; unknown codes are INFO (shown, never acted on)."""
    table = TABLES.get(carrier, {})
    return table.get(code) or table.get(code.lower()) or table.get(code.upper()) or UNKNOWN


def target_status(mapping: Mapping) -> Status | None:
    return MILESTONE_TARGET[mapping.milestone]
