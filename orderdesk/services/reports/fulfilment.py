"""Dispatch on time, carrier transit times and the pickup shelf."""

from __future__ import annotations

from sqlalchemy import and_, case, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from orderdesk.i18n import _
from orderdesk.models import HANDOVER_WHERE, HistoryRow, HoldRow, OrderRow, ShipmentRow, utcnow
from orderdesk.services.reports.base import (
    DATE,
    DATETIME,
    DAYS,
    INT,
    PERCENT,
    TEXT,
    Chart,
    Column,
    Dialect,
    ReportQuery,
    ReportTable,
    in_range,
    order_filters,
    percentiles,
    status_reached,
)
from orderdesk.workflow import Hold, Status

SHORT_RANGE_DAYS = 92  # up to a quarter: the on-time report first picks the orders started in it


def shipped_on_time(s: Session, q: ReportQuery, promise_hours: int) -> ReportTable:
    """Share of orders handed over (to the carrier, or onto the pickup shelf) within the promise,
    counted from payment, or from confirmation when the order is not paid in advance."""
    d = Dialect(s)
    now = q.now or utcnow()
    # When each order first reached the four statuses that matter, in ONE pass over the partial
    # index ix_order_history_handover (order_id, to_value, at): its rows come order by order, so
    # the grouping streams. Its condition is written out literally: SQLite (and a prepared plan on
    # PostgreSQL) uses a partial index only for a WHERE that says the same.
    wanted = (Status.PAID, Status.CONFIRMED, Status.SHIPPED, Status.READY_FOR_PICKUP)
    reached = select(
        HistoryRow.order_id.label("order_id"),
        *(func.min(case((HistoryRow.to_value == st.value, HistoryRow.at))).label(st.value) for st in wanted),
    ).where(text(HANDOVER_WHERE))
    if (q.date_to - q.date_from).days < SHORT_RANGE_DAYS:
        # Only orders paid or confirmed within the range can start in it: the last 30 days group a
        # month of orders, not the whole history (the start is still checked exactly below). Over
        # a long range nearly every order qualifies and the extra lookup would only cost time.
        started = select(HistoryRow.order_id).where(
            HistoryRow.kind == "status",
            HistoryRow.to_value.in_([Status.PAID.value, Status.CONFIRMED.value]),
            in_range(HistoryRow.at, q),
        )
        reached = reached.where(HistoryRow.order_id.in_(started))
    reached = reached.group_by(HistoryRow.order_id).subquery("reached")
    start = func.coalesce(reached.c[Status.PAID.value], reached.c[Status.CONFIRMED.value])
    out = func.coalesce(reached.c[Status.SHIPPED.value], reached.c[Status.READY_FOR_PICKUP.value])
    limit = promise_hours * 3600
    if d.sqlite:
        day = d.local_day(start, q.utc_offset_minutes)
    else:
        # PostgreSQL groups the day as a timestamp and writes it as text once per day, not once per
        # order (sorting 200,000 day strings took a third of the report).
        day = func.date_trunc("day", start + literal_column(f"interval '{int(q.utc_offset_minutes)} minutes'"))
    late = case(
        (out.is_not(None) & (d.seconds(start, out) > limit), 1),
        (out.is_(None) & (d.seconds(start, now) > limit) & (OrderRow.status != Status.CANCELLED.value), 1),
        else_=0,
    )
    on_time = case((out.is_not(None) & (d.seconds(start, out) <= limit), 1), else_=0)
    base = select(day.label("day"), on_time.label("on_time"), late.label("late")).select_from(reached)
    # Each grouped order is looked up by its key for its status and the filters.
    base = base.join(OrderRow, OrderRow.id == reached.c.order_id).where(*order_filters(q))
    if d.sqlite:
        base = base.where(start.is_not(None), in_range(start, q))
    else:
        # The range as a WHERE on the grouped times leaves PostgreSQL guessing a few hundred orders
        # where there are 200,000 (it then looks them up one by one and sorts them): out of range
        # is a NULL day instead, one group dropped below.
        base = base.with_only_columns(
            case((in_range(start, q), day)).label("day"), on_time.label("on_time"), late.label("late")
        )
    base = base.subquery("starts")
    day_text = base.c.day if d.sqlite else func.to_char(base.c.day, "YYYY-MM-DD")
    rows = s.execute(
        select(day_text, func.sum(base.c.on_time), func.sum(base.c.late)).group_by(base.c.day).order_by(base.c.day)
    ).all()
    rows = [r for r in rows if r[0] is not None]
    table = []
    for day, on_time, late in rows:
        on_time, late = int(on_time or 0), int(late or 0)
        share = round(100.0 * on_time / (on_time + late), 1) if on_time + late else None
        table.append((day, on_time, late, share))
    return ReportTable(
        name="on-time",
        title=_("Handed over on time"),
        columns=(
            Column("day", _("Day"), DATE),
            Column("on_time", _("On time"), INT),
            Column("late", _("Late"), INT),
            Column("share", _("On time, %"), PERCENT),
        ),
        rows=table,
        chart=Chart("line", x="day", series=("share",)),
        note=_("Promise: {h} hours after payment (or confirmation when paid on delivery).").format(h=promise_hours),
    )


def carrier_transit(s: Session, q: ReportQuery) -> ReportTable:
    """Days from handed over to delivered per carrier and service, with the exceptions."""
    d = Dialect(s)
    shipped, delivered = status_reached(Status.SHIPPED, "shipped"), status_reached(Status.DELIVERED, "delivered")
    live = (
        select(ShipmentRow.order_id, func.max(ShipmentRow.id).label("id"))
        .where(ShipmentRow.cancelled.is_(False))
        .group_by(ShipmentRow.order_id)
        .subquery("live")
    )
    exceptions = (
        select(HoldRow.order_id, func.count().label("n"))
        .where(or_(HoldRow.kind == Hold.CARRIER_MISMATCH.value, HoldRow.kind == Hold.DELAYED.value))
        .group_by(HoldRow.order_id)
        .subquery("exceptions")
    )
    values = (
        select(
            ShipmentRow.carrier.label("carrier"),
            ShipmentRow.service.label("service"),
            (d.seconds(shipped.c.at, delivered.c.at) / 86400.0).label("days"),
        )
        .select_from(shipped)
        .join(OrderRow, OrderRow.id == shipped.c.order_id)
        .join(delivered, delivered.c.order_id == shipped.c.order_id)
        .join(live, live.c.order_id == shipped.c.order_id)
        .join(ShipmentRow, ShipmentRow.id == live.c.id)
        .where(in_range(shipped.c.at, q), *order_filters(q))
    )
    transit = {
        (r.carrier, r.service): r for r in s.execute(percentiles(values, ["carrier", "service"], "days", "transit"))
    }
    counts = s.execute(
        select(ShipmentRow.carrier, ShipmentRow.service, func.count(), func.count(exceptions.c.order_id))
        .select_from(shipped)
        .join(OrderRow, OrderRow.id == shipped.c.order_id)
        .join(live, live.c.order_id == shipped.c.order_id)
        .join(ShipmentRow, ShipmentRow.id == live.c.id)
        .outerjoin(exceptions, exceptions.c.order_id == shipped.c.order_id)
        .where(in_range(shipped.c.at, q), *order_filters(q))
        .group_by(ShipmentRow.carrier, ShipmentRow.service)
        .order_by(ShipmentRow.carrier, ShipmentRow.service)
    ).all()
    rows = []
    for carrier, service, n, n_exc in counts:
        t = transit.get((carrier, service))
        rows.append(
            (
                carrier,
                service,
                int(n),
                int(t.n) if t else 0,
                _days(t.p50 if t else None),
                _days(t.p90 if t else None),
                int(n_exc),
            )
        )
    return ReportTable(
        name="carriers",
        title=_("Carriers: days to deliver"),
        columns=(
            Column("carrier", _("Carrier"), TEXT),
            Column("service", _("Service"), TEXT),
            Column("shipped", _("Handed over"), INT),
            Column("delivered", _("Delivered"), INT),
            Column("median_days", _("Median, days"), DAYS),
            Column("p90_days", _("90% within, days"), DAYS),
            Column("exceptions", _("Delays and mismatches"), INT),
        ),
        rows=rows,
        chart=Chart("bar", x="carrier", series=("median_days", "p90_days")),
    )


def pickup_shelf(s: Session, q: ReportQuery, older_than_days: int) -> ReportTable:
    """Orders on the pickup shelf: days each waited, and those still there past the limit."""
    d = Dialect(s)
    now = q.now or utcnow()
    shelf, collected = status_reached(Status.READY_FOR_PICKUP, "shelf"), status_reached(Status.COLLECTED, "collected")
    waited = d.seconds(shelf.c.at, func.coalesce(collected.c.at, now)) / 86400.0
    rows = s.execute(
        select(OrderRow.number, OrderRow.shelf_slot, shelf.c.at, collected.c.at, waited, OrderRow.status)
        .select_from(shelf)
        .join(OrderRow, OrderRow.id == shelf.c.order_id)
        .outerjoin(collected, collected.c.order_id == shelf.c.order_id)
        .where(
            or_(
                in_range(shelf.c.at, q),
                and_(
                    OrderRow.status == Status.READY_FOR_PICKUP.value,
                    d.seconds(shelf.c.at, now) > older_than_days * 86400,
                ),
            ),
            *order_filters(q),
        )
        .order_by(shelf.c.at, OrderRow.id)
    ).all()
    return ReportTable(
        name="pickup",
        title=_("Pickup shelf"),
        columns=(
            Column("number", _("Order"), TEXT),
            Column("slot", _("Shelf slot"), TEXT),
            Column("on_shelf", _("On the shelf since"), DATETIME),
            Column("collected", _("Collected"), DATETIME),
            Column("days", _("Days on the shelf"), DAYS),
            Column("uncollected", _("Waiting too long"), TEXT),
        ),
        rows=[
            (
                r[0],
                r[1],
                r[2],
                r[3],
                _days(r[4]),
                _("yes") if r[5] == Status.READY_FOR_PICKUP.value and float(r[4]) > older_than_days else "",
            )
            for r in rows
        ],
        chart=Chart("bar", x="number", series=("days",)),
        note=_("Orders still on the shelf after {n} days are marked: call the customer.").format(n=older_than_days),
    )


def _days(value: float | None) -> float | None:
    return None if value is None else round(float(value), 1)
