"""``BoardSource`` over the order service: the board's filter becomes the repository's ``OrderFilter``.

Runs on worker threads only (the task runner calls it); returns plain ``OrderSummary`` objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from time import monotonic

from sqlalchemy import select

from orderdesk import repository
from orderdesk.domain import OrderSummary
from orderdesk.models import OrderRow
from orderdesk.repository import OrderFilter
from orderdesk.services.orders import OrderService
from orderdesk.ui.board.source import BoardFilter, ColumnPage
from orderdesk.workflow import DEFERRED_PAYMENT, PaymentMethod, Status

PREPAID = tuple(m.value for m in PaymentMethod if m not in DEFERRED_PAYMENT)
DEFERRED = tuple(m.value for m in DEFERRED_PAYMENT)

# Payment filter choices the repository can answer; the UI shows these keys translated.
PAYMENT_FILTERS: dict[str, dict] = {
    "": {},
    "unpaid": {"unpaid_only": True},
    "paid": {"paid_only": True},
    "prepaid_unpaid": {"unpaid_only": True, "payment_methods": PREPAID},
    "on_delivery": {"payment_methods": DEFERRED},
    "prepaid": {"payment_methods": PREPAID},
}


def to_order_filter(flt: BoardFilter, statuses: Sequence[Status] = ()) -> OrderFilter:
    """Translate the board's filter into the repository's (dates are local days, inclusive)."""
    created_from = created_to = None
    if flt.created_from is not None:
        created_from = datetime.combine(flt.created_from, time.min, tzinfo=UTC)
    if flt.created_to is not None:
        created_to = datetime.combine(flt.created_to + timedelta(days=1), time.min, tzinfo=UTC)
    return OrderFilter(
        statuses=tuple(statuses),
        search=flt.search.strip(),
        holds_only=flt.holds_only,
        delivery_methods=(flt.delivery_method,) if flt.delivery_method else (),
        created_from=created_from,
        created_to=created_to,
        **PAYMENT_FILTERS.get(flt.payment_state, {}),
    )


# Up to this many orders in the board's columns, one indexed pass over them (search by LIKE on
# the folded search text) beats the full-text index, whose matches span every order ever stored.
SCAN_LIMIT = 20_000


class ServiceBoardSource:
    def __init__(self, service: OrderService, scan_limit: int = SCAN_LIMIT) -> None:
        self.service = service
        self.scan_limit = scan_limit
        self._sizes: dict[tuple[Status, ...], tuple[float, int]] = {}  # statuses -> (when, orders in them)

    def _size(self, statuses: Sequence[Status]) -> int:
        """How many orders the columns hold, unfiltered; remembered a few seconds (one query less per keystroke)."""
        key = tuple(statuses)
        cached = self._sizes.get(key)
        if cached is not None and monotonic() - cached[0] < 10:
            return cached[1]
        size = sum(self.service.counts_by_status(OrderFilter(statuses=key)).values())
        self._sizes[key] = (monotonic(), size)
        return size

    def load_board(self, statuses: Sequence[Status], flt: BoardFilter, limit: int) -> dict[Status, ColumnPage]:
        if flt.is_empty or not flt.search.strip():
            return self._per_column(statuses, flt, limit)
        if self._size(statuses) <= self.scan_limit:
            return self._one_pass(statuses, flt, limit)
        return self._per_column(statuses, flt, limit)

    def _one_pass(self, statuses: Sequence[Status], flt: BoardFilter, limit: int) -> dict[Status, ColumnPage]:
        """The active board while searching: one query over the few thousand orders on it.

        Typing '2026-0' or 'TR000' matches nearly every order ever stored in the full-text
        index; restricted to the board's statuses (an index range) a LIKE scan takes milliseconds.
        TODO(lead): an ``OrderService.board_ids(filter)`` would let this adapter drop the query.
        """
        stmt = repository.apply_filter(
            select(OrderRow.id, OrderRow.status), to_order_filter(flt, statuses), sqlite=False
        )
        with self.service.db.session() as session:
            matches = session.execute(stmt.order_by(OrderRow.id.desc())).all()
        ids_by_status: dict[Status, list[int]] = {status: [] for status in statuses}
        counts = dict.fromkeys(statuses, 0)
        for order_id, status in matches:
            key = Status(status)
            counts[key] += 1
            if len(ids_by_status[key]) < limit:
                ids_by_status[key].append(order_id)
        return self._pages(statuses, counts, ids_by_status)

    def _per_column(self, statuses: Sequence[Status], flt: BoardFilter, limit: int) -> dict[Status, ColumnPage]:
        counts = self.service.counts_by_status(to_order_filter(flt, statuses))
        ids_by_status: dict[Status, list[int]] = {}
        for status in statuses:
            if counts.get(status, 0):  # a search usually leaves most columns empty: skip their queries
                ids_by_status[status] = self.service.query_ids(to_order_filter(flt, (status,)), limit=limit)
        return self._pages(statuses, counts, ids_by_status)

    def _pages(
        self, statuses: Sequence[Status], counts: dict[Status, int], ids_by_status: dict[Status, list[int]]
    ) -> dict[Status, ColumnPage]:
        everything = [i for ids in ids_by_status.values() for i in ids]
        rows = {s.id: s for s in self.service.summaries(everything)} if everything else {}
        return {
            status: ColumnPage(
                total=counts.get(status, 0),
                rows=tuple(rows[i] for i in ids_by_status.get(status, ()) if i in rows),
            )
            for status in statuses
        }

    def load_page(self, status: Status, flt: BoardFilter, offset: int, limit: int) -> ColumnPage:
        order_filter = to_order_filter(flt, (status,))
        small = bool(flt.search.strip()) and self._size((status,)) <= self.scan_limit
        if not small:
            ids = self.service.query_ids(order_filter, limit=limit, offset=offset)
            total = self.service.counts_by_status(order_filter).get(status, 0)
            return ColumnPage(total=total, rows=tuple(self.service.summaries(ids)))
        # A searched column of the active board: LIKE over its few thousand rows (see _one_pass).
        stmt = repository.apply_filter(select(OrderRow.id), order_filter, sqlite=False).order_by(OrderRow.id.desc())
        with self.service.db.session() as session:
            matches = list(session.scalars(stmt))
        return ColumnPage(total=len(matches), rows=tuple(self.service.summaries(matches[offset : offset + limit])))

    def summaries(self, ids: Sequence[int]) -> list[OrderSummary]:
        return self.service.summaries(ids)

    def change_marker(self) -> object:
        return self.service.change_marker()
