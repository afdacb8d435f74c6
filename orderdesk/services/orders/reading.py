"""Reading orders: one order, lists and counts for the board, the search, the change marker."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from orderdesk import board_queries, detail_reads, domain, repository
from orderdesk.errors import NotFound
from orderdesk.i18n import _
from orderdesk.limits import check_number, check_text
from orderdesk.models import HistoryRow, OrderRow
from orderdesk.repository import OrderFilter
from orderdesk.services.orders.base import OrderServiceBase
from orderdesk.workflow import LABELS, Status


class ReadingMixin(OrderServiceBase):
    # ------------------------------------------------------------------ reading
    def get(self, number: str, *, with_history: bool = True) -> domain.OrderDetail:
        with self.db.session() as s:
            # One statement for the order and its children (not one per collection), and the same
            # one a move reads with: a command that reads then moves compiles it once.
            row = self._row(s, number, with_children=True)
            return self._detail(s, row, with_history)

    def get_by_id(self, order_id: int, *, with_history: bool = True) -> domain.OrderDetail:
        with self.db.session() as s:
            row = s.get(OrderRow, order_id)
            if row is None:
                raise NotFound(_("Order #{i} does not exist (it may have been deleted).").format(i=order_id))
            return self._detail(s, row, with_history)

    def get_many(self, numbers: Sequence[str]) -> list[domain.OrderDetail]:
        """Many orders (without history) in the order given, read in a few statements; NotFound names the first missing."""
        wanted = [n.strip() for n in numbers]
        with self.db.session() as s:
            found = detail_reads.details_batch(s, wanted, by="number")
        missing = next((n for n in wanted if n not in found), None)
        if missing is not None:
            raise NotFound(_("No order {n}. Check the number and try again.").format(n=missing))
        return [found[n] for n in wanted]

    def get_many_by_id(self, order_ids: Sequence[int]) -> list[domain.OrderDetail]:
        """``get_many`` by database id (the board's selection)."""
        with self.db.session() as s:
            found = detail_reads.details_batch(s, order_ids, by="id")
        missing = next((i for i in order_ids if i not in found), None)
        if missing is not None:
            raise NotFound(_("Order #{i} does not exist (it may have been deleted).").format(i=missing))
        return [found[i] for i in order_ids]

    def find_number(self, text: str) -> str:
        """The order number for what was typed or scanned: a number, an external id or a tracking number."""
        value = text.strip().replace("\x00", "")  # PostgreSQL refuses NUL in a query; no number has one
        with self.db.session() as s:
            for column in (OrderRow.number, OrderRow.external_id, OrderRow.tracking_number):
                number = s.scalar(select(OrderRow.number).where(column == value).limit(1)) if value else None
                if number:
                    return number
        raise NotFound(_("No order {n}. Check the number and try again.").format(n=value))

    def query_ids(self, flt: OrderFilter | None = None, limit: int | None = None, offset: int = 0) -> list[int]:
        _check_page(limit, offset)
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
        assigned_to: str = "",
    ) -> list[domain.OrderSummary]:
        _check_page(limit, offset)
        if search:
            check_text(search, _("search"), MAX_SEARCH)  # a NUL would stop PostgreSQL, not just find nothing
        flt = OrderFilter(
            statuses=(Status(status),) if status else (),
            search=search or "",
            holds_only=holds_only,
            assigned_to=assigned_to.strip(),
        )
        with self.db.session() as s:
            ids = repository.query_ids(s, flt, sqlite=self.db.is_sqlite, limit=limit, offset=offset)
            return repository.summaries(s, ids)

    def details_in_status(self, status: Status | str, limit: int = 1000) -> list[domain.OrderDetail]:
        """The orders in ``status`` (at most ``limit``, as the list picks them), read whole (without
        history) in one session and a few statements: a print batch chosen by status."""
        _check_page(limit, 0)
        flt = OrderFilter(statuses=(Status(status),))
        with self.db.session() as s:
            ids = repository.query_ids(s, flt, sqlite=self.db.is_sqlite, limit=limit, offset=0)
            found = detail_reads.details_batch(s, ids, by="id")
        return [found[i] for i in ids if i in found]

    def search(self, query: str, limit: int = 50) -> list[domain.OrderSummary]:
        return self.list_orders(search=query, limit=limit)

    def counts_by_status(self, flt: OrderFilter | None = None) -> dict[Status, int]:
        with self.db.session() as s:
            return board_queries.count_by_status(s, flt or OrderFilter(), sqlite=self.db.is_sqlite)

    def change_marker(self) -> tuple[int, int]:
        """Cheap 'has anything changed?' value: the newest history id and order count."""
        with self.db.session() as s:
            return change_marker_in(s)


def change_marker_in(session: Session) -> tuple[int, int]:
    """``OrderService.change_marker`` read in a session already open."""
    return (session.scalar(select(func.max(HistoryRow.id))) or 0, session.scalar(select(func.max(OrderRow.id))) or 0)


MAX_PAGE = 1_000_000  # orders in one list; SQLite reads LIMIT -1 as "all", PostgreSQL refuses it
MAX_SEARCH = 500  # characters: longer is a pasted document, not something to find


def _check_page(limit: int | None, offset: int) -> None:
    if limit is not None:
        check_number(limit, _("limit"), low=1, high=MAX_PAGE)
    check_number(offset, _("offset"), low=0, high=2**31 - 1)


def status_label(status: Status | str, language: str = "en") -> str:
    return LABELS[Status(status)].get(language, LABELS[Status(status)]["en"])
