"""Pages of the order list (the table beside the board), sorted in the database.

Qt-free and run on worker threads only (the task runner calls it): the list's model asks for
one page of plain ``OrderSummary`` rows at a time, sorted by any of its columns, so a list of
250,000 orders only ever holds the rows someone scrolled past.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select

from orderdesk import repository
from orderdesk.models import OrderRow
from orderdesk.services.orders import OrderService
from orderdesk.ui.board.service_source import to_order_filter
from orderdesk.ui.board.source import BoardFilter, ColumnPage
from orderdesk.workflow import Status

# Sort keys the list offers, each an indexed or cheap column; the order id breaks ties so pages
# never overlap or skip a row.
SORT_COLUMNS = {
    "number": OrderRow.id,
    "status": OrderRow.status,
    "customer": OrderRow.customer_name,
    "total": OrderRow.total_minor,
    "items": OrderRow.item_count,
    "delivery": OrderRow.delivery_method,
    "payment": OrderRow.payment_method,
    "created": OrderRow.created_at,
    "changed": OrderRow.status_changed_at,
    "tracking": OrderRow.tracking_number,
    "holds": OrderRow.hold_count,
}


@dataclass(frozen=True)
class ListQuery:
    statuses: tuple[Status, ...] = ()  # empty: every status
    flt: BoardFilter = field(default_factory=BoardFilter)
    sort: str = "number"
    descending: bool = True


class OrderListSource:
    def __init__(self, service: OrderService) -> None:
        self.service = service

    def load_page(self, query: ListQuery, offset: int, limit: int) -> ColumnPage:
        """Rows ``offset``…``offset+limit`` of the sorted list and how many there are in all."""
        order_filter = to_order_filter(query.flt, query.statuses)
        key = SORT_COLUMNS.get(query.sort, OrderRow.id)
        db = self.service.db
        with db.session() as session:
            base = repository.apply_filter(select(OrderRow.id), order_filter, sqlite=db.is_sqlite)
            total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
            ordering = (key.desc(), OrderRow.id.desc()) if query.descending else (key.asc(), OrderRow.id.asc())
            ids = list(session.scalars(base.order_by(*ordering).limit(limit).offset(offset)))
            return ColumnPage(total=total, rows=tuple(repository.summaries(session, ids)))

    def summaries(self, ids: Sequence[int]) -> list:
        return self.service.summaries(ids)
