"""Complaints by country: received in the range, answered (on time or late by the answer date the
country's rule set), still open and overdue now, and the median days to answer."""

from __future__ import annotations

from sqlalchemy import String, case, cast, func, select
from sqlalchemy.orm import Session

from orderdesk.i18n import _
from orderdesk.models import OrderRow, utcnow
from orderdesk.models_extra import ComplaintRow
from orderdesk.services.reports.base import (
    DAYS,
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


def complaints(s: Session, q: ReportQuery) -> ReportTable:
    d = Dialect(s)
    today = (q.now or utcnow()).date().isoformat()
    due = cast(ComplaintRow.due_on, String)  # ISO text on both databases, compared as text
    answered_on = d.local_day(ComplaintRow.decided_at, q.utc_offset_minutes)
    decided = ComplaintRow.decided_at.is_not(None)
    where = [in_range(ComplaintRow.created_at, q), *order_filters(q)]

    def count(condition) -> object:
        return func.sum(case((condition, 1), else_=0))

    rows = s.execute(
        select(
            ComplaintRow.country,
            func.count(),
            count(decided),
            count(decided & (answered_on <= due)),
            count(decided & (answered_on > due)),
            count(~decided),
            count(~decided & (due < today)),
            count(ComplaintRow.decision == "accepted"),
            count(ComplaintRow.decision == "partly"),
            count(ComplaintRow.decision == "rejected"),
        )
        .join(OrderRow, OrderRow.id == ComplaintRow.order_id)
        .where(*where)
        .group_by(ComplaintRow.country)
        .order_by(ComplaintRow.country)
    ).all()
    waits = (
        select(ComplaintRow.country.label("country"),
               d.seconds(ComplaintRow.created_at, ComplaintRow.decided_at).label("seconds"))
        .join(OrderRow, OrderRow.id == ComplaintRow.order_id)
        .where(*where, decided)
    )  # fmt: skip
    medians = {r.country: r.p50 for r in s.execute(percentiles(waits, ["country"], "seconds", "waits")).all()}
    out = []
    for country, *counts in rows:
        p50 = medians.get(country)
        out.append((country or "?", *(int(v or 0) for v in counts), round(float(p50) / 86400, 1) if p50 is not None else None))  # fmt: skip
    return ReportTable(
        name="complaints",
        title=_("Complaints"),
        columns=(
            Column("country", _("Country"), TEXT),
            Column("received", _("Received"), INT),
            Column("answered", _("Answered"), INT),
            Column("on_time", _("On time"), INT),
            Column("late", _("Late"), INT),
            Column("open", _("Open"), INT),
            Column("overdue", _("Overdue now"), INT),
            Column("accepted", _("Accepted"), INT),
            Column("partly", _("Partly accepted"), INT),
            Column("rejected", _("Rejected"), INT),
            Column("median_days", _("Median days to answer"), DAYS),
        ),
        rows=out,
        chart=Chart("bar", x="country", series=("on_time", "late", "overdue")),
        note=_("Answer dates follow the country's rule (complaints.answer_days)."),
    )
