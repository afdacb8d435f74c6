"""Reading orders: one order, lists and counts for the board, the search, the change marker."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from orderdesk import domain, repository
from orderdesk.errors import NotFound
from orderdesk.i18n import _
from orderdesk.models import HistoryRow, OrderRow
from orderdesk.repository import OrderFilter
from orderdesk.services.orders.base import OrderServiceBase
from orderdesk.workflow import LABELS, Status


class ReadingMixin(OrderServiceBase):
    # ------------------------------------------------------------------ reading
    def get(self, number: str, *, with_history: bool = True) -> domain.OrderDetail:
        with self.db.session() as s:
            row = self._row(s, number)
            return self._detail(s, row, with_history)

    def get_by_id(self, order_id: int, *, with_history: bool = True) -> domain.OrderDetail:
        with self.db.session() as s:
            row = s.get(OrderRow, order_id)
            if row is None:
                raise NotFound(_("Order #{i} does not exist (it may have been deleted).").format(i=order_id))
            return self._detail(s, row, with_history)

    def find_number(self, text: str) -> str:
        """The order number for what was typed or scanned: a number, an external id or a tracking number."""
        value = text.strip()
        with self.db.session() as s:
            for column in (OrderRow.number, OrderRow.external_id, OrderRow.tracking_number):
                number = s.scalar(select(OrderRow.number).where(column == value).limit(1)) if value else None
                if number:
                    return number
        raise NotFound(_("No order {n}. Check the number and try again.").format(n=value))

    def query_ids(self, flt: OrderFilter | None = None, limit: int | None = None, offset: int = 0) -> list[int]:
        with self.db.session() as s:
            return repository.query_ids(s, flt or OrderFilter(), sqlite=self.db.is_sqlite, limit=limit, offset=offset)

    def summaries(self, ids: Sequence[int]) -> list[domain.OrderSummary]:
        with self.db.session() as s:
            return repository.summaries(s, ids)

    def list_orders(
        self,
        status: Status | str | None = None,
        search: str | None = None,
        holds_only: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> list[domain.OrderSummary]:
        flt = OrderFilter(statuses=(Status(status),) if status else (), search=search or "", holds_only=holds_only)
        with self.db.session() as s:
            ids = repository.query_ids(s, flt, sqlite=self.db.is_sqlite, limit=limit, offset=offset)
            return repository.summaries(s, ids)

    def search(self, query: str, limit: int = 50) -> list[domain.OrderSummary]:
        return self.list_orders(search=query, limit=limit)

    def counts_by_status(self, flt: OrderFilter | None = None) -> dict[Status, int]:
        with self.db.session() as s:
            return repository.count_by_status(s, flt or OrderFilter(), sqlite=self.db.is_sqlite)

    def change_marker(self) -> tuple[int, int]:
        """Cheap 'has anything changed?' value: the newest history id and order count."""
        with self.db.session() as s:
            return (s.scalar(select(func.max(HistoryRow.id))) or 0, s.scalar(select(func.max(OrderRow.id))) or 0)


def status_label(status: Status | str, language: str = "en") -> str:
    return LABELS[Status(status)].get(language, LABELS[Status(status)]["en"])
