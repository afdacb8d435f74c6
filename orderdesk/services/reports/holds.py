"""Out-of-stock holds: how many opened, how long they took to resolve, which products caused them."""

from __future__ import annotations

from sqlalchemy import Integer, String, cast, func, select, true
from sqlalchemy.orm import Session

from orderdesk.i18n import _
from orderdesk.models import HoldRow, OrderRow
from orderdesk.services.reports.base import (
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
from orderdesk.workflow import Hold


def out_of_stock(s: Session, q: ReportQuery) -> ReportTable:
    """One row per product short in holds opened in the range (a hold's details map SKU → units
    short), with the holds' resolution times in the note."""
    d = Dialect(s)
    held = [HoldRow.kind == Hold.OUT_OF_STOCK.value, in_range(HoldRow.created_at, q), *order_filters(q)]
    opened, resolved = s.execute(
        select(func.count(), func.count(HoldRow.resolved_at))
        .join(OrderRow, OrderRow.id == HoldRow.order_id)
        .where(*held)
    ).one()
    waits = (
        select(HoldRow.kind.label("kind"), d.seconds(HoldRow.created_at, HoldRow.resolved_at).label("seconds"))
        .join(OrderRow, OrderRow.id == HoldRow.order_id)
        .where(*held, HoldRow.resolved_at.is_not(None))
    )
    times = s.execute(percentiles(waits, ["kind"], "seconds", "waits")).first()
    items = func.json_each(HoldRow.details).table_valued("key", "value").alias("items")
    units = cast(cast(items.c.value, String), Integer) if not d.sqlite else items.c.value
    rows = s.execute(
        select(items.c.key, func.count(), func.sum(units))
        .select_from(HoldRow)
        .join(OrderRow, OrderRow.id == HoldRow.order_id)
        .join(items, true())
        .where(*held, items.c.key != "reason")  # details: SKU -> units short, and the coded reason
        .group_by(items.c.key)
        .order_by(func.count().desc(), items.c.key)
    ).all()
    p50 = round(float(times.p50) / 3600, 1) if times and times.p50 is not None else None
    p90 = round(float(times.p90) / 3600, 1) if times and times.p90 is not None else None
    return ReportTable(
        name="out-of-stock",
        title=_("Out of stock"),
        columns=(
            Column("sku", _("SKU"), TEXT),
            Column("holds", _("Orders held"), INT),
            Column("units_short", _("Units short"), INT),
        ),
        rows=[(sku, int(n), int(u or 0)) for sku, n, u in rows],
        chart=Chart("bar", x="sku", series=("holds",)),
        note=_(
            "{opened} holds opened, {resolved} resolved; time to resolve: median {p50} h, 90% within {p90} h."
        ).format(opened=int(opened), resolved=int(resolved), p50=_or_dash(p50), p90=_or_dash(p90)),
    )


def _or_dash(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"
