"""The board's grouped reads: every column's count and its first ids, in two statements.

Split from ``repository`` (the filter, the search and the card rows live there). While the board's
search reads its own columns (``scan``), typing runs the same statements with other terms: they
are built once per filter shape, the terms bound as ``term0``, ``term1``…
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, func, select, union_all
from sqlalchemy.orm import Session

from orderdesk.models import OrderRow
from orderdesk.repository import OrderFilter, apply_filter
from orderdesk.search import query_terms
from orderdesk.workflow import Status


def count_by_status(session: Session, flt: OrderFilter, *, sqlite: bool, scan: bool = False) -> dict[Status, int]:
    params: dict[str, Any] = {}
    if scan:  # per keystroke: built once per filter shape, the terms as parameters
        terms = query_terms(flt.search)
        params = {f"term{i}": term for i, term in enumerate(terms)}
        stmt = _count_statement(replace(flt, search=""), len(terms), sqlite)
    else:
        stmt = _build_count(flt, sqlite=sqlite, scan=False)
    counts = dict.fromkeys(Status, 0)
    for status, count in session.execute(stmt, params):
        counts[Status(status)] = count
    return counts


def _build_count(flt: OrderFilter, *, sqlite: bool, scan: bool, terms: Sequence[Any] | None = None) -> Select:
    return apply_filter(select(OrderRow.status, func.count()), flt, sqlite=sqlite, scan=scan, terms=terms).group_by(
        OrderRow.status
    )


@lru_cache(maxsize=32)
def _count_statement(flt: OrderFilter, term_count: int, sqlite: bool) -> Select:
    """``count_by_status``'s scan, with its search terms as parameters (``_first_ids_statement``)."""
    return _build_count(flt, sqlite=sqlite, scan=True, terms=[bindparam(f"term{i}") for i in range(term_count)])


def _build_first_ids(
    flt: OrderFilter,
    statuses: Sequence[Status],
    limit: int,
    *,
    sqlite: bool,
    scan: bool,
    terms: Sequence[Any] | None = None,
) -> Select:
    """One UNION ALL of a ``LIMIT`` query per column (see ``first_ids_by_status``)."""
    parts = [
        apply_filter(
            select(OrderRow.id, OrderRow.status, OrderRow.priority),
            replace(flt, statuses=(s,)),
            sqlite=sqlite,
            scan=scan,
            terms=terms,
        )
        # Priority orders first in each column, then the newest.
        .order_by(OrderRow.priority.desc(), OrderRow.id.desc())
        .limit(limit)
        .subquery()
        for s in statuses
    ]
    selects = [select(part.c.id, part.c.status, part.c.priority) for part in parts]
    return union_all(*selects) if len(selects) > 1 else selects[0]


@lru_cache(maxsize=32)  # a few filter shapes per window; "Needs attention" adds its moment to the key
def _first_ids_statement(
    flt: OrderFilter, term_count: int, statuses: tuple[Status, ...], limit: int, sqlite: bool
) -> Select:
    """The scan's statement with its search terms as parameters ``term0``, ``term1``…: building the
    nine columns' query took longer than SQLite took to run it for a one-letter search."""
    terms = [bindparam(f"term{i}") for i in range(term_count)]
    return _build_first_ids(flt, statuses, limit, sqlite=sqlite, scan=True, terms=terms)


def first_ids_by_status(
    session: Session, flt: OrderFilter, limit: int, *, sqlite: bool, scan: bool = False
) -> tuple[dict[Status, int], dict[Status, list[int]]]:
    """Every column's count and its first ``limit`` ids (newest first), in two statements.

    The ids come from one UNION ALL of a ``LIMIT`` query per column: each walks the status index
    newest first and stops at ``limit`` matches.

    - ``scan`` (searching the few thousand orders of the board): the ids first. A one-letter
      search matching most of the board reads a few hundred rows, not thousands; a column that
      came back short has been read to its end, so its count is known, and only the columns that
      filled up are counted. Each row is read at most twice, most only once.
    - otherwise: the counts first (an index, or the full-text index once), then ids only for the
      columns that have any, so a search matching a few old orders asks the full-text index a
      couple of times, not once per column.
    """
    statuses = flt.statuses or tuple(Status)
    ids: dict[Status, list[int]] = {s: [] for s in statuses}
    if limit <= 0:
        return count_by_status(session, flt, sqlite=sqlite, scan=scan), ids
    counts = None if scan else count_by_status(session, flt, sqlite=sqlite, scan=scan)
    wanted = list(statuses) if counts is None else [s for s in statuses if counts.get(s)]
    if wanted:
        params: dict[str, Any] = {}
        if scan:
            # Typing runs the same statement with other terms: it is built once per filter shape.
            terms = query_terms(flt.search)
            params = {f"term{i}": term for i, term in enumerate(terms)}
            stmt = _first_ids_statement(replace(flt, search=""), len(terms), tuple(wanted), limit, sqlite)
        else:
            stmt = _build_first_ids(flt, wanted, limit, sqlite=sqlite, scan=False)
        first: set[int] = set()
        for order_id, status, priority in session.execute(stmt, params):
            ids[Status(status)].append(order_id)
            if priority:
                first.add(order_id)
        for found in ids.values():
            found.sort(key=lambda i: (i in first, i), reverse=True)  # UNION ALL keeps no order of its own
    if counts is not None:
        return counts, ids
    counts = dict.fromkeys(Status, 0)
    full = []
    for status, found in ids.items():
        counts[status] = len(found)
        if len(found) >= limit:
            full.append(status)
    if full:
        counts.update(
            (s, n)
            for s, n in count_by_status(session, replace(flt, statuses=tuple(full)), sqlite=sqlite, scan=scan).items()
            if s in full
        )
    return counts, ids
