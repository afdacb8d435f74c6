"""Complaint reminders, run by the automation round: a complaint whose answer date is near puts
its order under Needs attention, one past its date is flagged overdue.

Each step fires once per complaint across PCs: it is claimed with the round's unique
(order, rule, step) row in the transaction of what it does, as every automation rule is.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import String, and_, case, cast, exists, literal, or_, select, true

from orderdesk import domain
from orderdesk.i18n import _
from orderdesk.models import OrderRow
from orderdesk.models_extra import AutomationFiringRow, ComplaintRow
from orderdesk.services.complaints.rules import REMIND_DAYS

RULE = "complaint"


def remind(automation, actor: domain.Actor, now: datetime, dry_run: bool, batch: int = 500) -> list[tuple[str, str]]:
    """(order number, what was done) per firing, every due complaint in ``batch``-sized reads.
    ``automation`` is the round (``services.automation.Automation``), whose claim makes each
    step happen once."""
    from orderdesk.services.complaints.service import ComplaintService

    done: list[tuple[str, str]] = []
    days = int(automation.settings.get(REMIND_DAYS.key) or 0)
    today = now.date()
    # The step a complaint is at today, as the claim row names it ("c12:before", "c12:overdue"):
    # steps fired already (here or on another PC) are left out in the query, so a round with
    # nothing new writes nothing and many old overdue complaints never crowd out new ones.
    step_now = (
        literal("c", String)
        + cast(ComplaintRow.id, String)
        + case((ComplaintRow.due_on < today, literal(":overdue", String)), else_=literal(":before", String))
    )
    fired = exists().where(
        AutomationFiringRow.rule == RULE,
        AutomationFiringRow.order_id == ComplaintRow.order_id,
        AutomationFiringRow.step == step_now,
    )
    complaints = ComplaintService(automation.orders, clock=automation.clock)
    after: tuple | None = None  # the last (due_on, id) read: the next batch starts past it
    while True:
        past = (
            or_(ComplaintRow.due_on > after[0], and_(ComplaintRow.due_on == after[0], ComplaintRow.id > after[1]))
            if after is not None
            else true()
        )
        with automation.db.session() as s:
            due = s.execute(
                select(ComplaintRow.id, ComplaintRow.order_id, ComplaintRow.due_on, OrderRow.number)
                .join(OrderRow, OrderRow.id == ComplaintRow.order_id)
                .where(ComplaintRow.decision == "", ComplaintRow.due_on <= today + timedelta(days=days), ~fired, past)
                .order_by(ComplaintRow.due_on, ComplaintRow.id)
                .limit(batch)
            ).all()
        for complaint_id, order_id, due_on, number in due:
            overdue = today > due_on
            step = f"c{complaint_id}:{'overdue' if overdue else 'before'}"
            if not dry_run:  # the claim settles a race between two rounds: one of them fires
                with automation.db.session(write=True) as s:
                    row = s.get(ComplaintRow, complaint_id)
                    if row is None or row.decision or not automation._claim(s, order_id, RULE, step):
                        continue
                    complaints.hold(s, row.order, row, actor, overdue=overdue)
                    _tell_manager(s, automation.settings, row, step, _what(complaint_id, due_on, overdue))
            done.append((number, _what(complaint_id, due_on, overdue)))
        if len(due) < batch:
            break
        # Walk on by (due date, id): every due complaint gets its turn in this round, also in a
        # dry run (which claims nothing) and past ones another PC took meanwhile.
        after = (due[-1].due_on, due[-1].id)
    return done


def _what(complaint_id: int, due_on, overdue: bool) -> str:
    if overdue:
        return _("complaint #{i} overdue: it had to be answered by {d}").format(i=complaint_id, d=due_on)
    return _("complaint #{i} to answer by {d}").format(i=complaint_id, d=due_on)


def _tell_manager(s, settings, row: ComplaintRow, step: str, what: str) -> None:
    """One e-mail to the shop's manager (messaging.manager_email) per complaint and step, in the
    transaction of the claim: a lost race sends nothing, a won one exactly once."""
    from orderdesk.models import OutboxRow
    from orderdesk.services.messaging.config import P
    from orderdesk.services.messaging.outbox import MANAGER_ALERT

    manager = str(settings.get(P + "manager_email") or "").strip()
    if not manager:
        return
    number = row.order.number
    body = _("Order {n}: {w}.\nThe customer's claim: {c}").format(n=number, w=what, c=row.claim)
    subject = _("Complaint on order {n}: answer by {d}").format(n=number, d=row.due_on)
    s.add(OutboxRow(order_id=row.order_id, channel="email", kind=MANAGER_ALERT, recipient=manager,
                    idempotency_key=f"complaint:{step}", payload={"body": body, "subject": subject, "fallback": ""},
                    status="pending", attempts=0, last_error="", gateway="", gateway_id=""))  # fmt: skip
