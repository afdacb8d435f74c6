"""Reading returns: one by number, an order's returns, the list."""

from __future__ import annotations

from sqlalchemy import select

from orderdesk.models import OrderRow
from orderdesk.models_extra import ReturnRow
from orderdesk.services.returns.base import ReturnServiceBase
from orderdesk.services.returns.kinds import ReturnStatus
from orderdesk.services.returns.records import Return, ReturnableLine, to_return


class ReadingMixin(ReturnServiceBase):
    def get(self, number: str) -> Return:
        with self.db.session() as s:
            row = self._return(s, number)
            return self._plain(s, row)

    def for_order(self, order_number: str) -> list[Return]:
        with self.db.session() as s:
            order = self.orders._row(s, order_number)
            rows = s.scalars(select(ReturnRow).where(ReturnRow.order_id == order.id).order_by(ReturnRow.id)).all()
            return [self._plain(s, row) for row in rows]

    def returnable(self, order_number: str) -> list[ReturnableLine]:
        """Each line of the order with how many were delivered and how many can still be returned."""
        with self.db.session() as s:
            order = self.orders._row(s, order_number)
            taken = self._returned_by_line(s, order.id)
            return [ReturnableLine(line.sku, line.name, line.quantity, taken.get(line.id, 0)) for line in order.lines]

    def list_returns(self, *, status: str | None = None, limit: int = 200) -> list[Return]:
        with self.db.session() as s:
            stmt = select(ReturnRow).order_by(ReturnRow.id.desc()).limit(limit)
            if status:
                stmt = stmt.where(ReturnRow.status == status)
            return [self._plain(s, row) for row in s.scalars(stmt).all()]

    def latest_status_by_order(self, order_ids: list[int]) -> dict[int, str]:
        """The status of each order's newest return (for the board's cards)."""
        if not order_ids:
            return {}
        with self.db.session() as s:
            rows = s.execute(
                select(ReturnRow.order_id, ReturnRow.status)
                .where(ReturnRow.order_id.in_(order_ids))
                .order_by(ReturnRow.order_id, ReturnRow.id)
            )
            return {order_id: status for order_id, status in rows}

    def _plain(self, s, row: ReturnRow):
        refunds = self._refunds(s, row)
        left = self._left_minor(s, row) if row.status == ReturnStatus.PARTLY_REFUNDED.value else 0
        exchange = (
            s.scalar(select(OrderRow.number).where(OrderRow.id == row.exchange_order_id))
            if row.exchange_order_id
            else ""
        )
        return to_return(row, refunds, exchange or "", left)


__all__ = ["Return"]
