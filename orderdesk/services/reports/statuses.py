"""How long orders stay in each status (from the history), and the orders stuck longest now."""

from __future__ import annotations

from sqlalchemy import DateTime, bindparam, func, select, text
from sqlalchemy.orm import Session

from orderdesk.i18n import _
from orderdesk.models import HISTORY_STAY_WHERE, OPEN_ORDERS_WHERE, HistoryRow, OrderRow, utcnow
from orderdesk.services.reports.base import (
    DATETIME,
    HOURS,
    INT,
    TEXT,
    Chart,
    Column,
    Dialect,
    ReportQuery,
    ReportTable,
    in_range,
    order_filters,
)
from orderdesk.workflow import Status

STUCK_LIMIT = 20


def _stay_percentiles_postgresql(s: Session, q: ReportQuery) -> list[tuple]:
    """(status, n, p50, p90) of the finished stays that began in the range. percentile_disc is
    the nearest rank, ceil(n * p), as on SQLite (see ``base.percentiles``)."""
    seconds = HistoryRow.stay_seconds
    query = (
        select(
            HistoryRow.to_value,
            func.count(),
            func.percentile_disc(0.5).within_group(seconds),
            func.percentile_disc(0.9).within_group(seconds),
        )
        .where(text(HISTORY_STAY_WHERE), in_range(HistoryRow.at, q))
        .group_by(HistoryRow.to_value)
    )
    filters = order_filters(q)
    if filters:
        query = query.join(OrderRow, OrderRow.id == HistoryRow.order_id).where(*filters)
    return [tuple(r) for r in s.execute(query)]


def _stay_percentiles_sqlite(s: Session, q: ReportQuery) -> list[tuple]:
    """The same on SQLite, where a window over 700,000 stays takes seconds: per status, the count,
    then the value at each rank read straight off the index (to_value, stay_seconds, at) with
    OFFSET. The index's condition is written out: SQLite uses a partial index only for a query
    whose WHERE contains it literally, and only INDEXED BY keeps it from sorting instead."""
    joins, where = "", [HISTORY_STAY_WHERE, "order_history.at >= :start", "order_history.at < :end"]
    params: dict[str, object] = {"start": q.start_utc, "end": q.end_utc}
    if q.delivery_method or q.channel:
        joins = " JOIN orders ON orders.id = order_history.order_id"
    if q.delivery_method:
        where.append("orders.delivery_method = :method")
        params["method"] = q.delivery_method
    if q.channel:
        where.append("orders.source = :channel")
        params["channel"] = q.channel
    source = f"FROM order_history INDEXED BY ix_order_history_stay{joins} WHERE {' AND '.join(where)}"
    typed = (bindparam("start", type_=DateTime), bindparam("end", type_=DateTime))
    counts = text(f"SELECT order_history.to_value, count(*) {source} GROUP BY order_history.to_value")
    at_rank = text(
        f"SELECT order_history.stay_seconds {source} AND order_history.to_value = :status "
        "ORDER BY order_history.stay_seconds LIMIT 1 OFFSET :skip"
    )
    rows = []
    for status, n in s.execute(counts.bindparams(*typed), params).all():
        ranks = ((n * 50 + 99) // 100, (n * 90 + 99) // 100)  # nearest rank, as base.percentiles
        values = [
            s.execute(at_rank.bindparams(*typed), {**params, "status": status, "skip": rank - 1}).scalar()
            for rank in ranks
        ]
        rows.append((status, n, *values))
    return rows


def time_in_status(s: Session, q: ReportQuery) -> ReportTable:
    """Median and 90th percentile of the stays stored on the history rows (``stay_seconds``):
    the stays that began in the range and have ended."""
    rows = (_stay_percentiles_sqlite if Dialect(s).sqlite else _stay_percentiles_postgresql)(s, q)
    order = {st.value: i for i, st in enumerate(Status)}
    rows = sorted(rows, key=lambda r: order.get(r[0], 99))
    return ReportTable(
        name="time-in-status",
        title=_("Time in each status"),
        columns=(
            Column("status", _("Status"), TEXT),
            Column("stays", _("Orders"), INT),
            Column("median_hours", _("Median, hours"), HOURS),
            Column("p90_hours", _("90% within, hours"), HOURS),
        ),
        rows=[(status, int(n), _hours(p50), _hours(p90)) for status, n, p50, p90 in rows],
        chart=Chart("bar", x="status", series=("median_hours", "p90_hours")),
        note=_("Stays that began in the range and have ended; the current status of an order is not counted."),
    )


def _longest_waiting_sqlite(s: Session, q: ReportQuery) -> list[int]:
    """The ids of the open orders waiting longest, read off the partial index ix_orders_open_since
    (without statistics SQLite would rather take the status index and sort every open order)."""
    where, params = [OPEN_ORDERS_WHERE], {"n": STUCK_LIMIT}
    if q.delivery_method:
        where.append("delivery_method = :method")
        params["method"] = q.delivery_method
    if q.channel:
        where.append("source = :channel")
        params["channel"] = q.channel
    sql = (
        f"SELECT id FROM orders INDEXED BY ix_orders_open_since WHERE {' AND '.join(where)} "
        "ORDER BY status_changed_at, id LIMIT :n"
    )
    return list(s.scalars(text(sql), params))


def stuck_now(s: Session, q: ReportQuery) -> ReportTable:
    d = Dialect(s)
    now = q.now or utcnow()
    waited = d.seconds(OrderRow.status_changed_at, now).label("seconds")
    query = select(OrderRow.number, OrderRow.status, OrderRow.status_changed_at, waited, OrderRow.hold_count)
    if d.sqlite:
        query = query.where(OrderRow.id.in_(_longest_waiting_sqlite(s, q)))
    else:  # the literal condition lets PostgreSQL use the partial index ix_orders_open_since
        query = query.where(text(OPEN_ORDERS_WHERE), *order_filters(q)).limit(STUCK_LIMIT)
    rows = s.execute(query.order_by(OrderRow.status_changed_at, OrderRow.id)).all()
    return ReportTable(
        name="stuck",
        title=_("Orders waiting longest now"),
        columns=(
            Column("number", _("Order"), TEXT),
            Column("status", _("Status"), TEXT),
            Column("since", _("Since"), DATETIME),
            Column("hours", _("Hours waiting"), HOURS),
            Column("holds", _("Holds"), INT),
        ),
        rows=[(r.number, r.status, r.status_changed_at, _hours(r.seconds), int(r.hold_count)) for r in rows],
        # Longest first, as the table: the bars show at a glance which orders to chase.
        chart=Chart("bar", x="number", series=("hours",)),
        note=_("Open orders, whatever the date range; the {n} waiting longest.").format(n=STUCK_LIMIT),
    )


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(float(seconds) / 3600.0, 1)
