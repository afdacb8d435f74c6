"""One automation round: the rules that act on waiting orders by time.

Each firing is claimed first with a unique (order, rule, step) row, in the transaction of what
it does, so two PCs running a round at once never act twice; the round itself also runs under
the shared ``automation`` lease. Every action is written to the order's history with the actor
"automation" and the rule's name.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import String, and_, cast, exists, false, func, literal, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from orderdesk import domain
from orderdesk.errors import OrderDeskError
from orderdesk.i18n import _
from orderdesk.models import HistoryRow, OrderRow, ProductRow, SettingRow, utcnow
from orderdesk.models_extra import AutomationFiringRow
from orderdesk.phones import normalize_phone
from orderdesk.services.automation import rules
from orderdesk.settings import Settings
from orderdesk.workflow import DeliveryMethod, MoveRequest, PaymentMethod, Role, Status, label, late_targets

log = logging.getLogger(__name__)

ACTOR = domain.Actor("automation", Role.SYSTEM)
LEASE = "automation"
AUTO_COMPLETE_DAYS = "workflow.auto_complete_days"
BATCH = 500


@dataclass
class Action:
    rule: str
    number: str
    what: str


@dataclass
class AutomationResult:
    actions: list[Action] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # why an order a rule looked at was left alone
    ran: bool = True  # False: another PC held the round

    def lines(self) -> list[str]:
        if not self.ran:
            return [_("Another desk is running the automation round; nothing done here.")]
        out = [f"{a.rule}: {a.number} — {a.what}" for a in self.actions]
        return out or [_("Nothing to do.")]


def claim_firing(s: Session, order_id: int, rule: str, step: str) -> bool:
    """True when this firing is ours; False when it already happened (here or on another PC)."""
    try:
        with s.begin_nested():
            s.add(AutomationFiringRow(order_id=order_id, rule=rule, step=step, at=utcnow()))
            s.flush()
    except IntegrityError:
        return False
    return True


def stay_step():
    """SQL for the step of an order's current stay, "h" + its latest arrival's history id, as
    ``entered_status`` gives it in Python (claim_firing's steps)."""
    arrival = (
        select(func.max(HistoryRow.id))
        .where(
            HistoryRow.order_id == OrderRow.id,
            HistoryRow.kind.in_(("status", "create")),
            HistoryRow.to_value == OrderRow.status,
        )
        .correlate(OrderRow)
        .scalar_subquery()
    )
    return literal("h") + cast(func.coalesce(arrival, 0), String)


def unfired(rule: str):
    """SQL: ``rule`` has not fired for the order's current stay (here or on another PC)."""
    return ~exists().where(
        AutomationFiringRow.order_id == OrderRow.id,
        AutomationFiringRow.rule == rule,
        AutomationFiringRow.step == stay_step(),
    )


def entered_status(s: Session, order_id: int, status: Status) -> int:
    """The history id of the order's latest arrival in ``status``: one stay, one firing."""
    return int(
        s.scalar(
            select(func.max(HistoryRow.id)).where(
                HistoryRow.order_id == order_id,
                HistoryRow.kind.in_(("status", "create")),
                HistoryRow.to_value == status.value,
            )
        )
        or 0
    )


class Automation:
    def __init__(self, orders, *, clock=utcnow) -> None:
        from orderdesk.services.orders import OrderService

        # Its own service (same listeners): the round adds a claiming listener per move, and the
        # window's service is shared with other threads.
        self.orders = OrderService(orders.db, listeners=list(orders.listeners), config=orders.config)
        self.db = orders.db
        self.settings = Settings(orders.db)
        self.clock = clock
        self.batch = BATCH
        self._limit = 0  # auto-confirm's total limit, read once per round

    # -- the round
    def run_round(self, *, dry_run: bool = False) -> AutomationResult:
        from orderdesk.services.leases import lease

        with lease(self.db, LEASE) as held:
            if not held:
                return AutomationResult(ran=False)
            return self.run_rules(dry_run=dry_run)

    def run_rules(self, *, dry_run: bool = False) -> AutomationResult:
        """Every rule once, without the round's lease: each firing's claim alone keeps it to one
        (the lease only spares two PCs the same reads; tests run this on two processes at once)."""
        result = AutomationResult()
        now = self.clock()
        if self.settings.get(rules.AUTO_CONFIRM.key):
            self._auto_confirm(result, dry_run)
        self._chase_payments(result, now, dry_run)
        self._auto_complete(result, now, dry_run)
        self._late(result, now, dry_run)
        self._complaints(result, now, dry_run)
        return result

    def _complaints(self, result: AutomationResult, now: datetime, dry_run: bool) -> None:
        from orderdesk.services.complaints.reminders import RULE, remind

        for number, what in remind(self, ACTOR, now, dry_run, self.batch):
            result.actions.append(Action(RULE, number, what))

    # -- claiming a firing
    def _claim(self, s: Session, order_id: int, rule: str, step: str) -> bool:
        return claim_firing(s, order_id, rule, step)

    def _move(self, number: str, order_id: int, rule: str, step: str, to: Status, reason: str) -> None:
        """Move through the order service (guards, stock, customer messages), claiming the firing in
        the same transaction through a listener, so a lost race moves nothing."""

        def claim(s: Session, event) -> None:
            if getattr(event, "order_id", None) == order_id and not hasattr(event, "hold_id"):
                if not self._claim(s, order_id, rule, step):
                    raise _AlreadyFired

        self.orders.listeners.insert(0, claim)
        try:
            self.orders.move(number, MoveRequest(to, reason=reason), ACTOR)
        finally:
            self.orders.listeners.remove(claim)

    # -- picking candidates
    def _batches(self, *where, entity: bool = False) -> Iterator[list]:
        """Orders matching ``where`` in batches of ``self.batch``, by id, each with its stay's step.

        The caller's ``where`` leaves out, in SQL, the orders this rule already fired for in this
        stay; the id walk then carries on past orders a rule left alone (a new order that needs a
        call, a move refused), so neither fills the batch round after round and starves the rest.
        """
        step = stay_step()
        last = 0
        while True:
            with self.db.session() as s:
                columns = (OrderRow,) if entity else (OrderRow.id, OrderRow.number, OrderRow.status,
                                                      OrderRow.status_changed_at)  # fmt: skip
                rows = s.execute(
                    select(*columns, step.label("step"))
                    .where(OrderRow.id > last, *where)
                    .order_by(OrderRow.id)
                    .limit(self.batch)
                ).all()
                if entity:  # read what the rule looks at while the session is open
                    rows = [(r[0], r[1], self.needs_a_call(s, r[0], self._limit)) for r in rows]
            if not rows:
                return
            yield rows
            last = rows[-1][0].id if entity else rows[-1].id
            if len(rows) < self.batch:
                return

    # -- rules
    def _auto_confirm(self, result: AutomationResult, dry_run: bool) -> None:
        self._limit = int(self.settings.get(rules.AUTO_CONFIRM_MAX_TOTAL.key) or 0)
        for batch in self._batches(
            OrderRow.status == Status.NEW.value, OrderRow.hold_count == 0, unfired("auto-confirm"), entity=True
        ):
            for row, step, problem in batch:
                if problem:
                    result.skipped.append(f"auto-confirm: {row.number}: {problem}")
                    continue
                what = _("confirmed: paid online, in stock, address complete")
                reason = _("rule auto-confirm: {w}").format(w=what)
                if self._act(result, "auto-confirm", row.number, row.id, step, Status.CONFIRMED, reason, dry_run):
                    result.actions.append(Action("auto-confirm", row.number, what))

    def _act(self, result, rule: str, number: str, order_id: int, step: str, to: Status, reason: str,
             dry_run: bool) -> bool:  # fmt: skip
        """Move the order for ``rule`` (nothing in a dry run); False when it was not ours to do."""
        if dry_run:
            return True
        try:
            self._move(number, order_id, rule, step, to, reason)
        except _AlreadyFired:
            return False
        except OrderDeskError as exc:
            result.skipped.append(f"{rule}: {number}: {exc}")
            return False
        return True

    @staticmethod
    def needs_a_call(s: Session, row: OrderRow, limit_major: int) -> str:
        """Why a new order needs the owner's call before it is confirmed ("" = it needs none)."""
        if row.payment_method != PaymentMethod.PREPAID_ONLINE.value or row.amount_paid_minor < row.total_minor:
            return _("not paid online in full")
        if limit_major and row.total_minor > limit_major * 100:
            return _("total over the limit")
        if row.delivery_method in (DeliveryMethod.CARRIER.value, DeliveryMethod.OWN_COURIER.value) and not (
            row.address_line1.strip() and row.city.strip() and row.postcode.strip()
        ):
            return _("address incomplete")
        for line in row.lines:
            product = s.get(ProductRow, line.product_id) if line.product_id else None
            if product is None or product.stock_on_hand - product.reserved < line.quantity:
                return _("not in stock: {sku}").format(sku=line.sku)
        return _who_needs_a_call(s, row)

    def _chase_payments(self, result: AutomationResult, now: datetime, dry_run: bool) -> None:
        from orderdesk.services.messaging.outbox import enqueue_event

        second = int(self.settings.get(rules.SECOND_REMINDER_HOURS.key) or 0)
        cancel_days = int(self.settings.get(rules.CANCEL_UNPAID_DAYS.key) or 0)
        if not second and not cancel_days:
            return
        earliest = min(h for h in (second, cancel_days * 24) if h)
        cancel_due = OrderRow.status_changed_at <= now - timedelta(days=cancel_days) if cancel_days else false()
        for batch in self._batches(
            OrderRow.status == Status.AWAITING_PAYMENT.value,
            OrderRow.status_changed_at <= now - timedelta(hours=earliest),
            unfired("cancel-unpaid"),
            or_(cancel_due, unfired("second-reminder")),  # reminded already: wait for the cancel
        ):
            for order_id, number, _status, since, step in batch:
                hours = (now - since).total_seconds() / 3600
                if cancel_days and hours >= cancel_days * 24:
                    what = self._cancel_words(order_id, cancel_days)
                    reason = _("rule cancel-unpaid: not paid within {d} days").format(d=cancel_days)
                    if self._act(result, "cancel-unpaid", number, order_id, step, Status.CANCELLED, reason, dry_run):
                        result.actions.append(Action("cancel-unpaid", number, what))
                elif second and hours >= second:
                    if not dry_run:
                        with self.db.session(write=True) as s:
                            if not self._claim(s, order_id, "second-reminder", step):
                                continue
                            row = s.get(OrderRow, order_id)
                            enqueue_event(s, row, "payment_reminder", f"{step}:payment_reminder2")
                            s.add(HistoryRow(order_id=order_id, at=utcnow(), actor=ACTOR.name, role=ACTOR.role.value,
                                             kind="automation", to_value="second-reminder",
                                             reason=_("rule second-reminder: awaiting payment for {h} hours").format(h=int(hours))))  # fmt: skip
                    result.actions.append(Action("second-reminder", number, _("second payment reminder queued")))

    def _cancel_words(self, order_id: int, days: int) -> str:
        """What the cancel does, as it really happens: an unpaid order holds no stock (stock is
        reserved from assembling on, docs/automation.md), so only one that does hold some, from
        earlier, has stock to release."""
        from orderdesk.models import OrderLineRow

        with self.db.session() as s:
            held = s.execute(
                select(OrderLineRow.sku, OrderLineRow.quantity).where(
                    OrderLineRow.order_id == order_id, OrderLineRow.reserved.is_(True)
                )
            ).all()
        if not held:
            return _("cancelled: unpaid for {d} days, customer told; no stock was reserved").format(d=days)
        units = ", ".join(f"{sku} ×{qty}" for sku, qty in held)
        return _("cancelled: unpaid for {d} days, customer told; reserved stock released: {u}").format(d=days, u=units)

    def _auto_complete(self, result: AutomationResult, now: datetime, dry_run: bool) -> None:
        """Delivered and collected orders complete after ``workflow.auto_complete_days`` (DESIGN,
        the order workflow: delivered | collected → completed by hand or by itself); 0 = never."""
        days = int(self.settings.get(AUTO_COMPLETE_DAYS) or 0)
        if not days:
            return
        for batch in self._batches(
            OrderRow.status.in_([Status.DELIVERED.value, Status.COLLECTED.value]),
            OrderRow.status_changed_at <= now - timedelta(days=days),
            OrderRow.hold_count == 0,
            unfired("auto-complete"),
        ):
            for order_id, number, _status, _since, step in batch:
                what = _("completed {d} days after handover").format(d=days)
                reason = _("rule auto-complete: {w}").format(w=what)
                if self._act(result, "auto-complete", number, order_id, step, Status.COMPLETED, reason, dry_run):
                    result.actions.append(Action("auto-complete", number, what))

    def _late(self, result: AutomationResult, now: datetime, dry_run: bool) -> None:
        """Orders waiting longer than their status's target: noted once per stay, and the
        manager gets one e-mail per round listing them (when messaging.manager_email is set)."""
        targets = {
            st: h
            for st, h in late_targets(
                int(self.settings.get(rules.LATE_HOURS.key) or 0),
                str(self.settings.get(rules.LATE_BY_STATUS.key) or ""),
            ).items()
            if h
        }
        if not targets:
            return
        hours = min(targets.values())  # the manager's e-mail: each listed order waited at least this long
        noted = []
        late = or_(
            *[
                and_(OrderRow.status == st.value, OrderRow.status_changed_at <= now - timedelta(hours=h))
                for st, h in targets.items()
            ]
        )
        for batch in self._batches(late, unfired("late")):
            for order_id, number, status, _since, step in batch:
                target = targets[Status(status)]
                if not dry_run:
                    with self.db.session(write=True) as s:
                        if not self._claim(s, order_id, "late", step):
                            continue
                        s.add(HistoryRow(order_id=order_id, at=utcnow(), actor=ACTOR.name, role=ACTOR.role.value,
                                         kind="automation", to_value="late",
                                         reason=_("rule late: more than {h} hours in {s}").format(h=target, s=label(Status(status)))))  # fmt: skip
                what = _("late: more than {h} hours in {s}").format(h=target, s=label(Status(status)))
                result.actions.append(Action("late", number, what))
                noted.append(number)
        if noted and not dry_run:
            self._alert_manager(noted, hours)

    def _alert_manager(self, numbers: list[str], hours: int) -> None:
        from orderdesk.services.messaging.config import P

        manager = str(self.settings.get(P + "manager_email") or "").strip()
        if not manager:
            return
        from orderdesk.models import OutboxRow
        from orderdesk.services.messaging.outbox import MANAGER_ALERT

        body = _("These orders have waited more than {h} hours in one status:\n{list}").format(
            h=hours, list="\n".join(numbers)
        )
        key = f"automation:late:{numbers[0]}:{len(numbers)}:{self.clock():%Y%m%d%H}"
        with self.db.session(write=True) as s:
            if s.scalar(select(OutboxRow.id).where(OutboxRow.idempotency_key == key)) is None:
                s.add(OutboxRow(order_id=None, channel="email", kind=MANAGER_ALERT, recipient=manager, idempotency_key=key,
                                payload={"body": body, "subject": _("Orders waiting too long: {n}").format(n=len(numbers)),
                                         "fallback": ""}, status="pending", attempts=0, last_error="", gateway="",
                                gateway_id=""))  # fmt: skip


class _AlreadyFired(Exception):
    """Another PC fired this rule for this order and step first: roll the move back."""


def _who_needs_a_call(s: Session, row: OrderRow) -> str:
    """The customer-side reasons for a call: a flagged phone, or a first order when the shop asks."""
    phone = row.customer.phone if row.customer is not None else ""
    flagged = [w.strip() for w in str(_setting(s, rules.CALL_PHONES.key, "")).replace(";", ",").split(",")]
    if phone and any(w for w in flagged):
        country = row.country or "PL"
        wanted = {normalize_phone(w, country)[0] for w in flagged if w}
        if phone in wanted or normalize_phone(phone, country)[0] in wanted:
            return _("the customer's phone is flagged: call first")
    if _setting(s, rules.CALL_FIRST_ORDERS.key, False) and row.customer_id is not None:
        earlier = s.scalar(
            select(OrderRow.id).where(OrderRow.customer_id == row.customer_id, OrderRow.id < row.id).limit(1)
        )
        if earlier is None:
            return _("the customer's first order: call first")
    return ""


def _setting(s: Session, key: str, default: object) -> object:
    found = s.get(SettingRow, key)
    return json.loads(found.value) if found is not None else default
