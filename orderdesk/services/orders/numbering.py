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
        # The slots taken as stored, corrected by the orders this session changed and has not
        # written yet (a batch of moves runs without autoflush: see batch_moving).
        changed = [o for o in s.dirty if isinstance(o, OrderRow)]
        pending = {o.id for o in changed}
        ready = Status.READY_FOR_PICKUP.value
        stored = s.execute(select(OrderRow.id, OrderRow.shelf_slot).where(OrderRow.status == ready))
        used = {slot for order_id, slot in stored if order_id not in pending}
        used |= {o.shelf_slot for o in changed if o.status == ready}
        for i in range(1, self.config.shelf_slots + 1):
            slot = f"A{i:03d}"
            if slot not in used:
                return slot
        return "FLOOR"  # every slot taken: the clerk finds it on the floor stack
