"""The order service: every change to an order goes through here, with its history, in one transaction.

One module per job: ``reading``, ``creating``, ``editing``, ``moving`` (``batch_moving``: many at once), ``holds``, ``payments``,
``shipments``, ``stock``, ``numbering``; ``service.OrderService`` puts them together.
``inputs`` holds what callers hand in (``NewOrder``, ``NewLine``, ``OrderEdit``), ``events``
what listeners are told (``StatusChanged``, ``HoldAdded``, ``PaymentRecorded``), ``rows`` the helpers that keep an
order row's denormalised columns in step.
"""

from orderdesk.services.orders.base import ServiceConfig
from orderdesk.services.orders.batch_moving import BatchMove, MoveOutcome
from orderdesk.services.orders.events import (
    HoldAdded,
    Listener,
    OrderCreated,
    OrderEvent,
    PaymentRecorded,
    StatusChanged,
)
from orderdesk.services.orders.inputs import CustomerIndex, NewLine, NewOrder, OrderEdit
from orderdesk.services.orders.reading import status_label
from orderdesk.services.orders.service import OrderService

__all__ = [
    "BatchMove",
    "CustomerIndex",
    "HoldAdded",
    "Listener",
    "MoveOutcome",
    "NewLine",
    "NewOrder",
    "OrderCreated",
    "OrderEdit",
    "OrderEvent",
    "OrderService",
    "PaymentRecorded",
    "ServiceConfig",
    "StatusChanged",
    "status_label",
]
