"""What every part of the return service shares: the order service, finding a return, history,
and one transaction for a return's change together with the order's moves it causes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from orderdesk import domain
from orderdesk.errors import NotFound
from orderdesk.i18n import _
from orderdesk.models import OrderRow, utcnow
from orderdesk.models_extra import ReturnLineRow, ReturnRefundRow, ReturnRow
from orderdesk.services.orders import OrderService
from orderdesk.services.returns.kinds import COUNTED_STATUSES, ReturnStatus
from orderdesk.workflow import Status

SETTLED = frozenset({ReturnStatus.REFUNDED.value, ReturnStatus.EXCHANGED.value, ReturnStatus.CLOSED.value})


def exchange_credit_minor(s: Session, order_id: int) -> int:
    """What the order's exchanged returns paid for their replacement orders (the returned items'
    value): money settled without a refund."""
    credit = s.scalar(
        select(func.coalesce(func.sum(ReturnLineRow.unit_price_minor * ReturnLineRow.received), 0))
        .join(ReturnRow, ReturnRow.id == ReturnLineRow.return_id)
        .where(ReturnRow.order_id == order_id, ReturnRow.status == ReturnStatus.EXCHANGED.value)
    )
    return int(credit or 0)


class ReturnServiceBase:
    def __init__(self, orders: OrderService) -> None:
        self.orders = orders
        self.db = orders.db

    @contextmanager
    def _unit(self) -> Iterator[Session]:
        """One write transaction for the return and any order move it causes (the order service's
        sessions join it as savepoints): the return, the order's history and the customer's
        messages commit or roll back together."""
        if getattr(self.db._batch, "session", None) is not None:
            with self.db.session(write=True) as s:
                yield s
            return
        with self.db.batch(), self.db.session(write=True) as s:
            yield s

    @staticmethod
    def _lock_order(s: Session, order_id: int) -> None:
        """Lock the order's row (a no-op UPDATE) so the checks that follow — how many units are
        returned already, how much is refunded — are judged one desk after another on PostgreSQL;
        SQLite has one writer at a time anyway."""
        orders = OrderRow.__table__
        s.execute(update(orders).where(orders.c.id == order_id).values(refund_due=orders.c.refund_due))

    @staticmethod
    def _return(s: Session, number: str) -> ReturnRow:
        key = number.strip().upper().replace("\x00", "")
        row = s.scalar(select(ReturnRow).where(ReturnRow.number == key))
        if row is None:
            raise NotFound(_("No return {n}. Check the number (it looks like R-2026-00001).").format(n=number))
        return row

    @staticmethod
    def _refunds(s: Session, row: ReturnRow) -> list[ReturnRefundRow]:
        """The return's refunds, oldest first (several when it is refunded in parts)."""
        return list(
            s.scalars(
                select(ReturnRefundRow).where(ReturnRefundRow.return_id == row.id).order_by(ReturnRefundRow.id)
            ).all()
        )

    def _left_minor(self, s: Session, row: ReturnRow) -> int:
        """What a partly refunded return still has to get back (services.returns.refunds)."""
        raise NotImplementedError

    @staticmethod
    def _returned_by_line(s: Session, order_id: int) -> dict[int, int]:
        """Units of each order line asked back by the order's returns that still count."""
        rows = s.execute(
            select(ReturnLineRow.order_line_id, func.sum(ReturnLineRow.quantity))
            .join(ReturnRow, ReturnRow.id == ReturnLineRow.return_id)
            .where(ReturnRow.order_id == order_id, ReturnRow.status.in_([st.value for st in COUNTED_STATUSES]))
            .group_by(ReturnLineRow.order_line_id)
        )
        return {line_id: int(total or 0) for line_id, total in rows}

    def _whole_order_returned(self, s: Session, order: OrderRow) -> bool:
        returned = self._returned_by_line(s, order.id)
        return bool(order.lines) and all(returned.get(line.id, 0) >= line.quantity for line in order.lines)

    def _order_history(
        self,
        s: Session,
        order: OrderRow,
        actor: domain.Actor,
        kind: str,
        *,
        from_value: str = "",
        to_value: str = "",
        reason: str = "",
        details: dict | None = None,
    ) -> int:
        entry = self.orders._history(
            s, order, actor, kind, from_value=from_value, to_value=to_value, reason=reason, details=details
        )
        return entry.id

    @staticmethod
    def _settles_order(s: Session, order: OrderRow) -> bool:
        """A Returned order becomes Refunded (docs/returns.md, "the order follows") when its last open
        return is settled — refunded, exchanged or closed — and the whole paid amount went back, in
        refunds or as the credit of an exchange. A partly refunded return is still open; an order
        whose returns kept part of the money (closed short) stays Returned: the move to Refunded
        would send the store a refund of the rest."""
        kept = ReturnServiceBase._kept_minor(s, order)
        return kept is not None and kept <= 0

    @staticmethod
    def _kept_minor(s: Session, order: OrderRow) -> int | None:
        """What the shop keeps of a Returned order's payment once every return is settled (0 or
        less: all went back); None while a return is open or when nothing was paid."""
        if Status(order.status) is not Status.RETURNED or order.amount_paid_minor <= 0:
            return None  # nothing was paid: there is nothing to refund (the workflow refuses the move)
        statuses = s.scalars(
            select(ReturnRow.status).where(
                ReturnRow.order_id == order.id, ReturnRow.status != ReturnStatus.REJECTED.value
            )
        ).all()
        if not statuses or any(st not in SETTLED for st in statuses):
            return None
        refunded = s.scalar(
            select(func.coalesce(func.sum(ReturnRefundRow.amount_minor), 0)).where(ReturnRefundRow.order_id == order.id)
        )
        return order.amount_paid_minor - int(refunded or 0) - exchange_credit_minor(s, order.id)

    @staticmethod
    def _set_status(row: ReturnRow, status: str) -> None:
        row.status = str(status)
        row.updated_at = utcnow()
