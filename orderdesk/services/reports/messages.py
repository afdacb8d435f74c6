"""Customer messages: sent, failed and undelivered per channel and gateway, and opt-outs."""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from orderdesk.i18n import _
from orderdesk.models import CustomerRow, OutboxRow
from orderdesk.services.reports.base import INT, TEXT, Chart, Column, ReportQuery, ReportTable, in_range


def messages(s: Session, q: ReportQuery) -> ReportTable:
    def count(*statuses: str):
        return func.sum(case((OutboxRow.status.in_(statuses), 1), else_=0))

    rows = s.execute(
        select(
            OutboxRow.channel,
            OutboxRow.gateway,
            func.count(),
            count("sent", "delivered"),
            count("delivered"),
            count("failed", "unknown"),
            count("pending", "sending", "held"),
        )
        .where(in_range(OutboxRow.created_at, q))
        .group_by(OutboxRow.channel, OutboxRow.gateway)
        .order_by(OutboxRow.channel, OutboxRow.gateway)
    ).all()
    sms_out, email_out = s.execute(
        select(
            func.sum(case((CustomerRow.sms_opt_out.is_(True), 1), else_=0)),
            func.sum(case((CustomerRow.email_opt_out.is_(True), 1), else_=0)),
        )
    ).one()
    return ReportTable(
        name="messages",
        title=_("Customer messages"),
        columns=(
            Column("channel", _("Channel"), TEXT),
            Column("gateway", _("Gateway"), TEXT),
            Column("written", _("Written"), INT),
            Column("sent", _("Sent"), INT),
            Column("delivered", _("Delivered"), INT),
            Column("failed", _("Failed or undelivered"), INT),
            Column("waiting", _("Waiting"), INT),
        ),
        rows=[(r[0], r[1] or "", *(int(v or 0) for v in r[2:])) for r in rows],
        chart=Chart("bar", x="channel", series=("sent", "failed"), group="gateway"),
        note=_("Customers who opted out: {sms} of SMS, {email} of e-mail.").format(
            sms=int(sms_out or 0), email=int(email_out or 0)
        ),
    )
