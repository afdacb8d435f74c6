"""Returns and refunds: how many, which items, why, and how much.

Returns of lines come from their own tables (``returns``, ``return_lines``, ``return_refunds``);
an older whole-order return, made by moving the order itself, is counted from the history when
the order has no return of its own, so neither kind is counted twice. "Refunds" counts refunded
returns: one refunded in parts counts once, with the sum of its parts recorded in the range.
"""

from __future__ import annotations

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from orderdesk.i18n import _
from orderdesk.models import HistoryRow, OrderRow
from orderdesk.models_extra import ReturnLineRow, ReturnRefundRow, ReturnRow
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
from orderdesk.services.returns.kinds import ReturnStatus, reason_label
from orderdesk.workflow import Status

HANDED_OVER = (Status.DELIVERED.value, Status.COLLECTED.value)


def returns(s: Session, q: ReportQuery) -> ReportTable:
    def reached(statuses, *extra):
        return (
            select(
                OrderRow.currency,
                func.count(func.distinct(HistoryRow.order_id)),
                func.coalesce(func.sum(OrderRow.total_minor), 0),
            )
            .join(OrderRow, OrderRow.id == HistoryRow.order_id)
            .where(
                HistoryRow.kind == "status",
                HistoryRow.to_value.in_(statuses),
                in_range(HistoryRow.at, q),
                *order_filters(q),
                *extra,
            )
            .group_by(OrderRow.currency)
        )

    has_return = exists().where(ReturnRow.order_id == OrderRow.id)
    has_refund = exists().where(ReturnRefundRow.order_id == OrderRow.id)
    handed = {cur: int(n) for cur, n, _t in s.execute(reached(HANDED_OVER))}
    whole_returns = {cur: int(n) for cur, n, _t in s.execute(reached([Status.RETURN_REQUESTED.value], ~has_return))}
    whole_refunds = {cur: (int(n), int(t)) for cur, n, t in s.execute(reached([Status.REFUNDED.value], ~has_refund))}
    counted = ReturnRow.status != ReturnStatus.REJECTED.value
    line_returns = {
        cur: int(n)
        for cur, n in s.execute(
            select(OrderRow.currency, func.count(ReturnRow.id))
            .join(OrderRow, OrderRow.id == ReturnRow.order_id)
            .where(counted, in_range(ReturnRow.created_at, q), *order_filters(q))
            .group_by(OrderRow.currency)
        )
    }
    items = {
        cur: int(n or 0)
        for cur, n in s.execute(
            select(OrderRow.currency, func.sum(ReturnLineRow.quantity))
            .join(ReturnRow, ReturnRow.id == ReturnLineRow.return_id)
            .join(OrderRow, OrderRow.id == ReturnRow.order_id)
            .where(counted, in_range(ReturnRow.created_at, q), *order_filters(q))
            .group_by(OrderRow.currency)
        )
    }
    # A return refunded in parts is one refunded return with the sum of its parts (in the range).
    refunds = {
        cur: (int(n), int(t or 0))
        for cur, n, t in s.execute(
            select(
                ReturnRefundRow.currency,
                func.count(func.distinct(ReturnRefundRow.return_id)),
                func.sum(ReturnRefundRow.amount_minor),
            )
            .join(OrderRow, OrderRow.id == ReturnRefundRow.order_id)
            .where(in_range(ReturnRefundRow.created_at, q), *order_filters(q))
            .group_by(ReturnRefundRow.currency)
        )
    }
    rows = []
    currencies = set(handed) | set(whole_returns) | set(whole_refunds) | set(line_returns) | set(refunds)
    for cur in sorted(currencies):
        requested = line_returns.get(cur, 0) + whole_returns.get(cur, 0)
        n_refunds = refunds.get(cur, (0, 0))[0] + whole_refunds.get(cur, (0, 0))[0]
        refunded_total = refunds.get(cur, (0, 0))[1] + whole_refunds.get(cur, (0, 0))[1]
        base = handed.get(cur, 0)
        rate = round(100.0 * requested / base, 1) if base else None
        rows.append((cur, base, requested, items.get(cur, 0), n_refunds, refunded_total, rate))
    return ReportTable(
        name="returns",
        title=_("Returns and refunds"),
        columns=(
            Column("currency", _("Currency"), TEXT),
            Column("handed_over", _("Delivered or collected"), INT),
            Column("requested", _("Returns"), INT),
            Column("items", _("Items returned"), INT),
            Column("refunded", _("Refunds"), INT),
            Column("refunded_total", _("Refunded amount"), MONEY),
            Column("rate", _("Return rate, %"), "percent"),
        ),
        rows=rows,
        chart=Chart("bar", x="currency", series=("requested", "items", "refunded")),
        note=_("Most frequent reasons: {r}").format(r=_top_reasons(s, q) or "–"),
    )


def _top_reasons(s: Session, q: ReportQuery) -> str:
    """The five reasons given most: returned items by their reason, whole-order returns by theirs."""
    counts: dict[str, int] = {}
    by_line = (
        select(ReturnLineRow.reason, func.sum(ReturnLineRow.quantity))
        .join(ReturnRow, ReturnRow.id == ReturnLineRow.return_id)
        .join(OrderRow, OrderRow.id == ReturnRow.order_id)
        .where(ReturnRow.status != ReturnStatus.REJECTED.value, in_range(ReturnRow.created_at, q), *order_filters(q))
        .group_by(ReturnLineRow.reason)
    )
    for reason, n in s.execute(by_line):
        label = reason_label(reason)
        counts[label] = counts.get(label, 0) + int(n or 0)
    whole = (
        select(HistoryRow.reason, func.count())
        .join(OrderRow, OrderRow.id == HistoryRow.order_id)
        .where(
            HistoryRow.kind == "status",
            HistoryRow.to_value == Status.RETURN_REQUESTED.value,
            in_range(HistoryRow.at, q),
            ~exists().where(ReturnRow.order_id == OrderRow.id),
            *order_filters(q),
        )
        .group_by(HistoryRow.reason)
    )
    for reason, n in s.execute(whole):
        label = reason or _("no reason given")
        counts[label] = counts.get(label, 0) + int(n)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return "; ".join(f"{reason} ({n})" for reason, n in top)
