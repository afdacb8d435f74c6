"""The bench and the counter: packing accuracy and orders handled per person per hour."""

from __future__ import annotations

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

from orderdesk.i18n import _
from orderdesk.models import HistoryRow, OrderRow
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
)
from orderdesk.workflow import Status

# The packing bench writes this note, with its scan counts, when every item is verified.
VERIFIED_NOTE = "verified"


def _filtered(query: Select, q: ReportQuery) -> Select:
    """The delivery and channel filters on a query over the history. Every history row has its
    order (a foreign key), so without a filter the orders table is not joined at all."""
    filters = order_filters(q)
    if filters:
        query = query.join(OrderRow, OrderRow.id == HistoryRow.order_id).where(*filters)
    return query


def packing_accuracy(s: Session, q: ReportQuery) -> ReportTable:
    details = HistoryRow.details
    wrong = func.coalesce(details["wrong_scans"].as_integer(), 0)
    extra = func.coalesce(details["extra_scans"].as_integer(), 0)
    lines = func.coalesce(details["lines"].as_integer(), 0)
    query = select(HistoryRow.actor, func.count(), func.sum(lines), func.sum(wrong), func.sum(extra)).where(
        HistoryRow.kind == "note", HistoryRow.to_value == VERIFIED_NOTE, in_range(HistoryRow.at, q)
    )
    rows = s.execute(_filtered(query, q).group_by(HistoryRow.actor).order_by(HistoryRow.actor)).all()
    table = []
    for actor, orders, n_lines, n_wrong, n_extra in rows:
        n_lines, n_wrong, n_extra = int(n_lines or 0), int(n_wrong or 0), int(n_extra or 0)
        per100 = round(100.0 * (n_wrong + n_extra) / n_lines, 1) if n_lines else None
        table.append((actor, int(orders), n_lines, n_wrong, n_extra, per100))
    return ReportTable(
        name="packing",
        title=_("Packing accuracy"),
        columns=(
            Column("packer", _("Packer"), TEXT),
            Column("orders", _("Orders packed"), INT),
            Column("lines", _("Lines"), INT),
            Column("wrong", _("Wrong items scanned"), INT),
            Column("extra", _("Extra items scanned"), INT),
            Column("per_100_lines", _("Mistakes per 100 lines"), "number"),
        ),
        rows=table,
        chart=Chart("bar", x="packer", series=("per_100_lines",)),
        note=_("Counted at the packing bench: a wrong item, or one more than the order has."),
    )


def staff_throughput(s: Session, q: ReportQuery) -> ReportTable:
    """Orders packed and collected per person, and per hour in which the person did that job."""
    d = Dialect(s)
    hour = d.local_hour(HistoryRow.at, q.utc_offset_minutes)
    query = select(
        HistoryRow.actor, HistoryRow.to_value, func.count(distinct(HistoryRow.order_id)), func.count(distinct(hour))
    ).where(
        HistoryRow.kind == "status",
        HistoryRow.to_value.in_([Status.PACKED.value, Status.COLLECTED.value]),
        in_range(HistoryRow.at, q),
    )
    rows = s.execute(
        _filtered(query, q)
        .group_by(HistoryRow.actor, HistoryRow.to_value)
        .order_by(HistoryRow.actor, HistoryRow.to_value)
    ).all()
    table = [
        (actor, job, int(n), int(hours), round(int(n) / int(hours), 1) if hours else None)
        for actor, job, n, hours in rows
    ]
    return ReportTable(
        name="staff",
        title=_("Staff: orders per hour"),
        columns=(
            Column("person", _("Person"), TEXT),
            Column("job", _("Step"), TEXT),
            Column("orders", _("Orders"), INT),
            Column("hours", _("Hours at it"), INT),
            Column("per_hour", _("Orders per hour"), "number"),
        ),
        rows=table,
        chart=Chart("bar", x="person", series=("per_hour",), group="job"),
        note=_("An hour counts when the person packed or handed over at least one order in it."),
    )
