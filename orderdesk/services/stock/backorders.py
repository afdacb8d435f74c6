"""Orders waiting for stock (an ``out_of_stock`` hold): they reserve by themselves when it arrives.

Oldest order first, each in its own transaction (its lines lock their products in one order, so
two PCs never dead-lock). An order whose lines are all reserved has its hold resolved, a history
row says why, and the customer's "your order is being packed" message goes to the outbox in the
same transaction. For an order still short, the owner can send the customer the choice to wait
or cancel and record the answer.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from orderdesk import domain
from orderdesk.db import Database
from orderdesk.errors import ConflictError, NotFound, ValidationError
from orderdesk.i18n import _
from orderdesk.models import HistoryRow, HoldRow, OrderLineRow, OrderRow, utcnow
from orderdesk.services.stock import allocation
from orderdesk.workflow import Hold, MoveRequest, Status

log = logging.getLogger(__name__)

BACK_IN_STOCK = "back_in_stock"  # message event: the order is complete and being packed
STOCK_CHOICE = "out_of_stock_choice"  # message event: wait for the stock or cancel
ANSWERS = ("wait", "cancel")


def waiting_order_ids(db: Database, product_ids: Sequence[int] | None = None) -> list[int]:
    """Orders on an out-of-stock hold with an unreserved line (of these products), oldest first."""
    with db.session() as s:
        stmt = (
            select(OrderRow.id)
            .join(HoldRow, HoldRow.order_id == OrderRow.id)
            .where(
                HoldRow.kind == Hold.OUT_OF_STOCK.value,
                HoldRow.resolved_at.is_(None),
                OrderRow.status == Status.ASSEMBLING.value,
            )
            .where(
                select(OrderLineRow.id)
                .where(
                    OrderLineRow.order_id == OrderRow.id,
                    OrderLineRow.reserved.is_(False),
                    OrderLineRow.consumed.is_(False),
                    *([OrderLineRow.product_id.in_(list(product_ids))] if product_ids is not None else []),
                )
                .exists()
            )
            .order_by(OrderRow.created_at, OrderRow.id)
            .distinct()
        )
        return list(s.scalars(stmt))


@dataclass(frozen=True)
class WaitingOrder:
    number: str
    created_at: datetime
    short: dict[str, int]  # SKU -> units of its lines not reserved yet
    asked: bool  # the wait-or-cancel message was sent
    answer: str  # "wait", "cancel" or ""


def waiting_orders(db: Database) -> list[WaitingOrder]:
    """Every order on an out-of-stock hold, oldest first, with what it still lacks."""
    ids = waiting_order_ids(db)
    if not ids:
        return []
    with db.session() as s:
        rows = {r.id: r for r in s.scalars(select(OrderRow).where(OrderRow.id.in_(ids)))}
        result = []
        for order_id in ids:
            row = rows[order_id]
            hold = next(h for h in row.holds if h.kind == Hold.OUT_OF_STOCK.value and h.resolved_at is None)
            details = hold.details or {}
            short: dict[str, int] = {}
            for line in row.lines:
                if not line.reserved and not line.consumed:
                    short[line.sku] = short.get(line.sku, 0) + line.quantity
            result.append(
                WaitingOrder(
                    row.number,
                    row.created_at,
                    short,
                    "choice_sent_at" in details,
                    str(details.get("customer_answer", "")),
                )
            )
        return result


def allocate(db: Database, product_ids: Sequence[int] | None, actor: domain.Actor) -> list[str]:
    """Let waiting orders reserve what has arrived; returns the numbers whose hold was resolved."""
    resolved: list[str] = []
    for order_id in waiting_order_ids(db, product_ids):
        try:
            number = _allocate_one(db, order_id, actor)
        except ConflictError:
            log.info("order %s changed while stock was allocated; it is left for the next delivery", order_id)
            continue
        if number:
            resolved.append(number)
    return resolved


def _allocate_one(db: Database, order_id: int, actor: domain.Actor) -> str:
    from orderdesk.services.messaging.outbox import enqueue_event

    with db.session(write=True) as s:
        row = s.get(OrderRow, order_id)
        if row is None or row.status != Status.ASSEMBLING.value:
            return ""
        holds = [h for h in row.holds if h.kind == Hold.OUT_OF_STOCK.value and h.resolved_at is None]
        if not holds:
            return ""
        reserved, short = allocation.reserve_lines(s, row, actor.name, _("stock arrived"))
        if short:
            if reserved:
                s.add(_history(row, actor, "stock", "reserved", _("part of the missing stock arrived"), reserved))
            return ""
        for hold in holds:
            hold.resolved_at, hold.resolved_by = utcnow(), actor.name
        row.hold_count = sum(1 for h in row.holds if h.resolved_at is None)
        entry = _history(
            row, actor, "hold", "resolved", _("stock arrived: every item is reserved"), {"reserved": reserved}
        )
        entry.from_value = Hold.OUT_OF_STOCK.value
        s.add(entry)
        s.flush()
        enqueue_event(s, row, BACK_IN_STOCK, f"h{entry.id}")
        return row.number


def _history(row: OrderRow, actor: domain.Actor, kind: str, to_value: str, reason: str, details: dict) -> HistoryRow:
    return HistoryRow(
        order_id=row.id,
        at=utcnow(),
        actor=actor.name,
        role=actor.role.value,
        kind=kind,
        from_value="",
        to_value=to_value,
        reason=reason,
        details=details,
    )


def _held_order(s, number: str) -> tuple[OrderRow, HoldRow]:
    row = s.scalar(select(OrderRow).where(OrderRow.number == number.strip()))
    if row is None:
        raise NotFound(_("No order {n}. Check the number and try again.").format(n=number))
    hold = next((h for h in row.holds if h.kind == Hold.OUT_OF_STOCK.value and h.resolved_at is None), None)
    if hold is None:
        raise ValidationError(_("Order {n} is not waiting for stock.").format(n=row.number))
    return row, hold


def offer_choice(db: Database, number: str, actor: domain.Actor) -> int:
    """Queue the wait-or-cancel message (the customer's language) and note it in the history."""
    from orderdesk.services.messaging.outbox import enqueue_event

    with db.session(write=True) as s:
        row, hold = _held_order(s, number)
        entry = _history(row, actor, "stock", "choice_sent", _("asked the customer: wait for the stock or cancel"), {})
        s.add(entry)
        hold.details = {**(hold.details or {}), "choice_sent_at": utcnow().isoformat(timespec="seconds")}
        s.flush()
        queued = enqueue_event(s, row, STOCK_CHOICE, f"h{entry.id}")
        if not queued:
            raise ValidationError(
                _(
                    "No message could be queued for order {n}: check that notifications are on and the customer "
                    "has a phone or e-mail (the order's history says why)."
                ).format(n=row.number)
            )
        return len(queued)


def record_answer(db: Database, orders, number: str, answer: str, actor: domain.Actor, note: str = "") -> None:
    """'wait': written on the hold and in the history. 'cancel': the order is cancelled (stock released)."""
    answer = answer.strip().lower()
    if answer not in ANSWERS:
        raise ValidationError(_("The answer is 'wait' or 'cancel'."), field="answer")
    with db.session(write=True) as s:
        row, hold = _held_order(s, number)
        hold.details = {**(hold.details or {}), "customer_answer": answer}
        reason = note.strip() or (
            _("the customer will wait for the stock") if answer == "wait" else _("the customer cancels")
        )
        s.add(_history(row, actor, "stock", f"answer_{answer}", reason, {"answer": answer}))
        row_number = row.number
    if answer == "cancel":
        if orders is None:
            raise ValidationError(_("Cancelling needs the order service."))
        orders.move(
            row_number,
            MoveRequest(Status.CANCELLED, reason=_("out of stock: the customer chose to cancel")),
            actor,
        )
