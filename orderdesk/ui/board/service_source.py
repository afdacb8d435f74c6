"""``BoardSource`` over the order service: the board's filter becomes the repository's ``OrderFilter``.

Runs on worker threads only (the task runner calls it); returns plain ``OrderSummary`` objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta

from orderdesk.domain import OrderSummary
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


class ServiceBoardSource:
    def __init__(self, service: OrderService) -> None:
        self.service = service

    def load_board(self, statuses: Sequence[Status], flt: BoardFilter, limit: int) -> dict[Status, ColumnPage]:
        counts = self.service.counts_by_status(to_order_filter(flt, statuses))
        ids_by_status: dict[Status, list[int]] = {}
        for status in statuses:
            if counts.get(status, 0):  # a search usually leaves most columns empty: skip their queries
                ids_by_status[status] = self.service.query_ids(to_order_filter(flt, (status,)), limit=limit)
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
        ids = self.service.query_ids(order_filter, limit=limit, offset=offset)
        total = self.service.counts_by_status(order_filter).get(status, 0)
        return ColumnPage(total=total, rows=tuple(self.service.summaries(ids)))

    def summaries(self, ids: Sequence[int]) -> list[OrderSummary]:
        return self.service.summaries(ids)

    def change_marker(self) -> object:
        return self.service.change_marker()
