"""What the packing bench offers next: orders ready to pick and pack, the packer's own first,
then priority orders, then the oldest waiting."""

from __future__ import annotations

from sqlalchemy import case, select

from orderdesk import domain, repository
from orderdesk.models import OrderRow
from orderdesk.workflow import DEFERRED_PAYMENT, Status

OFFERED = 8  # orders named on the bench's screen


def next_to_pack(db, person: str, limit: int = OFFERED) -> list[domain.OrderSummary]:
    """Orders the bench can open now (assembling; confirmed or paid and allowed to be picked),
    none on hold: assigned to ``person`` first, then priority, then unassigned before other
    people's, oldest in its status first."""
    deferred = [m.value for m in DEFERRED_PAYMENT]
    ready = (OrderRow.status.in_([Status.ASSEMBLING.value, Status.PAID.value])) | (
        (OrderRow.status == Status.CONFIRMED.value)
        & (OrderRow.payment_method.in_(deferred) | (OrderRow.amount_paid_minor >= OrderRow.total_minor))
    )
    whose = case((OrderRow.assigned_to == person, 0), (OrderRow.assigned_to == "", 1), else_=2)
    stmt = (
        select(OrderRow.id)
        .where(ready, OrderRow.hold_count == 0)
        .order_by(whose, OrderRow.priority.desc(), OrderRow.status_changed_at, OrderRow.id)
        .limit(limit)
    )
    with db.session() as s:
        return repository.summaries(s, list(s.scalars(stmt)))
