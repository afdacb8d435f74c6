"""Recording complaints and their decisions, each with its history row and the customer's
message in the same transaction (the CLI, the windows and the automation round use this)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from orderdesk import domain
from orderdesk.errors import NotFound, ValidationError
from orderdesk.hold_reasons import hold_reason
from orderdesk.i18n import LANGUAGES, _
from orderdesk.limits import MAX_NOTES
from orderdesk.models import OrderRow, utcnow
from orderdesk.models_extra import ComplaintRow
from orderdesk.services.complaints.rules import ANSWER_DAYS, ASKS, DECISION_WORDS, DECISIONS, due_date
from orderdesk.workflow import Hold

HISTORY_KIND = "complaint"


@dataclass(frozen=True)
class Complaint:
    id: int
    order_number: str
    customer_name: str
    return_number: str
    created_at: datetime
    created_by: str
    claim: str
    ask: str
    country: str
    due_on: date
    decision: str
    decision_text: str
    decided_at: datetime | None
    decided_by: str
    order_id: int = 0

    @property
    def is_open(self) -> bool:
        return not self.decision

    def overdue(self, today: date) -> bool:
        return self.is_open and today > self.due_on

    def days_left(self, today: date) -> int:
        return (self.due_on - today).days


def _plain(row: ComplaintRow) -> Complaint:
    return Complaint(row.id, row.order.number, row.order.customer_name, row.return_number, row.created_at,
                     row.created_by, row.claim, row.ask, row.country, row.due_on, row.decision, row.decision_text,
                     row.decided_at, row.decided_by, row.order_id)  # fmt: skip


class ComplaintService:
    """``orders`` is the OrderService: its history and hold helpers keep one format for all rows."""

    def __init__(self, orders, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.orders = orders
        self.db = orders.db
        self.clock = clock

    def today(self) -> date:
        return self.clock().date()

    # -- recording
    def create(self, number: str, claim: str, ask: str, actor: domain.Actor, *, return_number: str = "") -> Complaint:
        claim = (claim or "").strip()
        if not claim:
            raise ValidationError(_("Write the customer's claim: what is wrong, in their words."), field="claim")
        if len(claim) > MAX_NOTES:
            raise ValidationError(
                _("The claim is too long (at most {n} characters).").format(n=MAX_NOTES), field="claim"
            )
        if ask not in ASKS:
            raise ValidationError(
                _("'{a}' is not something a customer can ask for; use one of: {all}.").format(a=ask, all=", ".join(ASKS)),
                field="ask",
            )  # fmt: skip
        from orderdesk.settings import Settings

        rule = Settings(self.db).get(ANSWER_DAYS.key)
        shop_country = Settings(self.db).get("shop.country")
        with self.db.session(write=True) as s:
            order = self.orders._row(s, number)
            return_number = self._check_return(s, order, return_number)
            country = (order.country or shop_country or "").upper()
            now = self.clock()
            row = ComplaintRow(order_id=order.id, return_number=return_number.strip()[:20], created_at=now,
                               created_by=actor.name, claim=claim, ask=ask, country=country,
                               due_on=due_date(rule, country, ask, now.date()), decision="", decision_text="",
                               decided_by="")  # fmt: skip
            s.add(row)
            s.flush()
            self.orders._history(s, order, actor, HISTORY_KIND, to_value="received", reason=claim,
                                 details={"complaint": row.id, "ask": ask, "due_on": row.due_on.isoformat()},
                                 at=now)  # fmt: skip
            self._tell(s, order, row, "complaint_received")
            s.flush()
            return _plain(row)

    def decide(self, complaint_id: int, decision: str, text: str, actor: domain.Actor) -> Complaint:
        text = (text or "").strip()
        if decision not in DECISIONS:
            raise ValidationError(
                _("'{d}' is not a decision; use accepted, rejected or partly.").format(d=decision), field="decision"
            )
        if not text:
            # the customer reads it: a decision without words would reach them with a hole
            raise ValidationError(_("Write the decision for the customer: what the shop will do, or why not."),
                                  field="text")  # fmt: skip
        if len(text) > MAX_NOTES:
            raise ValidationError(_("The text is too long (at most {n} characters).").format(n=MAX_NOTES), field="text")
        with self.db.session(write=True) as s:
            row = self._complaint(s, complaint_id, lock=True)
            if row.decision:
                raise ValidationError(
                    _("Complaint #{i} was already decided ({d}) on {when}.").format(
                        i=row.id, d=_(DECISIONS[row.decision]), when=f"{row.decided_at:%Y-%m-%d}"
                    )
                )
            row.decision, row.decision_text = decision, text
            row.decided_at, row.decided_by = self.clock(), actor.name
            order = row.order
            self.orders._history(s, order, actor, HISTORY_KIND, from_value="received", to_value=decision,
                                 reason=text, details={"complaint": row.id}, at=row.decided_at)  # fmt: skip
            self._release_hold(s, order, actor)
            self._tell(s, order, row, "complaint_answered")
            s.flush()
            return _plain(row)

    # -- reading
    def get(self, complaint_id: int) -> Complaint:
        with self.db.session() as s:
            return _plain(self._complaint(s, complaint_id))

    def list(self, *, open_only: bool = False, order_number: str | None = None, limit: int = 500) -> list[Complaint]:
        """Open ones first by the day they are due, then the decided ones newest first."""
        with self.db.session() as s:
            q = select(ComplaintRow).join(OrderRow, OrderRow.id == ComplaintRow.order_id)
            if open_only:
                q = q.where(ComplaintRow.decision == "")
            if order_number:
                q = q.where(OrderRow.number == order_number.strip())
            rows = s.scalars(q.order_by(ComplaintRow.decision != "", ComplaintRow.due_on, ComplaintRow.id).limit(limit))
            return [_plain(r) for r in rows.unique().all()]

    # -- helpers
    @staticmethod
    def _check_return(s: Session, order: OrderRow, return_number: str) -> str:
        """The return the complaint names must be one of this order's returns."""
        from orderdesk.models_extra import ReturnRow

        number = (return_number or "").strip().upper()
        if not number:
            return ""
        found = s.scalar(select(ReturnRow.order_id).where(ReturnRow.number == number))
        if found != order.id:
            raise ValidationError(
                _("Order {n} has no return {r}.").format(n=order.number, r=number), field="return_number"
            )
        return number

    def _complaint(self, s: Session, complaint_id: int, *, lock: bool = False) -> ComplaintRow:
        q = select(ComplaintRow).where(ComplaintRow.id == complaint_id)
        if lock:
            q = q.with_for_update(of=ComplaintRow)  # two desks deciding at once: the second sees the first
        row = s.scalar(q)
        if row is None:
            raise NotFound(_("No complaint #{i}. 'orderdesk complaint list' shows them.").format(i=complaint_id))
        return row

    def _release_hold(self, s: Session, order: OrderRow, actor: domain.Actor) -> None:
        """The order leaves Needs attention when no other complaint on it is still open."""
        from orderdesk.services.orders.rows import refresh

        still_open = s.scalar(
            select(ComplaintRow.id).where(ComplaintRow.order_id == order.id, ComplaintRow.decision == "").limit(1)
        )
        held = [h for h in order.holds if h.kind == Hold.COMPLAINT_DUE.value and h.resolved_at is None]
        if still_open is not None or not held:
            return
        for hold in held:
            hold.resolved_at, hold.resolved_by = utcnow(), actor.name
        self.orders._history(s, order, actor, "hold", from_value=Hold.COMPLAINT_DUE.value, to_value="resolved",
                             reason=_("complaint answered"))  # fmt: skip
        refresh(order)

    def hold(self, s: Session, order: OrderRow, row: ComplaintRow, actor: domain.Actor, *, overdue: bool) -> None:
        """Put the order under Needs attention for this complaint (or say it is now overdue)."""
        from orderdesk.services.orders.rows import refresh

        text, details = hold_reason("complaint_overdue" if overdue else "complaint_due", k=row.id,
                                    d=row.due_on.isoformat())  # fmt: skip
        active = next((h for h in order.holds if h.kind == Hold.COMPLAINT_DUE.value and h.resolved_at is None), None)
        if active is None:
            self.orders._add_hold(s, order, Hold.COMPLAINT_DUE, text, actor, details)
        else:
            active.reason, active.details = text, details
            self.orders._history(s, order, actor, "hold", to_value=Hold.COMPLAINT_DUE.value, reason=text,
                                 details=details)  # fmt: skip
        refresh(order)

    @staticmethod
    def _tell(s: Session, order: OrderRow, row: ComplaintRow, event: str) -> None:
        from orderdesk.services.messaging.outbox import enqueue_event

        customer = order.customer
        language = customer.language if customer and customer.language in LANGUAGES else "en"
        extra = {"answer_by": row.due_on.isoformat()}
        if row.decision:
            extra["decision"] = DECISION_WORDS[row.decision][language]
            extra["decision_text"] = row.decision_text
        enqueue_event(s, order, event, f"complaint{row.id}:{event}", extra=extra)
