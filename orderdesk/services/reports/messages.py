"""Customer messages: what became of them per channel and gateway, and opt-outs.

Opt-outs count by the day they happened (``customer_opt_outs``): per channel and the gateway that
reported the customer's "stop", or without a gateway when set by hand in the window or on the
command line. Customers who opted out before the desk kept these dates are counted apart, as
"date unknown". The delivery-method and channel filters keep the customers with an order so.

Each message written in the range lands in exactly one outcome, so the outcomes add up to what
was written: delivered, sent (no delivery report, or none yet), undelivered (the gateway took it
and its delivery report says it never arrived), failed (refused, or given up before the gateway
took it), outcome unknown (the gateway may or may not have it: check its log) and waiting (not
sent yet). The range, the delivery method and the channel (the order's source) filter the
messages by their order, as every report does; alerts to the shop's manager are not customer
messages and are left out.
"""

from __future__ import annotations

from sqlalchemy import and_, case, distinct, exists, func, select
from sqlalchemy.orm import Session

from orderdesk.i18n import _
from orderdesk.models import CustomerRow, OptOutEventRow, OrderRow, OutboxRow
from orderdesk.services.reports.base import INT, TEXT, Chart, Column, ReportQuery, ReportTable, in_range, order_filters

MANAGER_ALERT = "manager_alert"  # services/messaging/outbox.py; not imported: reports stay light
WAITING = ("pending", "sending", "held", "incomplete")


def messages(s: Session, q: ReportQuery) -> ReportTable:
    reported = func.coalesce(OutboxRow.payload["delivery"].as_string(), "") != ""  # a delivery report came

    def count(condition):
        return func.sum(case((condition, 1), else_=0))

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
        )
        .select_from(OutboxRow)
        .outerjoin(OrderRow, OrderRow.id == OutboxRow.order_id)
        .where(in_range(OutboxRow.created_at, q), OutboxRow.kind != MANAGER_ALERT, *order_filters(q))
        .group_by(OutboxRow.channel, OutboxRow.gateway)
        .order_by(OutboxRow.channel, OutboxRow.gateway)
    ).all()
    return ReportTable(
        name="messages",
        title=_("Customer messages"),
        # Ten columns: an eleventh no longer fits the PDF's width in Russian or Polish without
        # breaking words, so opt-ins and the opt-outs of unknown date are in the note.
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
            Column("opt_outs", _("Opted out in these days"), INT),
        ),
        rows=_with_opt_outs(s, q, [(r[0], r[1] or "", *(int(v or 0) for v in r[2:])) for r in rows]),
        chart=Chart(
            "bar", x="channel", x2="gateway", series=("delivered", "undelivered", "failed", "unknown", "opt_outs")
        ),
        note=_opt_out_note(s, q),
    )


def _customer_filters(q: ReportQuery, customer_id) -> list:
    """The delivery-method and channel filters for a customer: one of their orders is so."""
    where = order_filters(q)
    return [exists().where(OrderRow.customer_id == customer_id, *where)] if where else []


def _with_opt_outs(s: Session, q: ReportQuery, rows: list[tuple]) -> list[tuple]:
    """The message rows with the customers who opted out of the channel in the range, per
    gateway that reported it ("" by hand); a pair with no messages gets a row of its own."""
    counts = s.execute(
        select(OptOutEventRow.channel, OptOutEventRow.gateway, func.count(distinct(OptOutEventRow.customer_id)))
        .where(
            OptOutEventRow.opted_out.is_(True),
            in_range(OptOutEventRow.at, q),
            *_customer_filters(q, OptOutEventRow.customer_id),
        )
        .group_by(OptOutEventRow.channel, OptOutEventRow.gateway)
    ).all()
    by_pair = {(c, g or ""): int(n or 0) for c, g, n in counts}
    merged = [(*r, by_pair.pop((r[0], r[1]), 0)) for r in rows]
    merged += [(c, g, 0, 0, 0, 0, 0, 0, 0, n) for (c, g), n in by_pair.items()]
    return sorted(merged, key=lambda r: (r[0], r[1]))


def _opt_out_note(s: Session, q: ReportQuery) -> str:
    """Per channel: the customers who opted back in in the range, those opted out on a day
    nobody recorded (before the desk kept the dates), and the customers of the orders in the
    range who are opted out now."""
    back_in = dict(
        s.execute(
            select(OptOutEventRow.channel, func.count(distinct(OptOutEventRow.customer_id)))
            .where(
                OptOutEventRow.opted_out.is_(False),
                in_range(OptOutEventRow.at, q),
                *_customer_filters(q, OptOutEventRow.customer_id),
            )
            .group_by(OptOutEventRow.channel)
        ).all()
    )
    undated = {
        channel: s.scalar(
            select(func.count())
            .select_from(CustomerRow)
            .where(
                getattr(CustomerRow, f"{channel}_opt_out").is_(True),
                ~exists().where(OptOutEventRow.customer_id == CustomerRow.id, OptOutEventRow.channel == channel),
                *_customer_filters(q, CustomerRow.id),
            )
        )
        for channel in ("sms", "email")
    }
    sms_out, email_out = s.execute(
        select(
            func.count(distinct(case((CustomerRow.sms_opt_out.is_(True), CustomerRow.id)))),
            func.count(distinct(case((CustomerRow.email_opt_out.is_(True), CustomerRow.id)))),
        )
        .select_from(OrderRow)
        .join(CustomerRow, CustomerRow.id == OrderRow.customer_id)
        .where(in_range(OrderRow.created_at, q), *order_filters(q))
    ).one()
    return " ".join(
        (
            _("Opted in again in these days: {sms} of SMS, {email} of e-mail.").format(
                sms=int(back_in.get("sms") or 0), email=int(back_in.get("email") or 0)
            ),
            _("Opted out, date unknown (before the desk kept the dates): {sms} of SMS, {email} of e-mail.").format(
                sms=int(undated["sms"] or 0), email=int(undated["email"] or 0)
            ),
            _("Customers of these days' orders opted out now: {sms} of SMS, {email} of e-mail.").format(
                sms=int(sms_out or 0), email=int(email_out or 0)
            ),
        )
    )
