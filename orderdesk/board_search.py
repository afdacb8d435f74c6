"""The board's search, answered from the columns' search text held in memory between keystrokes.

Typing a name into the board's search runs one search per key over the few thousand orders in
its columns. Reading their folded search text from the database for every key (a substring test
per row, twice: the columns' first cards, then the counts of full columns) cost 10–20 ms a key at
a million stored orders, most of a keystroke's worker time. The text of those orders changes far
less often than a person types: ``BoardSearchIndex`` reads it once, keeps it while the shop's
change marker (the newest history entry and order, ``OrderService.change_marker``) stays the same,
and answers each key with the same substring test in Python, in order, in a few milliseconds.

Only the search alone is answered here; any other filter (holds, delivery, payment, dates, the
person) goes to the database as before (``board_queries.first_ids_by_status``).

The cards found are kept with the same snapshot: the next key mostly shows cards the last ones
showed, and building a card (``repository.summaries``) cost 30–60 µs each, 4–10 ms a key. A kept
card is shown again only while its order's version (raised by every change to the order's row) is
the one it was read at; anything else about it (a return, the carrier's word) is as fresh as the
snapshot, which the shop's change marker and ``MAX_AGE_S`` bound.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from time import monotonic

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from orderdesk import repository
from orderdesk.domain import OrderSummary
from orderdesk.models import OrderRow
from orderdesk.repository import OrderFilter
from orderdesk.search import query_terms
from orderdesk.workflow import Status

# Held at most this long even when the marker has not moved: a change that wrote no history (none
# is known today) shows in the search after this many seconds, as the board's refresh shows it.
MAX_AGE_S = 30.0
# Kept only for columns this small: the closed orders' columns hold most of the shop's orders.
MAX_ROWS = 20_000


@dataclass(frozen=True)
class _Snapshot:
    marker: Hashable
    taken: float
    # Per status, its orders in the column's order (priority first, then newest): (id, folded text).
    rows: dict[Status, list[tuple[int, str]]]
    cards: dict[int, OrderSummary] = field(default_factory=dict)  # read while this snapshot held


_VERSIONS = select(OrderRow.id, OrderRow.version).where(OrderRow.id.in_(bindparam("ids", expanding=True)))


def answers(flt: OrderFilter) -> bool:
    """Whether ``flt`` is the search alone over some columns, which the index answers."""
    return bool(flt.statuses and query_terms(flt.search)) and flt == OrderFilter(
        statuses=flt.statuses, search=flt.search
    )


class BoardSearchIndex:
    """The folded search text of the board's orders, per column, while the shop does not change.

    Shared by the board's worker threads: one snapshot per set of columns, replaced whole."""

    def __init__(self, marker: Callable[[Session], Hashable], max_rows: int = MAX_ROWS) -> None:
        self._marker = marker
        self.max_rows = max_rows
        self._snapshots: dict[tuple[Status, ...], _Snapshot] = {}
        self._lock = threading.Lock()

    def first_ids_by_status(
        self, session: Session, flt: OrderFilter, limit: int
    ) -> tuple[dict[Status, int], dict[Status, list[int]]] | None:
        """Every column's count of matches and its first ``limit`` matches, as
        ``board_queries.first_ids_by_status`` gives them; None when the index cannot answer
        (another filter is set, or the columns hold too many orders)."""
        if not answers(flt):
            return None
        snapshot = self._snapshot(session, tuple(flt.statuses))
        if snapshot is None:
            return None
        terms = query_terms(flt.search)
        counts = dict.fromkeys(Status, 0)
        ids: dict[Status, list[int]] = {}
        for status in flt.statuses:
            rows = snapshot.rows.get(status, [])
            if len(terms) == 1:
                term = terms[0]
                found = [order_id for order_id, text in rows if term in text]
            else:
                found = [order_id for order_id, text in rows if all(t in text for t in terms)]
            counts[status] = len(found)
            ids[status] = found[: max(limit, 0)]
        return counts, ids

    def summaries(self, session: Session, statuses: Sequence[Status], ids: Sequence[int]) -> list[OrderSummary]:
        """The cards of ``ids`` in order, as ``repository.summaries`` reads them; those read since
        the columns' snapshot was taken, of an order still at the same version, from memory."""
        with self._lock:
            snapshot = self._snapshots.get(tuple(statuses))
        if snapshot is None or not ids:
            return repository.summaries(session, ids)
        versions: dict[int, int] = dict(session.execute(_VERSIONS, {"ids": list(ids)}).all())
        kept = snapshot.cards
        found: dict[int, OrderSummary] = {}
        missing = []
        for order_id in ids:
            card = kept.get(order_id)
            if card is not None and card.version == versions.get(order_id):
                found[order_id] = card
            elif order_id in versions:  # not kept, or changed since; a vanished order is left out
                missing.append(order_id)
        for card in repository.summaries(session, missing):
            found[card.id] = kept[card.id] = card
        return [found[i] for i in ids if i in found]

    def _snapshot(self, session: Session, statuses: tuple[Status, ...]) -> _Snapshot | None:
        marker = self._marker(session)
        with self._lock:
            snapshot = self._snapshots.get(statuses)
        if snapshot is not None and snapshot.marker == marker and monotonic() - snapshot.taken < MAX_AGE_S:
            return snapshot
        snapshot = self._read(session, statuses, marker)
        with self._lock:
            if snapshot is None:
                self._snapshots.pop(statuses, None)
            else:
                self._snapshots[statuses] = snapshot
        return snapshot

    def _read(self, session: Session, statuses: tuple[Status, ...], marker: Hashable) -> _Snapshot | None:
        taken = monotonic()
        stmt = (
            select(OrderRow.id, OrderRow.status, OrderRow.priority, OrderRow.search_text)
            .where(OrderRow.status.in_([s.value for s in statuses]))
            .order_by(OrderRow.status, OrderRow.priority.desc(), OrderRow.id.desc())
            .limit(self.max_rows + 1)
        )
        found = session.execute(stmt).all()
        if len(found) > self.max_rows:
            return None
        rows: dict[Status, list[tuple[int, str]]] = {s: [] for s in statuses}
        for order_id, status, _priority, text in found:
            rows[Status(status)].append((order_id, text or ""))
        return _Snapshot(marker=marker, taken=taken, rows=rows)

    def forget(self) -> None:
        """Drop every snapshot (the next search reads the text again)."""
        with self._lock:
            self._snapshots.clear()
