"""``BoardSource`` over the order service: the board's filter becomes the repository's ``OrderFilter``.

Runs on worker threads only (the task runner calls it); returns plain ``OrderSummary`` objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from time import monotonic

from orderdesk import board_queries, repository
from orderdesk.board_search import BoardSearchIndex
from orderdesk.domain import OrderSummary
from orderdesk.models import utcnow
from orderdesk.repository import OrderFilter
from orderdesk.services.orders import OrderService
from orderdesk.services.orders.reading import change_marker_in
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
    now = utcnow()
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
        assigned_to=flt.assigned_to,
        late_since=tuple((Status(st), now - timedelta(hours=h)) for st, h in flt.late_targets if h)
        if flt.holds_only
        else (),
        **PAYMENT_FILTERS.get(flt.payment_state, {}),
    )


# Up to this many orders in the board's columns, reading them (a substring test on the folded
# search text) beats the full-text index, whose matches span every order ever stored.
SCAN_LIMIT = 20_000
# A letter most orders have (names, e-mails), so the prepared search fills the columns and runs
# every statement a real one does: the counts of full columns and the cards.
PREPARE_TERM = "e"


class ServiceBoardSource:
    def __init__(self, service: OrderService, scan_limit: int = SCAN_LIMIT) -> None:
        self.service = service
        self.scan_limit = scan_limit
        self._sizes: dict[tuple[Status, ...], tuple[float, int]] = {}  # statuses -> (when, orders in them)
        # The columns' search text between keystrokes (a search alone; see board_search).
        self.search_index = BoardSearchIndex(change_marker_in, max_rows=scan_limit)

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
        return self._grouped(to_order_filter(flt, statuses), limit, scan=self._scan(statuses, flt))

    def _scan(self, statuses: Sequence[Status], flt: BoardFilter) -> bool:
        """Search the board's columns by reading their rows rather than the full-text index.

        Typing '2026-0' or 'TR000' matches nearly every order ever stored in the full-text
        index; restricted to the board's statuses (an index range) a scan takes milliseconds.
        """
        return bool(flt.search.strip()) and self._size(statuses) <= self.scan_limit

    def _grouped(self, order_filter: OrderFilter, limit: int, *, scan: bool) -> dict[Status, ColumnPage]:
        """Counts, first ids per column and their cards, in one session: typing is answered from the
        search index (board_search), everything else by the database."""
        db = self.service.db
        with db.session() as session:
            answer = self.search_index.first_ids_by_status(session, order_filter, limit) if scan else None
            counts, ids_by_status = answer or board_queries.first_ids_by_status(
                session, order_filter, limit, sqlite=db.is_sqlite, scan=scan
            )
            everything = [i for ids in ids_by_status.values() for i in ids]
            if answer is not None:  # typing: the cards the last keys read are kept with the index
                cards = self.search_index.summaries(session, order_filter.statuses, everything)
            else:
                cards = repository.summaries(session, everything)
            rows = {s.id: s for s in cards}
        return {
            status: ColumnPage(
                total=counts.get(status, 0),
                rows=tuple(rows[i] for i in ids_by_status.get(status, ()) if i in rows),
            )
            for status in order_filter.statuses
        }

    def prepare_search(self, statuses: Sequence[Status], limit: int) -> None:
        """Search the board once, unseen, while the window is idle: the columns' search text is read
        into the search index then, and SQLAlchemy compiles the statements it runs, so the first key
        typed pays for neither."""
        flt = BoardFilter(search=PREPARE_TERM)
        self._grouped(to_order_filter(flt, statuses), limit, scan=self._scan(statuses, flt))  # not a board load

    def load_page(self, status: Status, flt: BoardFilter, offset: int, limit: int) -> ColumnPage:
        order_filter = to_order_filter(flt, (status,))
        scan = self._scan((status,), flt)
        db = self.service.db
        with db.session() as session:
            ids = repository.query_ids(
                session, order_filter, sqlite=db.is_sqlite, limit=limit, offset=offset, scan=scan
            )
            total = board_queries.count_by_status(session, order_filter, sqlite=db.is_sqlite, scan=scan).get(status, 0)
            return ColumnPage(total=total, rows=tuple(repository.summaries(session, ids)))

    def summaries(self, ids: Sequence[int]) -> list[OrderSummary]:
        return self.service.summaries(ids)

    def change_marker(self) -> object:
        return self.service.change_marker()
