"""Numbers handed out inside a transaction: the yearly order number and the pickup shelf slot."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from orderdesk.models import OrderRow
from orderdesk.services import counters
from orderdesk.services.orders.base import OrderServiceBase
from orderdesk.workflow import Status


class NumberingMixin(OrderServiceBase):
    def _next_number(self, s: Session, year: int) -> str:
        return counters.next_order_number(s, year)

    def _free_shelf_slot(self, s: Session) -> str:
        s.flush()  # the slots an earlier move of the same batch gave out (it may run without autoflush)
        used = set(s.scalars(select(OrderRow.shelf_slot).where(OrderRow.status == Status.READY_FOR_PICKUP.value)))
        for i in range(1, self.config.shelf_slots + 1):
            slot = f"A{i:03d}"
            if slot not in used:
                return slot
        return "FLOOR"  # every slot taken: the clerk finds it on the floor stack
