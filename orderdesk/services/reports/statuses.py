"""How long orders stay in each status (from the history), and the orders stuck longest now."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from orderdesk.i18n import _
from orderdesk.models import HistoryRow, OrderRow, utcnow
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
    percentiles,
)
from orderdesk.workflow import ACTIVE, Status

STUCK_LIMIT = 20


def _stays(q: ReportQuery):
    """One row per finished stay that began in the range: the status entered and its length in
    seconds, stored on the status row when the order's next step was written (so no pairing of
    steps here; the partial index ix_order_history_stay holds exactly these rows)."""
    stays = select(HistoryRow.to_value.label("status"), HistoryRow.stay_seconds.label("seconds")).where(
        HistoryRow.kind.in_(("status", "create")),
        HistoryRow.stay_seconds.is_not(None),
        in_range(HistoryRow.at, q),
    )
    filters = order_filters(q)
    if filters:
        stays = stays.join(OrderRow, OrderRow.id == HistoryRow.order_id).where(*filters)
    return stays


def time_in_status(s: Session, q: ReportQuery) -> ReportTable:
    rows = s.execute(percentiles(_stays(q), ["status"], "seconds", "stays")).all()
    order = {st.value: i for i, st in enumerate(Status)}
    rows = sorted(rows, key=lambda r: order.get(r.status, 99))
    return ReportTable(
        name="time-in-status",
        title=_("Time in each status"),
        columns=(
            Column("status", _("Status"), TEXT),
            Column("stays", _("Orders"), INT),
            Column("median_hours", _("Median, hours"), HOURS),
            Column("p90_hours", _("90% within, hours"), HOURS),
        ),
        rows=[(r.status, int(r.n), _hours(r.p50), _hours(r.p90)) for r in rows],
        chart=Chart("bar", x="status", series=("median_hours", "p90_hours")),
        note=_("Stays that began in the range and have ended; the current status of an order is not counted."),
    )


def stuck_now(s: Session, q: ReportQuery) -> ReportTable:
    d = Dialect(s)
    now = q.now or utcnow()
    waited = d.seconds(OrderRow.status_changed_at, now).label("seconds")
    rows = s.execute(
        select(OrderRow.number, OrderRow.status, OrderRow.status_changed_at, waited, OrderRow.hold_count)
        .where(OrderRow.status.in_([st.value for st in ACTIVE]), *order_filters(q))
        .order_by(OrderRow.status_changed_at, OrderRow.id)
        .limit(STUCK_LIMIT)
    ).all()
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
        note=_("Open orders, whatever the date range; the {n} waiting longest.").format(n=STUCK_LIMIT),
    )


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(float(seconds) / 3600.0, 1)
