"""Orders per day or week by channel and delivery method, and revenue by currency."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from orderdesk.i18n import _
from orderdesk.models import OrderRow
from orderdesk.services.reports.base import (
    DATE,
    INT,
    MONEY,
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


def orders_per_day(s: Session, q: ReportQuery, *, week: bool = False) -> ReportTable:
    d = Dialect(s)
    bucket = (d.local_week if week else d.local_day)(OrderRow.created_at, q.utc_offset_minutes).label("day")
    rows = s.execute(
        select(bucket, OrderRow.source, OrderRow.delivery_method, func.count())
        .where(in_range(OrderRow.created_at, q), *order_filters(q))
        .group_by(bucket, OrderRow.source, OrderRow.delivery_method)
        .order_by(bucket, OrderRow.source, OrderRow.delivery_method)
    ).all()
    return ReportTable(
        name="orders-per-week" if week else "orders-per-day",
        title=_("Orders per week") if week else _("Orders per day"),
        columns=(
            Column("day", _("Week from") if week else _("Day"), DATE),
            Column("channel", _("Channel"), TEXT),
            Column("delivery_method", _("Delivery"), TEXT),
            Column("orders", _("Orders"), INT),
        ),
        rows=[tuple(r) for r in rows],
        chart=Chart("bar", x="day", series=("orders",), group="delivery_method"),
    )


def revenue(s: Session, q: ReportQuery) -> ReportTable:
    """Revenue of the orders created in the range and not cancelled, by currency (minor units)."""
    d = Dialect(s)
    day = d.local_day(OrderRow.created_at, q.utc_offset_minutes).label("day")
    rows = s.execute(
        select(
            day, OrderRow.currency, func.count(), func.sum(OrderRow.total_minor), func.sum(OrderRow.amount_paid_minor)
        )
        .where(in_range(OrderRow.created_at, q), OrderRow.status != Status.CANCELLED.value, *order_filters(q))
        .group_by(day, OrderRow.currency)
        .order_by(day, OrderRow.currency)
    ).all()
    return ReportTable(
        name="revenue",
        title=_("Revenue by currency"),
        columns=(
            Column("day", _("Day"), DATE),
            Column("currency", _("Currency"), TEXT),
            Column("orders", _("Orders"), INT),
            Column("total", _("Ordered"), MONEY),
            Column("paid", _("Paid"), MONEY),
        ),
        rows=[(r[0], r[1], r[2], int(r[3] or 0), int(r[4] or 0)) for r in rows],
        chart=Chart("bar", x="day", series=("total",), group="currency"),
        note=_("Orders created in the range, cancelled ones left out; amounts in each currency."),
    )
