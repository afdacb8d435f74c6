"""Moving orders between statuses: the workflow's plan carried out on the rows, and auto-completion."""

from __future__ import annotations

import secrets
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from orderdesk import domain
from orderdesk.hold_reasons import hold_reason
from orderdesk.i18n import _
from orderdesk.limits import MAX_AMOUNT_MINOR, check_number
from orderdesk.models import HistoryRow, OrderRow, utcnow
from orderdesk.services.orders.events import StatusChanged
from orderdesk.services.orders.numbering import NumberingMixin
from orderdesk.services.orders.rows import refresh
from orderdesk.services.orders.shipments import ShipmentsMixin
from orderdesk.services.stock import allocation
from orderdesk.services.stock.kinds import MovementKind
from orderdesk.workflow import Hold, MoveRequest, Status, plan_move


class MovingMixin(NumberingMixin, ShipmentsMixin):
    # ------------------------------------------------------------------ moving
    def move(
        self,
        number: str,
        request: MoveRequest,
        actor: domain.Actor,
        *,
        shipment: dict[str, Any] | None = None,
        with_history: bool = True,
    ) -> domain.OrderDetail:
        """Move an order to another status, or raise MoveRefused / PermissionDenied / ConflictError.

        ``shipment`` (``add_shipment``'s keywords, e.g. the own courier's tracking number) is
        attached in the same transaction: a refused move leaves no shipment behind.
        ``with_history=False``: the moved order without its history, one query fewer (the board
        reads what it shows itself)."""
        with self.db.session(write=True) as s:
            row = self._row(s, number, with_children=True)
            self._check_version(row, request.expected_version)
            if shipment is not None:
                self._attach_shipment(s, row, actor=actor, **shipment)
                s.flush()
            self.move_in(s, row, request, actor)
            return self._detail(s, row, with_history)

    def move_in(self, s: Session, row: OrderRow, request: MoveRequest, actor: domain.Actor) -> None:
        """The move inside the caller's transaction (``move``, or a rule reacting to a change in
        that change's own transaction): the plan, its effects, the history row, the listeners."""
        entry, event = self._apply_move(s, row, request, actor)
        s.flush()
        self._announce(s, entry, event)

    def _announce(self, s: Session, entry: HistoryRow, event: StatusChanged) -> None:
        """Tell the listeners, once the history row is written (its id is in the event)."""
        event = replace(event, history_id=entry.id)
        for listener in self.listeners:
            listener(s, event)

    def _apply_move(
        self,
        s: Session,
        row: OrderRow,
        request: MoveRequest,
        actor: domain.Actor,
        *,
        flush: bool = True,
        shipment: dict[str, Any] | None = None,
    ) -> tuple[HistoryRow, StatusChanged]:
        """Plan the move with the workflow's guards (``MoveRefused`` changes nothing) and carry it
        out on the row: payment, stock, pickup code, refund flag, holds, the history row.

        ``shipment`` (``add_shipment``'s keywords): the parcel the move brings along; the plan is
        checked as if it were on the order, and it is attached only once the plan and the checks
        have passed, so a refused move leaves none behind. ``flush=False`` (a batch of moves)
        leaves the rows pending, so one flush writes them all; the event's ``history_id`` is
        filled in by ``_announce`` once the row is written."""
        detail = self._detail(s, row, False)
        if shipment is not None:
            coming = domain.Shipment(
                0, shipment["carrier"], shipment.get("service", ""), str(shipment["tracking_number"]).strip(),
                shipment.get("status", "created"), utcnow(),
            )  # fmt: skip
            detail = replace(detail, shipments=(*detail.shipments, coming))
        plan = plan_move(detail, request, actor.role)
        to = Status(request.to_status)
        from_status = Status(row.status)
        effects: dict[str, Any] = {}
        if plan.record_payment_minor:
            check_number(
                row.amount_paid_minor + plan.record_payment_minor, _("amount paid"), low=0, high=MAX_AMOUNT_MINOR
            )
        if shipment is not None:
            self._attach_shipment(s, row, **{"actor": actor, **shipment}, flush=flush)
        if plan.record_payment_minor:
            row.amount_paid_minor += plan.record_payment_minor
            effects["payment_minor"] = plan.record_payment_minor
        if plan.release_stock:
            effects["released"] = allocation.release_lines(s, row, actor.name, to.value)
        if plan.restock:
            # A parcel or a customer's return back on the shelf, or a move back (an owner's correction).
            kind = MovementKind.RETURNED if to is Status.RETURNED else MovementKind.RESTOCKED
            effects["restocked"] = allocation.restock_lines(s, row, actor.name, to.value, kind)
        if plan.consume_stock:
            effects["consumed"] = allocation.consume_lines(s, row, actor.name, to.value)
        if plan.reserve_stock:
            reserved, short = allocation.reserve_lines(s, row, actor.name, to.value)
            effects["reserved"] = reserved
            if short:
                effects["short"] = short
        if plan.issue_pickup_code:
            row.pickup_code = f"{secrets.randbelow(1_000_000):06d}"
            row.shelf_slot = row.shelf_slot or self._free_shelf_slot(s)
            row.pickup_failures = 0
            effects["shelf_slot"] = row.shelf_slot
        if from_status is Status.READY_FOR_PICKUP:
            row.shelf_slot = ""  # the shelf is free again, whatever happened to the parcel
        if plan.set_refund_due:
            row.refund_due = True
        if plan.clear_refund_due:
            row.refund_due = False
        if plan.pickup_code_checked:
            effects["pickup_code"] = "override" if request.override else "checked"
        row.status = to.value
        row.status_changed_at = utcnow()
        entry = self._history(
            s,
            row,
            actor,
            "status",
            from_value=from_status,
            to_value=to,
            reason=request.reason or "",
            details=effects,
            flush=flush,
        )
        if to is Status.CANCELLED:
            cancelled_text, cancelled_details = hold_reason("order_cancelled")
            for hold in row.holds:
                if hold.resolved_at is None:
                    hold.resolved_at, hold.resolved_by = utcnow(), actor.name
                    self._history(
                        s,
                        row,
                        actor,
                        "hold",
                        from_value=hold.kind,
                        to_value="resolved",
                        reason=cancelled_text,
                        details=cancelled_details,
                        flush=flush,
                    )
        if effects.get("short"):
            text, coded = hold_reason("short_stock", m=effects["short"])
            self._add_hold(s, row, Hold.OUT_OF_STOCK, text, actor, {**effects["short"], **coded}, flush=flush)
        refresh(row)
        if flush:
            s.flush()
        return entry, StatusChanged(row.id, row.number, from_status, to, 0, actor, request.reason or "")
