"""Returns and refunds: how many, why, and how much (whole-order returns, from the history)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from orderdesk.i18n import _
from orderdesk.models import HistoryRow, OrderRow
from orderdesk.services.reports.base import (
    INT,
    MONEY,
    TEXT,
    Chart,
    Column,
    ReportQuery,
    ReportTable,
    in_range,
    order_filters,
)
from orderdesk.workflow import Status

HANDED_OVER = (Status.DELIVERED.value, Status.COLLECTED.value)
RETURN_STEPS = (Status.RETURN_REQUESTED.value, Status.RETURNED.value, Status.REFUNDED.value)


def returns(s: Session, q: ReportQuery) -> ReportTable:
    def reached(statuses):
        return (
            select(
                HistoryRow.to_value,
                OrderRow.currency,
                func.count(func.distinct(HistoryRow.order_id)),
                func.sum(OrderRow.total_minor),
            )
            .join(OrderRow, OrderRow.id == HistoryRow.order_id)
            .where(
                HistoryRow.kind == "status",
                HistoryRow.to_value.in_(statuses),
                in_range(HistoryRow.at, q),
                *order_filters(q),
            )
            .group_by(HistoryRow.to_value, OrderRow.currency)
        )

    handed: dict[str, int] = {}
    for _step, cur, n, _total in s.execute(reached(HANDED_OVER)):
        handed[cur] = handed.get(cur, 0) + int(n)
    steps = {(step, cur): (int(n), int(total or 0)) for step, cur, n, total in s.execute(reached(RETURN_STEPS))}
    rows = []
    for cur in sorted({c for _s, c in steps} | set(handed)):
        requested = steps.get((Status.RETURN_REQUESTED.value, cur), (0, 0))[0]
        returned = steps.get((Status.RETURNED.value, cur), (0, 0))[0]
        refunded, refunded_total = steps.get((Status.REFUNDED.value, cur), (0, 0))
        base = handed.get(cur, 0)
        rate = round(100.0 * requested / base, 1) if base else None
        rows.append((cur, base, requested, returned, refunded, refunded_total, rate))
    reasons = s.execute(
        select(HistoryRow.reason, func.count())
        .join(OrderRow, OrderRow.id == HistoryRow.order_id)
        .where(
            HistoryRow.kind == "status",
            HistoryRow.to_value == Status.RETURN_REQUESTED.value,
            in_range(HistoryRow.at, q),
            *order_filters(q),
        )
        .group_by(HistoryRow.reason)
        .order_by(func.count().desc(), HistoryRow.reason)
        .limit(5)
    ).all()
    top = "; ".join(f"{reason or _('no reason given')} ({n})" for reason, n in reasons)
    return ReportTable(
        name="returns",
        title=_("Returns and refunds"),
        columns=(
            Column("currency", _("Currency"), TEXT),
            Column("handed_over", _("Delivered or collected"), INT),
            Column("requested", _("Returns requested"), INT),
            Column("returned", _("Returned"), INT),
            Column("refunded", _("Refunded"), INT),
            Column("refunded_total", _("Refunded amount"), MONEY),
            Column("rate", _("Return rate, %"), "percent"),
        ),
        rows=rows,
        chart=Chart("bar", x="currency", series=("requested", "returned", "refunded")),
        note=_("Most frequent reasons: {r}").format(r=top or "–"),
    )
