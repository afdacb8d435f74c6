"""``OrderService``: every change to an order goes through here, with its history, in one transaction.

The service is one object for its callers; its methods live in one module per job (reading,
creating, editing, moving, batch_moving, holds, payments, shipments, stock, numbering,
work) and share the
internals of ``base.OrderServiceBase``.
"""

from __future__ import annotations

from orderdesk.services.orders.batch_moving import BatchMovingMixin
from orderdesk.services.orders.editing import EditingMixin
from orderdesk.services.orders.holds import HoldsMixin
from orderdesk.services.orders.payments import PaymentsMixin
from orderdesk.services.orders.reading import ReadingMixin
from orderdesk.services.orders.shipments import ShipmentsMixin
from orderdesk.services.orders.stock import StockMixin
from orderdesk.services.orders.work import WorkMixin


class OrderService(
    ReadingMixin, EditingMixin, BatchMovingMixin, HoldsMixin, PaymentsMixin, ShipmentsMixin, StockMixin, WorkMixin
):
    """Orders: read, create, edit, move, hold, pay, ship; each change with its history entry."""
