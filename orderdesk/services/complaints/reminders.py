"""Complaint reminders, run by the automation round: a complaint whose answer date is near puts
its order under Needs attention, one past its date is flagged overdue.

Each step fires once per complaint across PCs: it is claimed with the round's unique
(order, rule, step) row in the transaction of what it does, as every automation rule is.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from orderdesk import domain
from orderdesk.i18n import _
from orderdesk.models import ComplaintRow
from orderdesk.services.complaints.rules import REMIND_DAYS

RULE = "complaint"


def remind(automation, actor: domain.Actor, now: datetime, dry_run: bool, batch: int = 500) -> list[tuple[str, str]]:
    """(order number, what was done) per firing. ``automation`` is the round
    (``services.automation.Automation``), whose claim makes each step happen once."""
    from orderdesk.services.complaints.service import ComplaintService

    done: list[tuple[str, str]] = []
    days = int(automation.settings.get(REMIND_DAYS.key) or 0)
    today = now.date()
    with automation.db.session() as s:
        due = s.execute(
            select(ComplaintRow.id, ComplaintRow.order_id, ComplaintRow.due_on)
            .where(ComplaintRow.decision == "", ComplaintRow.due_on <= today + timedelta(days=days))
            .order_by(ComplaintRow.due_on, ComplaintRow.id)
            .limit(batch)
        ).all()
    complaints = ComplaintService(automation.orders, clock=automation.clock)
    for complaint_id, order_id, due_on in due:
        overdue = today > due_on
        step = f"c{complaint_id}:{'overdue' if overdue else 'before'}"
        if dry_run:
            if automation._fired(order_id, RULE, step):
                continue
        else:
            with automation.db.session(write=True) as s:
                row = s.get(ComplaintRow, complaint_id)
                if row is None or row.decision or not automation._claim(s, order_id, RULE, step):
                    continue
                complaints.hold(s, row.order, row, actor, overdue=overdue)
        if overdue:
            what = _("complaint #{i} overdue: it had to be answered by {d}").format(i=complaint_id, d=due_on)
        else:
            what = _("complaint #{i} to answer by {d}").format(i=complaint_id, d=due_on)
        with automation.db.session() as s:
            number = s.get(ComplaintRow, complaint_id).order.number
        done.append((number, what))
    return done
