"""Customer messages: what became of them per channel and gateway, and opt-outs.

Each message written in the range lands in exactly one outcome, so the outcomes add up to what
was written: delivered, sent (no delivery report, or none yet), undelivered (the gateway took it
and its delivery report says it never arrived), failed (refused, or given up before the gateway
took it), outcome unknown (the gateway may or may not have it: check its log) and waiting (not
sent yet). The range, the delivery method and the channel (the order's source) filter the
messages by their order, as every report does; alerts to the shop's manager are not customer
messages and are left out.
"""

from __future__ import annotations

from sqlalchemy import and_, case, distinct, func, select
from sqlalchemy.orm import Session

from orderdesk.i18n import _
from orderdesk.models import CustomerRow, HistoryRow, OrderRow, OutboxRow
from orderdesk.services.reports.base import INT, TEXT, Chart, Column, ReportQuery, ReportTable, in_range, order_filters

MANAGER_ALERT = "manager_alert"  # services/messaging/outbox.py; not imported: reports stay light
WAITING = ("pending", "sending", "held", "incomplete")


def messages(s: Session, q: ReportQuery) -> ReportTable:
    reported = func.coalesce(OutboxRow.payload["delivery"].as_string(), "") != ""  # a delivery report came

    def count(condition):
        return func.sum(case((condition, 1), else_=0))

    opted_out = case(
        (and_(OutboxRow.channel == "sms", CustomerRow.sms_opt_out.is_(True)), OrderRow.customer_id),
        (and_(OutboxRow.channel == "email", CustomerRow.email_opt_out.is_(True)), OrderRow.customer_id),
    )
    rows = s.execute(
        select(
            OutboxRow.channel,
            OutboxRow.gateway,
            func.count(),
            count(OutboxRow.status == "delivered"),
            count(OutboxRow.status == "sent"),
            count(and_(OutboxRow.status == "failed", reported)),
            count(and_(OutboxRow.status == "failed", ~reported)),
            count(OutboxRow.status == "unknown"),
            count(OutboxRow.status.in_(WAITING)),
            func.count(distinct(opted_out)),
        )
        .select_from(OutboxRow)
        .outerjoin(OrderRow, OrderRow.id == OutboxRow.order_id)
        .outerjoin(CustomerRow, CustomerRow.id == OrderRow.customer_id)
        .where(in_range(OutboxRow.created_at, q), OutboxRow.kind != MANAGER_ALERT, *order_filters(q))
        .group_by(OutboxRow.channel, OutboxRow.gateway)
        .order_by(OutboxRow.channel, OutboxRow.gateway)
    ).all()
    return ReportTable(
        name="messages",
        title=_("Customer messages"),
        columns=(
            Column("channel", _("Channel"), TEXT),
            Column("gateway", _("Gateway"), TEXT),
            Column("written", _("Written"), INT),
            Column("delivered", _("Delivered"), INT),
            Column("sent", _("Sent, no delivery report"), INT),
            Column("undelivered", _("Undelivered"), INT),
            Column("failed", _("Failed"), INT),
            Column("unknown", _("Outcome unknown"), INT),
            Column("waiting", _("Waiting"), INT),
            Column("opted_out", _("Customers opted out"), INT),
        ),
        rows=[(r[0], r[1] or "", *(int(v or 0) for v in r[2:])) for r in rows],
        chart=Chart("bar", x="channel", x2="gateway", series=("delivered", "undelivered", "failed", "unknown")),
        note=_opt_out_note(s, q),
    )


def _opt_out_note(s: Session, q: ReportQuery) -> str:
    """Opt-outs among the customers of the orders in the range (filtered), who hear nothing on
    that channel, and the unsubscribes gateways reported in the range."""
    sms_out, email_out = s.execute(
        select(
            func.count(distinct(case((CustomerRow.sms_opt_out.is_(True), CustomerRow.id)))),
            func.count(distinct(case((CustomerRow.email_opt_out.is_(True), CustomerRow.id)))),
        )
        .select_from(OrderRow)
        .join(CustomerRow, CustomerRow.id == OrderRow.customer_id)
        .where(in_range(OrderRow.created_at, q), *order_filters(q))
    ).one()
    reported = s.scalar(
        select(func.count())
        .select_from(HistoryRow)
        .join(OrderRow, OrderRow.id == HistoryRow.order_id)
        .where(
            HistoryRow.kind == "notification",
            HistoryRow.to_value == "opt_out",
            in_range(HistoryRow.at, q),
            *order_filters(q),
        )
    )
    return " ".join(
        (
            _("Customers who opted out: {sms} of SMS, {email} of e-mail.").format(
                sms=int(sms_out or 0), email=int(email_out or 0)
            ),
            _("Unsubscribes reported by the gateways in these days: {n}.").format(n=int(reported or 0)),
        )
    )
